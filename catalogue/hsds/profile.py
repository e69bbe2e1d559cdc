"""Dichtbij's HSDS 3.0 profile: the taxonomies, codes and conventions shared by import and export.

See the module docstring of :mod:`catalogue.hsds` for the mapping table.
"""
from __future__ import annotations

import re
import uuid

from ..models import EVIDENCE_LEVELS, FORMATS
from ..slugs import slugify

# Every id Dichtbij makes up for an HSDS object it has no id for (phones, schedules, attributes,
# service areas, taxonomy terms, ...) is a UUID 5 in this namespace, derived from the owning
# record's public id: the same catalogue always exports the same ids.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://dichtbij.nl/hsds/3.0")


def derived_id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


# -- taxonomies ----------------------------------------------------------------------------------
THEMES = "dichtbij-themes"
AUDIENCES = "dichtbij-audiences"
FORMATS_TAXONOMY = "dichtbij-formats"
EVIDENCE = "dichtbij-evidence-levels"
SERVICE_TYPES = "dichtbij-service-types"
FIELDS = "dichtbij-fields"
TRANSLATIONS = "dichtbij-translations"

TAXONOMY_DESCRIPTIONS = {
    THEMES: "Dichtbij themes: what the help is about. The term code is the theme slug.",
    AUDIENCES: "Dichtbij audiences: who the help is for (ouders, jongeren, kinderen). The term code is the slug.",
    FORMATS_TAXONOMY: "Dichtbij formats: how the help is given (group, individual, online, walk_in, home_visit).",
    EVIDENCE: "Recognition level of the intervention (NJi Databank Effectieve Jeugdinterventies), lowest to highest.",
    SERVICE_TYPES: "Kinds of Dichtbij services: 'lokaal-team' marks a municipality's local team, not an activity.",
    FIELDS: "Dichtbij fields HSDS has no place for; the attribute's value holds the field's value.",
    TRANSLATIONS: "Translations of a service's title, summary and description; the term's language is the "
                  "translation's language and the attribute's value holds the text.",
}
DICHTBIJ_TAXONOMIES = tuple(TAXONOMY_DESCRIPTIONS)


def taxonomy_id(name: str) -> str:
    return derived_id("taxonomy", name)


TAXONOMY_BY_ID = {taxonomy_id(name): name for name in DICHTBIJ_TAXONOMIES}

LINK_TYPES = {
    THEMES: "category",
    AUDIENCES: "audience",
    FORMATS_TAXONOMY: "delivery_method",
    EVIDENCE: "accreditation",
    SERVICE_TYPES: "service_type",
    FIELDS: "dichtbij_field",
    TRANSLATIONS: "translation",
}

LOCAL_TEAM = "lokaal-team"
LOCAL_TEAM_LABEL = "Lokaal team"

FORMAT_LABELS = {
    "group": "Groep",
    "individual": "Individueel",
    "online": "Online",
    "walk_in": "Inloop",
    "home_visit": "Huisbezoek",
}
assert set(FORMAT_LABELS) == set(FORMATS)
# Words a foreign feed may use for a format (slugified), besides the codes themselves.
FORMAT_WORDS = {
    **{code: code for code in FORMATS},
    **{slugify(label): code for code, label in FORMAT_LABELS.items()},
    "walk-in": "walk_in", "binnenlopen": "walk_in", "inloopspreekuur": "walk_in",
    "home-visit": "home_visit", "individual-support": "individual", "groepsbijeenkomst": "group",
}

EVIDENCE_LABELS = {
    "goed_beschreven": "Goed beschreven",
    "goed_onderbouwd": "Goed onderbouwd",
    "effectief_eerste": "Effectief volgens eerste aanwijzingen",
    "effectief_goede": "Effectief volgens goede aanwijzingen",
    "effectief_sterke": "Effectief volgens sterke aanwijzingen",
}
assert tuple(EVIDENCE_LABELS) == EVIDENCE_LEVELS

# Codes in the dichtbij-fields taxonomy.
FIELD_SUMMARY = "summary"
FIELD_REVIEW_DUE = "review_due"
FIELD_WALK_IN = "signup_walk_in"
FIELD_NO_REFERRAL = "no_referral_needed"
FIELD_STATUS = "status"
FIELD_LABELS = {
    FIELD_SUMMARY: ("Samenvatting", "One-sentence summary of the service, in plain Dutch."),
    FIELD_REVIEW_DUE: ("Controleren voor", "Date by which the editors check the record again (YYYY-MM-DD)."),
    FIELD_WALK_IN: ("Aanmelden door binnen te lopen", "'true' when people can sign up by simply walking in."),
    FIELD_NO_REFERRAL: ("Zonder verwijzing", "'true': no referral is needed. Dichtbij lists referral-free help only."),
    FIELD_STATUS: ("Dichtbij-status", "'draft' for a service not yet published (HSDS status 'inactive')."),
}
TRANSLATED_FIELDS = ("title", "summary", "description")
TRANSLATION_LABELS = {"title": "Titel", "summary": "Samenvatting", "description": "Beschrijving"}

