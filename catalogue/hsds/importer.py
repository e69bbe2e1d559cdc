"""Importing an HSDS 3.0 document: convert it to Dichtbij's own catalogue document and load that
all-or-nothing through :func:`catalogue.bulk.load_document`, so validation is the editors' own.

Every problem is reported as one line naming the HSDS record and field, e.g.
``service svc-12: service_areas: no service area names a municipality ...``. When there is any
problem, nothing is written. The mapping is documented in :mod:`catalogue.hsds`.
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any, Callable

from ..bulk import ImportFailed, LoadSummary, load_document
from ..models import EVIDENCE_LEVELS
from ..services.uow import UnitOfWork
from ..slugs import slugify
from ..validation import DAYS
from . import profile
from .reader import Feed, HSDSFormatError, check_types, read

__all__ = ["HSDSFormatError", "ImportFailed", "import_hsds", "convert"]

Progress = Callable[[str, int, int], None]

MAX_ID = 120
DEFAULT_MIN_AGE, DEFAULT_MAX_AGE, AGE_CEILING = 0, 23, 99
PLACE_CHARS = re.compile(r"^[\w '’.(),-]+$")
TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)
NL_COUNTRIES = {"", "nl", "nld", "nederland", "netherlands", "the-netherlands", "holland"}
DAY_NAMES = {"MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag", "FR": "vrijdag",
             "SA": "zaterdag", "SU": "zondag"}
FALSE_WORDS = {"false", "0", "no", "nee", "onwaar"}

ACTIVITY_FIELDS = {
    "id": "id",
    "title": "name",
    "description": "description",
    "municipality": "service_areas",
    "neighbourhoods": "service_areas",
    "themes": f"attributes ({profile.THEMES})",
    "audiences": f"attributes ({profile.AUDIENCES})",
    "min_age": "minimum_age",
    "max_age": "maximum_age",
    "formats": f"attributes ({profile.FORMATS_TAXONOMY})",
    "cost": "fees_description",
    "signup": "url, email, phones",
    "signup.url": "url",
    "signup.email": "email",
    "signup.phone": "phones",
    "languages": "languages",
    "provider": "organization_id",
    "locations": "service_at_locations",
    "translations": f"attributes ({profile.TRANSLATIONS})",
    "evidence_level": f"attributes ({profile.EVIDENCE})",
    "status": "status",
    "last_checked": "assured_date",
    "review_due": f"attributes ({profile.FIELDS} {profile.FIELD_REVIEW_DUE})",
    "no_referral_needed": f"attributes ({profile.FIELDS} {profile.FIELD_NO_REFERRAL})",
}
TEAM_FIELDS = {
    "name": "name", "description": "description", "phone": "phones", "email": "email", "website": "url",
    "municipality": "service_areas", "neighbourhoods": "service_areas", "walk_in_hours": "schedules",
}
PROVIDER_FIELDS = {"name": "name", "description": "description", "website": "website", "email": "email",
                   "phone": "phones", "url": "website"}


class _CheckOnlyUnitOfWork(UnitOfWork):
    """A unit of work that never commits: used to collect every validation problem of a document
    that already has mapping problems, without writing anything."""

    def commit(self) -> None:
        self.rollback()


class _CheckOnly:
    """The catalogue, except that its units of work roll back instead of committing."""

    def __init__(self, catalogue):
        self._catalogue = catalogue

    def __getattr__(self, name: str) -> Any:
        return getattr(self._catalogue, name)

    def unit_of_work(self) -> UnitOfWork:
        return _CheckOnlyUnitOfWork(self._catalogue)


def import_hsds(catalogue, document: Any, progress: Progress | None = None) -> LoadSummary:
    """Import an HSDS 3.0 document all-or-nothing; see :mod:`catalogue.hsds` for the mapping.

    Raises :class:`HSDSFormatError` when the document as a whole cannot be read and
    :class:`~catalogue.bulk.ImportFailed` (one line per problem) when any record cannot be
    imported. In both cases nothing is written.
    """
    feed = read(document)
    conversion = convert(feed, _Known.from_catalogue(catalogue))
    if conversion.problems:
        try:
            load_document(_CheckOnly(catalogue), conversion.document)
        except ImportFailed as exc:
            conversion.add_load_problems(exc.problems)
        raise ImportFailed(conversion.lines())
    try:
        summary = load_document(catalogue, conversion.document, progress)
    except ImportFailed as exc:
        conversion.add_load_problems(exc.problems)
        raise ImportFailed(conversion.lines()) from None
    summary.extra.update({k: v for k, v in conversion.skipped.items() if v})
    return summary


class _Known:
    """What the catalogue already has: themes and places, to match names against."""

    def __init__(self, themes: dict[str, str], municipalities: dict[str, tuple[str, dict[str, str]]]):
        self.themes = themes  # slug -> kind
        self.municipalities = municipalities  # slug -> (name, {hood slug: hood name})

    @classmethod
    def from_catalogue(cls, catalogue) -> "_Known":
        themes = {t.slug: t.kind.value for t in catalogue.taxonomy.themes()}
        municipalities = {
            m.slug: (m.name, {n.slug: n.name for n in m.neighbourhoods}) for m in catalogue.places.municipalities()
        }
        return cls(themes, municipalities)


class Conversion:
    """The own-format document made from a feed, with the problems found on the way."""

    def __init__(self, feed: Feed, known: _Known):
        self.feed = feed
        self.known = known
        self.order: dict[str, int] = {}
        self.problems: list[tuple[int, str]] = []
        self.load_problems: list[tuple[int, str]] = []
        self.skipped: Counter = Counter()
        self.themes: dict[str, dict[str, Any]] = {}
        self.theme_kinds: dict[str, str] = dict(known.themes)
        self.municipalities: dict[str, dict[str, Any]] = {}
        self.municipality_names: dict[str, str] = {}
        self.providers: dict[str, dict[str, Any]] = {}
        self.activities: list[dict[str, Any]] = []
        self.paths: dict[str, dict[str, str]] = {}
        self.area_problem: set[str] = set()
        self.hood_sources: dict[str, tuple[str, str]] = {}
        self.team_ids: set[str] = set()
        self.activity_ids: set[str] = set()
        self.activity_providers: dict[str, str | None] = {}
        for slug, (name, hoods) in known.municipalities.items():
            self._add_municipality(slug, name, known=True)
            for hood_slug, hood_name in hoods.items():
                self.municipalities[slug]["_hoods"][hood_slug] = {"slug": hood_slug, "name": hood_name, "postcodes": [],
                                                                   "_known": True}

    # -- problems --------------------------------------------------------------------------------
    def problem(self, record: str, field: str, message: str, kind: str = "service") -> None:
        self.problems.append((self.order.get(record, len(self.order)), f"{kind} {record}: {field}: {message}"))

    def lines(self) -> list[str]:
        ordered = sorted(self.problems + self.load_problems, key=lambda p: p[0])
        return list(dict.fromkeys(line for _, line in ordered))

    def add_load_problems(self, lines: list[str]) -> None:
        """Translate load_document's lines (Dichtbij record and field names) to HSDS ones."""
        parsed = [self._parse(line) for line in lines]
        failed_providers = {rid for kind, rid, _, _ in parsed if kind == "provider"}
        for line, (kind, rid, field, message) in zip(lines, parsed):
            if kind == "activity" and field == "provider" and self.activity_providers.get(rid) in failed_providers:
                continue  # the organization's own line says why
            translated = self._translate(line, kind, rid, field, message)
            if translated is not None:
                self.load_problems.append(translated)

    def _parse(self, line: str) -> tuple[str | None, str, str, str]:
        """(kind, record id, field, message) of a load_document line, for records this conversion made."""
        known = {
            "activity": self.activity_ids, "local team": self.team_ids, "provider": self.providers,
            "neighbourhood": self.hood_sources, "theme": self.themes,
        }
        for kind, ids in known.items():
            if not line.startswith(kind + " "):
                continue
            rest = line[len(kind) + 1:]
            at = rest.find(": ")
            while at != -1:
                if rest[:at] in ids:
                    field, sep, message = rest[at + 2:].partition(": ")
                    return (kind, rest[:at], field, message) if sep else (kind, rest[:at], "", field)
                at = rest.find(": ", at + 1)
        return None, "", "", line

    def _translate(self, line: str, kind: str | None, rid: str, field: str, message: str) -> tuple[int, str] | None:
        if kind == "activity":
            hsds = self._activity_field(rid, field) if field else "id"
            if hsds == "service_areas" and rid in self.area_problem:
                return None  # already reported as the mapping problem
            return self.order.get(rid, 0), f"service {rid}: {hsds}: {message}"
        if kind == "local team":
            hsds = self.paths.get(rid, {}).get(field) or TEAM_FIELDS.get(field, field)
            return self.order.get(rid, 0), f"service {rid}: {hsds}: {message}"
        if kind == "provider":
            return -1, f"organization {rid}: {PROVIDER_FIELDS.get(field, field)}: {message}"
        if kind == "neighbourhood":
            sid, path = self.hood_sources[rid]
            where = f"{path}.extent" if field == "postcodes" else path
            return self.order.get(sid, 0), f"service {sid}: {where}: {message}"
        if kind == "theme":
            return -2, f"taxonomy_term {rid}: {field}: {message}"
        return -1, line

    def _activity_field(self, rid: str, field: str) -> str:
        paths = self.paths.get(rid, {})
        if field in paths:
            return paths[field]
        match = re.match(r"^(locations|schedules)\[(\d+)\](?:\.(\w+))?$", field)
        if match:
            base = paths.get(f"{match.group(1)}[{match.group(2)}]", field)
            return f"{base}.{match.group(3)}" if match.group(3) else base
        if field.startswith("translations"):
            return ACTIVITY_FIELDS["translations"]
        return ACTIVITY_FIELDS.get(field, field)

    # -- the document ----------------------------------------------------------------------------
    @property
    def document(self) -> dict[str, Any]:
        municipalities = []
        for slug, muni in self.municipalities.items():
            hoods = [
                {"slug": h["slug"], "name": h["name"], "postcodes": sorted(set(h["postcodes"]))}
                for h in muni["_hoods"].values() if h["postcodes"] or not h.get("_known")
            ]
            if muni.get("_known") and not hoods and not muni["local_teams"] and slug not in self._used_municipalities:
                continue
            municipalities.append({"slug": slug, "name": muni["name"], "neighbourhoods": hoods,
                                   "local_teams": muni["local_teams"]})
        return {
            "themes": list(self.themes.values()),
            "municipalities": municipalities,
            "providers": list(self.providers.values()),
            "activities": self.activities,
        }

    @property
    def _used_municipalities(self) -> set[str]:
        return {a["municipality"] for a in self.activities}

    def _add_municipality(self, slug: str, name: str, known: bool = False) -> dict[str, Any]:
        muni = self.municipalities.get(slug)
        if muni is None:
            muni = {"slug": slug, "name": name, "_hoods": {}, "local_teams": [], "_known": known}
            self.municipalities[slug] = muni
            self.municipality_names.setdefault(name.casefold(), slug)
        return muni


