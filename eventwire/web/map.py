"""Map: where events happened, grouped by place, with counts per country for shading the outlines.

The outlines are ``static/world-110m.json`` (Natural Earth 1:110m, public domain), built once by
``scripts/build_world_map.py`` and shipped with the package, so the map draws with no network.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from .common import Con, Filters, where
from .schemas import MapOut

router = APIRouter(tags=["map"])


@router.get("/api/map", response_model=MapOut, summary="Event locations")
def event_map(*, p: Filters,
              con: Con) -> dict[str, Any]:
    """Places with coordinates and their events by QuadClass; background events are left out."""
    cond, params = where(p, ("NOT background", []))
    places = [
        {"name": nm, "country": c, "lat": la, "lon": lo, "events": n, "goldstein_mean": round(g, 2) if g is not None
         else None, "q1": q1, "q2": q2, "q3": q3, "q4": q4}
        for nm, c, la, lo, n, g, q1, q2, q3, q4 in con.execute(
            "SELECT location_name, location_country, round(lat, 3) AS la, round(lon, 3) AS lo, count(*) AS n, "
            "avg(goldstein), count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
            "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4) "
            f"FROM events{cond} AND lat IS NOT NULL AND lon IS NOT NULL AND lat BETWEEN -90 AND 90 "
            "AND lon BETWEEN -180 AND 180 GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1", params).fetchall()]
    countries = [{"country": c, "events": n} for c, n in con.execute(
        f"SELECT location_country, count(*) AS n FROM events{cond} AND location_country IS NOT NULL "
        "GROUP BY 1 ORDER BY n DESC, 1", params).fetchall()]
    unplaced = con.execute(f"SELECT count(*) FROM events{cond} AND (lat IS NULL OR lon IS NULL)", params).fetchone()[0]
    return {"places": places, "countries": countries, "unplaced": unplaced}
