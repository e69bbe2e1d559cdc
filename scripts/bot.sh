#!/usr/bin/env bash
# The Dichtbij bot (Rasa 3.6, in .venv-bot). Usage:
#   scripts/bot.sh train      train only if config/domain/data/components changed (cached by hash)
#   scripts/bot.sh run        Rasa server, REST channel + HTTP API, on ${DICHTBIJ_RASA_HOST:-127.0.0.1}:${DICHTBIJ_RASA_PORT:-5005}
#   scripts/bot.sh actions    action server on ${DICHTBIJ_ACTIONS_HOST:-127.0.0.1}:${DICHTBIJ_ACTIONS_PORT:-5055}
#   scripts/bot.sh test       data validate, NLU evaluation (threshold), story tests, action tests
#   scripts/bot.sh crossval CONFIG [FOLDS]   NLU cross-validation of one pipeline (for the README's comparison)
#   scripts/bot.sh model-path print the path of the trained model for the current inputs (exit 1 if none)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BOT="$ROOT/bot"
VENV="$ROOT/.venv-bot"
PY="$VENV/bin/python"
export RASA_TELEMETRY_ENABLED=false
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
export PYTHONPATH="$BOT${PYTHONPATH:+:$PYTHONPATH}"
export DICHTBIJ_RASA_HOST="${DICHTBIJ_RASA_HOST:-127.0.0.1}"
export DICHTBIJ_RASA_PORT="${DICHTBIJ_RASA_PORT:-5005}"
export DICHTBIJ_ACTIONS_HOST="${DICHTBIJ_ACTIONS_HOST:-127.0.0.1}"
export DICHTBIJ_ACTIONS_PORT="${DICHTBIJ_ACTIONS_PORT:-5055}"
export DICHTBIJ_API_URL="${DICHTBIJ_API_URL:-http://127.0.0.1:8000}"
# Production endpoints (endpoints.production.yml): defaults for everything but host and password.
export DICHTBIJ_BOT_DB_PORT="${DICHTBIJ_BOT_DB_PORT:-5432}"
export DICHTBIJ_BOT_DB_NAME="${DICHTBIJ_BOT_DB_NAME:-dichtbij_bot}"
export DICHTBIJ_BOT_DB_USER="${DICHTBIJ_BOT_DB_USER:-dichtbij_bot}"
export DICHTBIJ_TRACKER_RETENTION_DAYS="${DICHTBIJ_TRACKER_RETENTION_DAYS:-30}"
export DICHTBIJ_REDIS_PORT="${DICHTBIJ_REDIS_PORT:-6379}"
export DICHTBIJ_REDIS_LOCK_DB="${DICHTBIJ_REDIS_LOCK_DB:-1}"
CACHE="${DICHTBIJ_MODEL_CACHE:-$HOME/.cache/dichtbij/rasa-models}"
NLU_MIN_F1="${DICHTBIJ_NLU_MIN_F1:-}"

say() { printf '[bot] %s\n' "$*" >&2; }

ensure_venv() {
    local want
    want="$(cat "$BOT/requirements.txt" "$BOT/requirements-pins.txt" | sha256sum | cut -d' ' -f1)"
    if [ ! -x "$PY" ] || [ "$(cat "$VENV/.requirements-hash" 2>/dev/null)" != "$want" ]; then
        say "bot virtualenv missing or outdated: running scripts/setup-bot.sh"
        "$ROOT/scripts/setup-bot.sh" >&2
    fi
}

# Hash of everything the model is trained from: config, domain, training data, custom
# components' source, plus the pinned versions.
model_hash() {
    (
        cd "$BOT"
        {
            {
                find config.yml domain data requirements-pins.txt -type f \( -name '*.yml' -o -name '*.txt' \)
                # our custom components' source, the crisis example sets the crisis classifier
                # learns from, and the guard's code: the classifier's features are computed on
                # the guard's reading of a message (components/crisis_classifier.py).
                find components -maxdepth 1 -type f -name '*.py'
                echo crisis/dev_examples.yml
                find crisis/train -maxdepth 1 -type f -name '*.yml'
                find crisis -maxdepth 1 -type f -name '*.py'
            } 2>/dev/null | LC_ALL=C sort | while read -r f; do
                printf '%s\n' "$f"; cat "$f"
            done
        } | sha256sum | cut -c1-16
    )
}

model_path() {
    local h
    h="$(model_hash)"
    if [ -f "$CACHE/$h.tar.gz" ]; then
        echo "$CACHE/$h.tar.gz"
    else
        return 1
    fi
}

link_model() {
    mkdir -p "$BOT/models"
    ln -sf "$1" "$BOT/models/$(basename "$1")"
    ln -sf "$1" "$BOT/models/current.tar.gz"
}

