"""components/embedding_cache.py: training vectors are reused, and a broken file is rebuilt."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BOT = Path(__file__).resolve().parents[1]
if str(BOT) not in sys.path:
    sys.path.insert(0, str(BOT))

from components.embedding_cache import CachedEmbedder, default_cache_dir  # noqa: E402


class CountingEmbedder:
    def __init__(self) -> None:
        self.seen = []

    def __call__(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), t.count("a"), 1.0] for t in texts], dtype=np.float32)


def test_second_call_embeds_only_new_texts_and_keeps_order(tmp_path):
    inner = CountingEmbedder()
    cache = CachedEmbedder(inner, tmp_path / "e5.npz")
    first = cache(["aap", "noot", "aap"])
    assert inner.seen == ["aap", "noot"] and cache.computed == 2
    again = CachedEmbedder(inner, tmp_path / "e5.npz")  # a new process: read from disk
    second = again(["noot", "mies", "aap"])
    assert inner.seen == ["aap", "noot", "mies"] and again.computed == 1
    np.testing.assert_array_equal(second[0], first[1])
    np.testing.assert_array_equal(second[2], first[0])
    np.testing.assert_array_equal(second[1], [4, 0, 1])


def test_an_unreadable_cache_file_is_rebuilt(tmp_path):
    path = tmp_path / "e5.npz"
    path.write_bytes(b"not a numpy file")
    inner = CountingEmbedder()
    vectors = CachedEmbedder(inner, path)(["aap"])
    assert inner.seen == ["aap"] and vectors.shape == (1, 3)
    assert CachedEmbedder(inner, path)(["aap"]).shape == (1, 3) and inner.seen == ["aap"]


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DICHTBIJ_CACHE", str(tmp_path))
    assert default_cache_dir() == tmp_path / "crisis-e5"
    monkeypatch.delenv("DICHTBIJ_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "dichtbij" / "crisis-e5"
