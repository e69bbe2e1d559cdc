"""Marking of user-facing catalogue messages for translation.

The catalogue must not depend on Flask-Babel, yet its validation messages are shown to editors
in their language. Messages are written in plain Dutch, marked with ``N_`` so ``pybabel
extract`` finds them, and translated where they are displayed (the web layer calls
``gettext`` on them). ``Message`` keeps the placeholders apart so translation happens before
interpolation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def N_(message: str) -> str:  # noqa: N802 - the conventional name for a no-op marker
    return message


@dataclass(frozen=True)
class Message:
    """A translatable message with its placeholder values."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate=lambda s: s) -> str:
        return translate(self.template) % self.params if self.params else translate(self.template)

    def __str__(self) -> str:
        return self.render()
