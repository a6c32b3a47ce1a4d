"""Queries over the store: events by actor, country, dyad, root and period; dyad series; a run summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from .errors import EventwireError

__all__ = ["BOTH_CODED", "PAIR", "REAL_DYAD", "SIDE_A", "SIDE_B", "EventFilter", "date_range", "dyad_series",
           "find_events", "summary"]

# Dyads are unordered pairs of countries (or codes, for actors with no country). An uncoded side (a named
# source or a non-actor target, stored with a NULL code) never makes a dyad. The one definition for the CLI,
# the summary and the dashboard.
SIDE_A = "coalesce(source_country, source_code)"
SIDE_B = "coalesce(target_country, target_code)"
PAIR = f"least({SIDE_A}, {SIDE_B}) AS a, greatest({SIDE_A}, {SIDE_B}) AS b"
BOTH_CODED = "source_code IS NOT NULL AND target_code IS NOT NULL"
REAL_DYAD = f"{BOTH_CODED} AND {SIDE_A} <> {SIDE_B}"


def date_range(column: str, since: date | None, until: date | None) -> tuple[list[str], list[object]]:
    """SQL conditions (and parameters) for ``column`` between ``since`` and ``until``, either open."""
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return clauses, params

EVENT_COLUMNS = ["event_id", "doc_id", "date", "cameo", "root", "quad_class", "goldstein", "plover", "description",
                 "source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
                 "location_name", "lat", "lon", "sentence", "trigger", "modality", "background"]


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # code or name fragment, either side
    country: str | None = None  # ISO3, either side
    dyad: tuple[str, str] | None = None  # two countries or codes, either direction
    root: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    doc_id: str | None = None
    limit: int | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(source_code ILIKE ? OR target_code ILIKE ? OR source_name ILIKE ? OR target_name ILIKE ?)")
            params += [f"{self.actor}%", f"{self.actor}%", f"%{self.actor}%", f"%{self.actor}%"]
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper()] * 2
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            clauses.append(f"(({SIDE_A} = ? AND {SIDE_B} = ?) OR ({SIDE_A} = ? AND {SIDE_B} = ?))")
            params += [a, b, b, a]
        if self.root:
            root = self.root.zfill(2)
            if not (root.isdigit() and 1 <= int(root) <= 20):
                raise EventwireError(f"root {self.root!r} is not a CAMEO root (01 to 20)")
            clauses.append("root = ?")
            params.append(root)
        if self.quad_class:
            clauses.append("quad_class = ?")
            params.append(int(self.quad_class))
        dates, date_params = date_range("date", self.since, self.until)
        clauses += dates
        params += date_params
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def find_events(con: duckdb.DuckDBPyConnection, f: EventFilter) -> tuple[list[str], list[tuple]]:
    where, params = f.where()
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY date, doc_id, idx"
    if f.limit:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return EVENT_COLUMNS, con.execute(sql, params).fetchall()


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, period: str = "day",
                f: EventFilter | None = None) -> list[tuple]:
    """(period start, events, Goldstein sum, conflict events, cooperation events) for a pair, either direction."""
    if period not in ("day", "week", "month"):
        raise EventwireError(f"period {period!r}: use day, week or month")
    base = f or EventFilter()
    flt = EventFilter(dyad=(a, b), root=base.root, since=base.since, until=base.until)
    where, params = flt.where()
    sql = (f"SELECT date_trunc('{period}', date)::DATE AS period, count(*) AS events, "
           "round(sum(goldstein), 1) AS goldstein, count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
           "count(*) FILTER (WHERE quad_class <= 2) AS cooperation "
           f"FROM events{where} AND date IS NOT NULL GROUP BY 1 ORDER BY 1")
    return con.execute(sql, params).fetchall()


def summary(con: duckdb.DuckDBPyConnection, top: int = 8) -> dict[str, object]:
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    out: dict[str, object] = {
        "documents": one("SELECT count(*) FROM documents"),
        "rejected": one("SELECT count(*) FROM rejects"),
        "events": one("SELECT count(*) FROM events"),
        "by_root": con.execute("SELECT root, count(*), round(avg(goldstein), 1) FROM events GROUP BY root ORDER BY root").fetchall(),
        "dyads": con.execute(
            f"SELECT {PAIR}, count(*) AS n, round(sum(goldstein), 1) AS g FROM events WHERE {REAL_DYAD} "
            "GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?", [top]).fetchall(),
        "by_week": con.execute(
            "SELECT date_trunc('week', date)::DATE, count(*), round(sum(goldstein), 1) FROM events "
            "WHERE date IS NOT NULL AND NOT background GROUP BY 1 ORDER BY 1").fetchall(),
        "rejects": con.execute("SELECT doc_id, reason FROM rejects ORDER BY doc_id LIMIT 10").fetchall(),
    }
    ex = con.execute(
        "SELECT e.date, e.cameo, e.description, e.source_name, e.source_code, e.target_name, e.target_code, "
        f"e.sentence, e.doc_id, e.location_name FROM events e WHERE {BOTH_CODED} AND NOT e.background "
        "AND e.root IN ('18','19','20') ORDER BY (e.location_name IS NULL), e.goldstein, e.date LIMIT 1").fetchone()
    out["example"] = ex
    return out
