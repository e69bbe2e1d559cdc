"""Dichtbij's web app: public pages, the JSON API and the chat proxy.

``create_app`` builds everything; importing this package has no side effects.
"""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask

from catalogue.config import Settings
from catalogue.core import Catalogue

from .config import flask_config
from .extensions import babel, csrf, limiter

log = logging.getLogger(__name__)


def create_app(
    settings: Settings | None = None, *, catalogue: Catalogue | None = None, config: dict[str, Any] | None = None
) -> Flask:
    settings = settings or (catalogue.settings if catalogue is not None else Settings.from_env())
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(flask_config(settings))
    if config:
        app.config.update(config)

    if catalogue is None:
        catalogue = Catalogue(settings)
    reason = catalogue.ensure_index()
    if reason:
        log.info("search index rebuilt at start: %s", reason)
    app.extensions["catalogue"] = catalogue
    app.extensions["dichtbij.settings"] = settings
    from .lookups import VocabularyCache

    app.extensions["dichtbij.vocabulary"] = VocabularyCache(
        catalogue, seconds=float(app.config.get("DICHTBIJ_VOCABULARY_CACHE_SECONDS", 30))
    )

    from . import i18n, security, errors, templating

    i18n.init_app(app, babel)
    csrf.init_app(app)
    limiter.init_app(app)
    templating.init_app(app)
    security.init_app(app)
    errors.init_app(app)

    from .api import bp as api_bp
    from .api.hsds import bp as hsds_bp
    from .chat import bp as chat_bp
    from .public import bp as public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(hsds_bp, url_prefix="/api/hsds")
    app.register_blueprint(chat_bp, url_prefix="/chat")
    csrf.exempt(api_bp)
    csrf.exempt(hsds_bp)
    csrf.exempt(chat_bp)  # JSON only, checked for same origin in web.chat (see there)
    return app
