"""A disk cache of e5 vectors for the crisis classifier's TRAINING examples.

Why: embedding the ~12,000 example messages takes about four minutes, and Rasa retrains the
crisis classifier whenever its config changes (a threshold, say), although the examples did
not. With this cache a retrain embeds only new examples.

Only training examples (the NLU data and the crisis example files, all in this repository)
pass through here; user messages never do, so nothing anybody typed is written to disk.
The file is keyed by the embedder's version; delete it any time, it is rebuilt.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable, Dict, Sequence

import numpy as np

Embedder = Callable[[Sequence[str]], np.ndarray]


def default_cache_dir() -> Path:
    """$DICHTBIJ_CACHE/crisis-e5, like the project's other caches (~/.cache/dichtbij)."""
    base = os.environ.get("DICHTBIJ_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "dichtbij"
    )
    return Path(base) / "crisis-e5"


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32].encode("ascii")


class CachedEmbedder:
    """Wraps an embedder; vectors of texts seen before come from `path` (a .npz file)."""

    def __init__(self, embed: Embedder, path: Path) -> None:
        self._embed = embed
        self.path = Path(path)
        self.computed = 0  # texts embedded by the last call (for tests and progress)

    def _load(self) -> Dict[bytes, np.ndarray]:
        try:
            with np.load(self.path) as data:
                return dict(zip(data["keys"].tolist(), data["vectors"]))
        except (OSError, KeyError, ValueError):
            return {}  # missing or unreadable: start again

    def _save(self, known: Dict[bytes, np.ndarray]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(known), dtype="S32")
        vectors = np.stack(list(known.values())).astype(np.float32)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
        os.close(fd)
        try:
            np.savez(tmp, keys=keys, vectors=vectors)
            os.replace(tmp, self.path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        known = self._load()
        keys = [_key(t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))
        self.computed = len(missing)
        if missing:
            for text, vector in zip(missing, np.atleast_2d(self._embed(missing))):
                known[_key(text)] = np.asarray(vector, dtype=np.float32)
            try:
                self._save(known)
            except OSError:
                pass  # a read-only home only costs time
        return np.stack([known[k] for k in keys]) if keys else np.zeros((0, 0), dtype=np.float32)
