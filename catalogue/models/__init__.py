"""Typed SQLAlchemy 2.0 models, one module per aggregate."""
from .accounts import Editor
from .activity import (
    Activity,
    ActivityStatus,
    ActivityTranslation,
    EVIDENCE_LEVELS,
    FORMATS,
    Location,
    Provider,
    Schedule,
)
from .feedback import CallbackRequest, ErrorReport
from .places import LocalTeam, Municipality, Neighbourhood, NeighbourhoodPostcode
from .taxonomy import SynonymGroup, Theme, ThemeKind

__all__ = [
    "Activity", "ActivityStatus", "ActivityTranslation", "CallbackRequest", "Editor", "ErrorReport",
    "EVIDENCE_LEVELS", "FORMATS", "LocalTeam", "Location", "Municipality", "Neighbourhood",
    "NeighbourhoodPostcode", "Provider", "Schedule", "SynonymGroup", "Theme", "ThemeKind",
]