def convert(feed: Feed, known: _Known) -> Conversion:
    conv = Conversion(feed, known)
    for position, svc in enumerate(feed.services):
        if svc.get("id") not in (None, ""):
            conv.order.setdefault(str(svc["id"]), position)
    for sid, path, message in feed.problems:
        conv.problem(sid, path, message)
    _themes_from_terms(conv, feed.taxonomy_terms)
    for org_id, org in feed.organizations.items():
        _provider(conv, org_id, org)
    seen: set[str] = set()
    for position, svc in enumerate(feed.services):
        sid = svc.get("id")
        if sid in (None, "") or not isinstance(sid, (str, int)):
            name = svc.get("name") or "?"
            conv.problems.append((position, f"service #{position + 1} ({name}): id: missing; every HSDS service needs an id"))
            continue
        sid = str(sid)
        if sid in seen:
            conv.problem(sid, "id", "the same id appears twice in the document; give every service its own id "
                                    "(local teams included: Dichtbij refuses an activity and a team with one id)")
            continue
        seen.add(sid)
        if len(sid) > MAX_ID:
            conv.problem(sid, "id", f"longer than {MAX_ID} characters")
            continue
        _service(conv, sid, svc)
    return conv


# -- taxonomy ------------------------------------------------------------------------------------------
def _term_language(term: dict[str, Any]) -> str:
    return profile.language_code(term.get("language")) or "nl"


