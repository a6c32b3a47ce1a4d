"""Store: coded documents in an embedded DuckDB file.

Tables: ``documents`` (one row per input document, with its raw text),
``articles``, ``actors`` (mentions), ``events``, ``quotes``, ``rejects``
(documents that could not be read or held no article, with the reason) and
``site_lines``/``site_pages`` (site templates learnt by the extractor).

Writes happen one batch per transaction, so a crash loses at most the batch
in flight and never leaves half a document. A document whose id, or whose
content, is already stored is skipped: running twice adds nothing.
DuckDB allows one writing process per file; readers (``eventwire events``,
the dashboard) open it read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import duckdb

from .errors import StoreError
from .records import Document
from .rows import TABLES, content_hash, document_rows, event_id

__all__ = ["Store", "content_hash", "event_id"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, path VARCHAR, kind VARCHAR, url VARCHAR, content_hash VARCHAR,
    raw_text VARCHAR, status VARCHAR, site_key VARCHAR, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR PRIMARY KEY, title VARCHAR, subtitle VARCHAR, agency VARCHAR, published VARCHAR,
    pub_date DATE, site VARCHAR, section VARCHAR, tags VARCHAR[], captions VARCHAR[], url VARCHAR,
    body VARCHAR, n_paragraphs INTEGER, n_sentences INTEGER);
CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR, idx INTEGER, text VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR,
    kind VARCHAR, role VARCHAR, start_char INTEGER, end_char INTEGER, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, idx INTEGER, date DATE, date_basis VARCHAR,
    background BOOLEAN, cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,
    description VARCHAR, modality VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    sentence VARCHAR, start_char INTEGER, end_char INTEGER, trigger VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, idx INTEGER, speaker_code VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR,
    speaker_text VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS rejects (
    doc_id VARCHAR PRIMARY KEY, path VARCHAR, stage VARCHAR, reason VARCHAR, content_hash VARCHAR,
    rejected_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS minhashes (doc_id VARCHAR PRIMARY KEY, cluster_id VARCHAR, hashvalues UBIGINT[]);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS cluster_id VARCHAR;
CREATE OR REPLACE VIEW event_reports AS
    SELECT e.*, a.cluster_id, a.site,
        count(DISTINCT e.doc_id) OVER w AS n_articles, count(DISTINCT coalesce(a.site, e.doc_id)) OVER w AS n_sources
    FROM events e JOIN articles a USING (doc_id)
    WINDOW w AS (PARTITION BY coalesce(a.cluster_id, e.doc_id), e.source_code, coalesce(e.target_code, ''), e.root, e.date);
CREATE TABLE IF NOT EXISTS site_lines (site VARCHAR, line VARCHAR, pages INTEGER, PRIMARY KEY (site, line));
CREATE TABLE IF NOT EXISTS site_pages (site VARCHAR PRIMARY KEY, pages INTEGER);
"""


