"""What every template can use: language and direction, the language switcher, URL building
that keeps the search state, and the crisis lines."""
from __future__ import annotations

import json
from urllib.parse import urlencode

from flask import Flask, request, url_for
from flask_babel import format_date, format_number
from markupsafe import Markup

from .i18n import LANGUAGES, current_language
from .labels import AGE_BAND_LABELS, COST_LABELS, CRISIS_LINES, FORMAT_LABELS, language_name


def query_url(endpoint: str, params: dict, **changes) -> str:
    """``endpoint``'s URL with ``params`` (lists allowed) updated by ``changes``; empty values
    are left out so shared URLs stay short. ``page`` is reset unless given."""
    merged = {**params, **changes}
    if "page" not in changes:
        merged.pop("page", None)
    pairs = []
    for key, value in merged.items():
        values = value if isinstance(value, (list, tuple, set)) else [value]
        pairs.extend((key, v) for v in values if v not in (None, "", False))
    query = urlencode(pairs)
    return url_for(endpoint) + ("?" + query if query else "")


def toggle(values, value) -> list:
    values = list(values or [])
    return [v for v in values if v != value] if value in values else values + [value]


def lang_switch_url(code: str) -> str:
    """The switcher's link: sets the remembered language, then returns to this page."""
    args = request.args.to_dict(flat=False)
    args.pop("lang", None)
    here = request.path + ("?" + urlencode(args, doseq=True) if args else "")
    return url_for("public.set_language", code=code, next=here)


def alternate_url(code: str) -> str:
    """This page in another language, as a link that does not depend on a cookie."""
    args = request.args.to_dict(flat=False)
    args["lang"] = [code]
    return request.base_url + "?" + urlencode(args, doseq=True)


def json_ld(data: dict) -> Markup:
    """JSON for a <script type="application/ld+json"> block, safe against closing the tag."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def init_app(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters["json_ld"] = json_ld
    app.jinja_env.filters["first_label"] = lambda labels, lang: (labels or {}).get(lang) or (labels or {}).get("nl") or ""
    app.jinja_env.filters["language_name"] = lambda code, lang: language_name(code, lang)
    app.jinja_env.filters["format_label"] = lambda code: str(FORMAT_LABELS.get(code, code))
    app.jinja_env.filters["format_number"] = lambda n: format_number(n)
    app.jinja_env.filters["format_date"] = lambda d, style="long": format_date(d, style) if d else ""
    app.jinja_env.globals.update(
        query_url=query_url,
        toggle=toggle,
        lang_switch_url=lang_switch_url,
        alternate_url=alternate_url,
        LANGUAGES=LANGUAGES,
        CRISIS_LINES=CRISIS_LINES,
        FORMAT_LABELS=FORMAT_LABELS,
        COST_LABELS=COST_LABELS,
        AGE_BAND_LABELS=AGE_BAND_LABELS,
        language_name=language_name,
    )

    @app.context_processor
    def language_context():
        language = current_language()
        return {"lang": language.code, "dir": language.dir, "language": language}