def _themes_from_terms(conv: Conversion, terms: list[dict[str, Any]]) -> None:
    """Terms of the Dichtbij theme and audience taxonomies become themes (created when missing)."""
    for term in terms:
        taxonomy = (term.get("taxonomy") or "").strip().lower()
        if taxonomy not in (profile.THEMES, profile.AUDIENCES):
            continue
        slug = str(term.get("code") or "").strip() or slugify(str(term.get("name") or ""))
        name = str(term.get("name") or "").strip()
        if not slug:
            continue
        kind = conv.theme_kinds.get(slug) or ("audience" if taxonomy == profile.AUDIENCES else "theme")
        conv.theme_kinds.setdefault(slug, kind)
        record = conv.themes.setdefault(slug, {"slug": slug, "kind": kind, "labels": {}})
        if name:
            record["labels"].setdefault(_term_language(term), name)
    for record in conv.themes.values():
        if "nl" not in record["labels"]:
            record["labels"]["nl"] = next(iter(record["labels"].values()), record["slug"])


class _Terms:
    def __init__(self) -> None:
        self.themes: list[str] = []
        self.audiences: list[str] = []
        self.formats: list[str] = []
        self.evidence: list[tuple[str, str]] = []
        self.team = False
        self.fields: dict[str, tuple[str, str]] = {}
        self.translations: dict[str, dict[str, str]] = {}


