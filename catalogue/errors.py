"""The catalogue's typed errors. The web layer maps each to one HTTP status in one place."""
from __future__ import annotations

from .i18n import Message, N_


class CatalogueError(Exception):
    """Base class: every error the service layer raises on purpose."""

    def __init__(self, message: Message | str):
        self.message = message if isinstance(message, Message) else Message(message)
        super().__init__(str(self.message))


class NotFound(CatalogueError):
    pass


class NotAllowed(CatalogueError):
    pass


class Conflict(CatalogueError):
    """Someone else changed the record since it was read (optimistic locking)."""


class ValidationError(CatalogueError):
    """Every problem with the input at once, field by field.

    ``errors`` maps a field name (``"title"``, ``"signup"``, ``"locations[0].postcode"``) to the
    list of messages for that field, so a form can show each problem next to its field.
    """

    def __init__(self, errors: dict[str, list[Message]], record: str | None = None):
        self.errors = errors
        self.record = record
        summary = "; ".join(f"{name}: {msg}" for name, msgs in errors.items() for msg in msgs)
        prefix = f"{record}: " if record else ""
        super().__init__(Message(N_("De gegevens kloppen niet: %(details)s"), {"details": prefix + summary}))

    def lines(self) -> list[str]:
        """One readable line per problem, for the command line."""
        prefix = f"{self.record}: " if self.record else ""
        return [f"{prefix}{name}: {msg}" for name, msgs in self.errors.items() for msg in msgs]
