"""tools/crisis_thresholds.py picks thresholds that meet its own limits, using the bot's rule."""
from __future__ import annotations

import random
import sys
from pathlib import Path

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from components.crisis_guard import ALARM, decide_level  # noqa: E402
from crisis.rules import HYPERBOLE, SIGNAL  # noqa: E402
from tools.crisis_thresholds import MAX_ALARM_FALSE, MIN_RECALL, sweep  # noqa: E402


def synthetic_rows(seed: int = 7):
    """Crisis messages score high and often fire a SIGNAL rule; harmless ones score low and
    sometimes fire a weak rule or DIET. Overlapping, so the sweep has a real trade-off."""
    rng = random.Random(seed)
    rows = []
    for _ in range(300):
        p = min(1.0, max(0.0, rng.gauss(0.75, 0.2)))
        guard = SIGNAL if rng.random() < 0.6 else (HYPERBOLE if rng.random() < 0.2 else None)
        rows.append((True, guard, p, rng.random() < 0.5))
    for _ in range(400):
        p = min(1.0, max(0.0, rng.gauss(0.15, 0.15)))
        guard = SIGNAL if rng.random() < 0.03 else (HYPERBOLE if rng.random() < 0.15 else None)
        rows.append((False, guard, p, rng.random() < 0.1))
    return rows


def test_sweep_meets_its_limits_with_the_components_own_rule(capsys):
    rows = synthetic_rows()
    config = sweep(rows)
    levels = [decide_level(g, p, nlu, config) for _, g, p, nlu in rows]
    crisis = [lvl for row, lvl in zip(rows, levels) if row[0]]
    harmless = [lvl for row, lvl in zip(rows, levels) if not row[0]]
    assert sum(lvl is not None for lvl in crisis) / len(crisis) >= MIN_RECALL
    assert sum(lvl == ALARM for lvl in harmless) / len(harmless) <= MAX_ALARM_FALSE
    assert 0.0 <= config["weak_check_threshold"] <= config["check_threshold"] <= 1.0
    # a weak signal with some support from the classifier is worth a check; alone it is not
    printed = capsys.readouterr().out
    assert "config.yml (CrisisGuard)" in printed and "weak_check_threshold" in printed


def test_a_signal_rule_always_gets_at_least_the_check():
    config = {"alarm_threshold": 1.0, "alarm_with_guard_threshold": 0.9, "check_threshold": 0.5, "weak_check_threshold": 0.2}
    assert decide_level(SIGNAL, 0.0, False, config) is not None
    assert decide_level(HYPERBOLE, 0.1, True, config) is None
    assert decide_level(HYPERBOLE, 0.25, False, config) is not None
    assert decide_level(None, 0.25, True, config) is not None
    assert decide_level(None, 0.25, False, config) is None


def test_roc_auc_counts_pairs_and_ties():
    from tools.crisis_thresholds import roc_auc

    assert roc_auc([(True, None, 0.9, False), (False, None, 0.1, False)]) == 1.0
    assert roc_auc([(True, None, 0.1, False), (False, None, 0.9, False)]) == 0.0
    assert roc_auc([(True, None, 0.5, False), (False, None, 0.5, False)]) == 0.5
    rows = [(True, None, 0.8, False), (True, None, 0.3, False), (False, None, 0.5, False), (False, None, 0.1, False)]
    assert roc_auc(rows) == 0.75