def _terms(conv: Conversion, svc: dict[str, Any]) -> _Terms:
    found = _Terms()
    for attr in svc.get("attributes") or []:
        term = attr["taxonomy_term"]
        taxonomy = (term.get("taxonomy") or "").strip().lower()
        code = str(term.get("code") or "").strip()
        name = str(term.get("name") or "").strip()
        keys = list(dict.fromkeys(k for k in (code, slugify(code), slugify(name)) if k))
        value = attr.get("value")
        path = attr.get("_path", "attributes")
        if taxonomy == profile.FIELDS:
            found.fields[code] = ("" if value is None else str(value), path)
        elif taxonomy == profile.TRANSLATIONS:
            if value not in (None, "") and code in profile.TRANSLATED_FIELDS:
                found.translations.setdefault(_term_language(term), {})[code] = str(value)
        elif taxonomy in (profile.THEMES, profile.AUDIENCES):
            slug = code or slugify(name)
            kind = conv.theme_kinds.get(slug, "audience" if taxonomy == profile.AUDIENCES else "theme")
            (found.audiences if kind == "audience" else found.themes).append(slug)
        elif taxonomy == profile.FORMATS_TAXONOMY:
            found.formats.append(next((profile.FORMAT_WORDS[k] for k in keys if k in profile.FORMAT_WORDS), code))
        elif taxonomy == profile.EVIDENCE:
            found.evidence.append((code, path))
        elif profile.LOCAL_TEAM in keys:
            found.team = True
        else:
            match = next((k for k in keys if k in conv.theme_kinds), None)
            if match:
                (found.audiences if conv.theme_kinds[match] == "audience" else found.themes).append(match)
            elif any(k in profile.FORMAT_WORDS for k in keys):
                found.formats.append(next(profile.FORMAT_WORDS[k] for k in keys if k in profile.FORMAT_WORDS))
            elif any(k in EVIDENCE_LEVELS for k in keys):
                found.evidence.append((next(k for k in keys if k in EVIDENCE_LEVELS), path))
            else:
                conv.skipped["ignored_taxonomy_terms"] += 1
    return found


# -- places ----------------------------------------------------------------------------------------------
def _plausible_place(name: str) -> bool:
    """A municipality's name, not a sentence: "Bergen op Zoom", "'s-Hertogenbosch", "Bergen (NH.)"."""
    return (
        2 <= len(name) <= 60 and len(name.split()) <= 6 and bool(PLACE_CHARS.match(name))
        and not re.search(r"[\d_]", name) and not re.search(r"[.!?,]\s*$|[.!?]\s", name)
    )


