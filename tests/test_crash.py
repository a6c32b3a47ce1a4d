"""Crash safety: ``eventwire run`` killed with SIGKILL mid-run, then run again, loses and doubles nothing."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from .conftest import ROOT, SAMPLES

COPIES = 7  # 30 sample pages x 7 = 210 documents
BATCH = 8


def make_corpus(dst: Path, copies: int = COPIES) -> int:
    """The sample pages ``copies`` times, each copy with distinct content.

    Copy 0 is the page as it is. In copy k the long (prose) lines end in " (k)." instead of ".",
    so every document has its own content: the store skips a document whose content is already
    stored, and exact copies would be skipped rather than stored. The site furniture (short lines)
    is left as it is, so pages of one site still share their template.
    """
    dst.mkdir(parents=True, exist_ok=True)
    n = 0
    for k in range(copies):
        for page in sorted((SAMPLES / "pages").glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            if k:
                text = "\n".join(re.sub(r"\.$", f" ({k}).", line) if len(line) > 100 else line
                                 for line in text.split("\n"))
            (dst / f"c{k}_{page.name}").write_text(text, encoding="utf-8")
            n += 1
    return n


def _cmd(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "run", str(corpus), "--db", str(db), "--batch-size", str(BATCH),
            "--quiet"]


def _committed(db: Path, snap_dir: Path) -> int | None:
    """Documents committed so far, read from a copy of the database (the running writer holds the lock)."""
    snap = snap_dir / "snap.duckdb"
    for suffix in ("", ".wal"):
        src, dst = Path(f"{db}{suffix}"), Path(f"{snap}{suffix}")
        dst.unlink(missing_ok=True)
        if src.exists():
            try:
                shutil.copyfile(src, dst)
            except OSError:
                return None
    if not snap.exists():
        return None
    try:
        con = duckdb.connect(str(snap))
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:  # copied in the middle of a write: try again
        return None


def _contents(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()
        return {
            "documents": q("SELECT count(*), count(DISTINCT doc_id) FROM documents")[0],
            "rejects": q("SELECT count(*) FROM rejects")[0][0],
            "both": q("SELECT count(*) FROM documents JOIN rejects USING (doc_id)")[0][0],
            "articles": q("SELECT count(*), count(DISTINCT doc_id) FROM articles")[0],
            "events": sorted(q("SELECT doc_id, start_char, cameo, source_code, target_code FROM events"), key=repr),
            "event_ids": q("SELECT count(*), count(DISTINCT event_id) FROM events")[0],
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, int]:
    d = tmp_path_factory.mktemp("crash_corpus")
    return d, make_corpus(d)


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory) -> dict[str, object]:
    folder, _ = corpus
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    res = subprocess.run(_cmd(folder, db), cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert res.returncode == 0, res.stderr[-3000:]
    return _contents(db)


@pytest.fixture(scope="module")
def killed_and_rerun(corpus, tmp_path_factory) -> dict[str, object]:
    """Run, SIGKILL once two batches are committed, run again to the end, then a third time."""
    folder, n_docs = corpus
    tmp = tmp_path_factory.mktemp("crash")
    db = tmp / "crash.duckdb"
    proc = subprocess.Popen(_cmd(folder, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = None
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            seen = _committed(db, tmp)
            if seen is not None and seen >= 2 * BATCH:
                break
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"the run ended ({proc.returncode}) before it could be killed"
    partial = _contents(db)["documents"][0]
    assert 2 * BATCH <= partial < n_docs, f"{partial} documents after the kill; expected part of {n_docs}"

    second = subprocess.run(_cmd(folder, db), cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert second.returncode == 0, second.stderr[-3000:]
    after = _contents(db)
    third = subprocess.run(_cmd(folder, db), cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert third.returncode == 0, third.stderr[-3000:]
    return {"partial": partial, "second": second.stderr, "after": after, "third": third.stderr,
            "after_third": _contents(db)}


def test_kill_and_rerun_loses_and_doubles_nothing(corpus, killed_and_rerun):
    _, n_docs = corpus
    run = killed_and_rerun
    after = run["after"]
    assert f"{n_docs} documents read" in run["second"], run["second"][-1000:]
    assert f"{run['partial']} already stored" in run["second"], run["second"][-1000:]
    stored, distinct = after["documents"]
    assert stored == distinct, "a doc_id is stored twice"
    assert after["both"] == 0, "a document is both stored and rejected"
    assert stored + after["rejects"] == n_docs, f"{stored} stored + {after['rejects']} rejected != {n_docs} read"
    assert after["articles"] == (stored, stored)
    assert after["event_ids"][0] == after["event_ids"][1]
    # running once more changes nothing
    assert f"0 stored, {stored} already stored" in run["third"], run["third"][-1000:]
    assert run["after_third"] == after


def test_kill_and_rerun_codes_like_one_clean_run(killed_and_rerun, clean_run):
    after = killed_and_rerun["after"]
    assert after["documents"] == clean_run["documents"]
    assert after["rejects"] == clean_run["rejects"]
    only_rerun = sorted(set(after["events"]) - set(clean_run["events"]), key=repr)
    only_clean = sorted(set(clean_run["events"]) - set(after["events"]), key=repr)
    assert after["events"] == clean_run["events"], (
        f"after kill and re-run: {len(after['events'])} events, one clean run: {len(clean_run['events'])}; "
        f"only after the re-run: {only_rerun[:3]}; only in the clean run: {only_clean[:3]}")
