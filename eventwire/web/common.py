"""What every page's API shares: the read-only database, parameter checks, event rows as JSON.

The database is opened read-only for each request and closed after it, so an ``eventwire run`` can take
the write lock between requests. DuckDB lets one process write a file *or* several processes read it,
never both: while a run holds the file, opening fails; we retry for a moment, then answer 503.

Every query parameter is checked here and goes to SQL as a bound parameter; the few identifiers chosen by
a parameter (``period``, ``level``) come from allow-lists. A bad parameter raises :class:`BadRequest`,
which the app turns into HTTP 400 with a JSON ``{"error": ...}`` body.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, Query, Request

from ..query import EventFilter

__all__ = ["EVENT_SELECT", "BadRequest", "Con", "Database", "EventParams", "Filters", "NotFound", "Unavailable",
           "check_code", "check_text", "event_json", "event_params", "fetch_events", "fill_periods", "get_db", "one_of",
           "where"]


class BadRequest(Exception):
    """A query parameter is wrong: HTTP 400."""


class NotFound(Exception):
    """The thing asked for does not exist: HTTP 404."""


class Unavailable(Exception):
    """The database cannot be read now (another process writes it): HTTP 503."""


class Database:
    """A DuckDB file opened read-only, one short-lived connection per request."""

    def __init__(self, path: str | Path, retry_seconds: float = 2.0) -> None:
        self.path = str(path)
        self.retry_seconds = retry_seconds

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        deadline = time.monotonic() + self.retry_seconds
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(self.path, read_only=True)
                break
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                busy = "lock" in str(exc).lower() or "different configuration" in str(exc).lower()
                if busy and time.monotonic() < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.4)
                    continue
                if busy:
                    raise Unavailable(
                        f"{Path(self.path).name} is being written by another process (an `eventwire run`?); "
                        "DuckDB lets readers in only between writers. Try again when the run has finished.") from exc
                raise Unavailable(f"{Path(self.path).name}: cannot open the database read-only ({exc})") from exc
        try:
            yield con
        finally:
            con.close()


def get_db(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """FastAPI dependency: a read-only connection for the length of one request."""
    db: Database = request.app.state.db
    with db.connect() as con:
        yield con


# -- parameter checks ---------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CODE = re.compile(r"^[A-Za-z0-9]{2,20}$")


def check_text(name: str, value: str | None, max_len: int = 200) -> str | None:
    """Free text (a name fragment, a search): bounded length, no control characters."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > max_len:
        raise BadRequest(f"{name}: at most {max_len} characters (got {len(value)})")
    if _CONTROL.search(value):
        raise BadRequest(f"{name}: control characters are not allowed")
    return value


def check_code(name: str, value: str | None) -> str | None:
    """An actor or country code such as USA, IRNGOV, IGOUNO (letters and digits, 2 to 20)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _CODE.match(value):
        raise BadRequest(f"{name}: {value[:40]!r} is not an actor or country code (letters and digits, e.g. USA or IRNGOV)")
    return value.upper()


def check_country(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not re.fullmatch(r"[A-Za-z]{3}", value):
        raise BadRequest(f"country: {value[:40]!r} is not an ISO 3166 alpha-3 code (e.g. IRQ)")
    return value.upper()


def check_date(name: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadRequest(f"{name}: {value[:40]!r} is not a date; use YYYY-MM-DD") from None


def check_root(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    v = value.strip()
    if not (v.isdigit() and len(v) <= 2 and 1 <= int(v) <= 20):
        raise BadRequest(f"root: {value[:40]!r} is not a CAMEO root (01 to 20)")
    return v.zfill(2)


def check_quad(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    v = value.strip()
    if v not in ("1", "2", "3", "4"):
        raise BadRequest(f"quad: {value[:40]!r} is not a QuadClass (1 verbal cooperation, 2 material cooperation, "
                         "3 verbal conflict, 4 material conflict)")
    return int(v)


def check_int(name: str, value: str | None, default: int, lo: int, hi: int) -> int:
    if value is None or not value.strip():
        return default
    v = value.strip()
    if not re.fullmatch(r"-?\d{1,9}", v) or not lo <= int(v) <= hi:
        raise BadRequest(f"{name}: {value[:40]!r} is not a whole number from {lo} to {hi}")
    return int(v)


def one_of(name: str, value: str | None, allowed: tuple[str, ...], default: str) -> str:
    """An allow-listed word (it may end up in SQL as an identifier or keyword)."""
    if value is None or not value.strip():
        return default
    if value.strip() not in allowed:
        raise BadRequest(f"{name}: {value[:40]!r} is not one of {', '.join(allowed)}")
    return value.strip()


# -- event filters from query parameters --------------------------------------------------------------
SINCE = Query(None, description="first day, YYYY-MM-DD (event date)")
UNTIL = Query(None, description="last day, YYYY-MM-DD (event date)")
ACTOR = Query(None, description="actor code prefix or name fragment, either side (e.g. IRN, Trump)")
COUNTRY = Query(None, description="ISO3 country of either actor (e.g. IRQ)")
ROOT = Query(None, description="CAMEO root, 01 to 20")
QUAD = Query(None, description="QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                               "4 material conflict")


@dataclass(frozen=True)
class EventParams:
    """Checked filter parameters: the shared :class:`EventFilter` plus the dashboard's dyad and place."""

    filter: EventFilter
    dyad: tuple[str, str] | None = None
    location: str | None = None


