"""Full-text and faceted search over published activities.

The engine sits behind ``SearchIndex`` (add/update/remove/query/clear); the index is derived
data and can always be rebuilt from the database.
"""
from .documents import SearchDocument
from .interface import FacetValue, SearchHit, SearchIndex, SearchQuery, SearchResults

__all__ = ["FacetValue", "SearchDocument", "SearchHit", "SearchIndex", "SearchQuery", "SearchResults"]