def _area(conv: Conversion, area: dict[str, Any]) -> tuple[str, str, str | None, str | None, list[str] | None] | None:
    """(municipality slug, name, neighbourhood slug, name, postcodes) named by a service area."""
    name = str(area.get("name") or "").strip()
    uri = str(area.get("uri") or "").strip()
    urn_muni = urn_hood = None
    if uri.startswith(profile.NEIGHBOURHOOD_URN) and "/" in uri:
        urn_muni, urn_hood = uri[len(profile.NEIGHBOURHOOD_URN):].split("/", 1)
    elif uri.startswith(profile.MUNICIPALITY_URN):
        urn_muni = uri[len(profile.MUNICIPALITY_URN):]
    parts = profile.AREA_SEPARATOR.split(name, maxsplit=1) if name else [""]
    muni_part = re.sub(r"^gemeente\s+", "", parts[0].strip(), flags=re.IGNORECASE)
    hood_part = parts[1].strip() if len(parts) > 1 else None

    if urn_muni:
        slug = urn_muni
        muni_name = conv.municipalities[slug]["name"] if slug in conv.municipalities else (muni_part or slug)
    else:
        slug = conv.municipality_names.get(muni_part.casefold()) or (
            slugify(muni_part) if slugify(muni_part) in conv.municipalities else None)
        if slug is None:
            if not muni_part or not _plausible_place(muni_part):
                return None
            slug = slugify(muni_part)
        muni_name = conv.municipalities[slug]["name"] if slug in conv.municipalities else muni_part
    hood_slug = hood_name = None
    if urn_hood or hood_part:
        existing = conv.municipalities.get(slug, {}).get("_hoods", {})
        hood_slug = urn_hood or next(
            (s for s, h in existing.items() if h["name"].casefold() == (hood_part or "").casefold()), None
        ) or slugify(hood_part or "")
        hood_name = existing[hood_slug]["name"] if hood_slug in existing else (hood_part or hood_slug)
    postcodes = profile.parse_postcode_extent(area.get("extent_type"), area.get("extent"))
    return slug, muni_name, hood_slug, hood_name, postcodes


def _areas(conv: Conversion, sid: str, svc: dict[str, Any]) -> tuple[str, list[str]]:
    areas = svc.get("service_areas") or []
    if not areas:
        conv.problem(sid, "service_areas", "missing: name the municipality (e.g. \"Zutphen\") or a neighbourhood "
                                           "in it (\"Zutphen - De Hoven\")")
        conv.area_problem.add(sid)
        return "", []
    municipalities: dict[str, str] = {}
    hoods: list[str] = []
    pending: list[tuple[str, str, str | None, list[str], str]] = []
    unnamed = []
    for i, area in enumerate(areas):
        parsed = _area(conv, area)
        if parsed is None:
            text = str(area.get("name") or area.get("description") or "")
            unnamed.append(text if len(text) <= 80 else text[:79] + "…")
            continue
        slug, muni_name, hood_slug, hood_name, postcodes = parsed
        municipalities.setdefault(slug, muni_name)
        if not hood_slug:
            continue
        hoods.append(hood_slug)
        pending.append((slug, hood_slug, hood_name, postcodes or [], f"service_areas[{i}]"))
    if not municipalities:
        got = "; ".join(f"'{u}'" for u in unnamed if u) or "no names"
        conv.problem(sid, "service_areas", "no service area names a municipality (expected its name, e.g. "
                                           f"\"Bergen op Zoom\", or \"Zutphen - De Hoven\" for a neighbourhood; got {got})")
        conv.area_problem.add(sid)
        return "", []
    if len(municipalities) > 1:
        conv.problem(sid, "service_areas", f"names more than one municipality ({', '.join(sorted(municipalities.values()))}); "
                                           "Dichtbij places a service in one municipality: split the service")
        conv.area_problem.add(sid)
        return "", []
    slug, name = next(iter(municipalities.items()))
    conv._add_municipality(slug, name)
    for mslug, hood_slug, hood_name, postcodes, path in pending:
        hood = conv.municipalities[mslug]["_hoods"].setdefault(
            hood_slug, {"slug": hood_slug, "name": hood_name, "postcodes": []})
        for pc in postcodes:
            if pc not in hood["postcodes"]:
                hood["postcodes"].append(pc)
        if postcodes or f"{mslug}/{hood_slug}" not in conv.hood_sources:
            conv.hood_sources[f"{mslug}/{hood_slug}"] = (sid, path)
    return slug, list(dict.fromkeys(hoods))



def _address(conv: Conversion, sid: str, location: dict[str, Any], base: str) -> tuple[dict[str, Any] | None, str]:
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    ranked = sorted(
        (i for i, a in enumerate(addresses) if (a.get("address_type") or "physical") != "virtual"),
        key=lambda i: {"physical": 0, "postal": 1}.get(addresses[i].get("address_type") or "physical", 2),
    )
    if not ranked:
        return None, base
    i = ranked[0]
    address = addresses[i]
    path = f"{base}.addresses[{i}]"
    country = slugify(str(address.get("country") or ""))
    if country not in NL_COUNTRIES:
        conv.problem(sid, f"{path}.country", f"'{address.get('country')}': Dichtbij only lists help in the Netherlands")
    return address, path


