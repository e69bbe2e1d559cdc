"""`python -m crisis [FILE]` (from bot/): recall and false alarms of the guard on a file in
the dev_examples.yml format, per category, listing the misses and false alarms."""
from __future__ import annotations

import sys

from .devset import DEV_EXAMPLES, load
from .guard import analyse, detect


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = argv[0] if argv else DEV_EXAMPLES
    verbose = "-v" in argv
    data = load(path)
    total = caught = 0
    for cat, msgs in data.get("crisis", {}).items():
        hit = [m for m in msgs if detect(m)]
        total += len(msgs)
        caught += len(hit)
        print(f"crisis   {cat:14} recall {len(hit)}/{len(msgs)} = {len(hit) / max(1, len(msgs)):.3f}")
        for m in msgs:
            if not detect(m):
                print(f"   MISS  {m}" + (f"   {analyse(m)}" if verbose else ""))
    n_h = alarms = 0
    for kind, msgs in data.get("harmless", {}).items():
        bad = [m for m in msgs if detect(m)]
        n_h += len(msgs)
        alarms += len(bad)
        print(f"harmless {kind:14} false alarms {len(bad)}/{len(msgs)}")
        for m in bad:
            s = detect(m)
            print(f"   ALARM {m}   [{s.rule} {s.level} {s.rules}]")
    print(f"TOTAL recall {caught}/{total} = {caught / max(1, total):.3f}; "
          f"false alarms {alarms}/{n_h} = {alarms / max(1, n_h):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
