"""The Dask engine on a real LocalCluster: same events as the local engine, re-runs overwrite, loads are idempotent."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed", reason="the Dask engine needs dask[distributed] (pip install -e '.[dask]')")
pytest.importorskip("pyarrow", reason="the Dask engine needs pyarrow")

from eventwire.engines.dask_engine import DEFAULT_PARTITION, load_parquet_into_store, parquet_glob, run_dask
from eventwire.rows import COLUMNS, content_hash, event_id
from eventwire.settings import Options
from eventwire.store import Store

from .conftest import SAMPLES

PAGES = SAMPLES / "pages"


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def local_run() -> tuple[list[tuple], dict[str, str | None]]:
    """(events as sorted tuples, near-duplicate cluster of each article) from the local engine."""
    from eventwire.runner import code_paths

    events, clusters = [], {}
    for d in code_paths([PAGES], Options()):
        # as stored: an uncoded side (code "") has a NULL code
        events += [(d.id, e.evidence.start, e.cameo, e.source.code or None, (e.target.code or None) if e.target else None)
                   for e in d.events]
        if not d.error:
            clusters[d.id] = d.cluster_id
    return sorted(events, key=repr), clusters


@pytest.fixture(scope="module")
def local_events(local_run) -> list[tuple]:
    return local_run[0]


@pytest.fixture(scope="module")
def store_events(tmp_path_factory) -> list[tuple]:
    """Events of the local engine's store path (``eventwire run``)."""
    from eventwire.runner import run_paths

    with Store(tmp_path_factory.mktemp("local") / "local.duckdb") as store:
        run_paths([PAGES], store, Options())
        rows = store.con.execute("SELECT doc_id, start_char, cameo, source_code, target_code FROM events").fetchall()
    return sorted(rows, key=repr)


def _parquet_events(out: Path) -> list[tuple]:
    con = duckdb.connect()
    rows = con.execute("SELECT doc_id, start_char, cameo, source_code, target_code "
                       f"FROM read_parquet('{parquet_glob(out)}')").fetchall()
    con.close()
    return sorted(rows, key=repr)


def _files(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_size for p in sorted(out.rglob("*.parquet"))}


def test_dask_events_equal_local_engine(cluster, local_events, local_run, store_events, tmp_path):
    out = tmp_path / "out"
    stats = run_dask([str(PAGES)], out, Options(), scheduler=cluster.scheduler_address, partition_size=7)
    n_pages = len(list(PAGES.glob("*.txt")))
    assert stats["files"] == stats["documents"] == n_pages
    assert stats["partitions"] == -(-n_pages // 7)
    assert stats["stored"] + stats["rejected"] == n_pages
    assert local_events, "the local engine found no events on the samples"
    assert _parquet_events(out) == local_events
    assert _parquet_events(out) == store_events
    assert stats["events"] == len(local_events)
    con = duckdb.connect()
    clusters = dict(con.execute(f"SELECT doc_id, cluster_id FROM read_parquet('{parquet_glob(out, 'articles')}')")
                    .fetchall())
    con.close()
    assert clusters == local_run[1]
    # date-partitioned layout: one folder per day, parts named by partition
    days = sorted(p.name for p in (out / "events").iterdir())
    assert days and all(d.startswith("date=") for d in days)
    assert all(f.name.startswith("part-") for f in (out / "events").rglob("*.parquet"))
    con = duckdb.connect()
    hive = con.execute(f"SELECT count(*), count(DISTINCT date) FROM read_parquet('{parquet_glob(out)}') "
                       "WHERE date IS NOT NULL").fetchone()
    assert hive[0] > 0 and hive[1] >= 2
    con.close()

    # a re-run overwrites: the same files, the same events, nothing doubled;
    # a file this partition no longer produces is removed
    before = _files(out)
    first = next(iter((out / "events").rglob("part-00000-*.parquet")))
    stale = out / "events" / "date=1999-01-01" / first.name
    stale.parent.mkdir()
    stale.write_bytes(first.read_bytes())
    again = run_dask([str(PAGES)], out, Options(), scheduler=cluster.scheduler_address, partition_size=7)
    assert again["events"] == stats["events"]
    assert not stale.exists()
    assert set(_files(out)) == set(before)
    assert _parquet_events(out) == local_events
    assert not list(out.rglob("*.tmp"))

    # loading into a store is idempotent
    with Store(tmp_path / "ev.duckdb") as store:
        added = load_parquet_into_store(out, store)
        assert added["documents"] == stats["stored"] and added["events"] == stats["events"]
        assert added["minhashes"] == stats["stored"]
        counts = store.counts()
        again_added = load_parquet_into_store(out, store)
        assert all(n == 0 for n in again_added.values()), again_added
        assert store.counts() == counts
        stored = sorted(store.con.execute("SELECT doc_id, start_char, cameo, source_code, target_code "
                                          "FROM events").fetchall(), key=repr)
        assert stored == local_events


def test_rows_layout_matches_store_schema():
    with Store(":memory:") as store:
        for table, cols in COLUMNS.items():
            have = store.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                     "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
            assert [(c, t) for c, t in have] == list(cols), table
    from eventwire import store as store_module

    assert content_hash("abc") == store_module.content_hash("abc")
    assert event_id("d", 3) == store_module.event_id("d", 3)


def test_rejects_undated_rows_and_near_duplicates(cluster, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_empty.txt").write_bytes(b"")
    (src / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    page = min(PAGES.glob("*.txt"))
    (src / "c_page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "d_copy.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")  # another partition
    out = tmp_path / "out"
    stats = run_dask([str(src)], out, Options(), scheduler=cluster.scheduler_address, partition_size=3)
    assert stats["rejected"] == 2 and stats["stored"] == 2 and stats["clusters"] == 1
    rej = list((out / "rejects").glob(f"date={DEFAULT_PARTITION}/*.parquet"))
    assert rej, "rejects without a date belong in the default partition"
    with Store(tmp_path / "ev.duckdb") as store:
        assert load_parquet_into_store(out, store)["rejects"] == 2
        reasons = dict(store.con.execute("SELECT doc_id, reason FROM rejects").fetchall())
        clusters = set(store.con.execute("SELECT cluster_id FROM articles").fetchall())
    assert clusters == {(str(src / "c_page.txt"),)}, "the copy joins the first page's near-duplicate cluster"
    assert reasons[str(src / "a_empty.txt")] == "empty file"
    assert "binary" in reasons[str(src / "b_binary.txt")]


def test_clear_errors(tmp_path):
    from eventwire.errors import ConfigError, InputError

    with pytest.raises(InputError, match="standard input"):
        run_dask(["-"], tmp_path, Options())
    with pytest.raises(ConfigError, match="partition_size"):
        run_dask([str(PAGES)], tmp_path, Options(), partition_size=0)
    with pytest.raises(InputError, match="no eventwire Parquet"), Store(":memory:") as store:
        load_parquet_into_store(tmp_path, store)
