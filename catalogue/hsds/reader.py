"""Reading an HSDS 3.0 document in any of its published shapes into fully nested services.

Accepted shapes:

- a document ``{"organizations": [...], "services": [...], "locations": [...],
  "service_at_locations": [...], "taxonomy_terms": [...]}`` whose records refer to each other by
  id (``organization_id``, ``service_id``, ``location_id``, ``taxonomy_term_id``); the other HSDS
  tables (``attributes``, ``service_areas``, ``schedules``, ``phones``, ``languages``,
  ``cost_options``, ``addresses``, ``contacts``, ``taxonomies``) may be given the same way;
- the tabular form (``{"services.csv": [...], ...}``);
- a bare list of services, a single service, a paged API answer (``{"contents": [...]}``), an
  organization with its ``services``, or service-at-location records with a nested ``service``.

Nested objects win over flat ones with the same id. Nothing is written here.
"""
from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import CatalogueError
from . import profile


class HSDSFormatError(CatalogueError):
    """The document as a whole is not an HSDS document Dichtbij can read (nothing was imported)."""

    def __init__(self, reason: str, problems: list[str] | None = None):
        self.reason = reason
        self.problems = problems or [reason]
        super().__init__(reason)


TABLES = (
    "organizations", "services", "locations", "service_at_locations", "taxonomy_terms", "taxonomies",
    "attributes", "service_areas", "schedules", "phones", "languages", "cost_options", "addresses",
    "contacts", "programs", "funding", "required_documents", "accessibility", "metadata",
    "meta_table_descriptions", "organization_identifiers",
)
TABLE_ALIASES = {"service_at_location": "service_at_locations", "service_at_locations": "service_at_locations"}
SERVICE_CHILDREN = ("service_areas", "schedules", "phones", "languages", "cost_options", "contacts")

ORGANIZATION_KEYS = {
    "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo",
    "parent_organization_id", "organization_identifiers", "programs",
}
SERVICE_KEYS = {
    "status", "service_areas", "service_at_locations", "minimum_age", "maximum_age", "application_process",
    "fees_description", "fees", "cost_options", "eligibility_description", "organization", "program",
    "assured_date", "interpretation_services", "required_documents", "alert", "accreditations",
}
TERM_KEYS = {"code", "taxonomy", "taxonomy_detail", "term_uri", "parent_id", "taxonomy_id"}
KIND_NAMES = {
    "service": "service", "organization": "organization", "location": "location",
    "service_at_location": "service-at-location record", "taxonomy_term": "taxonomy term",
    "taxonomy": "taxonomy", "metadata": "HSDS profile/version description", None: "unrecognised object",
}


@dataclass
class Feed:
    services: list[dict[str, Any]]
    organizations: dict[str, dict[str, Any]]
    taxonomy_terms: list[dict[str, Any]]
    # (service id, HSDS field path, message): references the document does not resolve.
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    found: Counter = field(default_factory=Counter)


def kind_of(obj: Any) -> str | None:
    """What an HSDS object is, from its keys."""
    if not isinstance(obj, dict):
        return None
    keys = set(obj)
    if isinstance(obj.get("service"), dict):
        return "service_at_location"
    if "location_type" in keys or ("addresses" in keys and not keys & SERVICE_KEYS):
        return "location"
    if isinstance(obj.get("services"), list) or keys & ORGANIZATION_KEYS:
        return "organization"
    if keys & SERVICE_KEYS:
        return "service"
    if keys & TERM_KEYS:
        return "taxonomy_term"
    if keys & {"version", "profile", "openapi_url"}:
        return "taxonomy" if "id" in keys else "metadata"
    return None


def _describe(found: Counter) -> str:
    if not found:
        return "nothing"
    parts = []
    for kind, count in sorted(found.items(), key=lambda kv: str(kv[0])):
        name = KIND_NAMES.get(kind, str(kind))
        parts.append(f"{count} {name}{'' if count == 1 else 's'}")
    return ", ".join(parts)


def _tables(document: Any) -> tuple[dict[str, list], Counter]:
    """Split the document into HSDS tables (lists of objects) by its shape."""
    found: Counter = Counter()
    if isinstance(document, list):
        return _classify(document, "the list", found), found
    if not isinstance(document, dict):
        raise HSDSFormatError(
            f"An HSDS document is a JSON object or a list of services, not {type(document).__name__} "
            f"({str(document)[:40]!r})."
        )
    if "contents" in document and "id" not in document:
        contents = document["contents"]
        if not isinstance(contents, list):
            raise HSDSFormatError("'contents' (a paged HSDS API answer) must be a list of objects.")
        return _classify(contents, "contents", found), found
    if any(isinstance(k, str) and k.endswith(".csv") for k in document):
        tables = {}
        for key, value in document.items():
            name = key[:-4] if key.endswith(".csv") else key
            tables[TABLE_ALIASES.get(name, name)] = value
        _check_tables(tables)
        return tables, found
    if "id" not in document and any(k in document for k in TABLES):
        tables = {TABLE_ALIASES.get(k, k): v for k, v in document.items() if TABLE_ALIASES.get(k, k) in TABLES}
        _check_tables(tables)
        return tables, found
    return _classify([document], "the document", found), found


