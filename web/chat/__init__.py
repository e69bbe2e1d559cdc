"""The chat widget's server side: a same-origin proxy to Rasa's REST channel and the
stand-alone embeddable chat page."""
from flask import Blueprint

bp = Blueprint("chat", __name__)

from . import routes  # noqa: E402,F401
