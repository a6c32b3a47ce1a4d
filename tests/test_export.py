"""Exports: the GDELT 2.0 layout loads where GDELT files load; csv, parquet, jsonl and PLOVER round-trip."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import duckdb
import pytest

from eventwire.export import FORMATS, GDELT_COLUMNS, export_events, gdelt_event_id, gdelt_text
from eventwire.query import EventFilter

from .conftest import SHARED
from .webdb import SCRIPT, sample_db

REFERENCE = SHARED / "reference" / "gdelt2_event_columns.tsv"
PLOVER_EVENTS = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                 "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


@pytest.fixture(scope="module")
def con():
    c = duckdb.connect(str(sample_db()), read_only=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def n_events(con) -> int:
    return con.execute("SELECT count(*) FROM events").fetchone()[0]


@pytest.fixture(scope="module")
def gdelt_file(con, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "events.export.CSV"
    export_events(con, "gdelt", out, EventFilter())
    return out


def test_gdelt_columns_are_the_reference_layout():
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is not here (the shared folder sits beside the checkout on project machines)")
    ref = [ln.split("\t")[0] for ln in REFERENCE.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    assert GDELT_COLUMNS == ref


def test_gdelt_lines_have_61_fields_and_load_with_python_csv(gdelt_file, n_events):
    text = gdelt_file.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    rows = list(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == n_events > 0
    assert all(len(r) == 61 for r in rows)
    # and with default quoting, as a naive reader would
    assert all(len(r) == 61 for r in csv.reader(text.splitlines(), delimiter="\t"))
    ids = [int(r[0]) for r in rows]
    assert len(set(ids)) == len(ids) and all(0 < i < 2**53 for i in ids)


def test_gdelt_values_follow_gdelt_conventions(gdelt_file):
    rows = [dict(zip(GDELT_COLUMNS, ln.split("\t"))) for ln in gdelt_file.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        assert re.fullmatch(r"\d{8}", r["SQLDATE"]), r
        assert r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
        assert r["FractionDate"].startswith(r["Year"] + ".")
        assert re.fullmatch(r"\d{3,4}", r["EventCode"]) and r["EventBaseCode"] == r["EventCode"][:3]
        assert r["EventRootCode"] == r["EventCode"][:2]
        assert r["QuadClass"] in "1234" and -10 <= float(r["GoldsteinScale"]) <= 10
        assert r["IsRootEvent"] in ("0", "1") and r["AvgTone"] == "0"
        assert int(r["NumMentions"]) >= 1 and int(r["NumSources"]) >= 1 and int(r["NumArticles"]) >= 1
        # a source named in the text but in no actor file has a name and a blank code, as in GDELT
        assert r["Actor1Code"] or r["Actor1Name"], r
        assert re.fullmatch(r"\d{14}", r["DATEADDED"]) and r["SOURCEURL"]
        assert r["ActionGeo_Type"] in ("0", "1", "3", "4")
        if r["ActionGeo_Type"] != "0":
            assert re.fullmatch(r"[A-Z]{2}", r["ActionGeo_CountryCode"]), "GDELT geography uses FIPS 10-4 codes"
            assert r["ActionGeo_ADM1Code"].startswith(r["ActionGeo_CountryCode"])
            assert -90 <= float(r["ActionGeo_Lat"]) <= 90 and -180 <= float(r["ActionGeo_Long"]) <= 180
        else:
            assert r["ActionGeo_FullName"] == r["ActionGeo_Lat"] == ""
        assert r["Actor1Geo_Type"] == r["Actor2Geo_Type"] == "0"
        for empty in ("Actor1EthnicCode", "Actor1Religion1Code", "Actor2Type3Code", "ActionGeo_ADM2Code"):
            assert r[empty] == ""
    iraq = [r for r in rows if r["ActionGeo_FullName"].endswith("Iraq")]
    assert iraq and all(r["ActionGeo_CountryCode"] == "IZ" for r in iraq), "Iraq is IZ in FIPS, not IQ"
    assert any(r["IsRootEvent"] == "1" for r in rows)


def test_gdelt_loads_with_duckdb_as_gdelt_scripts_read_it(gdelt_file, n_events):
    with duckdb.connect() as db:
        plain = db.execute("SELECT count(*), count(DISTINCT column00) FROM read_csv(?, delim='\t', header=false)",
                           [str(gdelt_file)]).fetchone()
        assert plain == (n_events, n_events)
        cols = db.execute("SELECT * FROM read_csv(?, delim='\t', header=false) LIMIT 1", [str(gdelt_file)]).description
        assert len(cols) == 61
        # the way GDELT users load an export file: named columns, tab-separated, no header
        names = {c: "VARCHAR" for c in GDELT_COLUMNS}
        names.update(GLOBALEVENTID="BIGINT", SQLDATE="INTEGER", QuadClass="INTEGER", GoldsteinScale="DOUBLE",
                     NumMentions="INTEGER", ActionGeo_Lat="DOUBLE", ActionGeo_Long="DOUBLE", DATEADDED="BIGINT")
        rows = db.execute(
            "SELECT Actor1CountryCode, Actor2CountryCode, count(*), sum(GoldsteinScale) FROM read_csv(?, delim='\t', "
            "header=false, columns=?, quote='') WHERE QuadClass = 4 GROUP BY ALL ORDER BY 3 DESC",
            [str(gdelt_file), names]).fetchall()
        assert rows and all(isinstance(r[2], int) for r in rows)


def test_gdelt_filters_and_ids_are_stable(con):
    usa_irn = gdelt_text(con, EventFilter(dyad=("USA", "IRN")))
    lines = usa_irn.splitlines()
    assert lines
    for ln in lines:
        f = dict(zip(GDELT_COLUMNS, ln.split("\t")))
        assert {f["Actor1CountryCode"] or f["Actor1Code"], f["Actor2CountryCode"] or f["Actor2Code"]} == {"USA", "IRN"}
    assert gdelt_text(con, EventFilter(dyad=("USA", "IRN"))) == usa_irn.replace("\n", "\n")
    eid = con.execute("SELECT event_id FROM events LIMIT 1").fetchone()[0]
    assert gdelt_event_id(eid) == gdelt_event_id(eid) == int(eid[:13], 16)


def test_hostile_text_keeps_the_gdelt_layout(con):
    text = gdelt_text(con)
    assert all(len(ln.split("\t")) == 61 for ln in text.splitlines())


def test_csv(con, tmp_path, n_events):
    out = tmp_path / "events.csv"
    assert export_events(con, "csv", out, EventFilter()) == n_events
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n_events
    assert {"event_id", "date", "cameo", "source_code", "target_code", "sentence", "title", "url"} <= set(rows[0])
    assert any(SCRIPT in r["sentence"] for r in rows), "hostile text survives quoting intact"


def test_parquet_round_trip(con, tmp_path, n_events):
    out = tmp_path / "events.parquet"
    assert export_events(con, "parquet", out, EventFilter(root="18")) > 0
    with duckdb.connect() as db:
        got = db.execute("SELECT event_id, date, goldstein, root FROM read_parquet(?) ORDER BY event_id",
                         [str(out)]).fetchall()
        types = {d[0]: d[1] for d in db.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(out)]).description}
    want = con.execute("SELECT event_id, date, goldstein, root FROM events WHERE root = '18' ORDER BY event_id").fetchall()
    assert got == want
    assert str(types["date"]) == "DATE" and str(types["goldstein"]) == "DOUBLE"
    pq = pytest.importorskip("pyarrow.parquet")
    assert pq.read_table(out).num_rows == len(want)


def test_jsonl(con, tmp_path, n_events):
    out = tmp_path / "events.jsonl"
    assert export_events(con, "jsonl", out, EventFilter()) == n_events
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == n_events
    for r in recs:
        assert r["event_id"] and (r["source"]["code"] or r["source"]["name"]) and r["cameo"]
        assert r["evidence"]["sentence"]
        if r["evidence"]["start"] is not None:
            assert r["evidence"]["end"] > r["evidence"]["start"]


def test_plover_records(con, tmp_path, n_events):
    out = tmp_path / "events.plover.jsonl"
    n = export_events(con, "plover", out, EventFilter())
    recs = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < n == len(recs) <= n_events
    for r in recs:
        assert r["id"] and r["event"] in PLOVER_EVENTS, r["event"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"] or "0000-00-00")
        assert r["source"] and r["source"][0]["code"] and "actorText" in r["source"][0]
        assert isinstance(r["target"], list) and r["text"] and r["cameo"]
        assert isinstance(r["context"], list)
    with_plover = con.execute("SELECT count(*) FROM events WHERE plover IS NOT NULL").fetchone()[0]
    assert n == with_plover


def test_export_to_stdout_and_bad_format(con, capsys):
    from eventwire.errors import EventwireError

    n = export_events(con, "jsonl", "-", EventFilter(limit=3))
    assert n == 3 and len(capsys.readouterr().out.splitlines()) == 3
    with pytest.raises(EventwireError, match="use one of"):
        export_events(con, "xml", "-", EventFilter())
    with pytest.raises(EventwireError, match="stdout"):
        export_events(con, "parquet", "-", EventFilter())
    assert set(FORMATS) == {"gdelt", "csv", "parquet", "jsonl", "plover"}


def test_export_command(tmp_path):
    from click.testing import CliRunner

    from eventwire.cli_web import export

    db = str(sample_db())
    out = tmp_path / "iraq.tsv"
    r = CliRunner().invoke(export, ["--format", "gdelt", "--out", str(out), "--db", db, "--country", "IRQ",
                                    "--since", "2019-12-01", "--until", "2020-02-01"])
    assert r.exit_code == 0, r.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(ln.split("\t")) == 61 for ln in lines)
    assert "IRQ" in r.output or str(len(lines)) in r.output
    bad = CliRunner().invoke(export, ["--format", "gdelt", "--out", str(out), "--db", db, "--since", "soon"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    root = CliRunner().invoke(export, ["--format", "csv", "--out", str(out), "--db", db, "--root", "77"])
    assert root.exit_code == 1 and "CAMEO root" in root.output
    missing = CliRunner().invoke(export, ["--format", "csv", "--out", str(out), "--db", str(tmp_path / "no.duckdb")])
    assert missing.exit_code == 1 and "eventwire run" in missing.output