def _check_tables(tables: dict[str, Any]) -> None:
    problems = []
    for name in TABLES:
        value = tables.get(name)
        if value is None:
            continue
        if not isinstance(value, list):
            problems.append(f"'{name}' must be a list of {name.replace('_', ' ')} objects, not {type(value).__name__}.")
            continue
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                problems.append(f"{name}[{i}] must be an object, not {type(item).__name__} ({str(item)[:40]!r}).")
    if problems:
        raise HSDSFormatError(f"The document has the wrong shape: {problems[0]}", problems)


def _classify(items: list, where: str, found: Counter) -> dict[str, list]:
    tables: dict[str, list] = {}
    problems = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"{where}[{i}] must be an HSDS object, not {type(item).__name__} ({str(item)[:40]!r}).")
            continue
        kind = kind_of(item)
        found[kind] += 1
        table = {
            "service": "services", "organization": "organizations", "location": "locations",
            "service_at_location": "service_at_locations", "taxonomy_term": "taxonomy_terms",
        }.get(kind or "")
        if table:
            tables.setdefault(table, []).append(item)
    if problems:
        raise HSDSFormatError(f"The document has the wrong shape: {problems[0]}", problems)
    return tables


def _by_id(rows: list[dict]) -> dict[str, dict]:
    result: dict[str, dict] = {}
    for row in rows:
        if row.get("id") is not None:
            result.setdefault(str(row["id"]), row)
    return result


def _merge(nested: Any, flat: list[dict]) -> list[dict]:
    """A service's own list (nested) plus flat rows that point at it, nested first, no id twice."""
    rows = [copy.deepcopy(r) for r in nested] if isinstance(nested, list) else []
    seen = {str(r.get("id")) for r in rows if isinstance(r, dict) and r.get("id") is not None}
    for row in flat:
        if row.get("id") is None or str(row["id"]) not in seen:
            rows.append(copy.deepcopy(row))
            if row.get("id") is not None:
                seen.add(str(row["id"]))
    return [r for r in rows if isinstance(r, dict)]


def _children(tables: dict[str, list], table: str, key: str) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for row in tables.get(table) or []:
        if isinstance(row, dict) and row.get(key) is not None:
            index.setdefault(str(row[key]), []).append(row)
    return index


def taxonomy_name(term: dict[str, Any], taxonomies: dict[str, dict] | None = None) -> str:
    """The name of the taxonomy a term belongs to ("" when the document does not say)."""
    detail = term.get("taxonomy_detail") if isinstance(term.get("taxonomy_detail"), dict) else {}
    taxonomy_id = str(term.get("taxonomy_id") or detail.get("id") or "")
    name = term.get("taxonomy") or detail.get("name") or (taxonomies or {}).get(taxonomy_id, {}).get("name")
    return str(name or profile.TAXONOMY_BY_ID.get(taxonomy_id, "")).strip()


