"""Rows: coded documents as plain row tuples, one layout for every writer.

``document_rows(docs)`` turns :class:`~eventwire.records.Document` objects into
the rows of the store's tables (``documents``, ``articles``, ``actors``,
``events``, ``quotes``, ``rejects``, ``minhashes``), in the column order of :data:`COLUMNS`.
The DuckDB store inserts them; the Dask engine writes them to Parquet. A
document with ``error`` set gives one ``rejects`` row and nothing else; a
document with a MinHash ``signature`` gives a ``minhashes`` row (its near-
duplicate cluster is ``cluster_id``).

Dates (``articles.pub_date``, ``events.date``) come out as ``datetime.date``
or ``None``: a publication string that is not an ISO day gives ``None``
instead of failing the insert of a whole batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime

from .records import Document

__all__ = ["COLUMNS", "TABLES", "content_hash", "document_rows", "event_id", "iso_day"]

# (column, DuckDB type) per table, in insert order; the same as ``store.SCHEMA``
# (tests/test_dask.py checks that they agree).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc_id", "VARCHAR"), ("path", "VARCHAR"), ("kind", "VARCHAR"), ("url", "VARCHAR"),
        ("content_hash", "VARCHAR"), ("raw_text", "VARCHAR"), ("status", "VARCHAR"), ("site_key", "VARCHAR"),
        ("ingested_at", "TIMESTAMP")),
    "articles": (
        ("doc_id", "VARCHAR"), ("title", "VARCHAR"), ("subtitle", "VARCHAR"), ("agency", "VARCHAR"),
        ("published", "VARCHAR"), ("pub_date", "DATE"), ("site", "VARCHAR"), ("section", "VARCHAR"),
        ("tags", "VARCHAR[]"), ("captions", "VARCHAR[]"), ("url", "VARCHAR"), ("body", "VARCHAR"),
        ("n_paragraphs", "INTEGER"), ("n_sentences", "INTEGER"), ("cluster_id", "VARCHAR")),
    "actors": (
        ("doc_id", "VARCHAR"), ("idx", "INTEGER"), ("text", "VARCHAR"), ("name", "VARCHAR"), ("code", "VARCHAR"),
        ("country", "VARCHAR"), ("sector", "VARCHAR"), ("kind", "VARCHAR"), ("role", "VARCHAR"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER")),
    "events": (
        ("event_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("idx", "INTEGER"), ("date", "DATE"),
        ("date_basis", "VARCHAR"), ("background", "BOOLEAN"), ("cameo", "VARCHAR"), ("root", "VARCHAR"),
        ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"), ("plover", "VARCHAR"), ("description", "VARCHAR"),
        ("modality", "VARCHAR"),
        ("source_text", "VARCHAR"), ("source_name", "VARCHAR"), ("source_code", "VARCHAR"),
        ("source_country", "VARCHAR"), ("source_sector", "VARCHAR"),
        ("target_text", "VARCHAR"), ("target_name", "VARCHAR"), ("target_code", "VARCHAR"),
        ("target_country", "VARCHAR"), ("target_sector", "VARCHAR"),
        ("location_name", "VARCHAR"), ("location_country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
        ("sentence", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("trigger", "VARCHAR")),
    "quotes": (
        ("doc_id", "VARCHAR"), ("idx", "INTEGER"), ("speaker_code", "VARCHAR"), ("speaker_name", "VARCHAR"),
        ("speaker_country", "VARCHAR"), ("speaker_text", "VARCHAR"), ("text", "VARCHAR"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER")),
    "rejects": (
        ("doc_id", "VARCHAR"), ("path", "VARCHAR"), ("stage", "VARCHAR"), ("reason", "VARCHAR"),
        ("content_hash", "VARCHAR"), ("rejected_at", "TIMESTAMP")),
    "minhashes": (("doc_id", "VARCHAR"), ("cluster_id", "VARCHAR"), ("hashvalues", "UBIGINT[]")),
}
TABLES: tuple[str, ...] = tuple(COLUMNS)


def content_hash(text: str) -> str:
    """SHA-1 of the raw text: a document whose content is already stored is skipped."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


def event_id(doc_id: str, idx: int) -> str:
    """The stable id of the ``idx``-th event of a document."""
    return hashlib.sha1(f"{doc_id}\x00{idx}".encode()).hexdigest()[:16]


def iso_day(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or the day of ``YYYY-MM-DDTHH:MM...``) as a date; anything else gives None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def document_rows(docs: Iterable[Document], now: datetime | None = None) -> dict[str, list[tuple]]:
    """The rows of every table for ``docs``, in the column order of :data:`COLUMNS`.

    ``now`` (naive UTC) stamps ``ingested_at``/``rejected_at``; it defaults to the current time.
    """
    if now is None:
        now = datetime.now(UTC).replace(tzinfo=None)
    out: dict[str, list[tuple]] = {t: [] for t in TABLES}
    for d in docs:
        h = content_hash(d.raw.content) if d.raw.content else None
        if d.error:
            out["rejects"].append((d.id, d.raw.path, d.stage_error or "ingest", d.error, h, now))
            continue
        a = d.article
        if a is None:
            raise ValueError(f"{d.id}: a document without error must have an article (was the pipeline run?)")
        out["documents"].append((d.id, d.raw.path, d.raw.kind, d.raw.url or a.url, h, d.raw.content, "ok",
                                 d.site_key, now))
        out["articles"].append((d.id, a.title, a.subtitle, a.agency, a.published, iso_day(a.published), a.site,
                                a.section, list(a.tags), list(a.captions), a.url or d.raw.url, a.body,
                                len(a.paragraphs), d.n_sentences, d.cluster_id))
        if d.signature is not None and len(d.signature):
            out["minhashes"].append((d.id, d.cluster_id, [int(x) for x in d.signature]))
        for i, m in enumerate(d.actors):
            out["actors"].append((d.id, i, m.text, m.name, m.code, m.country, m.sector, m.kind, m.role,
                                  m.start, m.end))
        for i, e in enumerate(d.events):
            s, t, loc = e.source, e.target, e.location
            out["events"].append((
                event_id(d.id, i), d.id, i, iso_day(e.date), e.date_basis, e.background, e.cameo, e.root,
                e.quad_class, e.goldstein, e.plover, e.description, e.modality,
                # an uncoded side (a named source or a non-actor target, code "") is stored with a NULL code
                s.text, s.name, s.code or None, s.country, s.sector,
                t.text if t else None, t.name if t else None, (t.code or None) if t else None,
                t.country if t else None, t.sector if t else None,
                loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None,
                e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.trigger))
        for i, q in enumerate(d.quotes):
            sp = q.speaker
            out["quotes"].append((d.id, i, sp.code if sp else None, sp.name if sp else None,
                                  sp.country if sp else None, q.speaker_text, q.text, q.start, q.end))
    return out
