"""Interface words for the catalogue's fixed codes (formats, cost, age bands, languages) and
the crisis lines. Marked with lazy_gettext so they are extracted and shown in the visitor's
language."""
from __future__ import annotations

from dataclasses import dataclass

from babel import Locale
from flask_babel import lazy_gettext as _l

FORMAT_LABELS = {
    # TRANSLATORS: how an activity is given: together with other parents or young people
    "group": _l("In een groep"),
    "individual": _l("Alleen jij (één op één)"),
    "online": _l("Online"),
    # TRANSLATORS: you can drop in without an appointment
    "walk_in": _l("Binnenlopen zonder afspraak"),
    "home_visit": _l("Bij jou thuis"),
}

COST_LABELS = {
    "free": _l("Gratis"),
    "paid": _l("Je betaalt een eigen bijdrage"),
}

AGE_BAND_LABELS = {
    "0-3": _l("0 tot 4 jaar"),
    "4-11": _l("4 tot 12 jaar"),
    "12-17": _l("12 tot 18 jaar"),
    "18-23": _l("18 tot 24 jaar"),
}

AUDIENCE_FALLBACK = {"ouders": _l("Ouders"), "jongeren": _l("Jongeren"), "kinderen": _l("Kinderen")}


def language_name(code: str, in_lang: str) -> str:
    """The name of the language ``code`` in the language ``in_lang`` (``nl`` -> "Nederlands")."""
    try:
        return Locale.parse(code).get_display_name(in_lang) or code
    except Exception:  # unknown or malformed code: show it as it is
        return code


@dataclass(frozen=True)
class CrisisLine:
    key: str
    name: str
    phones: tuple[str, ...]
    url: str
    purpose: object  # a lazy string
    when: object  # a lazy string

    def tel(self, phone: str) -> str:
        return "tel:" + "".join(ch for ch in phone if ch.isdigit() or ch == "+")


CRISIS_LINES = (
    CrisisLine(
        "112", "112", ("112",), "https://www.112.nl/",
        _l("Bij direct gevaar: als iemands leven in gevaar is, bij een ongeluk of geweld dat nu gebeurt."),
        _l("Dag en nacht"),
    ),
    CrisisLine(
        "113", "113 Zelfmoordpreventie", ("113", "0800-0113"), "https://www.113.nl/",
        _l("Als je aan zelfmoord denkt, of als je je zorgen maakt om iemand die dat doet. Bellen en chatten kan, anoniem."),
        _l("Dag en nacht, gratis via 0800-0113"),
    ),
    CrisisLine(
        "veilig-thuis", "Veilig Thuis", ("0800-2000",), "https://veiligthuis.nl/",
        _l("Bij huiselijk geweld of kindermishandeling, of als je twijfelt of het thuis veilig is. Ook voor advies."),
        _l("Dag en nacht, gratis"),
    ),
    CrisisLine(
        "kindertelefoon", "De Kindertelefoon", ("0800-0432",), "https://www.kindertelefoon.nl/",
        _l("Voor kinderen en jongeren van 8 tot 18 jaar die ergens over willen praten. Bellen of chatten, anoniem."),
        _l("Elke dag, gratis"),
    ),
)


def crisis_lines_payload() -> list[dict[str, str]]:
    """The crisis lines as the chat widget's ``crisis`` card expects them."""
    return [
        {"name": line.name, "phone": " / ".join(line.phones), "url": line.url, "for": str(line.purpose)}
        for line in CRISIS_LINES
    ]
