"""Benchmark: the search page and /api/v1/search over HTTP, on a 10,000-activity catalogue,
served by the production server (gunicorn via ``python -m web``, DICHTBIJ_ENV=production).

    .venv/bin/python bench/http.py [--count 10000] [--requests 2000] [--concurrency 8] [--record]

1. Builds a catalogue of ``--count`` published activities in a temporary instance folder: the
   demo catalogue's municipalities, teams and themes, with activities cloned from the demo
   ones (new ids, random municipality, neighbourhoods, ages, formats and cost), loaded through
   the service layer like any import, then indexed. Reused between runs (``--keep``).
2. Starts ``python -m web`` on a free loopback port as production would run it (gunicorn,
   ``--workers``, gthread) and waits until it answers.
3. For each target (search page, API search), sends ``--requests`` GET requests from
   ``--concurrency`` client threads with keep-alive, cycling through realistic queries
   (text, place, age, filters, pages), after a warm-up. Only loopback traffic; bounded in
   count and time.
4. Prints requests per second, median / p95 / p99 latency and errors, as a Markdown section;
   ``--record`` appends it to bench/RESULTS.md.

The client runs on the same 2-core machine as the server, so the figures are a floor.
"""
from __future__ import annotations

import sys
from pathlib import Path

# This file is called http.py: keep its folder off the import path so the standard library's
# ``http`` (used by requests) is the one imported.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import argparse
import copy
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time
from datetime import date

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalogue.bulk import load_document  # noqa: E402
from catalogue.config import Settings  # noqa: E402
from catalogue.core import Catalogue  # noqa: E402
from catalogue.demo import demo_document  # noqa: E402

FORMATS = ("group", "individual", "online", "walk_in", "home_visit")
TEXTS = ["puberteit", "scheiding", "opvoeden", "pesten op school", "autisme", "eenzaam", "schulden", "rouw",
         "uit elkaar", "pubertijd", ""]
PLACES = ["municipality=zutphen", "municipality=utrecht", "municipality=amersfoort", "postcode=7207",
          "postcode=3561", "municipality=utrecht&neighbourhood=overvecht", ""]
EXTRAS = ["", "age=14", "age=8", "format=group", "cost=free", "theme=puberteit", "audience=ouders&age=15", "page=2"]
DEADLINE_SECONDS = 300  # each target stops by itself after this, whatever --requests says


def build_document(count: int, seed: int = 7) -> dict:
    """The demo catalogue with ``count`` published activities cloned from its own."""
    rng = random.Random(seed)
    demo = demo_document()
    document = copy.deepcopy(demo)
    templates = [a for a in demo["activities"] if a.get("status") == "published"]
    hoods = {m["slug"]: [n["slug"] for n in m["neighbourhoods"]] for m in demo["municipalities"]}
    activities = []
    for n in range(count):
        a = copy.deepcopy(rng.choice(templates))
        municipality = rng.choice(list(hoods))
        low = rng.randrange(0, 19)
        formats = rng.sample(FORMATS, rng.choice((1, 1, 2)))
        free = rng.random() < 0.75
        a.update(
            id=f"bench-{n:05d}",
            title=f"{a['title']} ({n})"[:200],
            municipality=municipality,
            neighbourhoods=rng.sample(hoods[municipality], rng.choice((0, 0, 0, 1, 2))),
            min_age=low,
            max_age=min(23, low + rng.randrange(2, 12)),
            formats=formats,
            free=free,
            cost=None if free else "€ 25 voor de hele cursus",
            status="published",
            last_checked=date.today().isoformat(),
        )
        if "walk_in" in formats and not a.get("locations"):
            a["locations"] = [{"name": "Buurthuis", "street": "Dorpsstraat 1", "postcode": "1234 AB", "city": "Dorp"}]
        activities.append(a)
    document["activities"] = activities
    return document