# -- status ----------------------------------------------------------------------------------------
STATUS_TO_HSDS = {"published": "active", "archived": "inactive", "draft": "inactive"}
STATUS_FROM_HSDS = {
    "active": "published",
    "inactive": "archived",
    "defunct": "archived",
    "temporarily closed": "archived",
}

# -- service areas ---------------------------------------------------------------------------------
# A service area names a municipality ("Zutphen") or a neighbourhood in one ("Zutphen - De Hoven").
AREA_SEPARATOR = re.compile(r"\s+[-\u2013\u2014]\s+")
MUNICIPALITY_URN = "urn:dichtbij:municipality:"
NEIGHBOURHOOD_URN = "urn:dichtbij:neighbourhood:"
# The 4-digit postcodes of a neighbourhood: extent_type "text" (or "postcodes"/"pc4") and an
# extent such as "PC4: 7201, 7202".
POSTCODE_EXTENT_TYPES = {"text", "postcodes", "postcode", "pc4"}
POSTCODE_EXTENT = re.compile(r"^\s*(?:(?:pc4|postcodes?)\s*:?\s*)?((?:[1-9][0-9]{3}[\s,;]*)+)$", re.IGNORECASE)


def postcode_extent(postcodes: list[str]) -> str:
    return "PC4: " + ", ".join(postcodes)


def parse_postcode_extent(extent_type: str | None, extent: str | None) -> list[str] | None:
    """The PC4 postcodes in an extent, or None when the extent is not a postcode list."""
    if not extent or (extent_type or "text").strip().lower() not in POSTCODE_EXTENT_TYPES:
        return None
    match = POSTCODE_EXTENT.match(str(extent))
    if not match:
        return None
    return re.findall(r"[1-9][0-9]{3}", match.group(1))


# -- languages -------------------------------------------------------------------------------------
LANGUAGE_NAMES = {
    "nl": "Nederlands", "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
    "it": "Italiano", "pt": "Português", "pl": "Polski", "ro": "Română", "bg": "Български",
    "tr": "Türkçe", "ar": "العربية", "fa": "فارسی", "ps": "پښتو", "ti": "ትግርኛ", "so": "Soomaali",
    "uk": "Українська", "ru": "Русский", "zh": "中文", "hi": "हिन्दी", "ur": "اردو", "am": "አማርኛ",
    "ku": "Kurdî", "fy": "Frysk", "hu": "Magyar", "cs": "Čeština", "sk": "Slovenčina", "lt": "Lietuvių",
    "lv": "Latviešu", "el": "Ελληνικά", "sr": "Srpski", "hr": "Hrvatski", "bs": "Bosanski", "sq": "Shqip",
}
# ISO 639-2/3 codes and English or Dutch names a feed may use, to Dichtbij's ISO 639-1 codes.
LANGUAGE_ALIASES = {
    "nld": "nl", "dut": "nl", "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr",
    "spa": "es", "ita": "it", "por": "pt", "pol": "pl", "ron": "ro", "rum": "ro", "bul": "bg",
    "tur": "tr", "ara": "ar", "fas": "fa", "per": "fa", "pus": "ps", "tir": "ti", "som": "so",
    "ukr": "uk", "rus": "ru", "zho": "zh", "chi": "zh", "hin": "hi", "urd": "ur", "amh": "am",
    "kur": "ku", "fry": "fy", "hun": "hu", "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk",
    "lit": "lt", "lav": "lv", "ell": "el", "gre": "el", "srp": "sr", "hrv": "hr", "bos": "bs",
    "sqi": "sq", "alb": "sq",
    "dutch": "nl", "nederlands": "nl", "english": "en", "engels": "en", "german": "de", "duits": "de",
    "french": "fr", "frans": "fr", "spanish": "es", "spaans": "es", "polish": "pl", "pools": "pl",
    "turkish": "tr", "turks": "tr", "arabic": "ar", "arabisch": "ar", "tigrinya": "ti",
    "somali": "so", "somalisch": "so", "ukrainian": "uk", "oekraiens": "uk", "russian": "ru", "russisch": "ru",
    "frisian": "fy", "fries": "fy", "persian": "fa", "farsi": "fa", "perzisch": "fa", "urdu": "ur",
}


def language_code(value: str | None) -> str | None:
    """An ISO 639-1 code for a code or name ("nl", "nl-NL", "nld", "Dutch"), or the input when unknown."""
    if not value:
        return None
    text = str(value).strip().lower().replace("_", "-")
    base = text.split("-")[0] if re.match(r"^[a-z]{2,3}-[a-z]{2,4}$", text) else text
    if re.fullmatch(r"[a-z]{2}", base):
        return base
    folded = slugify(base)
    return LANGUAGE_ALIASES.get(base) or LANGUAGE_ALIASES.get(folded) or str(value).strip()


# -- cost ------------------------------------------------------------------------------------------
FREE_TEXT = "Gratis"
FREE_WORDS = {"gratis", "free", "kosteloos", "geen-kosten", "no-cost", "free-of-charge", "0", "eur-0", "0-00"}


def is_free_text(text: str) -> bool:
    return slugify(text) in FREE_WORDS
