"""``eventwire serve`` and ``eventwire export``: click commands attached to the main group in ``cli.py``."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from .errors import EventwireError

__all__ = ["asgi_get", "export", "serve"]


def asgi_get(app: Any, target: str) -> tuple[int, dict[str, str], bytes]:
    """Answer one GET request in-process (no socket): (status, headers, body)."""
    parts = urlsplit(target if target.startswith("/") else "/" + target)
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": parts.path, "raw_path": parts.path.encode(), "query_string": parts.query.encode(),
             "root_path": "", "headers": [(b"host", b"localhost")], "client": ("127.0.0.1", 0),
             "server": ("localhost", 80)}
    status, headers, body = 500, {}, bytearray()
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers.update({k.decode("latin-1"): v.decode("latin-1") for k, v in message.get("headers", [])})
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    asyncio.run(app(scope, receive, send))
    return status, headers, bytes(body)


@click.command()
@click.option("--db", default="events.duckdb", show_default=True, help="DuckDB store to show (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Print the response to one GET of PATH (e.g. /api/overview) and exit, without a server.")
def serve(db: str, host: str, port: int, get_path: str | None) -> None:
    """Serve the analyst's dashboard: overview, dyads, actor network, map, articles and search.

    The database is opened read-only for each request, so an `eventwire run` can keep adding to it;
    while a run holds the file, pages answer 503 and work again once it is done. Everything (scripts,
    styles, the world map) is served from the package: no network is needed. The JSON API is listed at
    /api and described at /openapi.json.

    Example: eventwire serve --db events.duckdb --port 8000
    """
    from .web import create_app

    try:
        app = create_app(db)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    if get_path is not None:
        status, headers, body = asgi_get(app, get_path)
        text = body.decode("utf-8", "replace")
        if headers.get("content-type", "").startswith("application/json"):
            try:
                text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
            except ValueError:
                pass
        click.echo(text)
        if status >= 400:
            raise SystemExit(1)
        return
    import uvicorn

    click.echo(f"eventwire: serving {db} at http://{host}:{port}/ (read-only; Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _day(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=name) from None


@click.command()
@click.option("--format", "fmt", required=True, type=click.Choice(["gdelt", "csv", "parquet", "jsonl", "plover"]),
              help="gdelt: GDELT 2.0 event table (61 tab-separated columns, no header); csv; parquet; "
                   "jsonl: one event per line; plover: PLOVER-style JSON records, one per line.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write ('-' for stdout, "
              "not for parquet).")
@click.option("--db", default="events.duckdb", show_default=True, help="DuckDB store to read (read-only).")
@click.option("--actor", default=None, help="Actor code prefix or name fragment, either side.")
@click.option("--country", default=None, help="ISO3 country of either actor.")
@click.option("--dyad", nargs=2, default=None, metavar="A B", help="Two countries or codes, either direction.")
@click.option("--root", default=None, help="CAMEO root, 01 to 20.")
@click.option("--since", default=None, help="First event day, YYYY-MM-DD.")
@click.option("--until", default=None, help="Last event day, YYYY-MM-DD.")
def export(fmt: str, out: str, db: str, actor: str | None, country: str | None, dyad: tuple[str, str] | None,
           root: str | None, since: str | None, until: str | None) -> None:
    """Export events for other tools: GDELT 2.0 layout, CSV, Parquet, JSON lines or PLOVER records.

    The gdelt format follows GDELT 2.0's event table column for column (geography codes in FIPS 10-4, as
    GDELT gives them), so scripts that read GDELT exports load it unchanged.

    Example: eventwire export --format gdelt --out usa_irn.tsv --dyad USA IRN
    """
    from .export import export_events
    from .query import EventFilter
    from .store import Store

    f = EventFilter(actor=actor, country=country, dyad=tuple(dyad) if dyad else None, root=root,
                    since=_day("--since", since), until=_day("--until", until))
    if out == "-" and fmt == "parquet":
        raise click.BadParameter("parquet cannot go to stdout; give a file name", param_hint="--out")
    try:
        with Store(db, read_only=True) as store:
            n = export_events(store.con, fmt, out, f)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    if out != "-":
        click.echo(f"{n} events -> {Path(out)} ({fmt})", err=True)
    else:
        sys.stdout.flush()