def _street(address: dict[str, Any]) -> str | None:
    parts = [str(address.get(k) or "").strip() for k in ("address_1", "address_2")]
    return ", ".join(p for p in parts if p) or None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().strip('"').strip()
    return text or None


def _phone(svc: dict[str, Any]) -> tuple[str | None, str]:
    for i, phone in enumerate(svc.get("phones") or []):
        if _clean(phone.get("number")):
            return _clean(phone.get("number")), f"phones[{i}].number"
    for c, contact in enumerate(svc.get("contacts") or []):
        for i, phone in enumerate(contact.get("phones") or []):
            if _clean(phone.get("number")):
                return _clean(phone.get("number")), f"contacts[{c}].phones[{i}].number"
    return None, "phones"


def _email(svc: dict[str, Any]) -> tuple[str | None, str]:
    if _clean(svc.get("email")):
        return _clean(svc.get("email")), "email"
    for c, contact in enumerate(svc.get("contacts") or []):
        if _clean(contact.get("email")):
            return _clean(contact.get("email")), f"contacts[{c}].email"
    return None, "email"


# -- schedules -------------------------------------------------------------------------------------------
def _time(value: Any) -> str | None:
    if value in (None, ""):
        return None
    match = TIME.match(str(value))
    if not match:
        return str(value)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _rule_text(freq: str, interval: Any, byday: str) -> str:
    days = []
    for part in byday.split(","):
        match = re.fullmatch(r"([+-]?\d)?([A-Z]{2})", part.strip())
        if not match or match.group(2) not in DAY_NAMES:
            return f"Volgens rooster ({freq} {byday})"
        nth, day = match.group(1), DAY_NAMES[match.group(2)]
        if nth is None:
            days.append(day)
        elif nth == "-1":
            days.append(f"de laatste {day} van de maand")
        else:
            days.append(f"de {nth.lstrip('+')}e {day} van de maand")
    text = " en ".join(days)
    if freq == "MONTHLY" and all("van de maand" in d for d in days):
        return f"Op {text}"
    if interval not in (None, "", 1, "1"):
        return f"Om de {interval} weken op {text}"
    return f"Elke {text}"


