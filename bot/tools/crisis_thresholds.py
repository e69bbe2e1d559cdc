"""Choose the crisis thresholds of config.yml on the tuning set, never on a held-out set.

    cd bot && ../.venv-bot/bin/python tools/crisis_thresholds.py            # trained model (exact)
    cd bot && ../.venv-bot/bin/python tools/crisis_thresholds.py --no-model # classifier only, no DIET

The tuning set (crisis/tune_examples.yml) was written apart from the training data and the
guard's rules. For every message we take the guard's level, the crisis classifier's
probability and whether DIET said crisis (from the trained model's parse output, or, with
--no-model, from a classifier trained here on the same data and without DIET), then sweep:

- alarm = p >= alarm_threshold, or a SIGNAL guard rule with p >= alarm_with_guard_threshold:
  the pair with the highest recall whose false alarms stay <= MAX_ALARM_FALSE (1 %);
- check_threshold and weak_check_threshold (for a weak guard rule or DIET): the pair with the
  fewest harmless messages checked whose alarm-or-check recall is >= MIN_RECALL (99.5 %). A SIGNAL
  guard rule always gives at least the check.

It prints the sweep and the values to put in config.yml. Only numbers are printed, no text.
"""
from __future__ import annotations

import argparse
import asyncio
import bisect
import sys
import warnings
from pathlib import Path
from typing import Dict, List, Optional, Tuple

BOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BOT))

from crisis.devset import labelled  # noqa: E402
from crisis.guard import detect  # noqa: E402

# The targets are recall >= 98 % and false alarms <= 2 %. Thresholds picked on the same
# messages they are scored on look better than they will be on new ones: the first pick, at
# 2 %, gave 5.4 % full false alarms on the next held-out set, and a check picked for 99 %
# recall here missed 3 of 100 crisis messages of the fresh held-out set (2026-11-23). So the
# alarm is picked at half the allowed error (at most 1 % full false alarms) and the check for
# at most one missed crisis message in 200 (a quarter of the recall budget). Not for none:
# once the training data held no near-copy of a tuning message any more, the single lowest
# crisis message of the tuning set (four words, no context) alone would have set the check at
# 0.03 and checked a quarter of the harmless messages.
MIN_RECALL = 0.995
MAX_ALARM_FALSE = 0.01
TUNING = BOT / "crisis" / "tune_examples.yml"

Row = Tuple[bool, Optional[str], float, bool]  # is_crisis, guard level, probability, DIET says crisis


def tuning_messages(path: Path = TUNING) -> List[Tuple[str, bool]]:
    return list(labelled(path))


def pipeline_config() -> Dict:
    import yaml

    config = yaml.safe_load((BOT / "config.yml").read_text(encoding="utf-8"))
    for step in config["pipeline"]:
        if step["name"].endswith("CrisisGuard"):
            return {k: v for k, v in step.items() if k != "name"}
    raise SystemExit("config.yml has no CrisisGuard step")


def rows_from_model(messages: List[Tuple[str, bool]], model: Path) -> List[Row]:
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    logging.getLogger("rasa").setLevel(logging.WARNING)
    configure_structlog(logging.WARNING)  # Rasa logs every parsed text at debug level

    agent = Agent.load(str(model))

    async def parse_all():
        return [await agent.parse_message(text) for text, _ in messages]

    rows = []
    for (text, is_crisis), parsed in zip(messages, asyncio.run(parse_all())):
        info = parsed.get("crisis") or {}
        if info.get("probability") is None:
            raise SystemExit(f"{model} has no crisis classifier: train a new model first (scripts/bot.sh train)")
        rows.append((is_crisis, info.get("guard"), float(info["probability"]), bool(info.get("nlu"))))
    return rows


def rows_without_model(messages: List[Tuple[str, bool]]) -> List[Row]:
    from rasa.shared.nlu.training_data.loading import load_data

    from components.crisis_guard import CrisisGuard

    guard = CrisisGuard(pipeline_config())
    guard.train(load_data(str(BOT / "data" / "nlu")))
    probabilities = guard.classifier.probabilities([t for t, _ in messages])
    rows = []
    for (text, is_crisis), p in zip(messages, probabilities):
        signal = detect(text)
        rows.append((is_crisis, signal.level if signal else None, p, False))
    return rows


