"""The JSON API, /api/v1/ (contract: docs/api.md, description: /api/v1/openapi.json)."""
from flask import Blueprint

bp = Blueprint("api", __name__)

from . import routes  # noqa: E402,F401
