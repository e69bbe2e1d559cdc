"""Reads Rasa's intent_report.json, prints F1 per intent and fails below the thresholds.

Thresholds (justified in bot/README.md, "NLU quality gate"):
  weighted F1 over all intents  >= 0.85
  F1 of every intent            >= 0.60   (crisis is held to its own, stricter guard target)
"""
from __future__ import annotations

import argparse
import json
import sys

SKIP = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--min-weighted-f1", type=float, default=0.85)
    ap.add_argument("--min-intent-f1", type=float, default=0.60)
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args(argv)
    with open(args.report, encoding="utf-8") as fh:
        report = json.load(fh)
    rows = sorted((k, v) for k, v in report.items() if k not in SKIP and isinstance(v, dict))
    print(f"{'intent':28} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    low = []
    for name, v in rows:
        print(f"{name:28} {v['precision']:9.3f} {v['recall']:7.3f} {v['f1-score']:6.3f} {v['support']:4d}")
        if v["f1-score"] < args.min_intent_f1 and name != "nlu_fallback":
            low.append(name)
    w = report.get("weighted avg", {}).get("f1-score", 0.0)
    m = report.get("macro avg", {}).get("f1-score", 0.0)
    acc = report.get("accuracy", 0.0)
    print(f"accuracy {acc:.3f}  macro F1 {m:.3f}  weighted F1 {w:.3f}")
    if args.report_only:
        return 0
    ok = True
    if w < args.min_weighted_f1:
        print(f"FAIL: weighted F1 {w:.3f} < {args.min_weighted_f1}")
        ok = False
    if low:
        print(f"FAIL: intents below F1 {args.min_intent_f1}: {', '.join(low)}")
        ok = False
    if ok:
        print(f"OK: weighted F1 >= {args.min_weighted_f1}, every intent >= {args.min_intent_f1}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
