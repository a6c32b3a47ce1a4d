"""Overview: counts, events over time by QuadClass, the most active actors and dyads, and the dyads whose
Goldstein score fell most in the last 7 days of the data. Also the plain event list (``/api/events``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import duckdb
from fastapi import APIRouter, Query

from ..query import PAIR, REAL_DYAD
from .common import (
    BadRequest,
    Con,
    EventParams,
    Filters,
    check_code,
    check_int,
    check_text,
    fetch_events,
    fill_periods,
    one_of,
    where,
)
from .schemas import EventsOut, OverviewOut

router = APIRouter(tags=["overview"])



def pick_period(con: duckdb.DuckDBPyConnection, cond: str, params: list[object]) -> str:
    first, last = con.execute(f"SELECT min(date), max(date) FROM events{cond}", params).fetchone()
    if first is None:
        return "day"
    days = (last - first).days
    return "day" if days <= 120 else "week" if days <= 3 * 365 else "month"


@router.get("/api/overview", response_model=OverviewOut, summary="Counts, timeline, top actors and dyads")
def overview(*, p: Filters,
             period: str | None = Query(None, description="timeline granularity: day, week or month "
                                                          "(default: day for up to 120 days of data, else week)"),
             top: str | None = Query(None, description="how many actors and dyads to list (1-50, default 10)"),
             con: Con) -> dict[str, Any]:
    """Background events (earlier events an article recalls) are left out of the timeline and the
    last-7-days comparison, so a mention of the 2015 nuclear deal does not stretch the chart."""
    n_top = check_int("top", top, 10, 1, 50)
    cond, params = where(p, ("NOT background AND date IS NOT NULL", []))
    gran = one_of("period", period, ("day", "week", "month"), "") or pick_period(con, cond, params)
    one = lambda sql: con.execute(sql).fetchone()[0]
    counts = {"documents": one("SELECT count(*) FROM documents"), "articles": one("SELECT count(*) FROM articles"),
              "events": one("SELECT count(*) FROM events"), "rejected": one("SELECT count(*) FROM rejects"),
              "actor_mentions": one("SELECT count(*) FROM actors")}
    first, last = con.execute(f"SELECT min(date), max(date) FROM events{cond}", params).fetchone()
    # `gran` is from an allow-list, so it can sit in the SQL text.
    timeline = fill_periods([
        {"period": d.isoformat(), "q1": q1, "q2": q2, "q3": q3, "q4": q4}
        for d, q1, q2, q3, q4 in con.execute(
            f"SELECT date_trunc('{gran}', date)::DATE, count(*) FILTER (WHERE quad_class = 1), "
            "count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3), "
            f"count(*) FILTER (WHERE quad_class = 4) FROM events{cond} GROUP BY 1 ORDER BY 1", params).fetchall()],
        gran, {"q1": 0, "q2": 0, "q3": 0, "q4": 0})
    acond, aparams = where(p)
    top_actors = [
        {"code": code, "name": name, "events": n}
        for code, name, n in con.execute(
            "SELECT code, mode(name), count(*) AS n FROM ("
            f"SELECT source_code AS code, source_name AS name FROM events{acond} UNION ALL "
            f"SELECT target_code, target_name FROM events{acond}) WHERE code IS NOT NULL "
            "GROUP BY code ORDER BY n DESC, code LIMIT ?", [*aparams, *aparams, n_top]).fetchall()]
    dcond, dparams = where(p, (REAL_DYAD, []))
    top_dyads = [
        {"a": a, "b": b, "events": n, "goldstein": g}
        for a, b, n, g in con.execute(
            f"SELECT {PAIR}, count(*) AS n, round(sum(goldstein), 1) FROM events{dcond} "
            "GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?", [*dparams, n_top]).fetchall()]
    falling: list[dict[str, Any]] = []
    window: list[str] = []
    if last is not None:
        start, prev_start = last - timedelta(days=6), last - timedelta(days=13)
        window = [start.isoformat(), last.isoformat()]
        fcond, fparams = where(p, (REAL_DYAD, []), ("NOT background AND date BETWEEN ? AND ?", [prev_start, last]))
        rows = con.execute(
            f"SELECT {PAIR}, "
            "coalesce(sum(goldstein) FILTER (WHERE date >= ?), 0) AS g_last, "
            "coalesce(sum(goldstein) FILTER (WHERE date < ?), 0) AS g_prev, "
            "count(*) FILTER (WHERE date >= ?), count(*) FILTER (WHERE date < ?) "
            f"FROM events{fcond} GROUP BY 1, 2 HAVING g_last - g_prev < 0 ORDER BY g_last - g_prev, a, b LIMIT ?",
            [start, start, start, start, *fparams, n_top]).fetchall()
        falling = [{"a": a, "b": b, "last": round(lst, 1), "previous": round(prv, 1), "change": round(lst - prv, 1),
                    "events_last": nl, "events_previous": np} for a, b, lst, prv, nl, np in rows]
    return {"counts": counts, "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None, "period": gran, "timeline": timeline,
            "top_actors": top_actors, "top_dyads": top_dyads, "falling_window": window, "falling_dyads": falling}


@router.get("/api/events", response_model=EventsOut, summary="Events matching filters")
def events(*, p: Filters,
           a: str | None = Query(None, description="dyad: one side (country or actor code); needs b"),
           b: str | None = Query(None, description="dyad: the other side, either direction"),
           location: str | None = Query(None, description="exact place name where the event happened"),
           doc_id: str | None = Query(None, description="events of one document"),
           limit: str | None = Query(None, description="rows to return, 1-1000 (default 100)"),
           offset: str | None = Query(None, description="rows to skip (default 0)"),
           con: Con) -> dict[str, Any]:
    """The events behind any chart, in date order, each with its evidence sentence and article."""
    a, b = check_code("a", a), check_code("b", b)
    if bool(a) != bool(b):
        raise BadRequest("a dyad needs both a and b (e.g. a=USA&b=IRN)")
    doc = check_text("doc_id", doc_id, 500)
    extra = [("doc_id = ?", [doc])] if doc else []
    p = EventParams(filter=p.filter, dyad=(a, b) if a and b else None, location=check_text("location", location, 200))
    cond, params = where(p, *extra)
    total = con.execute(f"SELECT count(*) FROM events{cond}", params).fetchone()[0]
    rows = fetch_events(con, cond, params, limit=check_int("limit", limit, 100, 1, 1000),
                        offset=check_int("offset", offset, 0, 0, 10**9))
    return {"total": total, "events": rows}
