"""Prints F1 per intent from `rasa test nlu` and fails below the thresholds.

Thresholds (justified in bot/README.md, "NLU quality gate"):
  weighted F1 over all intents  >= 0.85
  F1 of every intent            >= 0.60   (crisis is held to its own, stricter targets)
  crisis checks on ordinary held-out messages <= 10 %

An ordinary message that the crisis layer answers with the safety check (intent `crisis`)
is not a misunderstanding of the message: after "nee" the bot goes on with the theme it
understood. So when the per-example predictions are there (`rasa test nlu --successes`
writes intent_successes.json next to intent_errors.json), those messages are counted on
their own, with their own limit, and the intent F1 is computed over the other messages.
Without them the gate reads intent_report.json as it is.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

SKIP = {"accuracy", "macro avg", "weighted avg", "micro avg"}
CRISIS = "crisis"


def f1_report(pairs: List[Tuple[str, str]]) -> Dict[str, dict]:
    """Rasa's report shape (precision, recall, f1-score, support; averages) from (true, predicted)."""
    true, predicted, hits = Counter(), Counter(), Counter()
    for t, p in pairs:
        true[t] += 1
        predicted[p] += 1
        hits[t] += t == p
    report: Dict[str, dict] = {}
    for name in sorted(true):
        precision = hits[name] / predicted[name] if predicted[name] else 0.0
        recall = hits[name] / true[name]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[name] = {"precision": precision, "recall": recall, "f1-score": f1, "support": true[name]}
    total = sum(true.values())
    report["weighted avg"] = {"f1-score": sum(r["f1-score"] * r["support"] for r in report.values()) / total}
    report["macro avg"] = {"f1-score": sum(r["f1-score"] for k, r in report.items() if k not in SKIP) / len(true)}
    report["accuracy"] = sum(hits.values()) / total
    return report


def split_crisis_checks(folder: Path) -> Tuple[Dict[str, dict], int, int, List[str]]:
    """Report without the ordinary messages the crisis layer took, and how many it took."""
    examples = []
    for name in ("intent_successes.json", "intent_errors.json"):
        with open(folder / name, encoding="utf-8") as fh:
            examples += json.load(fh)
    pairs, checked = [], []
    for e in examples:
        truth, prediction = e["intent"], (e.get("intent_prediction") or {}).get("name")
        if prediction == CRISIS and truth != CRISIS:
            checked.append(truth)
        else:
            pairs.append((truth, prediction))
    ordinary = sum(1 for e in examples if e["intent"] != CRISIS)
    return f1_report(pairs), len(checked), ordinary, checked


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--min-weighted-f1", type=float, default=0.85)
    ap.add_argument("--min-intent-f1", type=float, default=0.60)
    ap.add_argument("--max-crisis-checks", type=float, default=0.10)
    ap.add_argument("--report-only", action="store_true")
    args = ap.parse_args(argv)
    folder = Path(args.report).parent
    ok = True
    if (folder / "intent_successes.json").exists():
        report, checked, ordinary, intents = split_crisis_checks(folder)
        rate = checked / max(1, ordinary)
        print(f"crisis check on {checked} of {ordinary} ordinary messages ({rate:.3f}; "
              f"true intents: {', '.join(sorted(intents)) or '-'}); F1 below is over the others")
        if rate > args.max_crisis_checks and not args.report_only:
            print(f"FAIL: crisis checks on ordinary messages {rate:.3f} > {args.max_crisis_checks}")
            ok = False
    else:
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
