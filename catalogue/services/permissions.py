"""Who may change what. Predicates, named after the operations they guard."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import NotAllowed
from ..i18n import Message, N_


@dataclass(frozen=True)
class Actor:
    """The person doing a write. ``None`` as actor means the system (CLI, import, seed)."""

    editor_id: int
    email: str
    municipality: str | None
    is_admin: bool = False


def can_edit_municipality(actor: Actor | None, municipality_slug: str) -> bool:
    return actor is None or actor.is_admin or actor.municipality == municipality_slug


def require_edit(actor: Actor | None, municipality_slug: str) -> None:
    if not can_edit_municipality(actor, municipality_slug):
        raise NotAllowed(
            Message(N_("U mag alleen aanbod van uw eigen gemeente aanpassen (%(municipality)s)."),
                    {"municipality": actor.municipality if actor else ""})
        )
