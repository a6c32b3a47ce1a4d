"""Queries over the store: events by actor, country, dyad, root and period; dyad series; a run summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from .errors import EventwireError

__all__ = ["EventFilter", "dyad_series", "find_events", "summary"]

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
            clauses.append("((coalesce(source_country, source_code) = ? AND coalesce(target_country, target_code) = ?)"
                           " OR (coalesce(source_country, source_code) = ? AND coalesce(target_country, target_code) = ?))")
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
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until)
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
            "SELECT least(coalesce(source_country, source_code), coalesce(target_country, target_code)) AS a, "
            "greatest(coalesce(source_country, source_code), coalesce(target_country, target_code)) AS b, "
            "count(*) AS n, round(sum(goldstein), 1) AS g FROM events WHERE target_code IS NOT NULL AND source_code IS NOT NULL "
            "AND coalesce(source_country, source_code) <> coalesce(target_country, target_code) "
            "GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?", [top]).fetchall(),
        "by_week": con.execute(
            "SELECT date_trunc('week', date)::DATE, count(*), round(sum(goldstein), 1) FROM events "
            "WHERE date IS NOT NULL AND NOT background GROUP BY 1 ORDER BY 1").fetchall(),
        "rejects": con.execute("SELECT doc_id, reason FROM rejects ORDER BY doc_id LIMIT 10").fetchall(),
    }
    ex = con.execute(
        "SELECT e.date, e.cameo, e.description, e.source_name, e.source_code, e.target_name, e.target_code, "
        "e.sentence, e.doc_id, e.location_name FROM events e WHERE e.target_code IS NOT NULL AND source_code IS NOT NULL AND NOT e.background "
        "AND e.root IN ('18','19','20') ORDER BY (e.location_name IS NULL), e.goldstein, e.date LIMIT 1").fetchone()
    out["example"] = ex
    return out
