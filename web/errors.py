"""One place where errors become answers: the catalogue's exception tree and HTTP errors,
as JSON for the API and the chat proxy (and clients that ask for JSON), as a page otherwise."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_babel import gettext
from werkzeug.exceptions import HTTPException

from catalogue.errors import CatalogueError, Conflict, NotAllowed, NotFound, ValidationError

from .i18n import translate_message

log = logging.getLogger(__name__)

STATUS_FOR = ((NotFound, 404), (NotAllowed, 403), (ValidationError, 422), (Conflict, 409))
CODES = {400: "bad_request", 403: "not_allowed", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid",
         429: "rate_limited", 500: "server_error", 502: "bad_gateway", 503: "unavailable"}


class BadParameter(Exception):
    """A query parameter the API (or a page) cannot use. Answers 400 naming the parameter."""

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


def wants_json() -> bool:
    if request.blueprint in ("api", "hsds", "chat") and request.endpoint != "chat.embed":
        return True
    if request.path.startswith("/api/"):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]


def error_body(status: int, message: str, **extra) -> dict:
    return {"error": {"code": CODES.get(status, "error"), "message": message, **extra}}


def default_message(status: int) -> str:
    return {
        400: gettext("Er ging iets mis met je vraag. Probeer het opnieuw."),
        403: gettext("Je hebt geen toegang tot deze pagina."),
        404: gettext("Deze pagina bestaat niet (meer)."),
        405: gettext("Deze manier van opvragen werkt hier niet."),
        409: gettext("Iemand anders heeft dit net aangepast. Probeer het opnieuw."),
        413: gettext("Wat je stuurde is te groot."),
        422: gettext("De gegevens kloppen niet."),
        429: gettext("Je hebt dit te vaak geprobeerd. Wacht even en probeer het dan opnieuw."),
    }.get(status, gettext("Er ging bij ons iets mis. Probeer het later opnieuw."))


def render_error(status: int, message: str | None = None, **extra):
    message = message or default_message(status)
    if not wants_json():
        return render_template("errors/error.html", status=status, message=message), status
    response = jsonify(error_body(status, message, **extra))
    response.status_code = status
    return response


def init_app(app: Flask) -> None:
    @app.errorhandler(BadParameter)
    def bad_parameter(exc: BadParameter):
        if wants_json():
            body = {"error": {"code": "bad_parameter", "parameter": exc.parameter, "message": exc.message}}
            response = jsonify(body)
            response.status_code = 400
            return response
        return render_template("errors/error.html", status=400, message=exc.message), 400

    @app.errorhandler(CatalogueError)
    def catalogue_error(exc: CatalogueError):
        status = next((code for kind, code in STATUS_FOR if isinstance(exc, kind)), 500)
        extra = {}
        if isinstance(exc, ValidationError):
            extra["fields"] = {name: [translate_message(m) for m in messages] for name, messages in exc.errors.items()}
            message = gettext("De gegevens kloppen niet. Kijk bij elk veld wat er anders moet.")
        else:
            message = translate_message(exc.message)
        return render_error(status, message, **extra)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        status = exc.code or 500
        if status == 429:
            return render_error(429)
        if status == 400 and getattr(exc, "description", "") and "CSRF" in str(exc.description):
            return render_error(400, gettext("Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens."))
        return render_error(status)

    @app.errorhandler(Exception)
    def server_error(exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return render_error(500)
