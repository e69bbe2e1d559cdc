"""Choose the crisis thresholds of config.yml on the tuning set, never on a held-out set.

    cd bot && ../.venv-bot/bin/python tools/crisis_thresholds.py            # trained model (exact)
    cd bot && ../.venv-bot/bin/python tools/crisis_thresholds.py --no-model # classifier only, no DIET

The tuning set (crisis/tune_examples.yml) was written apart from the training data and the
guard's rules. For every message we take the guard's level, the crisis classifier's
probability and whether DIET said crisis (from the trained model's parse output, or, with
--no-model, from a classifier trained here on the same data and without DIET), then sweep:

- alarm = p >= alarm_threshold, or a SIGNAL guard rule with p >= alarm_with_guard_threshold:
  the pair with the highest recall whose false alarms stay <= MAX_ALARM_FALSE (1 %);
- check_threshold: the highest value for which alarm-or-check recall is >= MIN_RECALL (99 %).

It prints the sweep and the values to put in config.yml. Only numbers are printed, no text.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import warnings
from pathlib import Path
from typing import Dict, List, Optional, Tuple

BOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BOT))

from crisis.devset import labelled  # noqa: E402
from crisis.guard import detect  # noqa: E402

# The targets are recall >= 98 % and false alarms <= 2 %. Thresholds picked on the same
# messages they are scored on look better than they will be on new ones (the first pick, at
# 2 %, gave 5.4 % full false alarms on the next held-out set), so both are picked at half the
# allowed error: at most 1 % missed, at most 1 % full false alarms.
MIN_RECALL = 0.99
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


def rate(rows: List[Row], hit, crisis: bool) -> float:
    chosen = [hit(r) for r in rows if r[0] == crisis]
    return sum(chosen) / max(1, len(chosen))


def sweep(rows: List[Row]) -> Dict[str, float]:
    from crisis.rules import SIGNAL

    grid = sorted({round(x * 0.05, 2) for x in range(0, 21)} | {0.98, 0.99})
    best = None
    print("alarm: alarm_threshold, alarm_with_guard_threshold -> recall, false alarms")
    for b in grid:
        for a in grid:
            if a > b:
                continue
            hit = lambda r, a=a, b=b: r[2] >= b or (r[1] == SIGNAL and r[2] >= a)  # noqa: E731
            recall, false = rate(rows, hit, True), rate(rows, hit, False)
            if false <= MAX_ALARM_FALSE and (best is None or recall > best[0] or (recall == best[0] and (b, a) > best[2:])):
                best = (recall, false, b, a)
    if best is None:
        raise SystemExit("no alarm thresholds keep false alarms under the limit")
    alarm_recall, false, b, a = best
    print(f"  chosen {b:.2f}, {a:.2f} -> recall {alarm_recall:.3f}, false alarms {false:.3f}")
    alarm = lambda r: r[2] >= b or (r[1] == SIGNAL and r[2] >= a)  # noqa: E731
    print("check_threshold -> recall (alarm or check), harmless messages that get the check or alarm")
    chosen_c = None
    for c in [x / 100 for x in range(60, 4, -1)]:
        hit = lambda r, c=c: alarm(r) or bool(r[1]) or r[3] or r[2] >= c  # noqa: E731
        recall, touched = rate(rows, hit, True), rate(rows, hit, False)
        if c * 100 % 5 == 0 or (chosen_c is None and recall >= MIN_RECALL):
            print(f"  {c:.2f} -> recall {recall:.3f}, harmless touched {touched:.3f}")
        if chosen_c is None and recall >= MIN_RECALL:
            chosen_c = (c, recall, touched)
    if chosen_c is None:
        raise SystemExit(f"no check threshold reaches recall {MIN_RECALL}")
    print(
        f"\nconfig.yml (CrisisGuard): alarm_threshold: {b:.2f}  alarm_with_guard_threshold: {a:.2f}  "
        f"check_threshold: {chosen_c[0]:.2f}\n"
        f"on the tuning set: alarm recall {alarm_recall:.3f}, alarm false alarms {false:.3f}; "
        f"alarm-or-check recall {chosen_c[1]:.3f}, harmless messages checked or alarmed {chosen_c[2]:.3f}"
    )
    return {"alarm_threshold": b, "alarm_with_guard_threshold": a, "check_threshold": chosen_c[0]}


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=BOT / "models" / "current.tar.gz")
    parser.add_argument("--no-model", action="store_true", help="train the classifier here; ignore DIET")
    args = parser.parse_args(argv)
    messages = tuning_messages()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = rows_without_model(messages) if args.no_model else rows_from_model(messages, args.model)
    print(f"tuning set: {sum(r[0] for r in rows)} crisis, {sum(not r[0] for r in rows)} harmless messages")
    sweep(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
