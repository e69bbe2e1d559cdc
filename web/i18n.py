"""Languages: which one a visitor gets, and translating catalogue messages.

The choice, most specific first: ``?lang=`` in the URL (so a shared link opens in the same
language), the ``lang`` cookie set by the visible switcher, the browser's Accept-Language
header, then Dutch.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g, request
from flask_babel import Babel, get_locale, gettext

from catalogue.i18n import Message


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, as a visitor looks for it
    dir: str = "ltr"


LANGUAGES = (
    Language("nl", "Nederlands"),
    Language("en", "English"),
    Language("ar", "العربية", "rtl"),
)
CODES = tuple(language.code for language in LANGUAGES)
BY_CODE = {language.code: language for language in LANGUAGES}
DEFAULT = "nl"
COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


def select_locale() -> str:
    if getattr(g, "forced_lang", None) in CODES:
        return g.forced_lang
    asked = request.args.get("lang", "")
    if asked in CODES:
        return asked
    remembered = request.cookies.get(COOKIE, "")
    if remembered in CODES:
        return remembered
    return request.accept_languages.best_match(CODES) or DEFAULT


def current_lang() -> str:
    locale = get_locale()
    return locale.language if locale is not None and locale.language in CODES else DEFAULT


def current_language() -> Language:
    return BY_CODE[current_lang()]


def translate_message(message: Message | str) -> str:
    """A catalogue message (Dutch template marked with N_) in the visitor's language."""
    if isinstance(message, str):
        return gettext(message)
    return gettext(message.template) % message.params if message.params else gettext(message.template)


def init_app(app: Flask, babel: Babel) -> None:
    babel.init_app(app, locale_selector=select_locale, timezone_selector=lambda: "Europe/Amsterdam")

    @app.after_request
    def vary_on_language(response):
        response.vary.add("Accept-Language")
        response.vary.add("Cookie")
        return response


def lang_is_valid(value: str) -> bool:
    return value in CODES


def default_lang() -> str:
    return current_app.config.get("BABEL_DEFAULT_LOCALE", DEFAULT)
