"""Slugs: how municipalities and neighbourhoods are addressed everywhere (``bergen-op-zoom``)."""
from __future__ import annotations

import re

from .search.analysis import fold


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
