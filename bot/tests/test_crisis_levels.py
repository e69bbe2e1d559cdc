"""The crisis classifier and the alarm/check decision of components/crisis_guard.py.

The classifier's sparse part is trained here as in the bot (NLU data, the crisis dev set and
bot/crisis/train/) and judged on the separate tuning set (bot/crisis/tune_examples.yml), so these
tests fail when the features or the training break, not only when the code crashes. The dense
(e5) part takes minutes to train on all examples; it is tested on a small sample here, and the
whole blend in the trained model by tests/test_crisis_heldout.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

pytestmark = pytest.mark.filterwarnings("ignore")

from components.crisis_classifier import CrisisClassifier, e5_embed, normalise  # noqa: E402
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
    """The sparse part, trained as in the bot: NLU data (crisis against every other intent) plus
    the crisis example files."""
    from rasa.shared.nlu.training_data.loading import load_data

    guard = CrisisGuard({**CONFIG, "dense_weight": 0.0})
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
    # measured 0.989 (0.93 before bot/crisis/train/); lost training data or a broken reading
    # of the text falls well below
    assert auc >= 0.97, f"ROC AUC on the tuning set {auc:.3f}"


@pytest.mark.parametrize(
    "guard, p, nlu, expected",
    [
        ("signal", 0.9, False, ALARM),
        ("signal", 0.2, False, CHECK),  # a SIGNAL rule always gives at least the check
        ("signal", 0.0, False, CHECK),
        ("hyperbole", 0.5, False, CHECK),
        ("topic", 0.0, False, None),  # a weak rule alone is not enough
        (None, 0.0, True, None),  # nor is DIET alone
        (None, 0.5, False, CHECK),
        (None, CONFIG["weak_check_threshold"] / 2, False, None),  # below every threshold
        (None, 0.95, False, ALARM),
        ("signal", None, False, ALARM),  # a model without the classifier
        ("hyperbole", None, False, CHECK),
        (None, None, True, CHECK),
        (None, None, False, None),
    ],
)
def test_decide_level(guard, p, nlu, expected):
    assert decide_level(guard, p, nlu, CONFIG) == expected


def test_weak_signals_count_from_the_weak_threshold():
    config = {**CONFIG, "check_threshold": 0.5, "weak_check_threshold": 0.2}
    assert decide_level("hyperbole", 0.25, False, config) == CHECK
    assert decide_level(None, 0.25, True, config) == CHECK
    assert decide_level(None, 0.25, False, config) is None
    assert decide_level("topic", 0.15, True, config) is None


def test_dense_part_is_blended_in_and_survives_pickling():
    """Real e5 embeddings on a small sample: the blend is sparse ** (1 - w) * dense ** w."""
    import pickle

    tuning = load(BOT / "crisis" / "tune_examples.yml")
    examples = [(t, True) for v in tuning["crisis"].values() for t in v][:60]
    examples += [(t, False) for v in tuning["harmless"].values() for t in v][:60]
    blended = CrisisClassifier.fit(examples, dense_weight=0.5)
    sparse = CrisisClassifier(blended.chars, blended.words, blended.model)
    assert blended.dense is not None and blended.dense_weight == 0.5
    texts = ["ik heb vannacht al mijn pillen ingenomen", "mijn moeder vermoordt me als ik te laat ben"]
    dense = blended.dense.predict_proba(e5_embed(texts))[:, 1]
    expected = [s ** 0.5 * d ** 0.5 for s, d in zip(sparse.probabilities(texts), dense)]
    assert blended.probabilities(texts) == pytest.approx(expected)
    restored = pickle.loads(pickle.dumps(blended))
    assert restored.probabilities(texts) == pytest.approx(expected)


def test_dense_weight_zero_trains_no_dense_part():
    clf = CrisisClassifier.fit([("ik wil dood", True), ("ik wil een ijsje", False)], dense_weight=0.0)
    assert clf.dense is None and clf.dense_weight == 0.0


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
    config = {**CONFIG, "extra_examples": ["crisis/dev_examples.yml"], "dense_weight": 0.0}
    guard = CrisisGuard.create(config, storage, resource, context)
    data = TrainingData([Message(data={"text": "ik wil een cursus", "intent": "need_opvoedondersteuning"})])
    guard.train(data)
    loaded = CrisisGuard.load(config, storage, resource, context)
    text = "ik denk er steeds aan om van de brug te springen"
    assert loaded.classifier.probability(text) == pytest.approx(guard.classifier.probability(text))


def test_extra_examples_take_glob_patterns_and_refuse_patterns_that_match_nothing():
    from components.crisis_guard import example_files

    files = example_files(["crisis/dev_examples.yml", "crisis/train/*.yml"])
    assert files[0].name == "dev_examples.yml" and len(files) > 1
    assert all(f.parent.name == "train" for f in files[1:])
    with pytest.raises(ValueError, match="matches no file"):
        example_files(["crisis/nowhere/*.yml"])
    with pytest.raises(ValueError, match="matches no file"):
        CrisisGuard.validate_config({"extra_examples": ["crisis/missing.yml"]})


def test_fingerprint_follows_the_example_files_and_the_guards_reading(tmp_path, monkeypatch):
    """Rasa reuses a cached CrisisGuard unless this changes: new examples must retrain it."""
    import shutil

    import components.crisis_guard as module

    copy = tmp_path / "bot"
    (copy / "components").mkdir(parents=True)
    shutil.copytree(BOT / "crisis", copy / "crisis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(BOT / "components" / "crisis_classifier.py", copy / "components")
    monkeypatch.setattr(module, "BOT_DIR", copy)
    patterns = ["crisis/dev_examples.yml", "crisis/train/*.yml"]
    before = CrisisGuard.fingerprint_addon({"extra_examples": patterns})
    assert CrisisGuard.fingerprint_addon({"extra_examples": patterns}) == before
    extra = copy / "crisis" / "train" / "zz_new.yml"
    extra.write_text('crisis:\n  suicide:\n    - "ik wil niet meer"\n', encoding="utf-8")
    with_new_file = CrisisGuard.fingerprint_addon({"extra_examples": patterns})
    assert with_new_file != before
    guard_source = copy / "crisis" / "guard.py"
    guard_source.write_text(guard_source.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert CrisisGuard.fingerprint_addon({"extra_examples": patterns}) != with_new_file
