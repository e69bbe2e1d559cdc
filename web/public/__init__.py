"""The public website for parents and young people."""
from flask import Blueprint

bp = Blueprint("public", __name__)

from . import routes  # noqa: E402,F401  (registers the views on the blueprint)
