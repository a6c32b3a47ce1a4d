"""The sample database shared by the dashboard and export tests: built once per test process by running
the real pipeline over the sample corpus plus a hostile page (tests/fixtures/hostile_page.txt)."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile_page.txt"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


@functools.cache
def sample_db() -> Path:
    """Path of a DuckDB store holding the coded sample corpus and the hostile page (closed, read-only use)."""
    from eventwire.runner import run_paths
    from eventwire.settings import Options
    from eventwire.store import Store

    folder = Path(tempfile.mkdtemp(prefix="eventwire-webtest-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "sample.duckdb"
    with Store(path) as store:
        run_paths([ROOT / "samples" / "pages", HOSTILE], store, Options())
    return path


def hostile_doc_id(db: Path) -> str:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT doc_id FROM articles WHERE body LIKE ?", [f"%{SCRIPT}%"]).fetchone()
    assert row, "the hostile page was not stored as an article: check tests/fixtures/hostile_page.txt still extracts"
    return row[0]
