"""``python -m web --host H --port P``: Flask's development server when DICHTBIJ_ENV is
development or testing, gunicorn (``web.wsgi:app``) otherwise. ``dichtbij serve`` runs this."""
from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m web", description="Run the Dichtbij web app.")
    parser.add_argument("--host", default=os.environ.get("DICHTBIJ_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("DICHTBIJ_PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("DICHTBIJ_WORKERS", "0")) or None,
                        help="gunicorn worker processes (production; default 2 x cores + 1)")
    args = parser.parse_args(argv)

    environment = os.environ.get("DICHTBIJ_ENV", "development")
    if environment in ("development", "testing"):
        from . import create_app

        app = create_app()
        # the debugger runs code from the browser: only ever on a loopback address
        local = args.host in ("127.0.0.1", "localhost", "::1")
        app.run(host=args.host, port=args.port, debug=environment == "development" and local, use_reloader=False)
        return

    # Check (and if needed rebuild) the search index once, before the workers start, so they
    # never rebuild it side by side.
    from catalogue.core import Catalogue

    catalogue = Catalogue.from_env()
    catalogue.ensure_index()
    catalogue.close()

    workers = args.workers or (2 * (os.cpu_count() or 1) + 1)
    threads = os.environ.get("DICHTBIJ_THREADS", "4")
    command = [
        sys.executable, "-m", "gunicorn", "web.wsgi:app",
        "--bind", f"{args.host}:{args.port}",
        "--workers", str(workers),
        "--threads", threads,
        "--worker-class", "gthread",
        "--access-logfile", "-",
        # path only: search words and postcodes in query strings stay out of the logs
        "--access-logformat", '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms',
        "--forwarded-allow-ips", os.environ.get("DICHTBIJ_FORWARDED_ALLOW_IPS", "127.0.0.1"),
        "--timeout", "30",
    ]
    os.execv(sys.executable, command)


if __name__ == "__main__":
    main()