def read(document: Any) -> Feed:
    tables, found = _tables(document)
    services: list[dict] = []
    organizations: dict[str, dict] = {}
    listed = {str(s.get("id")) for s in tables.get("services") or [] if s.get("id") is not None}
    for org in tables.get("organizations") or []:
        if org.get("id") is not None:
            organizations.setdefault(str(org["id"]), {k: v for k, v in org.items() if k != "services"})
        for svc in org.get("services") if isinstance(org.get("services"), list) else []:
            # An organization's nested services, unless the document also lists them itself.
            if isinstance(svc, dict) and str(svc.get("id")) not in listed:
                services.append({**copy.deepcopy(svc), "organization": {k: v for k, v in org.items() if k != "services"}})
    for svc in tables.get("services") or []:
        services.append(copy.deepcopy(svc))

    # Service-at-location records: with a nested service (API answers) they bring the service along.
    flat_sals: list[dict] = []
    by_service_id = {str(s.get("id")): s for s in services if s.get("id") is not None}
    for sal in tables.get("service_at_locations") or []:
        if isinstance(sal.get("service"), dict):
            svc = copy.deepcopy(sal["service"])
            sid = str(svc.get("id"))
            rest = {k: v for k, v in sal.items() if k != "service"}
            if sid in by_service_id:
                by_service_id[sid].setdefault("service_at_locations", []).append(rest)
            else:
                svc.setdefault("service_at_locations", []).append(rest)
                services.append(svc)
                by_service_id[sid] = svc
        else:
            flat_sals.append(sal)

    if not services:
        held = _describe(found) if found else ", ".join(
            f"{len(rows)} {name.replace('_', ' ')}" for name, rows in tables.items() if isinstance(rows, list) and rows
        )
        raise HSDSFormatError(
            f"The document holds no HSDS services (found: {held or 'nothing'}). Dichtbij imports services: "
            "send {\"services\": [...], ...}, a list of services or a single service."
        )

    taxonomies = _by_id(tables.get("taxonomies") or [])
    terms_by_id = _by_id(tables.get("taxonomy_terms") or [])
    locations = _by_id(tables.get("locations") or [])
    addresses = _children(tables, "addresses", "location_id")
    phones_by = {k: _children(tables, "phones", k) for k in ("service_id", "location_id", "organization_id", "contact_id", "service_at_location_id")}
    schedules_by = {k: _children(tables, "schedules", k) for k in ("service_id", "location_id", "service_at_location_id")}
    children = {t: _children(tables, t, "service_id") for t in SERVICE_CHILDREN}
    children["phones"] = phones_by["service_id"]
    children["schedules"] = schedules_by["service_id"]
    sals = _children({"sal": flat_sals}, "sal", "service_id")
    attributes = _children(
        {"a": [a for a in tables.get("attributes") or [] if (a.get("link_entity") or "service") == "service"]},
        "a", "link_id",
    )

    feed = Feed(services=services, organizations=organizations, taxonomy_terms=[], found=found)
    all_terms: dict[str, dict] = {}

    def resolve_term(term: dict) -> dict:
        term = copy.deepcopy(term)
        term["taxonomy"] = taxonomy_name(term, taxonomies)
        return term

    for term in tables.get("taxonomy_terms") or []:
        resolved = resolve_term(term)
        all_terms[str(term.get("id"))] = resolved

    for svc in services:
        sid = str(svc.get("id"))
        org = svc.get("organization")
        if isinstance(org, dict):
            if org.get("id") is not None:
                organizations.setdefault(str(org["id"]), org)
        elif svc.get("organization_id") is not None:
            svc["organization"] = organizations.get(str(svc["organization_id"]))
        wrong = {name for name in (*SERVICE_CHILDREN, "attributes", "service_at_locations")
                 if svc.get(name) is not None and not isinstance(svc[name], list)}  # reported by check_types
        for name in SERVICE_CHILDREN:
            if name not in wrong:
                svc[name] = _merge(svc.get(name), children[name].get(sid, []))
        for contact in ([] if "contacts" in wrong else svc["contacts"]):
            contact["phones"] = _merge(contact.get("phones"), phones_by["contact_id"].get(str(contact.get("id")), []))

        linked = []
        for i, attr in enumerate([] if "attributes" in wrong else _merge(svc.get("attributes"), attributes.get(sid, []))):
            term = attr.get("taxonomy_term")
            if not isinstance(term, dict):
                term = terms_by_id.get(str(attr.get("taxonomy_term_id")))
            if not isinstance(term, dict):
                feed.found["attribute without a known taxonomy term"] += 1
                continue
            term = resolve_term(term)
            all_terms.setdefault(str(term.get("id")), term)
            linked.append({**attr, "taxonomy_term": term, "_path": f"attributes[{i}]"})
        if "attributes" not in wrong:
            svc["attributes"] = linked

        resolved_sals = []
        own_sals = [] if "service_at_locations" in wrong else svc.get("service_at_locations")
        for i, sal in enumerate(_merge(own_sals, sals.get(sid, []))):
            location = sal.get("location")
            if not isinstance(location, dict):
                location = locations.get(str(sal.get("location_id")))
                if location is None:
                    feed.problems.append((
                        sid, f"service_at_locations[{i}].location_id",
                        f"no location with id '{sal.get('location_id')}' in the document",
                    ))
                    continue
            location = copy.deepcopy(location)
            lid = str(location.get("id"))
            location["addresses"] = _merge(location.get("addresses"), addresses.get(lid, []))
            location["phones"] = _merge(location.get("phones"), phones_by["location_id"].get(lid, []))
            location["schedules"] = _merge(location.get("schedules"), schedules_by["location_id"].get(lid, []))
            sal_id = str(sal.get("id"))
            resolved_sals.append({
                **sal,
                "location": location,
                "phones": _merge(sal.get("phones"), phones_by["service_at_location_id"].get(sal_id, [])),
                "schedules": _merge(sal.get("schedules"), schedules_by["service_at_location_id"].get(sal_id, [])),
                "_path": f"service_at_locations[{i}]",
            })
        if "service_at_locations" not in wrong:
            svc["service_at_locations"] = resolved_sals

    for org_id, org in organizations.items():
        org["phones"] = _merge(org.get("phones"), phones_by["organization_id"].get(org_id, []))
    feed.taxonomy_terms = list(all_terms.values())
    return feed