def event_params(since: str | None = SINCE, until: str | None = UNTIL, actor: str | None = ACTOR,
                 country: str | None = COUNTRY, root: str | None = ROOT, quad: str | None = QUAD) -> EventParams:
    """FastAPI dependency: the common filters, checked."""
    s, u = check_date("since", since), check_date("until", until)
    if s and u and s > u:
        raise BadRequest(f"since ({s}) is after until ({u})")
    f = EventFilter(actor=check_text("actor", actor, 80), country=check_country(country), root=check_root(root),
                    quad_class=check_quad(quad), since=s, until=u)
    return EventParams(filter=f)


# FastAPI parameter types: the checked filters and a read-only connection for the request.
Filters = Annotated[EventParams, Depends(event_params)]
Con = Annotated[duckdb.DuckDBPyConnection, Depends(get_db)]


def dyad_clause(a: str, b: str) -> tuple[str, list[object]]:
    """Events between a and b either way round; each side may be a country (IRN) or an actor code (IRNGOV)."""
    sql = ("((? IN (source_country, source_code) AND ? IN (target_country, target_code)) OR "
           "(? IN (source_country, source_code) AND ? IN (target_country, target_code)))")
    return sql, [a, b, b, a]


def where(p: EventParams, *extra: tuple[str, list[object]]) -> tuple[str, list[object]]:
    """SQL condition for the filters (unqualified ``events`` columns) plus extra (clause, params) pairs."""
    sql, params = p.filter.where()
    clauses = [sql[len(" WHERE "):]] if sql else []
    if p.dyad:
        c, ps = dyad_clause(*p.dyad)
        clauses.append(c)
        params += ps
    if p.location:
        clauses.append("location_name = ?")
        params.append(p.location)
    for c, ps in extra:
        clauses.append(c)
        params += ps
    return (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else "", params


# -- events as JSON -----------------------------------------------------------------------------------
EVENT_SELECT = (
    "SELECT e.event_id, e.doc_id, e.date, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.description, "
    "e.modality, e.background, e.source_text, e.source_name, e.source_code, e.source_country, e.source_sector, "
    "e.target_text, e.target_name, e.target_code, e.target_country, e.target_sector, e.location_name, "
    "e.location_country, e.lat, e.lon, e.sentence, e.start_char, e.end_char, e.trigger, a.title "
    "FROM events e LEFT JOIN articles a USING (doc_id)")


def event_json(r: tuple[Any, ...]) -> dict[str, Any]:
    """One row of :data:`EVENT_SELECT` as the API's event object."""
    (event_id, doc_id, day, cameo, root, quad, gold, plover, desc, modality, background, s_text, s_name, s_code,
     s_country, s_sector, t_text, t_name, t_code, t_country, t_sector, loc_name, loc_country, lat, lon, sentence,
     start, end, trigger, title) = r
    return {
        "event_id": event_id, "doc_id": doc_id, "date": day.isoformat() if day else None, "cameo": cameo,
        "root": root, "quad_class": quad, "goldstein": gold, "plover": plover, "description": desc,
        "modality": modality, "background": bool(background),
        "source": {"text": s_text, "name": s_name, "code": s_code, "country": s_country, "sector": s_sector},
        "target": ({"text": t_text, "name": t_name, "code": t_code, "country": t_country, "sector": t_sector}
                   if t_code or t_name else None),
        "location": ({"name": loc_name, "country": loc_country, "lat": lat, "lon": lon}
                     if loc_name or lat is not None else None),
        "sentence": sentence, "start": start, "end": end, "trigger": trigger, "title": title,
    }


def fetch_events(con: duckdb.DuckDBPyConnection, cond: str, params: list[object], order: str = "e.date, e.doc_id, e.idx",
                 limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Events matching ``cond`` (a condition over ``events`` columns, or ""), as JSON objects."""
    # The condition names unqualified event columns; wrap it so they resolve against events only.
    sql = f"{EVENT_SELECT} WHERE e.event_id IN (SELECT event_id FROM events{cond}) ORDER BY {order} LIMIT ? OFFSET ?"
    return [event_json(r) for r in con.execute(sql, [*params, limit, offset]).fetchall()]


def period_starts(first: date, last: date, gran: str, cap: int = 3000) -> list[date]:
    """Every period start from ``first`` to ``last`` (both already truncated to ``gran``)."""
    out: list[date] = []
    d = first
    while d <= last and len(out) < cap:
        out.append(d)
        if gran == "day":
            d += timedelta(days=1)
        elif gran == "week":
            d += timedelta(days=7)
        else:
            d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def fill_periods(rows: list[dict[str, Any]], gran: str, zero: dict[str, Any]) -> list[dict[str, Any]]:
    """A series with the empty periods between its first and last filled with ``zero``, so charts keep time."""
    if not rows:
        return rows
    have = {r["period"]: r for r in rows}
    first, last = date.fromisoformat(rows[0]["period"]), date.fromisoformat(rows[-1]["period"])
    return [have.get(d.isoformat()) or {"period": d.isoformat(), **zero} for d in period_starts(first, last, gran)]


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()
    return {r[0] for r in rows}
