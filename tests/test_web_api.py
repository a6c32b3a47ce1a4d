"""The dashboard's JSON API and pages, in-process, on a real store coded from the sample corpus."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from .webdb import IMG, SCRIPT, hostile_doc_id, sample_db

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from eventwire.web import create_app

PAGES = ["/", "/dyad", "/dyad?a=USA&b=IRN", "/actors", "/map", "/article", "/search", "/search?q=embassy", "/api"]


@pytest.fixture(scope="module")
def db() -> Path:
    return sample_db()


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def ok(client, url: str) -> dict:
    r = client.get(url)
    assert r.status_code == 200, f"{url}: {r.status_code} {r.text[:300]}"
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_html_with_a_strict_content_security_policy(client, url):
    r = client.get(url)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "/static/ew.js" in r.text
    assert "http://" not in r.text and "https://" not in r.text, "pages must not load anything from outside"


def test_static_assets_are_served_from_the_package(client):
    for name in ("ew.js", "app.css", "overview.js", "dyad.js", "actors.js", "map.js", "article.js", "search.js",
                 "api.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200, name
    world = client.get("/static/world-110m.json").json()
    assert len(world["countries"]) > 150 and "public domain" in world["licence"]
    assert {"IRQ", "IRN", "USA", "FRA", "NOR"} <= {c["iso3"] for c in world["countries"]}


def test_no_script_builds_html_from_strings():
    static = Path(__file__).resolve().parent.parent / "eventwire" / "web" / "static"
    for js in static.glob("*.js"):
        text = re.sub(r"/\*.*?\*/|//[^\n]*", "", js.read_text(encoding="utf-8"), flags=re.DOTALL)  # code, not comments
        for bad in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert bad not in text, f"{js.name} uses {bad}"


def test_overview(client):
    d = ok(client, "/api/overview")
    assert d["counts"]["documents"] > 0 and d["counts"]["events"] > 0 and d["counts"]["articles"] > 0
    assert d["period"] in ("day", "week", "month")
    assert d["timeline"] and set(d["timeline"][0]) == {"period", "q1", "q2", "q3", "q4"}
    assert sum(p["q1"] + p["q2"] + p["q3"] + p["q4"] for p in d["timeline"]) > 0
    days = [p["period"] for p in d["timeline"]]
    assert days == sorted(days) and len(days) == len(set(days))
    assert d["top_actors"] and all(a["events"] > 0 for a in d["top_actors"])
    assert d["top_dyads"] and all(x["a"] < x["b"] for x in d["top_dyads"])
    assert len(d["falling_window"]) == 2
    assert all(x["change"] < 0 for x in d["falling_dyads"])
    assert d["first_date"] <= d["last_date"]


def test_overview_filters_narrow_the_counts(client):
    full = ok(client, "/api/overview")
    conflict = ok(client, "/api/overview?root=18&period=week&top=3")
    assert conflict["period"] == "week" and len(conflict["top_actors"]) <= 3
    total = sum(p["q1"] + p["q2"] + p["q3"] + p["q4"] for p in full["timeline"])
    assert sum(p["q4"] for p in conflict["timeline"]) <= total
    assert all(p["q1"] == p["q2"] == p["q3"] == 0 for p in conflict["timeline"])


def test_dyads_and_one_dyad_either_way_round(client):
    d = ok(client, "/api/dyads")
    assert d["dyads"] and d["actors"]
    top = d["dyads"][0]
    one = ok(client, f"/api/dyad?a={top['a']}&b={top['b']}")
    other = ok(client, f"/api/dyad?a={top['b']}&b={top['a']}&period=day")
    assert one["series"] == other["series"] and one["events"]
    assert sum(p["events"] for p in one["series"]) > 0
    assert one["root_totals"] and all(r["name"] for r in one["root_totals"])
    sides = {top["a"], top["b"]}
    for e in one["events"]:
        src = {e["source"]["code"], e["source"]["country"]}
        tgt = {(e["target"] or {}).get("code"), (e["target"] or {}).get("country")}
        assert (src & sides) and (tgt & sides), e
        assert e["sentence"] and e["doc_id"]
    weekly = ok(client, f"/api/dyad?a={top['a']}&b={top['b']}&period=week")
    assert sum(p["events"] for p in weekly["series"]) == sum(p["events"] for p in one["series"])


def test_network_and_actor_timeline(client):
    net = ok(client, "/api/network")
    assert net["nodes"] and net["edges"]
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["events"] >= 1 for e in net["edges"])
    countries = ok(client, "/api/network?level=country&nodes=10&min_events=2")
    assert len(countries["nodes"]) <= 10 and all(e["events"] >= 2 for e in countries["edges"])
    key = net["nodes"][0]["id"]
    a = ok(client, f"/api/actor?key={key}")
    assert a["key"] == key and a["series"] and a["events"] and a["partners"]
    assert sum(p["as_source"] + p["as_target"] for p in a["series"]) > 0


def test_map(client):
    m = ok(client, "/api/map")
    assert m["places"], "the sample corpus places events in Baghdad, Tehran, ..."
    for p in m["places"]:
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 and p["events"] >= 1
    assert m["countries"] and m["unplaced"] >= 0
    only4 = ok(client, "/api/map?quad=4")
    assert all(p["q1"] == p["q2"] == p["q3"] == 0 for p in only4["places"])


def test_events_list_and_paging(client):
    d = ok(client, "/api/events?limit=5")
    assert d["total"] > 5 and len(d["events"]) == 5
    nxt = ok(client, "/api/events?limit=5&offset=5")
    assert {e["event_id"] for e in d["events"]}.isdisjoint(e["event_id"] for e in nxt["events"])
    iraq = ok(client, "/api/events?country=irq&limit=1000")
    assert iraq["events"] and all("IRQ" in (e["source"]["country"], (e["target"] or {}).get("country"))
                                  for e in iraq["events"])


def test_article_with_offsets_that_point_at_the_text(client):
    ev = ok(client, "/api/events?limit=1&root=19")["events"] or ok(client, "/api/events?limit=1")["events"]
    a = ok(client, f"/api/article?id={ev[0]['doc_id']}")
    body = a["body"]
    assert a["title"] and body and a["events"]
    for e in a["events"]:
        if e["start"] is not None:
            assert body[e["start"]:e["end"]] == e["sentence"]
    for m in a["actors"]:
        assert 0 <= m["start"] < m["end"] <= len(body)
    assert isinstance(a["duplicates"]["available"], bool) and isinstance(a["duplicates"]["articles"], list)
    assert all(c["doc_id"] != a["doc_id"] for c in a["duplicates"]["articles"])
    raw = ok(client, f"/api/article/raw?id={ev[0]['doc_id']}")
    assert raw["raw_text"] and len(raw["raw_text"]) >= len(body) // 2


def test_article_near_duplicates_when_the_store_has_clusters(db, tmp_path):
    copy = tmp_path / "clustered.duckdb"
    copy.write_bytes(Path(db).read_bytes())
    with duckdb.connect(str(copy)) as con:
        ids = [r[0] for r in con.execute("SELECT doc_id FROM articles ORDER BY doc_id LIMIT 2").fetchall()]
        con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS cluster_id VARCHAR")
        con.execute("UPDATE articles SET cluster_id = doc_id")
        con.execute("UPDATE articles SET cluster_id = 'c1' WHERE doc_id IN (?, ?)", ids)
    with TestClient(create_app(copy)) as c:
        d = ok(c, f"/api/article?id={ids[0]}")
    assert d["duplicates"]["available"] and [x["doc_id"] for x in d["duplicates"]["articles"]] == [ids[1]]


def test_search(client):
    d = ok(client, "/api/search?q=Soleimani")
    assert d["total_articles"] > 0 and d["total_events"] > 0 and "fts" in d["method"]
    assert all("soleimani" in (a["snippet"] + (a["title"] or "")).lower() for a in d["articles"])
    assert [a["score"] for a in d["articles"]] == sorted((a["score"] for a in d["articles"]), reverse=True)
    phrase = ok(client, '/api/search?q="drone strike"&kind=articles')
    assert phrase["terms"] == ["drone strike"] and phrase["articles"] and not phrase["events"]
    both = ok(client, "/api/search?q=embassy Baghdad")
    assert both["terms"] == ["embassy", "baghdad"]
    narrowed = ok(client, "/api/search?q=embassy&root=18&since=2019-12-31&until=2020-01-02&country=USA")
    assert narrowed["total_events"] <= both["total_events"] + ok(client, "/api/search?q=embassy")["total_events"]
    for e in narrowed["events"]:
        assert e["root"] == "18" and "2019-12-31" <= e["date"] <= "2020-01-02"
    assert ok(client, "/api/search?q=zzzzqqqq")["total_articles"] == 0


BAD = [
    "/api/overview?root=99", "/api/overview?root=1%3B", "/api/overview?quad=5", "/api/overview?since=2020-13-01",
    "/api/overview?since=2020-02-01&until=2020-01-01", "/api/overview?country=IRAQ", "/api/overview?period=hour",
    "/api/overview?top=0", "/api/overview?top=1e3", "/api/overview?actor=" + "x" * 81,
    "/api/overview?actor=a%00b", "/api/dyad?a=USA", "/api/dyad?b=IRN", "/api/dyad?a=US%20A&b=IRN",
    "/api/dyad?a=%3Cscript%3E&b=IRN", "/api/dyad?a=USA&b=IRN&period=year", "/api/dyad?a=USA&b=IRN&limit=0",
    "/api/dyads?limit=abc", "/api/network?level=region", "/api/network?nodes=1", "/api/network?min_events=-1",
    "/api/actor", "/api/actor?key=USA&level=x", "/api/map?quad=0", "/api/map?since=yesterday",
    "/api/events?a=USA", "/api/events?limit=100000", "/api/events?offset=-1", "/api/events?doc_id=%01",
    "/api/article", "/api/article/raw", "/api/search", "/api/search?q=", "/api/search?q=" + "%20".join(f"w{i}" for i in range(9)),
    "/api/search?q=" + "x" * 201, "/api/search?q=a&kind=images", "/api/search?q=a&limit=500",
]


@pytest.mark.parametrize("url", BAD)
def test_bad_parameters_get_400_with_a_message(client, url):
    r = client.get(url)
    assert r.status_code == 400, f"{url}: {r.status_code} {r.text[:200]}"
    assert r.headers["content-type"].startswith("application/json")
    msg = r.json()["error"]
    assert isinstance(msg, str) and 10 < len(msg) < 400


def test_unknown_things_get_404_json(client):
    for url in ("/api/article?id=no/such/doc.txt", "/api/article/raw?id=nope", "/api/nothing", "/static/nope.js"):
        r = client.get(url)
        assert r.status_code == 404 and "error" in r.json(), url


HOSTILE = [
    "/api/search?q=" + SCRIPT, "/api/search?q=%27%3B%20DROP%20TABLE%20events%3B%20--",
    "/api/overview?actor=%27%20OR%201%3D1%20--", "/api/events?actor=%25", "/api/events?actor=_",
    "/api/events?location=%27%29%3B%20DROP%20TABLE%20articles%3B--", "/api/article?id=%27%20OR%20%271%27%3D%271",
    "/api/search?q=%22%22%22", "/api/search?q=%5C%5C%25%25__", "/api/network?root=18&since=2020-01-01",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_strings_are_data_not_sql(client, db, url):
    r = client.get(url)
    assert r.status_code in (200, 400, 404), f"{url}: {r.status_code} {r.text[:200]}"
    assert r.headers["content-type"].startswith("application/json")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


def test_hostile_article_comes_back_as_plain_json_text(client, db):
    doc = hostile_doc_id(db)
    a = ok(client, f"/api/article?id={doc}")
    assert SCRIPT in a["title"] and SCRIPT in a["body"] and IMG in a["body"]
    assert any(SCRIPT in (e["sentence"] or "") for e in a["events"]), "the hostile sentence should carry an event"
    hits = ok(client, "/api/search?q=" + SCRIPT.replace("<", "%3C").replace(">", "%3E").replace("/", "%2F"))
    assert any(h["doc_id"] == doc for h in hits["articles"])


def test_openapi_documents_every_endpoint(client):
    spec = ok(client, "/openapi.json")
    paths = spec["paths"]
    for p in ("/api/overview", "/api/events", "/api/dyad", "/api/dyads", "/api/network", "/api/actor", "/api/map",
              "/api/article", "/api/article/raw", "/api/search"):
        op = paths[p]["get"]
        assert op["summary"] and op.get("description"), p
        assert all(prm.get("description") for prm in op.get("parameters", [])), p
    assert not any(p.startswith("/static") or p in ("/", "/map") for p in paths)
    assert client.get("/docs").status_code == 404, "Swagger UI loads from a CDN: it must stay off"


HOLD_LOCK = "import duckdb, sys, time\ncon = duckdb.connect(sys.argv[1])\nprint('locked', flush=True)\ntime.sleep(60)"


def test_a_writer_holding_the_file_gives_503_then_the_dashboard_recovers(db, tmp_path):
    copy = tmp_path / "busy.duckdb"
    copy.write_bytes(Path(db).read_bytes())
    app = create_app(copy)
    app.state.db.retry_seconds = 0.3
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(copy)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with TestClient(app) as c:
            t0 = time.monotonic()
            r = c.get("/api/overview")
            assert r.status_code == 503 and "eventwire run" in r.json()["error"]
            assert r.headers["retry-after"] and time.monotonic() - t0 < 5
            assert c.get("/").status_code == 200, "pages themselves do not need the database"
    finally:
        holder.kill()
        holder.wait()
    with TestClient(app) as c:
        assert c.get("/api/overview").status_code == 200


def test_a_missing_database_is_a_clear_error(tmp_path):
    from eventwire.errors import StoreError

    with pytest.raises(StoreError, match="eventwire run"):
        create_app(tmp_path / "none.duckdb")


def test_serve_get_answers_one_request(db):
    from click.testing import CliRunner

    from eventwire.cli_web import serve

    r = CliRunner().invoke(serve, ["--db", str(db), "--get", "/api/overview?top=2"])
    assert r.exit_code == 0, r.output
    assert '"counts"' in r.output and '"top_actors"' in r.output
    bad = CliRunner().invoke(serve, ["--db", str(db), "--get", "/api/overview?root=99"])
    assert bad.exit_code == 1 and "CAMEO root" in bad.output
    page = CliRunner().invoke(serve, ["--db", str(db), "--get", "/map"])
    assert page.exit_code == 0 and "<html" in page.output
    missing = CliRunner().invoke(serve, ["--db", "nope.duckdb", "--get", "/"])
    assert missing.exit_code != 0 and "eventwire run" in missing.output


def test_command_help_ends_with_an_example():
    from click.testing import CliRunner

    from eventwire.cli_web import export, serve

    for cmd in (serve, export):
        out = CliRunner().invoke(cmd, ["--help"]).output
        lines = [ln.strip() for ln in out.split("Options:")[0].splitlines() if ln.strip()]
        assert lines[-1].startswith("Example: eventwire "), (cmd.name, lines[-1])