cmd_train() {
    ensure_venv
    local h out tmp started
    h="$(model_hash)"
    out="$CACHE/$h.tar.gz"
    if [ -f "$out" ]; then
        say "model up to date (hash $h), training skipped"
    else
        mkdir -p "$CACHE"
        tmp="$(mktemp -d)"
        started=$(date +%s)
        say "training model $h (this takes a few minutes)"
        (cd "$BOT" && nice -n 10 "$PY" -m rasa train --config config.yml --domain domain --data data \
            --out "$tmp" --fixed-model-name "$h" --quiet >&2)
        mv "$tmp/$h.tar.gz" "$out.part" && mv "$out.part" "$out"
        rm -rf "$tmp"
        say "trained in $(( $(date +%s) - started ))s"
    fi
    link_model "$out"
    echo "$out"
}

require_model() {
    local m
    if ! m="$(model_path)"; then
        m="$(cmd_train)"
    fi
    link_model "$m"
    echo "$m"
}

cmd_run() {
    ensure_venv
    local model
    model="$(require_model)"
    cd "$BOT"
    say "Rasa server on http://$DICHTBIJ_RASA_HOST:$DICHTBIJ_RASA_PORT (REST channel /webhooks/rest/webhook), model $model"
    exec "$PY" -m rasa run --enable-api --model "$model" \
        --interface "$DICHTBIJ_RASA_HOST" --port "$DICHTBIJ_RASA_PORT" \
        --credentials credentials.yml --endpoints "${DICHTBIJ_BOT_ENDPOINTS:-endpoints.yml}" "$@"
}

cmd_actions() {
    ensure_venv
    cd "$BOT"
    say "action server on http://$DICHTBIJ_ACTIONS_HOST:$DICHTBIJ_ACTIONS_PORT, web API at $DICHTBIJ_API_URL"
    SANIC_HOST="$DICHTBIJ_ACTIONS_HOST" exec "$PY" -W ignore::DeprecationWarning -m rasa_sdk \
        --actions actions --port "$DICHTBIJ_ACTIONS_PORT" "$@"
}

cmd_test() {
    ensure_venv
    local model failed=0 results
    model="$(require_model)"
    results="$BOT/results"
    rm -rf "$results/nlu" "$results/core" && mkdir -p "$results"  # (crossval-* results stay)
    cd "$BOT"

    say "1/4 rasa data validate"
    if ! "$PY" -m rasa data validate --config config.yml --domain domain --data data --quiet; then
        say "FAILED: rasa data validate"; failed=1
    fi

    say "2/4 NLU evaluation on the held-out set (tests/nlu/)"
    if nice -n 10 "$PY" -m rasa test nlu --model "$model" --nlu tests/nlu --config config.yml \
        --out "$results/nlu" --no-plot --successes --quiet >/dev/null 2>"$results/nlu.log" \
        && "$PY" tools/check_nlu.py "$results/nlu/intent_report.json" ${NLU_MIN_F1:+--min-weighted-f1 "$NLU_MIN_F1"}; then
        :
    else
        say "FAILED: NLU evaluation (see $results/nlu.log and $results/nlu/)"; failed=1
    fi

    say "3/4 story tests (tests/stories/, one rasa test core run)"
    if nice -n 10 "$PY" -m rasa test core --model "$model" --stories tests/stories \
        --out "$results/core" --no-plot >"$results/core.log" 2>&1 \
        && [ -f "$results/core/failed_test_stories.yml" ] \
        && ! grep -q "^- story:" "$results/core/failed_test_stories.yml"; then
        say "    all $(grep -c '^- story:' tests/stories/*.yml | awk -F: '{s+=$2} END {print s}') test stories passed"
    else
        say "FAILED: story tests (see $results/core/failed_test_stories.yml)"
        cat "$results/core/failed_test_stories.yml" >&2 2>/dev/null || tail -30 "$results/core.log" >&2
        failed=1
    fi

    say "4/4 action tests (recorded trackers) and crisis tests (guard on the dev set, classifier and levels, data separation, held-out sets)"
    # every tests/test_*.py, so a new test file cannot be left out of the test command
    if ! "$PY" -m pytest -q -p no:cacheprovider tests/actions tests/test_*.py; then
        say "FAILED: action or crisis tests"; failed=1
    fi

    if [ "$failed" -ne 0 ]; then
        say "bot tests: FAILED"
        return 1
    fi
    say "bot tests: all passed"
}

cmd_crossval() {
    ensure_venv
    local config="${1:?usage: bot.sh crossval CONFIG [FOLDS]}" folds="${2:-3}" out name
    config="$(cd "$(dirname "$config")" && pwd)/$(basename "$config")"
    name="$(basename "$config" .yml)"
    out="$BOT/results/crossval-$name"
    rm -rf "$out" && mkdir -p "$out"
    cd "$BOT"
    local started=$(date +%s)
    nice -n 10 "$PY" -m rasa test nlu --nlu data/nlu --config "$config" --cross-validation --folds "$folds" \
        --out "$out" --no-plot --quiet >"$out.log" 2>&1
    say "cross-validation of $name took $(( $(date +%s) - started ))s"
    "$PY" tools/check_nlu.py "$out/intent_report.json" --report-only
}

case "${1:-}" in
    train) shift; cmd_train "$@" ;;
    run) shift; cmd_run "$@" ;;
    actions) shift; cmd_actions "$@" ;;
    test) shift; cmd_test "$@" ;;
    crossval) shift; cmd_crossval "$@" ;;
    model-path) model_path ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
