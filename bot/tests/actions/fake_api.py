"""A stand-in for the web app's JSON API (docs/api.md), for the bot's action tests.

It runs in a thread on 127.0.0.1 with a tiny catalogue and records every request, so
tests can check which parameters the actions send. The end-to-end tests in
tests/e2e_bot/ use the real web app instead.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlparse

MUNICIPALITIES = [{"slug": "zutphen", "name": "Zutphen"}, {"slug": "deventer", "name": "Deventer"}]
POSTCODES = {"7207": ("zutphen", "de-hoven"), "7201": ("zutphen", "binnenstad")}
TEAMS = [
    {"id": "lt-zutphen-noord", "name": "Lokaal team Zutphen-Noord", "municipality": "zutphen",
     "description": "Voor gezinnen in Zutphen-Noord.", "phone": "0575 123 456",
     "email": "noord@lokaalteamzutphen.nl", "website": None,
     "walk_in_hours": "Dinsdag 9.00 - 11.00 uur", "address": {"street": "Hoofdstraat 1", "postcode": "7207 AB", "city": "Zutphen"},
     "neighbourhoods": ["De Hoven"], "url": "http://fake/lokaal-team/lt-zutphen-noord"},
    {"id": "lt-deventer", "name": "Buurtteam Deventer", "municipality": "deventer",
     "description": "", "phone": "0570 111 222", "email": "info@buurtteamdeventer.nl", "website": None,
     "walk_in_hours": "Maandag 13.00 - 15.00 uur", "address": {}, "neighbourhoods": ["Centrum"], "url": None},
    {"id": "lt-deventer-oost", "name": "Buurtteam Deventer-Oost", "municipality": "deventer",
     "description": "", "phone": "0570 111 333", "email": "oost@buurtteamdeventer.nl", "website": None,
     "walk_in_hours": None, "address": {}, "neighbourhoods": ["Oost"], "url": None},
]


def _activity(i: int, theme: str, municipality: str, lo: int, hi: int, formats=("group",), audiences=("ouders",)) -> Dict[str, Any]:
    return {"id": f"act-{i}", "title": f"Activiteit {i} ({theme})", "summary": f"Samenvatting {i}.",
            "url": f"http://fake/activiteit/act-{i}", "themes": [theme], "audiences": list(audiences),
            "min_age": lo, "max_age": hi, "municipality": municipality, "formats": list(formats),
            "free": i % 2 == 0, "cost": None, "languages": ["nl"],
            "signup": {"url": f"http://fake/aanmelden/{i}", "phone": None, "email": None, "walk_in": False},
            "provider": "Aanbieder", "translated": False}


ACTIVITIES = [
    _activity(1, "puberteit", "zutphen", 12, 18),
    _activity(2, "puberteit", "zutphen", 12, 18, audiences=("jongeren",)),
    _activity(3, "puberteit", "zutphen", 10, 16),
    _activity(4, "puberteit", "zutphen", 12, 18),
    _activity(5, "puberteit", "deventer", 12, 18),
    _activity(6, "puberteit", "deventer", 12, 23, formats=("online",)),
    _activity(7, "pesten", "zutphen", 6, 12),
]


class FakeApi:
    def __init__(self) -> None:
        self.requests: List[Tuple[str, str, Dict[str, List[str]], Optional[Dict[str, Any]]]] = []
        self.callbacks: List[Dict[str, Any]] = []
        self.fail_with: Optional[int] = None
        self._server: Optional[ThreadingHTTPServer] = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "FakeApi":
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _send(self, status: int, body: Dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                u = urlparse(self.path)
                q = parse_qs(u.query)
                api.requests.append(("GET", u.path, q, None))
                if api.fail_with:
                    return self._send(api.fail_with, {"error": {"code": "boom", "message": "fail"}})
                self._send(*api.get(u.path, q))

            def do_POST(self) -> None:
                u = urlparse(self.path)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                api.requests.append(("POST", u.path, {}, body))
                if api.fail_with:
                    return self._send(api.fail_with, {"error": {"code": "boom", "message": "fail"}})
                self._send(*api.post(u.path, body))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    # -- the contract ----------------------------------------------------
    def get(self, path: str, q: Dict[str, List[str]]) -> Tuple[int, Dict[str, Any]]:
        if path == "/api/v1/municipalities":
            return 200, {"municipalities": MUNICIPALITIES}
        if path == "/api/v1/local-teams":
            if "postcode" in q:
                pc = q["postcode"][0]
                if not (pc.isdigit() and len(pc) == 4):
                    return 400, {"error": {"code": "bad_parameter", "parameter": "postcode", "message": "4 digits"}}
                where = POSTCODES.get(pc)
                return 200, {"results": [t for t in TEAMS if where and t["municipality"] == where[0]]}
            m = (q.get("municipality") or [""])[0]
            return 200, {"results": [t for t in TEAMS if t["municipality"] == m]}
        if path == "/api/v1/search":
            results = list(ACTIVITIES)
            themes = q.get("theme") or []
            if themes:
                results = [a for a in results if set(a["themes"]) & set(themes)]
            municipality = (q.get("municipality") or [None])[0]
            if "postcode" in q:
                municipality = POSTCODES.get(q["postcode"][0], ("?",))[0]
            formats = q.get("format") or []
            if formats:
                results = [a for a in results if set(a["formats"]) & set(formats)]
            if municipality:
                results = [a for a in results if a["municipality"] == municipality or "online" in a["formats"]]
            if "age" in q:
                age = int(q["age"][0])
                results = [a for a in results if a["min_age"] <= age <= a["max_age"]]
            return 200, {"total": len(results), "page": 1, "per_page": 10, "suggestion": None,
                         "results": results[:10], "facets": {}}
        return 404, {"error": {"code": "not_found", "message": path}}

    def post(self, path: str, body: Dict[str, Any]) -> Tuple[int, Dict[str, Any]]:
        if path != "/api/v1/callbacks":
            return 404, {"error": {"code": "not_found", "message": path}}
        if body.get("consent") is not True or not (body.get("phone") or body.get("email")):
            return 422, {"error": {"code": "invalid", "message": "consent/contact", "fields": {}}}
        team = next((t for t in TEAMS if t["id"] == body.get("team_id")), None)
        if team is None:
            return 422, {"error": {"code": "invalid", "message": "team", "fields": {"team_id": ["unknown"]}}}
        self.callbacks.append(body)
        return 201, {"id": f"cb-{len(self.callbacks)}", "team": {"id": team["id"], "name": team["name"]}}
