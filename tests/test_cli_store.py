from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    for p in sorted((SAMPLES / "pages").glob("*.txt"))[:8]:
        shutil.copy(p, d / p.name)
    (d / "zz_empty.txt").write_bytes(b"")
    (d / "zz_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    return d


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "ev.duckdb"
    res = CliRunner().invoke(main, ["run", str(corpus), "--db", str(path), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "10 documents read, 8 stored" in res.output
    return path


def test_run_stores_and_rejects(db):
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 8
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
    rejects = dict(con.execute("SELECT doc_id, reason FROM rejects").fetchall())
    assert any(k.endswith("zz_empty.txt") and v == "empty file" for k, v in rejects.items())
    assert any(k.endswith("zz_binary.txt") and "binary" in v for k, v in rejects.items())
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert n_events > 0
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'events'").fetchall())
    assert types["cameo"] == "VARCHAR" and types["root"] == "VARCHAR"
    assert con.execute("SELECT count(*) FROM events WHERE length(cameo) < 2 OR root <> cameo[1:2]").fetchone()[0] == 0
    con.close()


def test_rerun_adds_nothing(db, corpus):
    con = duckdb.connect(str(db), read_only=True)
    before = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "rejects")]
    con.close()
    res = CliRunner().invoke(main, ["run", str(corpus), "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "0 stored, 10 already stored" in res.output
    con = duckdb.connect(str(db), read_only=True)
    after = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "rejects")]
    con.close()
    assert before == after


def test_events_filters_and_formats(db):
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--json"])
    rows = [json.loads(line) for line in r.output.splitlines() if line.startswith("{")]
    assert rows and all(set(row) >= {"date", "cameo", "source_code", "sentence"} for row in rows)
    some = rows[0]["source_country"] or "USA"
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--country", some, "--csv"])
    table = list(csv.DictReader(io.StringIO(r.output)))
    assert table and set(table[0]) >= {"event_id", "doc_id", "date"}
    assert all(some in (row["source_country"], row["target_country"]) for row in table)
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--root", "99"])
    assert r.exit_code != 0 and "not a CAMEO root" in r.output
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--since", "2019-13-01"])
    assert r.exit_code != 0 and "not a date" in r.output


def test_dyads_and_summary(db):
    r = CliRunner().invoke(main, ["dyads", "USA", "IRQ", "--db", str(db), "--csv"])
    assert r.exit_code == 0
    lines = r.output.strip().splitlines()
    assert lines[0] == "period,events,goldstein,conflict,cooperation" and len(lines) > 1
    r = CliRunner().invoke(main, ["summary", "--db", str(db)])
    assert r.exit_code == 0 and "Events by CAMEO root" in r.output and "Example event" in r.output


def test_missing_db_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert r.exit_code != 0 and "no such database" in r.output


def test_code_jsonl_contract(corpus):
    r = CliRunner().invoke(main, ["code", str(corpus), "--format", "jsonl"])
    assert r.exit_code == 0
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(objs) == 10
    assert [o["id"] for o in objs] == sorted(o["id"] for o in objs)
    required = {"id", "title", "subtitle", "agency", "published", "site", "tags", "body", "events"}
    assert all(required <= set(o) for o in objs)
    assert objs[-1]["error"].startswith("empty") or objs[-2]["error"].startswith("binary")
    ev = next(e for o in objs for e in o["events"])
    assert set(ev) >= {"source", "target", "cameo", "root", "quad_class", "goldstein", "date", "location", "evidence"}
    o = next(o for o in objs if o["events"])
    for e in o["events"]:
        assert o["body"][e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["sentence"]


def test_every_command_help_ends_with_example():
    for name in main.commands:
        text = CliRunner().invoke(main, [name, "--help"]).output
        assert "Example: eventwire" in text, f"{name} --help has no example"


def test_quotes_are_stored_with_speakers(db):
    r = CliRunner().invoke(main, ["quotes", "--db", str(db), "--json", "--limit", "500"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert rows and all(row["quote"] for row in rows)
    assert any(row["speaker_code"] for row in rows), "no quote has a resolved speaker"


def test_uncoded_sides_are_kept_but_form_no_dyad(db):
    """A non-actor target ("condemned the raids") is stored with its words and a NULL code, and the dyad
    summaries count only events whose two sides are coded."""
    from eventwire.query import summary

    con = duckdb.connect(str(db), read_only=True)
    uncoded = con.execute("SELECT count(*) FROM events WHERE target_text IS NOT NULL AND target_text <> '' "
                          "AND target_code IS NULL").fetchone()[0]
    assert uncoded > 0
    assert con.execute("SELECT count(*) FROM events WHERE target_code = '' OR source_code = ''").fetchone()[0] == 0
    for a, b, _n, _g in summary(con, top=50)["dyads"]:
        assert a and b


def test_workers_store_the_same_events_as_one_process(corpus, db, tmp_path):
    """`run --workers 2` (fresh worker processes) codes exactly what one process codes."""
    path = tmp_path / "workers.duckdb"
    res = CliRunner().invoke(main, ["run", str(corpus), "--db", str(path), "--workers", "2", "--quiet"])
    assert res.exit_code == 0, res.output
    q = "SELECT doc_id, start_char, cameo, source_code, target_code, date FROM events ORDER BY ALL"
    one = duckdb.connect(str(db), read_only=True).execute(q).fetchall()
    two = duckdb.connect(str(path), read_only=True).execute(q).fetchall()
    assert one and one == two
