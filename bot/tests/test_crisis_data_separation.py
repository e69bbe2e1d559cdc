"""The crisis classifier never learns a message it is tuned or judged on.

Training files (the crisis dev set, bot/crisis/train/*.yml and the NLU files made for the
crisis decision) must hold no message that equals or nearly equals a message of the tuning set
or of any held-out set: the same words for the most part, ignoring case, accents, punctuation
and spacing (crisis.devset.near_duplicates; an exact copy is the nearest copy). A failure names
the files and how many messages they share, never the messages themselves (the held-out sets
stay unseen).
"""
from __future__ import annotations

import sys
from pathlib import Path

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from crisis.devset import near_duplicates, text_key  # noqa: E402
from tools.crisis_decontaminate import contaminated, evaluation_texts, training_files  # noqa: E402


def test_text_key_ignores_case_accents_punctuation_and_spacing():
    assert text_key("Ik wil  DOOD!!") == text_key("ik wil dood") == "ik wil dood"
    assert text_key("één keer, ok?") == "een keer ok"
    assert text_key("ik wil dood") != text_key("ik wil brood")


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
