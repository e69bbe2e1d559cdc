#!/usr/bin/env bash
# Set up everything Dichtbij needs on this machine. Idempotent and quick when nothing changed.
#   scripts/setup.sh            main virtualenv, web assets, bot virtualenv and trained model
#   scripts/setup.sh --tests    the same, plus Chromium for the browser tests
set -euo pipefail
STEP_NAME=setup
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
started=$(date +%s)
WITH_TESTS=0
[ "${1:-}" = "--tests" ] && WITH_TESTS=1

say "1/4 main virtualenv (Python 3.11)"
PY="$(find_python 3.11 "${DICHTBIJ_PYTHON:-}")" || die "no Python 3.11 found. Install it (e.g. 'pyenv install 3.11.7') or set DICHTBIJ_PYTHON=/path/to/python3.11."
key="$(hash_files requirements.lock pyproject.toml)-$(basename "$PY")"
venv="$DICHTBIJ_CACHE/venvs/main-$key"
if [ ! -x "$venv/bin/python" ] || [ ! -f "$venv/.complete" ]; then
    say "    installing requirements.lock into $venv (pip cache: $PIP_CACHE_DIR)"
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    "$PY" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --progress-bar off -r requirements.lock 2> >(quiet_pip >&2)
    touch "$venv/.complete"
else
    say "    reusing $venv (lock unchanged)"
fi
if [ "$(readlink .venv 2>/dev/null)" != "$venv" ]; then
    rm -rf .venv
    ln -s "$venv" .venv
fi
# The project itself is installed editable from this clone (re-pointed when another clone used the venv).
if [ "$(cat "$venv/.project" 2>/dev/null)" != "$ROOT" ] || ! .venv/bin/python -c "import catalogue, web" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --no-deps -e . >/dev/null 2> >(quiet_pip >&2)
    echo "$ROOT" > "$venv/.project"
fi
say "    $(.venv/bin/python --version) with $(.venv/bin/python -m pip list --format=freeze 2>/dev/null | wc -l) packages"

say "2/4 web assets and translations"
if [ $WITH_TESTS = 1 ]; then
    DICHTBIJ_WITH_BROWSER=1 bash scripts/setup-web.sh
else
    DICHTBIJ_WITH_BROWSER=0 bash scripts/setup-web.sh
fi

say "3/4 chat assistant virtualenv (Python 3.10)"
bash scripts/setup-bot.sh

say "4/4 chat assistant model"
bash scripts/bot.sh train

say "done in $(( $(date +%s) - started )) s: main venv, web assets, bot venv and model are ready."
