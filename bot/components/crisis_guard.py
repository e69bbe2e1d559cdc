"""Crisis first: a deterministic guard that runs LAST in the NLU pipeline.

For every message: when the rule-based guard (`crisis.guard.detect`, bot/crisis) fires, or
the trained classifier already chose the intent `crisis`, the message's intent becomes
`crisis` with confidence 1.0 and an entity `crisis_category` is added (the guard's category,
or "unknown" when only the classifier saw it). The original ranking is kept in
`intent_ranking`, with crisis moved to the top. The guard does not depend on any
classifier confidence, so a low-confidence or fallback prediction can never hide a crisis.

Also counted as "the classifier chose crisis": the FallbackClassifier replaced the prediction
with nlu_fallback while the best real intent underneath was crisis.

Config (config.yml):
    - name: components.crisis_guard.CrisisGuard
      # nlu_fallback_crisis_min: 0.0   # min confidence of crisis under an nlu_fallback

The user's text is never logged; only the rule id and category are (at debug level).
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Any, Dict, List, Optional, Text

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

try:  # Rasa runs with cwd bot/; fall back to the folder next to this file's package.
    from crisis.guard import detect
except ImportError:  # pragma: no cover - depends on how Rasa was started
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from crisis.guard import detect

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
CATEGORY_ENTITY = "crisis_category"
UNKNOWN = "unknown"


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


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent):
    """Forces the intent `crisis` when the guard or the classifier sees a crisis."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"nlu_fallback_crisis_min": 0.0}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._fallback_min = float(config.get("nlu_fallback_crisis_min") or 0.0)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisGuard":
        return cls(config)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        value = float(config.get("nlu_fallback_crisis_min") or 0.0)
        if not 0.0 <= value <= 1.0:
            raise ValueError("CrisisGuard: nlu_fallback_crisis_min must be between 0 and 1")

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # nothing to learn; never rewrites training labels

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        try:
            signal = detect(text)
        except Exception:  # the guard must never break message handling
            logger.exception("crisis guard failed; relying on the classifier")
            signal = None
        from_nlu = nlu_says_crisis(message.data, self._fallback_min)
        if signal is None and not from_nlu:
            return
        category = signal.category if signal is not None else UNKNOWN
        logger.debug(
            "crisis: category=%s rule=%s nlu=%s",
            category, signal.rule if signal is not None else None, from_nlu,
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
            if e.get(ENTITY_ATTRIBUTE_TYPE) != CATEGORY_ENTITY
        ]
        entities.append(
            {
                ENTITY_ATTRIBUTE_TYPE: CATEGORY_ENTITY,
                ENTITY_ATTRIBUTE_VALUE: category,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: len(text),
                "confidence_entity": 1.0,
                EXTRACTOR: self.__class__.__name__,
            }
        )
        message.set(ENTITIES, entities, add_to_output=True)
