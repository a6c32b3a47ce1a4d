"""Actors: the interaction network (actors as nodes, dyads as edges weighted by count and coloured by mean
Goldstein score) and one actor's timeline."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from ..query import BOTH_CODED, SIDE_A, SIDE_B
from .common import BadRequest, Con, Filters, check_code, check_int, fetch_events, fill_periods, one_of, where
from .schemas import ActorDetail, NetworkOut

router = APIRouter(tags=["actors"])

# Node keys by level. Allow-listed: the chosen expression is put into the SQL text.
LEVELS = {
    "code": ("source_code", "target_code"),
    "country": (SIDE_A, SIDE_B),
}
LEVEL_HELP = "code: one node per actor code (IRNGOV, IRNMIL); country: one node per country"


@router.get("/api/network", response_model=NetworkOut, summary="Actor interaction network")
def network(*, p: Filters,
            level: str | None = Query(None, description=LEVEL_HELP + " (default code)"),
            nodes: str | None = Query(None, description="keep the busiest N actors, 2-200 (default 40)"),
            min_events: str | None = Query(None, description="drop edges with fewer events (default 1)"),
            con: Con) -> dict[str, Any]:
    """Edges join the two sides of events that have a target; direction is ignored."""
    lv = one_of("level", level, tuple(LEVELS), "code")
    n_nodes = check_int("nodes", nodes, 40, 2, 200)
    min_ev = check_int("min_events", min_events, 1, 1, 10**6)
    src, tgt = LEVELS[lv]
    cond, params = where(p, (f"{BOTH_CODED} AND {src} <> {tgt}", []))
    edge_rows = con.execute(
        f"SELECT least({src}, {tgt}) AS s, greatest({src}, {tgt}) AS t, count(*) AS n, avg(goldstein), "
        f"sum(goldstein) FROM events{cond} GROUP BY 1, 2 ORDER BY n DESC, s, t", params).fetchall()
    node_rows = con.execute(
        "SELECT key, mode(name), mode(country), count(*) AS n, avg(g) FROM ("
        f"SELECT {src} AS key, source_name AS name, source_country AS country, goldstein AS g FROM events{cond} "
        f"UNION ALL SELECT {tgt}, target_name, target_country, goldstein FROM events{cond}) "
        "GROUP BY key ORDER BY n DESC, key LIMIT ?", [*params, *params, n_nodes]).fetchall()
    keep = {r[0] for r in node_rows}
    edges = [{"source": s, "target": t, "events": k, "goldstein_mean": round(m or 0.0, 2),
              "goldstein_sum": round(g or 0.0, 1)}
             for s, t, k, m, g in edge_rows if s in keep and t in keep and k >= min_ev]
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    out_nodes = [{"id": k, "name": (k if lv == "country" else nm), "country": c, "events": n,
                  "goldstein_mean": round(g, 2) if g is not None else None}
                 for k, nm, c, n, g in node_rows if k in linked]
    return {"level": lv, "nodes": out_nodes, "edges": edges}


@router.get("/api/actor", response_model=ActorDetail, summary="One actor's timeline and partners")
def actor(*, key: str | None = Query(None, description="actor code (IRNGOV) or, with level=country, a country"),
          level: str | None = Query(None, description=LEVEL_HELP + " (default code)"),
          period: str | None = Query(None, description="day (default) or week"),
          limit: str | None = Query(None, description="events to list, 1-1000 (default 200)"),
          p: Filters,
          con: Con) -> dict[str, Any]:
    """Events per period with the actor as source and as target, Goldstein sum, partners, events."""
    k = check_code("key", key)
    if not k:
        raise BadRequest("key: give an actor code such as IRNGOV (or a country with level=country)")
    lv = one_of("level", level, tuple(LEVELS), "code")
    gran = one_of("period", period, ("day", "week"), "day")
    n = check_int("limit", limit, 200, 1, 1000)
    src, tgt = LEVELS[lv]
    side = (f"({src} = ? OR {tgt} = ?)", [k, k])
    cond, params = where(p, side, ("NOT background AND date IS NOT NULL", []))
    series = fill_periods([{"period": d.isoformat(), "as_source": s, "as_target": t, "goldstein": g or 0.0}
              for d, s, t, g in con.execute(
                  f"SELECT date_trunc('{gran}', date)::DATE, count(*) FILTER (WHERE {src} = ?), "
                  f"count(*) FILTER (WHERE {tgt} = ?), round(sum(goldstein), 1) FROM events{cond} "
                  "GROUP BY 1 ORDER BY 1", [k, k, *params]).fetchall()],
        gran, {"as_source": 0, "as_target": 0, "goldstein": 0.0})
    allcond, allparams = where(p, side)
    partners = [{"key": o, "events": c, "goldstein_mean": round(m or 0.0, 2)} for o, c, m in con.execute(
        f"SELECT CASE WHEN {src} = ? THEN {tgt} ELSE {src} END AS other, count(*) AS c, avg(goldstein) "
        f"FROM events{allcond} AND {BOTH_CODED} GROUP BY 1 HAVING other IS NOT NULL AND other <> ? "
        "ORDER BY c DESC, other LIMIT 30", [k, *allparams, k]).fetchall()]
    name_row = con.execute(
        f"SELECT mode(name) FROM (SELECT source_name AS name FROM events WHERE {src} = ? "
        f"UNION ALL SELECT target_name FROM events WHERE {tgt} = ?)", [k, k]).fetchone()
    name = k if lv == "country" else (name_row[0] if name_row else None)
    return {"key": k, "level": lv, "name": name, "period": gran, "series": series, "partners": partners,
            "events": fetch_events(con, allcond, allparams, limit=n)}
