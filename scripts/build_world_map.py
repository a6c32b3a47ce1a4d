"""Build eventwire/web/static/world-110m.json: country outlines for the dashboard's offline world map.

Source (geometry and names): Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries
(naturalearthdata.com, public domain), as shipped in the geopandas 0.14.x wheel (BSD-3-Clause) under
``geopandas/datasets/naturalearth_lowres/``. geopandas 1.0 dropped the bundled copy, so fetch that wheel
with pip (nothing else of geopandas is needed; this script reads the shapefile itself):

    pip download --no-deps geopandas==0.14.4 -d /tmp/gpd
    python -m zipfile -e /tmp/gpd/geopandas-0.14.4-py3-none-any.whl /tmp/gpd/x
    python scripts/build_world_map.py /tmp/gpd/x/geopandas/datasets/naturalearth_lowres \
        > eventwire/web/static/world-110m.json

Output: {"source", "licence", "countries": [{"iso3", "name", "rings": [[lon, lat, lon, lat, ...], ...]}]}
with coordinates rounded to 0.01 degree and consecutive repeated points dropped.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

# Natural Earth leaves ISO_A3 as -99 for a few places; geopandas fixes some. These names get codes here.
ISO3_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        off, row = 1, {}
        for name, size in fields:
            row[name] = rec[off:off + size].decode("utf-8", "replace").strip()
            off += size
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Polygons of a shapefile as lists of rings of (lon, lat)."""
    data = path.read_bytes()
    pos, shapes = 100, []
    while pos < len(data):
        _, content_len = struct.unpack(">II", data[pos:pos + 8])
        rec = data[pos + 8: pos + 8 + content_len * 2]
        pos += 8 + content_len * 2
        shape_type = struct.unpack("<i", rec[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type not in (5, 15, 25):
            raise SystemExit(f"{path}: shape type {shape_type} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", rec[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", rec[44:44 + 4 * n_parts]))
        pts_at = 44 + 4 * n_parts
        coords = struct.unpack(f"<{2 * n_points}d", rec[pts_at:pts_at + 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2]))
        bounds = parts + [n_points]
        shapes.append([points[bounds[k]:bounds[k + 1]] for k in range(n_parts)])
    return shapes


def flat_ring(ring: list[tuple[float, float]]) -> list[float]:
    out: list[float] = []
    last = None
    for lon, lat in ring:
        p = (round(lon, 2), round(lat, 2))
        if p != last:
            out += [p[0], p[1]]
            last = p
    return out


def main(folder: Path) -> None:
    stem = folder / "naturalearth_lowres"
    rows, shapes = read_dbf(stem.with_suffix(".dbf")), read_shp(stem.with_suffix(".shp"))
    if len(rows) != len(shapes):
        raise SystemExit(f"{folder}: {len(rows)} attribute rows but {len(shapes)} shapes")
    countries = []
    for row, rings in zip(rows, shapes):
        iso3 = row.get("iso_a3", "")
        if iso3 in ("", "-99"):
            iso3 = ISO3_FIXES.get(row.get("name", ""), "")
        rs = [r for r in (flat_ring(x) for x in rings) if len(r) >= 6]
        if rs:
            countries.append({"iso3": iso3, "name": row.get("name", ""), "rings": rs})
    countries.sort(key=lambda c: (c["iso3"], c["name"]))
    doc = {
        "source": "Natural Earth 1:110m Admin 0 - Countries (naturalearthdata.com), via the geopandas 0.14.4 "
                  "wheel's naturalearth_lowres; built by scripts/build_world_map.py",
        "licence": "Natural Earth data is in the public domain",
        "countries": countries,
    }
    json.dump(doc, sys.stdout, separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
