#!/usr/bin/env bash
# Set up the web app's non-Python parts. Idempotent; run with the main venv active
# (the project's main set-up does that). One progress line per step, a summary at the end.
#   1. npm front-end assets (NL Design System CSS + design tokens, axe-core for tests)
#   2. copy the built files the app serves into web/static/vendor/ (git-ignored)
#   3. compile the translations (translations/*/LC_MESSAGES/messages.mo, git-ignored)
#   4. Debian's chromium for the browser tests (never a browser download)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYBABEL="${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/}pybabel"
[ -x "$PYBABEL" ] || PYBABEL="$ROOT/.venv/bin/pybabel"
VENDOR="$ROOT/web/static/vendor"

step() { printf 'setup-web: %s\n' "$*"; }

# 1. npm packages, from the lock file when there is one (npm's cache makes re-runs quick).
if [ -f package-lock.json ]; then
    step "npm ci (front-end assets from package-lock.json)"
    npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
else
    step "npm install (first run: creates package-lock.json)"
    npm install --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
fi

# 2. Only the built files the pages and tests load.
step "copy NL Design System CSS, design tokens and axe-core into web/static/vendor/"
rm -rf "$VENDOR"
mkdir -p "$VENDOR/utrecht" "$VENDOR/axe-core"
cp node_modules/@utrecht/component-library-css/dist/index.css "$VENDOR/utrecht/component-library.css"
cp node_modules/@utrecht/design-tokens/dist/theme.css "$VENDOR/utrecht/design-tokens.css"
cp node_modules/axe-core/axe.min.js "$VENDOR/axe-core/axe.min.js"
for license in node_modules/@utrecht/component-library-css/LICENSE* node_modules/@utrecht/design-tokens/LICENSE* ; do
    [ -f "$license" ] && cp "$license" "$VENDOR/utrecht/$(basename "$(dirname "$license")")-$(basename "$license")"
done
cp node_modules/axe-core/LICENSE "$VENDOR/axe-core/LICENSE" 2>/dev/null || true

# 3. Translations.
step "compile translations (pybabel compile -d translations)"
"$PYBABEL" compile -d translations >/dev/null

# 4. Chromium from Debian for Playwright (executable_path=/usr/bin/chromium).
#    DICHTBIJ_WITH_BROWSER=0 skips it (a server that never runs the browser tests).
if [ "${DICHTBIJ_WITH_BROWSER:-1}" = "0" ]; then
    step "chromium skipped (DICHTBIJ_WITH_BROWSER=0)"
elif [ -x /usr/bin/chromium ]; then
    step "chromium already installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
else
    step "install Debian's chromium (apt-get) for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-noto-core >/dev/null
fi

echo "setup-web: done: $(ls "$VENDOR"/*/* | wc -l) vendor files, $(find translations -name '*.mo' | wc -l) compiled catalogues, $(/usr/bin/chromium --version 2>/dev/null | head -1 || echo 'no chromium')"
