from __future__ import annotations

import json

import duckdb
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.dedup import NearDuplicates

from .conftest import SAMPLES


def test_lsh_clusters_copies_not_neighbours():
    a = " ".join(f"word{i}" for i in range(400))
    b = a.replace("word200", "changed")  # the same story, lightly edited
    c = " ".join(f"other{i}" for i in range(400))
    nd = NearDuplicates()
    assert nd.add("a", a)[0] == "a"
    assert nd.add("b", b)[0] == "a"
    assert nd.add("c", c)[0] == "c"


def _copy_on_other_site(page: str) -> str:
    """The same article under another site's menus and footer."""
    lines = page.splitlines()
    return "\n".join([lines[0].split(" ", 2)[0] + " " + lines[0].split(" ", 2)[1] + " Wire Mirror",
                      "Wire Mirror", "Home", "World"] + lines[12:] + ["About the Mirror", "© Wire Mirror"])


def test_copies_counted_in_code_and_store(tmp_path):
    src = sorted((SAMPLES / "pages").glob("*.txt"))[5]
    page = src.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_copy_on_other_site(page), encoding="utf-8")
    res = CliRunner().invoke(main, ["code", str(tmp_path)])
    objs = [json.loads(x) for x in res.stdout.splitlines()]
    assert objs[0]["cluster"] == objs[1]["cluster"] == objs[0]["id"]
    shared = [e for e in objs[0]["events"]
              if any(e["evidence"]["sentence"] == f["evidence"]["sentence"] for f in objs[1]["events"])]
    assert shared, "the two copies should report some of the same events"
    assert all(e["n_articles"] == 2 and e["n_sources"] == 2 for e in shared)
    db = tmp_path / "x.duckdb"
    assert CliRunner().invoke(main, ["run", str(tmp_path), "--db", str(db), "-q"]).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(DISTINCT cluster_id), count(*) FROM articles").fetchone() == (1, 2)
    assert con.execute("SELECT max(n_articles) FROM event_reports").fetchone()[0] == 2
    con.close()


def test_site_template_remembered_across_runs(tmp_path):
    pages = [p for p in sorted((SAMPLES / "pages").glob("*.txt")) if "The Meridian Ledger" in p.read_text()][:4]
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for p in pages[:3]:
        (first / p.name).write_text(p.read_text())
    (later / pages[3].name).write_text(pages[3].read_text())
    db = str(tmp_path / "t.duckdb")
    assert CliRunner().invoke(main, ["run", str(first), "--db", db, "-q"]).exit_code == 0
    assert CliRunner().invoke(main, ["run", str(later), "--db", db, "-q"]).exit_code == 0
    con = duckdb.connect(db, read_only=True)
    keys = dict(con.execute("SELECT doc_id, site_key FROM documents").fetchall())
    assert len(set(keys.values())) == 1, keys  # the lone later page was recognised as the same site
    assert con.execute("SELECT count(*) FROM site_lines").fetchone()[0] > 10
    con.close()
