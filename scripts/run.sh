#!/usr/bin/env bash
# Set up (if needed) and run the whole product on this machine: the web app with the demo
# catalogue on embedded defaults (SQLite + Whoosh under ./instance), the Rasa server and the
# action server. Stop with Ctrl-C.
set -euo pipefail
STEP_NAME=run
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
bash scripts/setup.sh
say "preparing the catalogue (database migrations, demo data on first start, search index)"
.venv/bin/dichtbij db upgrade
.venv/bin/dichtbij seed-demo --if-empty
say "starting web (http://${DICHTBIJ_HOST:-127.0.0.1}:${DICHTBIJ_PORT:-8000}), rasa (:${DICHTBIJ_RASA_PORT:-5005}) and actions (:${DICHTBIJ_ACTIONS_PORT:-5055})"
exec .venv/bin/honcho start -f Procfile
