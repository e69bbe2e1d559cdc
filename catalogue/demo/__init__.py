"""The demo catalogue: realistic content in plain Dutch, loaded on first start."""
from __future__ import annotations

import json
from importlib import resources
from typing import Any


def demo_document() -> dict[str, Any]:
    return json.loads(resources.files("catalogue.demo").joinpath("catalogue.json").read_text("utf-8"))
