"""A small binary crisis classifier: "is this message about a crisis?" as a probability.

Why a separate classifier next to DIET: DIET decides between some twenty intents and is
trained on about a hundred crisis examples; its confidences are nearly always 0 or 1, so no
threshold can trade recall against false alarms. This model is trained on one question only,
with far more examples (the NLU data's `crisis` intent against every other intent, plus the
crisis development set bot/crisis/dev_examples.yml with its harmless look-alikes), and gives
a probability the crisis guard can put thresholds on (chosen on a separate tuning set, see
bot/tools/crisis_thresholds.py).

Features: character n-grams (2-5, within words) and word uni- and bigrams, TF-IDF, over a
light normalisation (lower case, accents stripped, letters repeated three or more times cut
to two), so typos and chat spelling still share most n-grams. Logistic regression. Training
takes seconds; a prediction well under a millisecond. No text is kept in the model other than
the n-gram vocabulary.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, List, Sequence, Tuple

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

_REPEATS = re.compile(r"(.)\1{2,}")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _REPEATS.sub(r"\1\1", text)


@dataclass
class CrisisClassifier:
    chars: TfidfVectorizer
    words: TfidfVectorizer
    model: LogisticRegression

    @classmethod
    def fit(cls, examples: Iterable[Tuple[str, bool]], c: float = 10.0) -> "CrisisClassifier":
        """Trains on (text, is_crisis) pairs; the first label of a repeated text wins."""
        labels = {}
        for text, is_crisis in examples:
            key = normalise(text).strip()
            if key and key not in labels:
                labels[key] = bool(is_crisis)
        texts = list(labels)
        y = np.array([labels[t] for t in texts])
        if y.all() or not y.any():
            raise ValueError("the crisis classifier needs crisis and non-crisis examples")
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+")
        chars.fit(texts)
        words.fit(texts)
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        model.fit(hstack([chars.transform(texts), words.transform(texts)]).tocsr(), y)
        return cls(chars, words, model)

    def probabilities(self, texts: Sequence[str]) -> List[float]:
        normalised = [normalise(t) for t in texts]
        features = hstack([self.chars.transform(normalised), self.words.transform(normalised)]).tocsr()
        return [float(p) for p in self.model.predict_proba(features)[:, 1]]

    def probability(self, text: str) -> float:
        return self.probabilities([text])[0]
