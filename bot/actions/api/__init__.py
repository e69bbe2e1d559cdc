"""The one client of the Dichtbij web JSON API (docs/api.md)."""
from functools import lru_cache

from .client import Activity, ApiError, ApiUnavailable, DichtbijApi, LocalTeam, Municipality

__all__ = ["Activity", "ApiError", "ApiUnavailable", "DichtbijApi", "LocalTeam", "Municipality", "get_api"]


@lru_cache(maxsize=1)
def get_api() -> DichtbijApi:
    """The process-wide client, created on first use."""
    from ..settings import get_settings

    return DichtbijApi.from_settings(get_settings())
