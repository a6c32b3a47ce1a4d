"""Article: the cleaned text with its actor mentions, coded events and quotes (all with character offsets
into the body), the metadata, near-duplicate copies, and the raw page on request.

Near-duplicates come from an ``articles.cluster_id`` column or a ``clusters(doc_id, cluster_id)`` table
when the store has one; older stores have neither, and the answer says so (``available: false``).
"""

from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Query

from .common import BadRequest, Con, NotFound, check_text, fetch_events, table_columns
from .schemas import ArticleOut, RawOut

router = APIRouter(tags=["article"])

ID_HELP = "document id, as in events' doc_id"


def _doc_id(value: str | None) -> str:
    doc = check_text("id", value, 1000)
    if not doc:
        raise BadRequest("id: give a document id (the doc_id of an event)")
    return doc


def duplicates(con: duckdb.DuckDBPyConnection, doc: str) -> dict[str, Any]:
    """Other articles in the same near-duplicate cluster, when the store records clusters."""
    select = "SELECT a.doc_id, a.title, a.site, a.published FROM articles a"
    if "cluster_id" in table_columns(con, "articles"):
        sql = (f"{select} WHERE a.cluster_id = (SELECT cluster_id FROM articles WHERE doc_id = ?) "
               "AND a.cluster_id IS NOT NULL AND a.doc_id <> ? ORDER BY a.published, a.doc_id LIMIT 100")
    elif {"doc_id", "cluster_id"} <= table_columns(con, "clusters"):
        sql = (f"{select} JOIN clusters c ON c.doc_id = a.doc_id WHERE c.cluster_id IN "
               "(SELECT cluster_id FROM clusters WHERE doc_id = ?) AND a.doc_id <> ? "
               "ORDER BY a.published, a.doc_id LIMIT 100")
    else:
        return {"available": False, "articles": []}
    rows = con.execute(sql, [doc, doc]).fetchall()
    return {"available": True, "articles": [{"doc_id": d, "title": t, "site": s, "published": p}
                                            for d, t, s, p in rows]}


@router.get("/api/article", response_model=ArticleOut, summary="One article with its actors and events")
def article(*, id: str | None = Query(None, description=ID_HELP),
            con: Con) -> dict[str, Any]:
    """Offsets count Unicode code points (Python string indices) into ``body``. Spans that fall outside
    the body or are empty are dropped."""
    doc = _doc_id(id)
    row = con.execute(
        "SELECT a.doc_id, d.path, d.kind, a.title, a.subtitle, a.site, a.agency, a.published, a.section, a.tags, "
        "a.captions, coalesce(a.url, d.url), a.body FROM articles a LEFT JOIN documents d USING (doc_id) "
        "WHERE a.doc_id = ?", [doc]).fetchone()
    if row is None:
        rejected = con.execute("SELECT reason FROM rejects WHERE doc_id = ?", [doc]).fetchone()
        if rejected:
            raise NotFound(f"document {doc[:200]!r} was rejected: {rejected[0]}")
        raise NotFound(f"no article with id {doc[:200]!r}")
    doc_id, path, kind, title, sub, site, agency, published, section, tags, captions, url, body = row
    body = body or ""
    n = len(body)
    mentions = [
        {"idx": i, "text": t, "name": nm, "code": c, "country": co, "sector": se, "kind": k, "start": s, "end": e}
        for i, t, nm, c, co, se, k, s, e in con.execute(
            "SELECT idx, text, name, code, country, sector, kind, start_char, end_char FROM actors "
            "WHERE doc_id = ? ORDER BY start_char, idx", [doc]).fetchall()
        if s is not None and e is not None and 0 <= s < e <= n]
    events = fetch_events(con, " WHERE doc_id = ?", [doc], order="e.start_char, e.idx", limit=1000)
    for ev in events:
        if ev["start"] is None or ev["end"] is None or not 0 <= ev["start"] < ev["end"] <= n:
            ev["start"] = ev["end"] = None
    quotes = [{"speaker_name": nm, "speaker_code": c, "text": t, "start": s, "end": e}
              for nm, c, t, s, e in con.execute(
                  "SELECT speaker_name, speaker_code, text, start_char, end_char FROM quotes WHERE doc_id = ? "
                  "ORDER BY idx", [doc]).fetchall()]
    return {"doc_id": doc_id, "path": path, "kind": kind, "title": title, "subtitle": sub, "site": site,
            "agency": agency, "published": published, "section": section, "tags": list(tags or []),
            "captions": list(captions or []), "url": url, "body": body, "actors": mentions, "events": events,
            "quotes": quotes, "duplicates": duplicates(con, doc)}


@router.get("/api/article/raw", response_model=RawOut, summary="The raw page an article came from")
def raw(*, id: str | None = Query(None, description=ID_HELP),
        con: Con) -> dict[str, Any]:
    """The document as it was read (page dump, HTML source, feed entry): show it as text, never as HTML."""
    doc = _doc_id(id)
    row = con.execute("SELECT doc_id, kind, raw_text FROM documents WHERE doc_id = ?", [doc]).fetchone()
    if row is None:
        raise NotFound(f"no document with id {doc[:200]!r}")
    return {"doc_id": row[0], "kind": row[1], "raw_text": row[2]}
