"""POST /chat/message: relay one message to the bot and its answers back.

- Same origin only: the body must be JSON (a cross-site form cannot send that without a CORS
  preflight, which we never allow) and a browser's Origin / Sec-Fetch-Site must be ours. That is
  the CSRF protection for this JSON endpoint; there is no session or cookie to steal.
- The sender is a random id the widget keeps in sessionStorage; nothing ties it to a person.
- The message text is never logged, here or in the error paths.
- When the bot cannot be reached the visitor gets a kind message and the crisis lines.
"""
from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import current_app, jsonify, render_template, request
from flask_babel import gettext

from ..errors import BadParameter
from ..extensions import limiter
from ..i18n import current_lang
from ..labels import crisis_lines_payload
from . import bp

log = logging.getLogger(__name__)

SENDER = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
MAX_MESSAGE = 1000
CARD_TYPES = {"activities", "local_team", "crisis"}


def _same_origin() -> bool:
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if not origin:
        return True  # not a browser's cross-site request (browsers send Origin on POST)
    here = urlsplit(request.host_url)
    there = urlsplit(origin)
    return (there.scheme, there.netloc) == (here.scheme, here.netloc)


def _safe_url(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value.startswith("/") and not value.startswith("//"):
        return value
    return value if urlsplit(value).scheme in ("http", "https", "tel", "mailto") else None


def _clean_card(custom: Any) -> dict | None:
    """Pass only the card shapes the widget knows, with plain strings and safe URLs."""
    if not isinstance(custom, dict) or custom.get("type") not in CARD_TYPES:
        return None
    text = lambda v: v if isinstance(v, str) else None  # noqa: E731
    kind = custom["type"]
    if kind == "activities":
        items = [
            {"id": text(a.get("id")), "title": text(a.get("title")), "url": _safe_url(a.get("url")),
             "summary": text(a.get("summary"))}
            for a in custom.get("activities") or [] if isinstance(a, dict) and text(a.get("title"))
        ]
        return {"type": kind, "activities": items[:10]}
    if kind == "local_team":
        team = custom.get("team") if isinstance(custom.get("team"), dict) else {}
        keys = ("id", "name", "phone", "email", "walk_in_hours", "description")
        cleaned = {k: text(team.get(k)) for k in keys}
        cleaned["url"] = _safe_url(team.get("url"))
        cleaned["website"] = _safe_url(team.get("website"))
        return {"type": kind, "team": cleaned} if cleaned["name"] else None
    lines = [
        {"name": text(line.get("name")), "phone": text(line.get("phone")), "url": _safe_url(line.get("url")),
         "for": text(line.get("for"))}
        for line in custom.get("lines") or [] if isinstance(line, dict) and text(line.get("name"))
    ]
    return {"type": kind, "lines": lines}


def clean_bot_messages(raw: Any) -> list[dict]:
    messages = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        message: dict[str, Any] = {}
        if isinstance(item.get("text"), str) and item["text"].strip():
            message["text"] = item["text"]
        buttons = [
            {"title": b["title"], "payload": b.get("payload") if isinstance(b.get("payload"), str) else b["title"]}
            for b in item.get("buttons") or [] if isinstance(b, dict) and isinstance(b.get("title"), str)
        ]
        if buttons:
            message["buttons"] = buttons[:8]
        card = _clean_card(item.get("custom"))
        if card:
            message["custom"] = card
        if message:
            messages.append(message)
    return messages


def unreachable_answer():
    body = {
        "error": {"code": "unavailable", "message": gettext("De chat werkt nu even niet.")},
        "messages": [
            {"text": gettext("Sorry, de chat werkt nu even niet. Probeer het later nog eens, of zoek zelf op deze website. "
                             "Heb je nu hulp nodig? Deze hulplijnen zijn er dag en nacht:")},
            {"custom": {"type": "crisis", "lines": crisis_lines_payload()}},
        ],
    }
    response = jsonify(body)
    response.status_code = 503
    return response


@bp.post("/message")
@limiter.limit(lambda: current_app.config.get("DICHTBIJ_CHAT_LIMIT", "30 per minute;300 per hour"))
def message():
    if not _same_origin():
        response = jsonify({"error": {"code": "not_allowed", "message": gettext("Deze chat werkt alleen op deze website.")}})
        response.status_code = 403
        return response
    if not request.is_json:
        response = jsonify({"error": {"code": "unsupported_media_type", "message": gettext("Stuur je bericht als JSON.")}})
        response.status_code = 415
        return response
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadParameter("message", gettext("Stuur een bericht."))
    sender = data.get("sender")
    text = data.get("message")
    if not isinstance(sender, str) or not SENDER.match(sender):
        raise BadParameter("sender", gettext("De afzender moet een willekeurige code van 8 tot 64 tekens zijn."))
    if not isinstance(text, str) or not text.strip():
        raise BadParameter("message", gettext("Typ eerst een bericht."))
    if len(text) > MAX_MESSAGE:
        raise BadParameter("message", gettext("Je bericht is te lang. Gebruik maximaal %(max)s tekens.", max=MAX_MESSAGE))

    url = current_app.config["DICHTBIJ_RASA_URL"] + "/webhooks/rest/webhook"
    try:
        answer = requests.post(
            url, json={"sender": sender, "message": text.strip(), "metadata": {"lang": current_lang()}},
            timeout=(3.0, current_app.config["DICHTBIJ_CHAT_TIMEOUT"]),
        )
        answer.raise_for_status()
        raw = answer.json()
    except (requests.RequestException, ValueError) as exc:
        # Never the message text: only what went wrong.
        log.warning("chat: the bot could not be reached (%s)", exc.__class__.__name__)
        return unreachable_answer()
    return jsonify({"messages": clean_bot_messages(raw)})


@bp.get("/embed")
def embed():
    return render_template("chat/embed.html")
