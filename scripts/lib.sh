# Shared helpers for the set-up scripts (sourced, not run).
# Heavy virtualenvs live in a cache folder outside the clone, keyed by the hash of their lock
# files, and the clone links to them: a fresh clone with unchanged locks reuses them at once.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DICHTBIJ_CACHE="${DICHTBIJ_CACHE:-$HOME/.cache/dichtbij}"
export PIP_CACHE_DIR="${PIP_CACHE_DIR:-$HOME/.cache/pip}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
export RASA_TELEMETRY_ENABLED=false

say() { printf '[%s] %s\n' "${STEP_NAME:-dichtbij}" "$*"; }
die() { printf '[%s] ERROR: %s\n' "${STEP_NAME:-dichtbij}" "$*" >&2; exit 1; }

# hash_files FILE... -> short sha256 of the files' contents
hash_files() { cat "$@" | sha256sum | cut -c1-16; }

# python_version EXE -> "3.11" (or nothing)
python_version() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null; }

# find_python WANT ENVVAR -> path of a working interpreter of version WANT (e.g. 3.11)
find_python() {
    local want="$1" override="${2:-}" c
    if [ -n "$override" ]; then
        [ "$(python_version "$override")" = "$want" ] && { echo "$override"; return 0; }
        return 1
    fi
    for c in "python$want" "$(command -v pyenv >/dev/null 2>&1 && pyenv root)"/versions/"$want".*/bin/python"$want" \
             "$HOME"/.pyenv/versions/"$want".*/bin/python"$want" python3; do
        [ -n "$c" ] || continue
        if command -v "$c" >/dev/null 2>&1 || [ -x "$c" ]; then
            [ "$(python_version "$c")" = "$want" ] && { command -v "$c" 2>/dev/null || echo "$c"; return 0; }
        fi
    done
    return 1
}

# Drop pip's notes about this machine's optional local package folders; keep real errors.
quiet_pip() { grep -v -e "is ignored: it is neither a file nor a directory" -e "^$" || true; }