def _schedules(svc: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    sources = [(f"schedules[{i}]", s) for i, s in enumerate(svc.get("schedules") or [])]
    if not sources:
        for sal in svc.get("service_at_locations") or []:
            sources += [(f"{sal['_path']}.schedules[{i}]", s) for i, s in enumerate(sal.get("schedules") or [])]
    schedules, paths = [], []
    for path, s in sources:
        description = str(s.get("description") or "").strip()
        byday = str(s.get("byday") or "").replace(" ", "").upper() or None
        opens, closes = _time(s.get("opens_at")), _time(s.get("closes_at"))
        freq = str(s.get("freq") or "WEEKLY").upper()
        valid_rule = all(re.fullmatch(r"[+-]?\d?(MO|TU|WE|TH|FR|SA|SU)", d) for d in byday.split(",")) if byday else False
        if valid_rule and (freq != "WEEKLY" or s.get("interval") not in (None, "", 1, "1")
                           or not set(byday.split(",")) <= DAYS):
            # A rule Dichtbij cannot store (monthly, every n weeks): keep it in words.
            description = description or _rule_text(freq, s.get("interval"), byday)
            byday = None
        if not (description or byday or opens or closes):
            continue
        schedules.append({"description": description, "byday": byday, "opens_at": opens, "closes_at": closes})
        paths.append(path)
    return schedules, paths


# -- records ---------------------------------------------------------------------------------------------
def _provider(conv: Conversion, org_id: str, org: dict[str, Any]) -> None:
    if len(org_id) > MAX_ID:
        conv.problems.append((-1, f"organization {org_id[:40]}...: id: longer than {MAX_ID} characters"))
        return
    org = copy.deepcopy(org)
    for path, message in check_types(org, "organization"):
        conv.problems.append((-1, f"organization {org_id}: {path}: {message}"))
    phone = next((_clean(p.get("number")) for p in org.get("phones") or [] if _clean(p.get("number"))), None)
    conv.providers[org_id] = {
        "id": org_id,
        "name": str(org.get("name") or "").strip(),
        "description": str(org.get("description") or "").strip(),
        "website": _clean(org.get("website")) or _clean(org.get("url")),
        "email": _clean(org.get("email")),
        "phone": phone,
    }


def _age(value: Any, default: int, ceiling: bool) -> Any:
    if value in (None, ""):
        return default
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if ceiling and isinstance(value, int) and not isinstance(value, bool) and value > AGE_CEILING:
        return AGE_CEILING  # "100" in many feeds means: no upper limit
    return value


def _cost(svc: dict[str, Any]) -> tuple[bool, str | None, str]:
    fees = _clean(svc.get("fees_description")) or _clean(svc.get("fees"))
    if fees:
        return (True, None, "fees_description") if profile.is_free_text(fees) else (False, fees, "fees_description")
    options = [o for o in svc.get("cost_options") or [] if isinstance(o, dict)]
    amounts = [o.get("amount") for o in options if isinstance(o.get("amount"), (int, float))]
    if options and amounts and all(a == 0 for a in amounts):
        return True, None, "cost_options"
    if options:
        parts = []
        for o in options:
            currency = str(o.get("currency") or "").upper()
            symbol = "€" if currency in ("", "EUR") else currency
            amount = o.get("amount")
            text = f"{symbol} {amount:g}" if isinstance(amount, (int, float)) else ""
            extra = " ".join(str(o.get(k)).strip() for k in ("amount_description",) if o.get(k))
            cond = f" ({o['option']})" if o.get("option") else ""
            parts.append((f"{text} {extra}".strip() + cond).strip())
        return False, "; ".join(p for p in parts if p) or None, "cost_options"
    return True, None, "fees_description"


def _summary(description: str) -> str:
    first = re.split(r"(?<=[.!?])\s+", description.strip(), maxsplit=1)[0] if description else ""
    if len(first) > 300:
        first = first[:297].rsplit(" ", 1)[0] + "…"
    return first


def _service(conv: Conversion, sid: str, svc: dict[str, Any]) -> None:
    for path, message in check_types(svc, "service"):
        conv.problem(sid, path, message)
    terms = _terms(conv, svc)
    municipality, hoods = _areas(conv, sid, svc)
    status_raw = str(svc.get("status") or "").strip().lower()
    if not status_raw:
        conv.problem(sid, "status", "missing (HSDS requires one of active, inactive, defunct, temporarily closed)")
    elif status_raw not in profile.STATUS_FROM_HSDS:
        conv.problem(sid, "status", f"'{svc.get('status')}' is not an HSDS status (active, inactive, defunct, "
                                    "temporarily closed)")
    phone, phone_path = _phone(svc)
    email, email_path = _email(svc)
    url = _clean(svc.get("url"))

    locations, location_paths = [], {}
    for sal in svc.get("service_at_locations") or []:
        location = sal["location"]
        base = f"{sal['_path']}.location"
        if str(location.get("location_type") or "physical").lower() == "virtual":
            conv.skipped["virtual_locations"] += 1
            continue
        address, address_path = _address(conv, sid, location, base)
        address = address or {}
        loc_id = _clean(location.get("id"))
        if loc_id and len(loc_id) > MAX_ID:
            conv.problem(sid, f"{base}.id", f"longer than {MAX_ID} characters")
            loc_id = None
        i = len(locations)
        locations.append({
            "id": loc_id,
            "name": str(location.get("name") or location.get("alternate_name") or address.get("address_1") or "").strip(),
            "street": _street(address),
            "postcode": _clean(address.get("postal_code")),
            "city": _clean(address.get("city")),
        })
        location_paths.update({
            f"locations[{i}]": base, f"locations[{i}].name": f"{base}.name",
            f"locations[{i}].postcode": f"{address_path}.postal_code",
            f"locations[{i}].street": f"{address_path}.address_1", f"locations[{i}].city": f"{address_path}.city",
        })
    schedules, schedule_paths = _schedules(svc)

    if terms.team:
        _team(conv, sid, svc, municipality, hoods, status_raw, phone, phone_path, email, url, locations,
              location_paths, schedules)
        return

    fields = {code: value for code, (value, _) in terms.fields.items()}
    description = str(svc.get("description") or "").strip()
    summary = fields.get(profile.FIELD_SUMMARY, "").strip()
    summary_path = f"attributes ({profile.FIELDS} {profile.FIELD_SUMMARY})"
    if not summary:
        summary, summary_path = _summary(description), "description"
    free, cost, cost_path = _cost(svc)
    status = profile.STATUS_FROM_HSDS.get(status_raw, status_raw or "draft")
    if status_raw == "inactive" and fields.get(profile.FIELD_STATUS, "").strip().lower() == "draft":
        status = "draft"
    evidence = list(dict.fromkeys(code for code, _ in terms.evidence))
    if len(evidence) > 1:
        conv.problem(sid, terms.evidence[1][1], f"more than one evidence level ({', '.join(evidence)}); give one")
    languages = []
    for lang in svc.get("languages") or []:
        code = profile.language_code(lang.get("code")) or profile.language_code(lang.get("name"))
        if code and code not in languages:
            languages.append(code)
    provider = None
    if isinstance(svc.get("organization"), dict) and svc["organization"].get("id") is not None:
        provider = str(svc["organization"]["id"])
    elif svc.get("organization_id") not in (None, ""):
        provider = str(svc["organization_id"])
    assured = svc.get("assured_date")
    if isinstance(assured, str) and re.match(r"^\d{4}-\d{2}-\d{2}T", assured):
        assured = assured[:10]

    conv.activity_ids.add(sid)
    conv.activity_providers[sid] = provider
    conv.paths[sid] = {
        **location_paths,
        **{f"schedules[{i}]": p for i, p in enumerate(schedule_paths)},
        "summary": summary_path,
        "signup.phone": phone_path,
        "signup.email": email_path,
        "cost": cost_path,
    }
    if terms.evidence:
        conv.paths[sid]["evidence_level"] = terms.evidence[0][1]
    conv.activities.append({
        "id": sid,
        "title": str(svc.get("name") or ""),
        "summary": summary,
        "description": description,
        "translations": terms.translations,
        "themes": list(dict.fromkeys(terms.themes)),
        "audiences": list(dict.fromkeys(terms.audiences)),
        "min_age": _age(svc.get("minimum_age"), DEFAULT_MIN_AGE, ceiling=False),
        "max_age": _age(svc.get("maximum_age"), DEFAULT_MAX_AGE, ceiling=True),
        "formats": list(dict.fromkeys(terms.formats)),
        "free": free,
        "cost": cost,
        "signup": {"url": url, "phone": phone, "email": email,
                   "walk_in": fields.get(profile.FIELD_WALK_IN, "").strip().lower() == "true"},
        "languages": languages or ["nl"],
        "provider": provider,
        "municipality": municipality,
        "neighbourhoods": hoods,
        "locations": locations,
        "schedules": schedules,
        "evidence_level": evidence[0] if evidence else None,
        "status": status,
        "last_checked": assured or None,
        "review_due": fields.get(profile.FIELD_REVIEW_DUE) or None,
        "no_referral_needed": fields.get(profile.FIELD_NO_REFERRAL, "true").strip().lower() not in FALSE_WORDS,
    })


def _team(conv: Conversion, sid: str, svc: dict[str, Any], municipality: str, hoods: list[str], status: str,
          phone: str | None, phone_path: str, email: str | None, url: str | None,
          locations: list[dict[str, Any]], location_paths: dict[str, str], schedules: list[dict[str, Any]]) -> None:
    if status in ("inactive", "defunct", "temporarily closed"):
        conv.skipped["inactive_local_teams"] += 1
        return
    if not municipality:
        return  # the service-area problem is reported; the team cannot be placed
    walk_in = []
    for s in schedules:
        if s["description"]:
            walk_in.append(s["description"])
        else:
            days = ", ".join(DAY_NAMES.get(d, d) for d in (s["byday"] or "").split(",") if d)
            hours = f"{s['opens_at'] or ''} - {s['closes_at'] or ''}".strip(" -")
            walk_in.append(" ".join(p for p in (days, hours) if p))
    location = locations[0] if locations else {}
    conv.team_ids.add(sid)
    conv.paths[sid] = {
        "phone": phone_path,
        "postcode": location_paths.get("locations[0].postcode", "service_at_locations"),
    }
    conv.municipalities[municipality]["local_teams"].append({
        "id": sid,
        "name": str(svc.get("name") or "").strip(),
        "description": str(svc.get("description") or "").strip(),
        "neighbourhoods": hoods,
        "phone": phone,
        "email": email,
        "website": url,
        "walk_in_hours": "\n".join(walk_in),
        "address": {"street": location.get("street"), "postcode": location.get("postcode"), "city": location.get("city")},
    })
