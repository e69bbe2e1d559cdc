"""Records a tracker from a running Rasa server (--enable-api) for the action tests.

    python tools/record_tracker.py SENDER ACTION NAME [--nth N] [--port 5005]

saves tests/actions/trackers/NAME.json: the tracker as it was just before the N-th run of
ACTION (Rasa's GET /conversations/<id>/tracker?until=<timestamp>).
"""
from __future__ import annotations

import argparse
import json
import urllib.request
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sender")
    ap.add_argument("action")
    ap.add_argument("name")
    ap.add_argument("--nth", type=int, default=1)
    ap.add_argument("--port", type=int, default=5005)
    args = ap.parse_args()
    base = f"http://127.0.0.1:{args.port}/conversations/{args.sender}/tracker"
    full = json.load(urllib.request.urlopen(base + "?include_events=ALL"))
    seen, until = 0, None
    events = full["events"]
    for i, e in enumerate(events):
        if e.get("event") == "action" and e.get("name") == args.action:
            seen += 1
            if seen == args.nth:
                until = events[i - 1]["timestamp"]
                break
    if until is None:
        raise SystemExit(f"{args.action} #{args.nth} not found")
    state = json.load(urllib.request.urlopen(f"{base}?include_events=AFTER_RESTART&until={until}"))
    state["sender_id"] = f"recorded-{args.name}"
    out = Path(__file__).resolve().parents[1] / "tests" / "actions" / "trackers" / f"{args.name}.json"
    out.write_text(json.dumps(state, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
