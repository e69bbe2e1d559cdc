"""The crisis classifier never learns a message it is tuned or judged on.

Training files (the crisis dev set and bot/crisis/train/*.yml) must share no message with the
tuning set or the held-out sets, counting two messages the same when they differ only in case,
accents, punctuation or spacing (crisis.devset.text_key). A failure names the files and how
many messages they share, never the messages themselves (the held-out sets stay unseen).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, Set

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from components.crisis_guard import CrisisGuard, example_files  # noqa: E402
from crisis.devset import labelled, near_duplicates, text_key  # noqa: E402
from tools.crisis_decontaminate import contaminated, evaluation_texts, training_files  # noqa: E402


def evaluation_sets() -> Dict[str, Set[str]]:
    return {name: {text_key(t) for t in texts} for name, texts in evaluation_texts().items()}


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


def test_no_training_message_nearly_equals_an_evaluation_message():
    """Also not with a word changed; `tools/crisis_decontaminate.py` removes them."""
    evaluation = evaluation_texts()
    found = {}
    for path in training_files():
        for name, texts in contaminated(path, evaluation).items():
            if texts:
                found[f"{path.relative_to(BOT)} / {name}"] = len(texts)
    assert not found, (
        f"training messages nearly equal to evaluation messages: {found}; "
        "run: cd bot && ../.venv-bot/bin/python tools/crisis_decontaminate.py"
    )


def test_near_duplicates_sees_a_changed_word_but_not_a_shared_theme():
    assert near_duplicates(["hoe diep is te diep eigenlijk"], ["hoe diep is te diep?"]) == {"hoe diep is te diep eigenlijk"}
    assert near_duplicates(["ik wil dood"], ["Ik wil DOOD!!"]) == {"ik wil dood"}
    assert not near_duplicates(["mijn vader slaat me als hij dronken is"], ["mijn vader is dronken"])
    assert not near_duplicates(["", "  "], ["ik wil dood"])
