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

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from .errors import StoreError
from .records import Document

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


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


def event_id(doc_id: str, idx: int) -> str:
    return hashlib.sha1(f"{doc_id}\x00{idx}".encode()).hexdigest()[:16]


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

    def __enter__(self) -> "Store":
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
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        doc_rows, art_rows, act_rows, ev_rows, q_rows, rej_rows, mh_rows = [], [], [], [], [], [], []
        for d in docs:
            h = content_hash(d.raw.content) if d.raw.content else None
            if d.error:
                rej_rows.append((d.id, d.raw.path, d.stage_error or "ingest", d.error, h, now))
                continue
            a = d.article
            assert a is not None
            doc_rows.append((d.id, d.raw.path, d.raw.kind, d.raw.url or a.url, h, d.raw.content, "ok", d.site_key, now))
            pub_day = (a.published or "")[:10] or None
            art_rows.append((d.id, a.title, a.subtitle, a.agency, a.published, pub_day, a.site, a.section,
                             list(a.tags), list(a.captions), a.url or d.raw.url, a.body, len(a.paragraphs),
                             d.n_sentences, d.cluster_id))
            if d.signature is not None and len(d.signature):
                mh_rows.append((d.id, d.cluster_id, [int(x) for x in d.signature]))
            for i, m in enumerate(d.actors):
                act_rows.append((d.id, i, m.text, m.name, m.code, m.country, m.sector, m.kind, m.role, m.start, m.end))
            for i, e in enumerate(d.events):
                s, t, loc = e.source, e.target, e.location
                ev_rows.append((event_id(d.id, i), d.id, i, e.date, e.date_basis, e.background, e.cameo, e.root,
                                e.quad_class, e.goldstein, e.plover, e.description, e.modality,
                                s.text, s.name, s.code, s.country, s.sector,
                                t.text if t else None, t.name if t else None, t.code if t else None,
                                t.country if t else None, t.sector if t else None,
                                loc.name if loc else None, loc.country if loc else None,
                                loc.lat if loc else None, loc.lon if loc else None,
                                e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.trigger))
            for i, q in enumerate(d.quotes):
                sp = q.speaker
                q_rows.append((d.id, i, sp.code if sp else None, sp.name if sp else None, sp.country if sp else None,
                               q.speaker_text, q.text, q.start, q.end))
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # Skip anything another writer (or an earlier, killed run) already committed.
            if doc_rows:
                have = {r[0] for r in con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest($1))",
                                                  [[r[0] for r in doc_rows]]).fetchall()}
                keep = {r[0] for r in doc_rows if r[0] not in have}
                doc_rows = [r for r in doc_rows if r[0] in keep]
                art_rows = [r for r in art_rows if r[0] in keep]
                act_rows = [r for r in act_rows if r[0] in keep]
                ev_rows = [r for r in ev_rows if r[1] in keep]
                q_rows = [r for r in q_rows if r[0] in keep]
                mh_rows = [r for r in mh_rows if r[0] in keep]
            if rej_rows:
                have = {r[0] for r in con.execute("SELECT doc_id FROM rejects WHERE doc_id IN (SELECT unnest($1))",
                                                  [[r[0] for r in rej_rows]]).fetchall()}
                rej_rows = [r for r in rej_rows if r[0] not in have]
            for table, rows in (("documents", doc_rows), ("articles", art_rows), ("actors", act_rows),
                                ("events", ev_rows), ("quotes", q_rows), ("rejects", rej_rows),
                                ("minhashes", mh_rows)):
                _bulk_insert(con, table, rows)
            if templates is not None:
                self._save_templates(templates)
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing a batch failed and was rolled back ({exc})") from exc
        if templates is not None:
            templates.dirty.clear()
        return len(doc_rows), len(ev_rows), len(rej_rows)

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "articles", "actors", "events", "quotes", "rejects")}


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
