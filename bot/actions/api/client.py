"""Client for the Dichtbij JSON API v1.

Only structured filters cross this seam (theme, age, place, format, language): never the
user's chat text and never the Rasa sender id. Every network or server problem becomes
`ApiUnavailable`, so actions can answer with a friendly message instead of crashing.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple

import requests

logger = logging.getLogger(__name__)


class ApiUnavailable(Exception):
    """The API could not be reached or answered with a server error."""


class ApiError(Exception):
    """The API refused the request (4xx) with a JSON error body."""

    def __init__(self, status: int, body: Dict[str, Any]):
        self.status = status
        self.body = body
        err = body.get("error") if isinstance(body, dict) else None
        super().__init__(f"{status}: {err or body}")


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    summary: str
    url: str
    themes: Tuple[str, ...] = ()
    audiences: Tuple[str, ...] = ()
    min_age: Optional[int] = None
    max_age: Optional[int] = None
    municipality: Optional[str] = None
    formats: Tuple[str, ...] = ()
    free: Optional[bool] = None
    cost: Optional[str] = None
    signup: Dict[str, Any] = field(default_factory=dict)
    provider: Optional[str] = None

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "Activity":
        return cls(
            id=str(d.get("id", "")),
            title=d.get("title") or "",
            summary=d.get("summary") or "",
            url=d.get("url") or "",
            themes=tuple(d.get("themes") or ()),
            audiences=tuple(d.get("audiences") or ()),
            min_age=d.get("min_age"),
            max_age=d.get("max_age"),
            municipality=d.get("municipality"),
            formats=tuple(d.get("formats") or ()),
            free=d.get("free"),
            cost=d.get("cost"),
            signup=dict(d.get("signup") or {}),
            provider=d.get("provider") if isinstance(d.get("provider"), str) else None,
        )


@dataclass(frozen=True)
class LocalTeam:
    id: str
    name: str
    municipality: Optional[str]
    phone: Optional[str]
    email: Optional[str]
    website: Optional[str]
    walk_in_hours: Optional[str]
    address: Dict[str, Any]
    neighbourhoods: Tuple[str, ...]
    url: Optional[str]
    description: Optional[str] = None

    @classmethod
    def from_json(cls, d: Dict[str, Any]) -> "LocalTeam":
        return cls(
            id=str(d.get("id", "")),
            name=d.get("name") or "",
            municipality=d.get("municipality"),
            phone=d.get("phone"),
            email=d.get("email"),
            website=d.get("website"),
            walk_in_hours=d.get("walk_in_hours"),
            address=dict(d.get("address") or {}),
            neighbourhoods=tuple(d.get("neighbourhoods") or ()),
            url=d.get("url"),
            description=d.get("description"),
        )

    def as_payload(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "municipality": self.municipality,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "walk_in_hours": self.walk_in_hours,
            "address": self.address,
            "url": self.url,
        }


@dataclass(frozen=True)
class Municipality:
    slug: str
    name: str
    neighbourhoods: Tuple[Tuple[str, str], ...] = ()  # (slug, name), if the API lists them


class DichtbijApi:
    """Small, synchronous client with timeouts. One instance per process."""

    MUNICIPALITY_TTL = 300.0

    def __init__(
        self,
        base_url: str,
        connect_timeout: float = 2.0,
        read_timeout: float = 5.0,
        session: Optional[requests.Session] = None,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self._session = session or requests.Session()
        self._session.headers.update({"Accept": "application/json", "User-Agent": "dichtbij-bot/1"})
        self._municipalities: Optional[List[Municipality]] = None
        self._municipalities_at = 0.0
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Any) -> "DichtbijApi":
        return cls(settings.api_url, settings.connect_timeout, settings.read_timeout)

    # -- transport ---------------------------------------------------------
    def _request(self, method: str, path: str, *, params: Any = None, json: Any = None) -> Dict[str, Any]:
        url = f"{self.base_url}/api/v1{path}"
        try:
            resp = self._session.request(method, url, params=params, json=json, timeout=self.timeout)
        except requests.RequestException as exc:
            logger.warning("Dichtbij API %s %s failed: %s", method, path, exc.__class__.__name__)
            raise ApiUnavailable(str(exc)) from exc
        if resp.status_code >= 500:
            raise ApiUnavailable(f"{method} {path}: HTTP {resp.status_code}")
        try:
            body = resp.json()
        except ValueError as exc:
            raise ApiUnavailable(f"{method} {path}: not JSON (HTTP {resp.status_code})") from exc
        if resp.status_code >= 400:
            raise ApiError(resp.status_code, body)
        return body

    # -- endpoints ---------------------------------------------------------
    def search(
        self,
        *,
        themes: Iterable[str] = (),
        age: Optional[int] = None,
        municipality: Optional[str] = None,
        postcode: Optional[str] = None,
        neighbourhood: Optional[str] = None,
        formats: Iterable[str] = (),
        lang: str = "nl",
        per_page: int = 10,
    ) -> Tuple[int, List[Activity]]:
        params: List[Tuple[str, Any]] = [("theme", t) for t in themes]
        params += [("format", f) for f in formats]
        if age is not None:
            params.append(("age", int(age)))
        if postcode:
            params.append(("postcode", postcode))
        elif municipality:
            params.append(("municipality", municipality))
            if neighbourhood:
                params.append(("neighbourhood", neighbourhood))
        params += [("lang", lang), ("per_page", per_page)]
        body = self._request("GET", "/search", params=params)
        results = [Activity.from_json(r) for r in body.get("results") or []]
        return int(body.get("total") or len(results)), results

    def local_teams(
        self,
        *,
        municipality: Optional[str] = None,
        postcode: Optional[str] = None,
        neighbourhood: Optional[str] = None,
    ) -> List[LocalTeam]:
        if postcode:
            params: Dict[str, Any] = {"postcode": postcode}
        elif municipality:
            params = {"municipality": municipality}
            if neighbourhood:
                params["neighbourhood"] = neighbourhood
        else:
            return []
        try:
            body = self._request("GET", "/local-teams", params=params)
        except ApiError as exc:
            if exc.status in (400, 404):
                return []
            raise
        return [LocalTeam.from_json(r) for r in body.get("results") or []]

    def municipalities(self) -> List[Municipality]:
        with self._lock:
            fresh = time.monotonic() - self._municipalities_at < self.MUNICIPALITY_TTL
            if self._municipalities is not None and fresh:
                return self._municipalities
        body = self._request("GET", "/municipalities")
        found = []
        for m in body.get("municipalities") or []:
            hoods = tuple(
                (h.get("slug", ""), h.get("name", ""))
                for h in (m.get("neighbourhoods") or [])
                if isinstance(h, dict)
            )
            found.append(Municipality(slug=m.get("slug", ""), name=m.get("name", ""), neighbourhoods=hoods))
        with self._lock:
            self._municipalities, self._municipalities_at = found, time.monotonic()
        return found

    def create_callback(
        self,
        *,
        team_id: str,
        first_name: str,
        phone: Optional[str],
        email: Optional[str],
        note: str,
        preferred_time: str,
    ) -> Dict[str, Any]:
        body = {
            "team_id": team_id,
            "first_name": first_name,
            "phone": phone,
            "email": email,
            "note": note,
            "preferred_time": preferred_time,
            "consent": True,
        }
        return self._request("POST", "/callbacks", json=body)
