"""The ``dichtbij`` command line.

Every command reads its settings from ``DICHTBIJ_*`` environment variables, shows progress on
long work, ends with a one-line summary, and on bad input exits non-zero with a one-line reason.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from .config import Settings
from .errors import CatalogueError, ValidationError


def _catalogue():
    from .core import Catalogue

    try:
        settings = Settings.from_env()
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    settings.instance_dir.mkdir(parents=True, exist_ok=True)
    catalogue = Catalogue(settings)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(catalogue.close)
    return catalogue


def _fail(message: str, lines: list[str] | None = None) -> None:
    for line in lines or []:
        click.echo(f"  {line}", err=True)
    raise click.ClickException(message)


def _progress(kind: str, done: int, total: int) -> None:
    click.echo(f"  {kind}: {done}/{total}", err=True)


@click.group(help="Dichtbij: the catalogue of referral-free help close to home.")
def main() -> None:
    pass


@main.group(help="Database management.")
def db() -> None:
    pass


@db.command("upgrade", help="Create or migrate the database schema to the latest version.")
def db_upgrade() -> None:
    catalogue = _catalogue()
    try:
        catalogue.upgrade_database()
    except Exception as exc:  # connection problems, permissions
        _fail(f"could not upgrade the database at {catalogue.engine.url.render_as_string()}: {exc}")
    click.echo("Database is up to date.")


@main.command("seed-demo", help="Load the demo catalogue (three municipalities, ~70 activities).")
@click.option("--if-empty", is_flag=True, help="Only when the catalogue has no activities yet.")
def seed_demo(if_empty: bool) -> None:
    from .bulk import ImportFailed, load_document
    from .demo import demo_document

    catalogue = _catalogue()
    catalogue.upgrade_database()
    if if_empty and catalogue.activities.list():
        click.echo("Catalogue already has activities; demo not loaded.")
        return
    try:
        summary = load_document(catalogue, demo_document(), progress=_progress)
    except ImportFailed as exc:
        _fail(f"demo catalogue not loaded: {len(exc.problems)} problems", exc.problems)
    catalogue.ensure_index()
    click.echo(f"Demo catalogue loaded: {summary.line()}.")


@main.command("import", help="Import an Open Referral HSDS 3.0 JSON document (all or nothing).")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def import_command(file: Path) -> None:
    from .bulk import ImportFailed
    from .hsds.importer import HSDSFormatError, import_hsds

    catalogue = _catalogue()
    catalogue.upgrade_database()
    try:
        document = json.loads(file.read_text("utf-8"))
    except FileNotFoundError:
        _fail(f"{file}: no such file")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(f"{file} is not valid JSON ({exc}); export the feed again as UTF-8 JSON")
    try:
        summary = import_hsds(catalogue, document, progress=_progress)
    except (ImportFailed, HSDSFormatError) as exc:
        problems = getattr(exc, "problems", [])
        _fail(f"nothing imported from {file}: {len(problems)} problem(s); fix them and import again", problems)
    click.echo(f"Imported {file}: {summary.line()}.")


@main.command("export", help="Export the published catalogue as an HSDS 3.0 JSON document.")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--municipality", help="Only this municipality (slug).")
@click.option("--all-statuses", is_flag=True, help="Also drafts and archived activities.")
def export_command(file: Path, municipality: str | None, all_statuses: bool) -> None:
    from .hsds.exporter import export_hsds

    if not file.parent.is_dir():
        _fail(f"folder {file.parent} does not exist; create it or choose another file")
    catalogue = _catalogue()
    try:
        document = export_hsds(catalogue, municipality=municipality, published_only=not all_statuses)
    except CatalogueError as exc:
        _fail(f"nothing exported: {exc}")
    tmp = file.with_name(file.name + ".tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    os.replace(tmp, file)
    click.echo(f"Exported {len(document['services'])} services and {len(document['organizations'])} organizations to {file}.")


@main.command(help="Rebuild the search index from the database.")
def reindex() -> None:
    catalogue = _catalogue()
    catalogue.upgrade_database()
    total = catalogue.activities.count_published()
    count = catalogue.reindex(progress=lambda n: _progress("indexed", n, total))
    click.echo(f"Search index rebuilt: {count} published activities.")


@main.command("create-editor", help="Create an editor account; the password is read from standard input.")
@click.option("--email", required=True)
@click.option("--municipality", help="Slug of the municipality the editor works for.")
@click.option("--admin", is_flag=True, help="May edit every municipality.")
def create_editor(email: str, municipality: str | None, admin: bool) -> None:
    catalogue = _catalogue()
    catalogue.upgrade_database()
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        editor = catalogue.accounts.create_editor(email, password, municipality, admin)
    except ValidationError as exc:
        _fail("editor not created: " + "; ".join(exc.lines()))
    where = "all municipalities" if admin else municipality
    click.echo(f"Editor {editor.email} created for {where}.")


@main.command(help="Search the published catalogue as the public site does.")
@click.argument("query", nargs=-1)
@click.option("--municipality", help="Municipality slug, e.g. zutphen.")
@click.option("--postcode", help="Four-digit postcode.")
@click.option("--age", type=click.IntRange(0, 99), help="Age of the child or young person.")
@click.option("--theme", "themes", multiple=True)
@click.option("--limit", default=10, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def search(query: tuple[str, ...], municipality: str | None, postcode: str | None, age: int | None,
           themes: tuple[str, ...], limit: int, as_json: bool) -> None:
    from .search.interface import SearchQuery

    catalogue = _catalogue()
    catalogue.ensure_index()
    neighbourhood = None
    if postcode:
        hood = catalogue.places.locate_postcode(postcode)
        if hood is None:
            _fail(f"postcode {postcode} is not in the catalogue; use --municipality instead")
        municipality, neighbourhood = hood.municipality.slug, hood.slug
    if municipality and not any(m.slug == municipality for m in catalogue.places.municipalities()):
        _fail(f"unknown municipality {municipality!r}; known: " + ", ".join(m.slug for m in catalogue.places.municipalities()))
    results = catalogue.search(SearchQuery(
        text=" ".join(query), municipality=municipality, neighbourhood=neighbourhood, age=age,
        themes=themes, per_page=limit,
    ))
    activities = catalogue.activities.get_many([h.id for h in results.hits])
    if as_json:
        payload: dict[str, Any] = {
            "total": results.total,
            "suggestion": results.suggestion,
            "results": [
                {"id": a.public_id, "title": a.title, "summary": a.summary, "municipality": a.municipality.slug,
                 "min_age": a.min_age, "max_age": a.max_age, "themes": [t.slug for t in a.topic_themes]}
                for a in activities
            ],
            "facets": {k: [{"value": v.value, "count": v.count} for v in vs] for k, vs in results.facets.items()},
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if results.suggestion:
        click.echo(f"(searched for: {results.suggestion})")
    for a in activities:
        click.echo(f"{a.public_id}  {a.title}  [{a.municipality.slug}, {a.min_age}-{a.max_age} jaar]")
    click.echo(f"{results.total} result(s).")


@main.command(help="List open callback requests for local teams (and delete expired ones).")
@click.option("--municipality", help="Only this municipality (slug).")
@click.option("--json", "as_json", is_flag=True)
def callbacks(municipality: str | None, as_json: bool) -> None:
    catalogue = _catalogue()
    catalogue.upgrade_database()
    purged = catalogue.feedback.purge_expired_callbacks()
    rows = catalogue.feedback.open_callbacks(municipality)
    if as_json:
        click.echo(json.dumps([
            {"id": r.public_id, "team": r.local_team.public_id, "first_name": r.first_name, "phone": r.phone,
             "email": r.email, "note": r.note, "preferred_time": r.preferred_time, "created_at": r.created_at.isoformat()}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r.created_at:%Y-%m-%d %H:%M}  {r.local_team.name}: {r.first_name} "
                   f"({r.phone or r.email}) {r.preferred_time}  {r.note}")
    click.echo(f"{len(rows)} open callback request(s); {purged} expired request(s) deleted.")


@main.command(help="Run the web app (development server unless DICHTBIJ_ENV=production).")
@click.option("--host", default=lambda: os.environ.get("DICHTBIJ_HOST", "127.0.0.1"))
@click.option("--port", default=lambda: int(os.environ.get("DICHTBIJ_PORT", "8000")), type=int)
def serve(host: str, port: int) -> None:
    # The web app is started as its own module so the catalogue never imports Flask.
    os.execv(sys.executable, [sys.executable, "-m", "web", "--host", host, "--port", str(port)])


def run() -> None:
    try:
        main(standalone_mode=True)
    except CatalogueError as exc:  # pragma: no cover - safety net
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