def roc_auc(rows: List[Row]) -> float:
    """How often a crisis message scores above a harmless one (ties count half)."""
    crisis = sorted(r[2] for r in rows if r[0])
    harmless = sorted(r[2] for r in rows if not r[0])
    wins = 0.0
    for p in crisis:
        below, up_to = bisect.bisect_left(harmless, p), bisect.bisect_right(harmless, p)
        wins += below + 0.5 * (up_to - below)
    return wins / max(1, len(crisis) * len(harmless))


def levels(rows: List[Row], config: Dict[str, float]) -> List[Optional[str]]:
    """The level the bot would give every row: the component's own decide_level."""
    from components.crisis_guard import decide_level

    return [decide_level(guard, p, nlu, config) for _, guard, p, nlu in rows]


def rate(rows: List[Row], hits: List[bool], crisis: bool) -> float:
    chosen = [hit for row, hit in zip(rows, hits) if row[0] == crisis]
    return sum(chosen) / max(1, len(chosen))


def sweep(rows: List[Row]) -> Dict[str, float]:
    from components.crisis_guard import ALARM

    grid = sorted({round(x * 0.05, 2) for x in range(0, 21)} | {0.98, 0.99})
    never = {"check_threshold": 1.0, "weak_check_threshold": 1.0}
    best = None
    for b in grid:
        for a in grid:
            if a > b:
                continue
            config = {"alarm_threshold": b, "alarm_with_guard_threshold": a, **never}
            hits = [level == ALARM for level in levels(rows, config)]
            recall, false = rate(rows, hits, True), rate(rows, hits, False)
            if false <= MAX_ALARM_FALSE and (best is None or recall > best[0] or (recall == best[0] and (b, a) > best[2:])):
                best = (recall, false, b, a)
    if best is None:
        raise SystemExit("no alarm thresholds keep false alarms under the limit")
    alarm_recall, false, b, a = best
    print(f"alarm: alarm_threshold {b:.2f}, alarm_with_guard_threshold {a:.2f} -> recall {alarm_recall:.3f}, false alarms {false:.3f}")
    print("check_threshold, best weak_check_threshold -> recall (alarm or check), harmless messages checked or alarmed")
    chosen = None
    for c in [x / 100 for x in range(60, 0, -1)]:
        best_w = None
        for w in [x / 100 for x in range(0, int(round(c * 100)) + 1)]:
            config = {"alarm_threshold": b, "alarm_with_guard_threshold": a, "check_threshold": c, "weak_check_threshold": w}
            hits = [level is not None for level in levels(rows, config)]
            recall, touched = rate(rows, hits, True), rate(rows, hits, False)
            if recall >= MIN_RECALL and (best_w is None or touched < best_w[2] or (touched == best_w[2] and w > best_w[0])):
                best_w = (w, recall, touched)
        if best_w is None:
            continue
        if round(c * 100) % 5 == 0:
            print(f"  {c:.2f}, {best_w[0]:.2f} -> recall {best_w[1]:.3f}, harmless touched {best_w[2]:.3f}")
        if chosen is None or best_w[2] < chosen[3]:
            chosen = (c,) + best_w
    if chosen is None:
        raise SystemExit(f"no check thresholds reach recall {MIN_RECALL}")
    c, w, recall, touched = chosen
    print(
        f"\nconfig.yml (CrisisGuard): alarm_threshold: {b:.2f}  alarm_with_guard_threshold: {a:.2f}  "
        f"check_threshold: {c:.2f}  weak_check_threshold: {w:.2f}\n"
        f"on the tuning set: alarm recall {alarm_recall:.3f}, alarm false alarms {false:.3f}; "
        f"alarm-or-check recall {recall:.3f}, harmless messages checked or alarmed {touched:.3f}"
    )
    return {"alarm_threshold": b, "alarm_with_guard_threshold": a, "check_threshold": c, "weak_check_threshold": w}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=BOT / "models" / "current.tar.gz")
    parser.add_argument("--no-model", action="store_true", help="train the classifier here; ignore DIET")
    args = parser.parse_args(argv)
    messages = tuning_messages()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = rows_without_model(messages) if args.no_model else rows_from_model(messages, args.model)
    print(f"tuning set: {sum(r[0] for r in rows)} crisis, {sum(not r[0] for r in rows)} harmless messages; "
          f"classifier ROC AUC {roc_auc(rows):.3f}")
    sweep(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