def prepare_catalogue(folder: Path, count: int) -> Settings:
    settings = Settings.from_env({"DICHTBIJ_ENV": "development", "DICHTBIJ_INSTANCE_DIR": str(folder)})
    marker = folder / f"bench-{count}.done"
    if marker.exists():
        print(f"reusing the {count}-activity catalogue in {folder}", flush=True)
        return settings
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    catalogue = Catalogue(settings)
    catalogue.upgrade_database()
    started = time.perf_counter()
    print(f"loading {count} activities through the service layer ...", flush=True)
    summary = load_document(catalogue, build_document(count))
    catalogue.ensure_index()
    print(f"  {summary.line()} in {time.perf_counter() - started:.0f} s", flush=True)
    catalogue.close()
    marker.touch()
    return settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path, port: int, workers: int, threads: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DICHTBIJ_ENV": "production",
        "DICHTBIJ_SECRET_KEY": secrets.token_urlsafe(48),
        "DICHTBIJ_INSTANCE_DIR": str(folder),
        "DICHTBIJ_WORKERS": str(workers),
        "DICHTBIJ_THREADS": str(threads),
        "DICHTBIJ_BASE_URL": f"http://127.0.0.1:{port}",
    }
    env.pop("DICHTBIJ_DATABASE_URL", None)
    env.pop("DICHTBIJ_INDEX_DIR", None)
    env.pop("DICHTBIJ_REDIS_URL", None)
    log = open(folder / "server.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "web", "--host", "127.0.0.1", "--port", str(port)],
                               cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped; see {folder / 'server.log'}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/nu-hulp", timeout=2).status_code == 200:
                return process
        except requests.RequestException:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit("the server did not answer within 120 s")


def urls(path: str, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(200):
        parts = [p for p in (f"q={rng.choice(TEXTS)}", rng.choice(PLACES), rng.choice(EXTRAS)) if p and p != "q="]
        out.append(path + ("?" + "&".join(parts) if parts else ""))
    return out


def load(base: str, targets: list[str], total: int, concurrency: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))
    deadline = time.monotonic() + DEADLINE_SECONDS

    def worker() -> None:
        session = requests.Session()
        while time.monotonic() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            url = base + targets[n % len(targets)]
            start = time.perf_counter()
            try:
                response = session.get(url, timeout=30)
                ok = response.status_code == 200
                detail = f"{response.status_code} {url}"
            except requests.RequestException as exc:
                ok, detail = False, f"{exc.__class__.__name__} {url}"
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors.append(detail)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    return {"requests": len(latencies), "seconds": wall, "rps": len(latencies) / wall,
            "median": statistics.median(ordered), "p95": pct(95), "p99": pct(99), "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="activities in the catalogue")
    parser.add_argument("--requests", type=int, default=2000, help="requests per target")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "dichtbij-bench-http")
    parser.add_argument("--record", action="store_true", help="append the result to bench/RESULTS.md")
    args = parser.parse_args()

    prepare_catalogue(args.folder, args.count)
    port = free_port()
    server = start_server(args.folder, port, args.workers, args.threads)
    base = f"http://127.0.0.1:{port}"
    try:
        results = {}
        for name, path in (("search page `/zoeken`", "/zoeken"), ("API `/api/v1/search`", "/api/v1/search")):
            targets = urls(path)
            load(base, targets, min(200, args.requests), args.concurrency)  # warm-up: caches, posting lists
            print(f"measuring {name}: {args.requests} requests, {args.concurrency} clients ...", flush=True)
            results[name] = load(base, targets, args.requests, args.concurrency)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()

    lines = [
        "",
        "## HTTP: search page and JSON API (issue: public website)",
        "",
        f"Command: `.venv/bin/python bench/http.py --count {args.count} --requests {args.requests} "
        f"--concurrency {args.concurrency}` ({date.today().isoformat()})",
        "",
        f"{args.count:,} published activities (demo texts cloned over the three demo municipalities), loaded "
        "through the service layer into SQLite. Production server: `python -m web` with "
        f"DICHTBIJ_ENV=production, i.e. gunicorn, {args.workers} workers x {args.threads} threads (gthread). "
        f"Client: {args.concurrency} keep-alive threads on the same machine, URLs cycling through 200 "
        "realistic searches (text, municipality or postcode, age, filters, page 2), after a warm-up.",
        "",
        "| target | requests | req/s | median | p95 | p99 | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(f"| {name} | {r['requests']} | {r['rps']:.0f} | {r['median']:.0f} ms | {r['p95']:.0f} ms | "
                     f"{r['p99']:.0f} ms | {len(r['errors'])} |")
    text = "\n".join(lines) + "\n"
    print(text)
    for name, r in results.items():
        for error in r["errors"][:5]:
            print(f"  error ({name}): {error}")
    if args.record:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as handle:
            handle.write(text)
        print("appended to bench/RESULTS.md")
    if any(r["errors"] for r in results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
