"""The crisis classifier never learns a message it is tuned or judged on.

Training files (the crisis dev set and bot/crisis/train/*.yml) must share no message with the
tuning set or the held-out sets, counting two messages the same when they differ only in case,
accents, punctuation or spacing (crisis.devset.text_key). A failure names the files and how
many messages they share, never the messages themselves (the held-out sets stay unseen).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from components.crisis_guard import CrisisGuard, example_files  # noqa: E402
from crisis.devset import labelled, text_key  # noqa: E402
from tests.test_crisis_heldout import DATA, HELDOUT_SETS, RESERVE, load_heldout  # noqa: E402


def evaluation_sets():
    sets = {"tuning": {text_key(t) for t, _ in labelled(BOT / "crisis" / "tune_examples.yml")}}
    # every held-out file, also one written but not yet measured (not in HELDOUT_SETS yet)
    paths = {**HELDOUT_SETS, "reserve": RESERVE}
    paths.update({path.stem: path for path in sorted(DATA.glob("crisis_heldout*.yml"))})
    for name, path in paths.items():
        if path.exists():
            sets[name] = {text_key(t) for t, _, _ in load_heldout(path)}
    return sets


def test_text_key_ignores_case_accents_punctuation_and_spacing():
    assert text_key("Ik wil  DOOD!!") == text_key("ik wil dood") == "ik wil dood"
    assert text_key("één keer, ok?") == "een keer ok"
    assert text_key("ik wil dood") != text_key("ik wil brood")


def test_training_files_share_no_message_with_tuning_or_heldout_sets():
    patterns = CrisisGuard.get_default_config()["extra_examples"]
    evaluation = evaluation_sets()
    assert len(evaluation) >= 2, "the tuning set and at least one held-out set must be readable"
    shared = {}
    for path in example_files(patterns):
        keys = {text_key(t) for t, _ in labelled(path)}
        for name, eval_keys in evaluation.items():
            n = len(keys & eval_keys)
            if n:
                shared[f"{path.relative_to(BOT)} / {name}"] = n
    assert not shared, f"training messages also in evaluation sets (remove them from training): {shared}"
