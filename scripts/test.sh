#!/usr/bin/env bash
# Set up (if needed) and run every test: the suite on SQLite (with the browser and the chat
# assistant end to end), the same suite on the local PostgreSQL server, and the bot's own
# tests (data validation, NLU evaluation, stories, actions).
# Extra arguments go to the first pytest run, e.g. scripts/test.sh -k search
set -uo pipefail
STEP_NAME=test
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh --tests || die "set-up failed; see the messages above"
mkdir -p tests/artifacts
declare -a results=()
status=0

run() {
    local name="$1"; shift
    say "running: $name"
    if "$@"; then results+=("$name: ok"); else results+=("$name: FAILED"); status=1; fi
}

run "suite on SQLite" .venv/bin/python -m pytest tests "$@"
run "suite on PostgreSQL" env DICHTBIJ_TEST_DATABASE=postgresql \
    .venv/bin/python -m pytest tests -m "not browser and not bot" -p no:cacheprovider
run "chat assistant" bash scripts/bot.sh test

say "summary:"
for r in "${results[@]}"; do say "  $r"; done
if [ $status = 0 ]; then say "all test runs passed"; else say "some test runs failed"; fi
exit $status
