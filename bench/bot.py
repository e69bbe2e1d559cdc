"""Benchmark of the chat assistant: webhook round-trip latency, server memory, training time.

    .venv/bin/python -m bench.bot [--conversations 40] [--train] [--json bench/results/bot.json]

Starts the real stack on free loopback ports (web app with the demo catalogue in a temporary
instance folder, action server, Rasa server with the trained model), then holds whole
conversations through POST /webhooks/rest/webhook: 6 messages each, 5 of which run custom
actions that call the web API. Reports median and p95 latency per message (all, and only
messages with API calls), the resident memory of the Rasa server and the action server, the
Rasa start-up time and, with --train, the time of a training run from scratch (into a
temporary model cache, so the real cache is untouched). Standard library only; bounded in
count and time; talks to 127.0.0.1 only.
"""
from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as a file: keep bench/http.py from shadowing the standard library
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request
import uuid
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[1]
MAIN_PY = ROOT / ".venv" / "bin" / "python"

# (message, calls the API?) — a parent in Zutphen, refining, then asking for the local team.
CONVERSATION = [
    ("hoi", False),
    ("Mijn zoon van 14 is heel opstandig, wij wonen in Zutphen", True),
    ("iets online?", True),
    ("en voor mijn dochter van 9", True),
    ("ik wil met iemand praten", True),
    ("ik word gepest op school", False),  # starts the help form: asks nothing of the API yet
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str, timeout: float = 2.0) -> int:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status


def post_json(url: str, body: dict, timeout: float = 60.0) -> list:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
            todo += [int(c) for c in children]
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total / 1024


class Proc:
    def __init__(self, argv: List[str], env: Dict[str, str], log: Path):
        self.log = open(log, "wb")
        self.p = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_ready(self, url: str, timeout: float) -> float:
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self.p.poll() is not None:
                raise SystemExit(f"process exited early, see {self.log.name}")
            try:
                if get(url) < 500:
                    return time.monotonic() - start
            except OSError:
                pass
            time.sleep(0.25)
        raise SystemExit(f"not ready after {timeout}s: {url}")

    def stop(self) -> None:
        if self.p.poll() is None:
            os.killpg(self.p.pid, signal.SIGTERM)
            try:
                self.p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.p.pid, signal.SIGKILL)
                self.p.wait()
        self.log.close()


def pct(values: List[float], q: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q * (len(values) - 1))))
    return values[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conversations", type=int, default=40, help="6 messages each (default 40 = 240 messages)")
    ap.add_argument("--train", action="store_true", help="also time a training run from scratch")
    ap.add_argument("--json", type=Path, help="write the results as JSON to this file")
    args = ap.parse_args()
    if not MAIN_PY.exists() or not (ROOT / ".venv-bot" / "bin" / "python").exists():
        raise SystemExit("run scripts/setup.sh first (needs .venv and .venv-bot)")

    results: Dict[str, object] = {}
    tmp = Path(tempfile.mkdtemp(prefix="bench-bot-"))
    base = {k: v for k, v in os.environ.items() if not k.startswith("DICHTBIJ_")}
    base["RASA_TELEMETRY_ENABLED"] = "false"

    if args.train:
        env = {**base, "DICHTBIJ_MODEL_CACHE": str(tmp / "models")}
        t0 = time.monotonic()
        subprocess.run(["bash", "scripts/bot.sh", "train"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results["training_s"] = round(time.monotonic() - t0, 1)
        model = next((tmp / "models").glob("*.tar.gz"))
        results["model_mb"] = round(model.stat().st_size / 1e6, 1)
        print(f"training from scratch: {results['training_s']} s, model {results['model_mb']} MB", flush=True)

    web_port, actions_port, rasa_port = free_port(), free_port(), free_port()
    web_url, rasa_url = f"http://127.0.0.1:{web_port}", f"http://127.0.0.1:{rasa_port}"
    web_env = {**base, "DICHTBIJ_INSTANCE_DIR": str(tmp / "instance"), "DICHTBIJ_BASE_URL": web_url}
    bot_env = {**base, "DICHTBIJ_API_URL": web_url, "DICHTBIJ_ACTIONS_PORT": str(actions_port),
               "DICHTBIJ_RASA_PORT": str(rasa_port)}
    for step in (["db", "upgrade"], ["seed-demo"]):
        subprocess.run([str(MAIN_PY), "-m", "catalogue.cli", *step], cwd=ROOT, env=web_env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    procs: List[Proc] = []
    try:
        web = Proc([str(MAIN_PY), "-m", "catalogue.cli", "serve", "--port", str(web_port)], web_env, tmp / "web.log")
        procs.append(web)
        web.wait_ready(f"{web_url}/api/v1/municipalities", 60)
        actions = Proc(["bash", "scripts/bot.sh", "actions"], bot_env, tmp / "actions.log")
        procs.append(actions)
        rasa = Proc(["bash", "scripts/bot.sh", "run"], bot_env, tmp / "rasa.log")
        procs.append(rasa)
        actions.wait_ready(f"http://127.0.0.1:{actions_port}/health", 60)
        results["rasa_startup_s"] = round(rasa.wait_ready(f"{rasa_url}/status", 300), 1)
        print(f"Rasa server up in {results['rasa_startup_s']} s", flush=True)
        results["rasa_rss_idle_mb"] = round(rss_mb(rasa.p.pid))

        post_json(f"{rasa_url}/webhooks/rest/webhook", {"sender": "warm-up", "message": "hoi"})
        all_ms: List[float] = []
        api_ms: List[float] = []
        t_start = time.monotonic()
        for i in range(args.conversations):
            sender = f"bench-{uuid.uuid4().hex[:10]}"
            for message, calls_api in CONVERSATION:
                t0 = time.perf_counter()
                replies = post_json(f"{rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": message})
                ms = (time.perf_counter() - t0) * 1000
                all_ms.append(ms)
                if calls_api:
                    api_ms.append(ms)
                if not replies:
                    raise SystemExit(f"no reply to {message!r}")
            if time.monotonic() - t_start > 900:
                print("stopping early: 15 minutes reached", flush=True)
                break
        results.update(
            messages=len(all_ms),
            messages_with_api_calls=len(api_ms),
            median_ms=round(statistics.median(all_ms), 1),
            p95_ms=round(pct(all_ms, 0.95), 1),
            api_median_ms=round(statistics.median(api_ms), 1),
            api_p95_ms=round(pct(api_ms, 0.95), 1),
            max_ms=round(max(all_ms), 1),
            rasa_rss_mb=round(rss_mb(rasa.p.pid)),
            actions_rss_mb=round(rss_mb(actions.p.pid)),
        )
    finally:
        for p in reversed(procs):
            p.stop()

    print(f"{results['messages']} messages ({results['messages_with_api_calls']} with API calls): "
          f"median {results['median_ms']} ms, p95 {results['p95_ms']} ms; with API calls: median "
          f"{results['api_median_ms']} ms, p95 {results['api_p95_ms']} ms")
    print(f"memory: Rasa server {results['rasa_rss_mb']} MB (idle {results['rasa_rss_idle_mb']} MB), "
          f"action server {results['actions_rss_mb']} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
