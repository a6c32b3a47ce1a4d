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
    assert objs[0]["events"] and all(e["n_articles"] == 2 for e in objs[0]["events"]
                                     if any(e["evidence"]["sentence"] == f["evidence"]["sentence"]
                                            for f in objs[1]["events"]))
    db = tmp_path / "x.duckdb"
    assert CliRunner().invoke(main, ["run", str(tmp_path), "--db", str(db), "-q"]).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(DISTINCT cluster_id), count(*) FROM articles").fetchone() == (1, 2)
    assert con.execute("SELECT max(n_articles) FROM event_reports").fetchone()[0] == 2
    con.close()
