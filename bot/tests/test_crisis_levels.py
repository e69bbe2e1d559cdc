"""The crisis classifier and the alarm/check decision of components/crisis_guard.py.

The classifier is trained here as in the bot (NLU data and the crisis dev set) and judged on
the separate tuning set (bot/crisis/tune_examples.yml), so these tests fail when the features or the training
break, not only when the code crashes.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

pytestmark = pytest.mark.filterwarnings("ignore")

from components.crisis_classifier import CrisisClassifier, normalise  # noqa: E402
from components.crisis_guard import (  # noqa: E402
    ALARM,
    CHECK,
    CrisisGuard,
    decide_level,
)
from crisis.devset import load  # noqa: E402

CONFIG = CrisisGuard.get_default_config()


@pytest.fixture(scope="module")
def classifier() -> CrisisClassifier:
    """Trained as in the bot: NLU data (crisis against every other intent) plus the dev set."""
    from rasa.shared.nlu.training_data.loading import load_data

    guard = CrisisGuard(CONFIG)
    guard.train(load_data(str(BOT / "data" / "nlu")))
    return guard.classifier


def test_normalise_folds_case_accents_and_stretched_letters():
    assert normalise("Ik Wil Dooooood, één keer") == "ik wil dood, een keer"


def test_classifier_needs_both_classes():
    with pytest.raises(ValueError):
        CrisisClassifier.fit([("ik wil dood", True), ("ik wil niet meer", True)])


def test_classifier_ranks_unseen_crisis_messages_above_unseen_harmless_ones(classifier):
    tuning = load(BOT / "crisis" / "tune_examples.yml")
    crisis = classifier.probabilities([t for v in tuning["crisis"].values() for t in v])
    harmless = classifier.probabilities([t for v in tuning["harmless"].values() for t in v])
    pairs = sum((c > h) + 0.5 * (c == h) for c in crisis for h in harmless)
    auc = pairs / (len(crisis) * len(harmless))
    # measured 0.92; a broken feature set or lost training data falls towards 0.5
    assert auc >= 0.85, f"ROC AUC on the tuning set {auc:.3f}"


@pytest.mark.parametrize(
    "guard, p, nlu, expected",
    [
        ("signal", 0.9, False, ALARM),
        ("signal", 0.2, False, CHECK),  # a guard rule always gives at least the check
        ("hyperbole", 0.9, False, CHECK),
        ("topic", 0.0, False, CHECK),
        (None, 0.0, True, CHECK),  # DIET alone: check
        (None, 0.5, False, CHECK),
        (None, 0.1, False, None),
        (None, 1.0, False, ALARM),
        ("signal", None, False, ALARM),  # a model without the classifier
        ("hyperbole", None, False, CHECK),
        (None, None, False, None),
    ],
)
def test_decide_level(guard, p, nlu, expected):
    assert decide_level(guard, p, nlu, CONFIG) == expected


def test_component_marks_messages_and_keeps_the_ranking(classifier):
    from rasa.shared.nlu.training_data.message import Message

    guard = CrisisGuard({}, classifier=classifier)
    crisis = Message(data={"text": "ik wil niet meer leven, ik heb al pillen gespaard",
                           "intent": {"name": "need_rouw", "confidence": 0.8},
                           "intent_ranking": [{"name": "need_rouw", "confidence": 0.8}]})
    ordinary = Message(data={"text": "welke cursussen zijn er voor ouders in zutphen",
                             "intent": {"name": "need_opvoedondersteuning", "confidence": 0.9}})
    guard.process([crisis, ordinary])
    assert crisis.get("intent")["name"] == "crisis"
    assert [r["name"] for r in crisis.get("intent_ranking")] == ["crisis", "need_rouw"]
    entities = {e["entity"]: e["value"] for e in crisis.get("entities")}
    assert entities["crisis_category"] == "suicide" and entities["crisis_level"] in (ALARM, CHECK)
    assert crisis.get("crisis")["probability"] > CONFIG["check_threshold"]
    assert ordinary.get("intent")["name"] == "need_opvoedondersteuning"
    assert ordinary.get("crisis")["level"] is None and not ordinary.get("entities")


def test_classifier_is_stored_in_and_loaded_from_the_model(tmp_path):
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    storage = LocalModelStorage(tmp_path)
    resource = Resource("crisis_guard")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**CONFIG, "extra_examples": ["crisis/dev_examples.yml"]}
    guard = CrisisGuard.create(config, storage, resource, context)
    data = TrainingData([Message(data={"text": "ik wil een cursus", "intent": "need_opvoedondersteuning"})])
    guard.train(data)
    loaded = CrisisGuard.load(config, storage, resource, context)
    text = "ik denk er steeds aan om van de brug te springen"
    assert loaded.classifier.probability(text) == pytest.approx(guard.classifier.probability(text))
