"""Dyad: two actors or countries, either way round: Goldstein sums and counts by CAMEO root per day or
week, and the events with their evidence sentences."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from ..cameo import ROOT_NAMES
from ..query import PAIR, REAL_DYAD
from .common import (
    BadRequest,
    Con,
    EventParams,
    Filters,
    check_code,
    check_int,
    fetch_events,
    fill_periods,
    one_of,
    where,
)
from .schemas import DyadOut, DyadsOut

router = APIRouter(tags=["dyad"])


@router.get("/api/dyad", response_model=DyadOut, summary="One dyad over time")
def dyad(*, a: str | None = Query(None, description="one side: a country (IRN) or an actor code (IRNGOV)"),
         b: str | None = Query(None, description="the other side; events either direction are counted"),
         period: str | None = Query(None, description="day (default) or week"),
         limit: str | None = Query(None, description="events to list, 1-1000 (default 500)"),
         p: Filters,
         con: Con) -> dict[str, Any]:
    """Background events are listed but not charted. A side matches an actor's country or its code,
    so `a=USA&b=IRN` takes in USAGOV against IRNMIL, and `a=USAGOV&b=IRN` only the US government."""
    a, b = check_code("a", a), check_code("b", b)
    if not a or not b:
        raise BadRequest("a dyad needs two sides: a and b, each a country or actor code (e.g. a=USA&b=IRN)")
    gran = one_of("period", period, ("day", "week"), "day")
    n = check_int("limit", limit, 500, 1, 1000)
    p = EventParams(filter=p.filter, dyad=(a, b))
    cond, params = where(p, ("NOT background AND date IS NOT NULL", []))
    series = fill_periods([
        {"period": d.isoformat(), "events": k, "goldstein": g or 0.0, "conflict": c, "cooperation": co}
        for d, k, g, c, co in con.execute(
            f"SELECT date_trunc('{gran}', date)::DATE, count(*), round(sum(goldstein), 1), "
            "count(*) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class <= 2) "
            f"FROM events{cond} GROUP BY 1 ORDER BY 1", params).fetchall()],
        gran, {"events": 0, "goldstein": 0.0, "conflict": 0, "cooperation": 0})
    roots = [{"period": d.isoformat(), "root": r, "events": k} for d, r, k in con.execute(
        f"SELECT date_trunc('{gran}', date)::DATE, root, count(*) FROM events{cond} AND root IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY 1, 2", params).fetchall()]
    allcond, allparams = where(p)
    totals = [{"root": r, "name": ROOT_NAMES.get(r, "?"), "events": k, "goldstein": g or 0.0}
              for r, k, g in con.execute(
                  f"SELECT root, count(*), round(sum(goldstein), 1) FROM events{allcond} AND root IS NOT NULL "
                  "GROUP BY 1 ORDER BY 1", allparams).fetchall()]
    return {"a": a, "b": b, "period": gran, "series": series, "roots": roots, "root_totals": totals,
            "events": fetch_events(con, allcond, allparams, limit=n)}


@router.get("/api/dyads", response_model=DyadsOut, summary="Dyads and actors to choose from")
def dyads(*, p: Filters,
          limit: str | None = Query(None, description="dyads to list, 1-500 (default 50)"),
          con: Con) -> dict[str, Any]:
    """The busiest dyads (countries, or codes for actors with no country), and every country and actor
    code seen, for the dyad picker."""
    n = check_int("limit", limit, 50, 1, 500)
    cond, params = where(p, (REAL_DYAD, []))
    pairs = [{"a": a, "b": b, "events": k, "goldstein": g} for a, b, k, g in con.execute(
        f"SELECT {PAIR}, count(*) AS n, round(sum(goldstein), 1) FROM events{cond} GROUP BY 1, 2 "
        "ORDER BY n DESC, a, b LIMIT ?", [*params, n]).fetchall()]
    acond, aparams = where(p)
    keys = con.execute(
        "SELECT key, mode(name), count(*) AS n FROM ("
        f"SELECT source_country AS key, source_country AS name FROM events{acond} UNION ALL "
        f"SELECT target_country, target_country FROM events{acond} UNION ALL "
        f"SELECT source_code, source_name FROM events{acond} UNION ALL "
        f"SELECT target_code, target_name FROM events{acond}) WHERE key IS NOT NULL "
        "GROUP BY key ORDER BY n DESC, key LIMIT 500", aparams * 4).fetchall()
    return {"dyads": pairs, "actors": [{"key": k, "name": nm, "events": c} for k, nm, c in keys]}