def _bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert rows column-wise in one statement (DuckDB's executemany manages ~1,500 rows/s; this,
    hundreds of thousands)."""
    if not rows:
        return
    cols = list(zip(*rows))
    sel = ", ".join(f"unnest(${i + 1})" for i in range(len(cols)))
    con.execute(f"INSERT INTO {table} SELECT {sel}", [list(c) for c in cols])


class Store:
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database; create it with `eventwire run INPUT --db {self.path}`")
        self.con = self._connect(read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    def _connect(self, read_only: bool, wait: float = 5.0) -> duckdb.DuckDBPyConnection:
        """Open the file; a lock held briefly by a reader (the dashboard) is waited for, up to ``wait`` s."""
        import time

        deadline = time.monotonic() + wait
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: cannot open the database ({exc}). If another eventwire run "
                                     "is writing to it, wait for it to finish or read a copy") from exc
                time.sleep(0.1)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: not a DuckDB database or unreadable ({exc})") from exc

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading what is there --------------------------------------------------------------------
    def known(self, doc_ids: Sequence[str], hashes: Sequence[str]) -> set[str]:
        """Those of ``doc_ids`` (or of their content hashes) already stored or rejected."""
        if not doc_ids:
            return set()
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest($1)) "
            "OR content_hash IN (SELECT unnest($2)) "
            "UNION ALL SELECT doc_id, content_hash FROM rejects WHERE doc_id IN (SELECT unnest($1))",
            [list(doc_ids), list(hashes)]).fetchall()
        ids = {r[0] for r in rows}
        hs = {r[1] for r in rows if r[1]}
        return {d for d, h in zip(doc_ids, hashes) if d in ids or h in hs}

    def load_near_duplicates(self):
        """The near-duplicate index of every stored article, to cluster new ones against."""
        import numpy as np

        from .dedup import NearDuplicates

        nd = NearDuplicates()
        for doc_id, cluster, values in self.con.execute("SELECT doc_id, cluster_id, hashvalues FROM minhashes "
                                                        "ORDER BY doc_id").fetchall():
            nd.add(doc_id, "", cluster=cluster, hashvalues=np.array(values, dtype=np.uint64))
        return nd

    def load_templates(self):
        from .extract.templates import SiteTemplates

        t = SiteTemplates()
        pages = dict(self.con.execute("SELECT site, pages FROM site_pages").fetchall())
        lines: dict[str, dict[str, int]] = {}
        for site, line, n in self.con.execute("SELECT site, line, pages FROM site_lines").fetchall():
            lines.setdefault(site, {})[line] = n
        for site, n in pages.items():
            t.merge(site, lines.get(site, {}), n)
        return t

    def save_templates(self, templates) -> None:
        """Persist what was learnt about the sites touched since the last save (all line counts, so a
        later run continues exactly where this one stopped)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._save_templates(templates)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        templates.dirty.clear()

    def _save_templates(self, templates) -> None:
        sites = sorted(templates.dirty)
        if not sites:
            return
        self.con.execute("DELETE FROM site_lines WHERE site IN (SELECT unnest($1))", [sites])
        self.con.execute("DELETE FROM site_pages WHERE site IN (SELECT unnest($1))", [sites])
        rows = [(site, line, n) for site in sites for line, n in templates.lines[site].items()]
        _bulk_insert(self.con, "site_lines", rows)
        _bulk_insert(self.con, "site_pages", [(site, templates.pages[site]) for site in sites])

    # -- writing ----------------------------------------------------------------------------------
    def write(self, docs: Iterable[Document], templates=None) -> tuple[int, int, int]:
        """Store a batch in one transaction: (documents, events, rejects) written.

        With ``templates``, what the extractor learnt about sites in this batch is saved in the
        same transaction, so a run killed between batches resumes with exactly that knowledge."""
        rows = document_rows(docs)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # Skip anything another writer (or an earlier, killed run) already committed.
            if rows["documents"]:
                ids = [r[0] for r in rows["documents"]]
                have = {r[0] for r in con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest($1))",
                                                  [ids]).fetchall()}
                for table in ("documents", "articles", "actors", "quotes", "minhashes"):
                    rows[table] = [r for r in rows[table] if r[0] not in have]
                rows["events"] = [r for r in rows["events"] if r[1] not in have]
            if rows["rejects"]:
                have = {r[0] for r in con.execute("SELECT doc_id FROM rejects WHERE doc_id IN (SELECT unnest($1))",
                                                  [[r[0] for r in rows["rejects"]]]).fetchall()}
                rows["rejects"] = [r for r in rows["rejects"] if r[0] not in have]
            for table in TABLES:
                _bulk_insert(con, table, rows[table])
            if templates is not None:
                self._save_templates(templates)
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing a batch failed and was rolled back ({exc})") from exc
        if templates is not None:
            templates.dirty.clear()
        return len(rows["documents"]), len(rows["events"]), len(rows["rejects"])

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "articles", "actors", "events", "quotes", "rejects")}