# -- value types -----------------------------------------------------------------------------------
TEXT = (str,)
NUMBER = (int, float)
ID = (str, int)
# The fields the importer reads, with the JSON types HSDS 3.0 gives them ("id" and phone numbers
# also as numbers, as sloppy feeds write them). A list or object field names the kind of its items.
FIELDS: dict[str, dict[str, Any]] = {
    "service": {
        "id": ID, "name": TEXT, "description": TEXT, "url": TEXT, "email": TEXT, "status": TEXT,
        "fees_description": TEXT, "fees": TEXT, "minimum_age": NUMBER, "maximum_age": NUMBER,
        "assured_date": TEXT, "organization_id": ID, "organization": "organization",
        "phones": ["phone"], "schedules": ["schedule"], "service_areas": ["service_area"],
        "service_at_locations": ["service_at_location"], "languages": ["language"],
        "cost_options": ["cost_option"], "contacts": ["contact"], "attributes": ["attribute"],
    },
    "organization": {"id": ID, "name": TEXT, "description": TEXT, "website": TEXT, "url": TEXT, "email": TEXT,
                     "phones": ["phone"]},
    "phone": {"number": (str, int)},
    "schedule": {"byday": TEXT, "opens_at": TEXT, "closes_at": TEXT, "description": TEXT, "freq": TEXT,
                 "interval": NUMBER},
    "service_area": {"name": TEXT, "description": TEXT, "uri": TEXT, "extent": TEXT, "extent_type": TEXT},
    "service_at_location": {"location": "location", "schedules": ["schedule"], "phones": ["phone"]},
    "location": {"id": ID, "name": TEXT, "alternate_name": TEXT, "location_type": TEXT, "addresses": ["address"]},
    "address": {"address_1": TEXT, "address_2": TEXT, "city": TEXT, "postal_code": TEXT, "country": TEXT,
                "address_type": TEXT},
    "language": {"code": TEXT, "name": TEXT},
    "cost_option": {"amount": NUMBER, "currency": TEXT, "option": TEXT, "amount_description": TEXT},
    "contact": {"email": TEXT, "phones": ["phone"]},
    "attribute": {"value": (str, int, float, bool), "taxonomy_term": "taxonomy_term"},
    "taxonomy_term": {"id": ID, "code": TEXT, "name": TEXT, "taxonomy": TEXT, "language": TEXT},
}
JSON_NAMES = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list", dict: "an object"}


def _type_name(value: Any) -> str:
    return "null" if value is None else JSON_NAMES.get(type(value), type(value).__name__)


def check_types(obj: dict[str, Any], kind: str, path: str = "") -> list[tuple[str, str]]:
    """(field path, problem) for every value of the wrong JSON type; such values are removed, so
    the mapping reads only well-typed values."""
    problems: list[tuple[str, str]] = []
    for name, expected in FIELDS[kind].items():
        if name not in obj or obj[name] is None:
            continue
        value = obj[name]
        where = f"{path}{name}"
        if isinstance(expected, list):
            if not isinstance(value, list):
                problems.append((where, f"expected a list, got {_type_name(value)}"))
                obj[name] = []
                continue
            kept = []
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    problems += check_types(item, expected[0], f"{where}[{i}].")
                    kept.append(item)
                else:
                    problems.append((f"{where}[{i}]", f"expected an object, got {_type_name(item)}"))
            obj[name] = kept
        elif isinstance(expected, str):
            if isinstance(value, dict):
                problems += check_types(value, expected, f"{where}.")
            else:
                problems.append((where, f"expected an object, got {_type_name(value)}"))
                obj[name] = None
        elif isinstance(value, bool) and bool not in expected or not isinstance(value, expected):
            wanted = " or ".join(dict.fromkeys(JSON_NAMES[t] for t in expected))
            problems.append((where, f"expected {wanted}, got {_type_name(value)} ({str(value)[:30]!r})"))
            obj[name] = None
    return problems
