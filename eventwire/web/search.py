"""Search: full text over articles (title, standfirst, body, tags) and events (sentence, actors, place).

DuckDB's ``fts`` extension is not part of the duckdb wheel: ``LOAD fts`` downloads it on first use, and
eventwire downloads nothing at run time (and the dashboard opens the store read-only, so it could not
build an index in it anyway). So matching is done in SQL with bound parameters: the query is split into
words and "quoted phrases", every one must occur (case-insensitive substring), and hits are ranked by how
often the terms occur, title hits counting five times. A linear scan answers in milliseconds for
thousands of articles; for millions a real index would be the next step.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Query

from ..query import EventFilter, date_range
from .common import EVENT_SELECT as _EVENT_SELECT
from .common import BadRequest, Con, Filters, check_int, check_text, event_json, where
from .schemas import SearchOut

router = APIRouter(tags=["search"])

METHOD = ("case-insensitive substring match of every term, ranked by term frequency (title x5); "
          "DuckDB's fts extension is not bundled and is never downloaded at run time")
MAX_TERMS = 8


def parse_terms(q: str) -> list[str]:
    """Words and "quoted phrases", lower-cased, duplicates dropped, at most MAX_TERMS."""
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', q):
        t = " ".join((phrase or word).lower().split())
        if not phrase:
            t = t.strip(".,;:!?()[]{}'\"")
        if t and t not in terms:
            terms.append(t)
    if not terms:
        raise BadRequest("q: give at least one word to search for")
    if len(terms) > MAX_TERMS:
        raise BadRequest(f"q: at most {MAX_TERMS} words or phrases (got {len(terms)})")
    return terms


def snippet(text: str, terms: list[str], width: int = 240) -> str:
    low = text.lower()
    hits = [i for i in (low.find(t) for t in terms) if i >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - width // 3)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space - end < 30 else end
    return ("…" if start > 0 else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _score(column: str, terms: list[str], weight: int = 1) -> tuple[str, list[object]]:
    """SQL summing occurrences of each term in a lower-cased text column."""
    parts = [f"(len(string_split({column}, ?)) - 1)" + (f" * {weight}" if weight != 1 else "") for _ in terms]
    return " + ".join(parts), list(terms)


def _event_text(alias: str = "") -> str:
    cols = ("sentence", "source_name", "source_text", "target_name", "target_text", "description", "location_name")
    return "lower(concat_ws(' ', " + ", ".join(alias + c for c in cols) + "))"


@router.get("/api/search", response_model=SearchOut, summary="Full-text search over articles and events")
def search(*, q: str | None = Query(None, description='words and "quoted phrases"; all must occur'),
           kind: str | None = Query(None, description="all (default), articles or events"),
           limit: str | None = Query(None, description="hits of each kind, 1-200 (default 20)"),
           p: Filters,
           con: Con) -> dict[str, Any]:
    """Period filters apply to the article's publication day and the event's day; actor, country, root
    and QuadClass keep articles that have at least one matching event."""
    text = check_text("q", q, 200)
    if not text:
        raise BadRequest("q: give at least one word to search for")
    terms = parse_terms(text)
    if kind not in (None, "", "all", "articles", "events"):
        raise BadRequest(f"kind: {kind[:40]!r} is not one of all, articles, events")
    n = check_int("limit", limit, 20, 1, 200)
    f = p.filter
    out: dict[str, Any] = {"q": text, "terms": terms, "method": METHOD, "total_articles": 0, "total_events": 0,
                           "articles": [], "events": []}
    if kind in (None, "", "all", "articles"):
        conds, params = [], []
        for t in terms:
            conds.append("contains(lx, ?)")
            params.append(t)
        dates, date_params = date_range("pub_date", f.since, f.until)
        conds += dates
        params += date_params
        ev_only = EventFilter(actor=f.actor, country=f.country, root=f.root, quad_class=f.quad_class)
        ev_where, ev_params = ev_only.where()
        if ev_where:
            conds.append(f"EXISTS (SELECT 1 FROM events WHERE events.doc_id = x.doc_id AND "
                         f"{ev_where[len(' WHERE '):]})")
            params += ev_params
        score_body, sp1 = _score("lx", terms)
        score_title, sp2 = _score("lt", terms, 5)
        base = ("FROM (SELECT doc_id, title, subtitle, site, published, pub_date, body, tags, "
                "lower(coalesce(title, '')) AS lt, "
                "lower(concat_ws(' ', title, subtitle, body, array_to_string(tags, ' '))) AS lx FROM articles) x "
                "WHERE " + " AND ".join(conds))
        out["total_articles"] = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        rows = con.execute(
            f"SELECT doc_id, title, site, published, concat_ws(' ', subtitle, body, array_to_string(tags, ' ')), "
            f"{score_body} + {score_title} AS score {base} "
            "ORDER BY score DESC, published DESC NULLS LAST, doc_id LIMIT ?", [*sp1, *sp2, *params, n]).fetchall()
        out["articles"] = [{"doc_id": d, "title": t, "site": s, "published": pub, "snippet": snippet(text or "", terms),
                            "score": float(sc)} for d, t, s, pub, text, sc in rows]
    if kind in (None, "", "all", "events"):
        cond, params = where(p, *[(f"contains({_event_text()}, ?)", [t]) for t in terms])
        out["total_events"] = con.execute(f"SELECT count(*) FROM events{cond}", params).fetchone()[0]
        score, sp = _score(_event_text("e."), terms)
        rows = con.execute(
            f"{_EVENT_SELECT} WHERE e.event_id IN (SELECT event_id FROM events{cond}) "
            f"ORDER BY {score} DESC, e.date, e.doc_id, e.idx LIMIT ?", [*params, *sp, n]).fetchall()
        out["events"] = []
        for r in rows:
            ev = event_json(r)
            low = " ".join(str(x or "") for x in (ev["sentence"], ev["source"]["name"], ev["source"]["text"],
                                                    (ev["target"] or {}).get("name"), (ev["target"] or {}).get("text"),
                                                    ev["description"], (ev["location"] or {}).get("name"))).lower()
            ev["score"] = float(sum(low.count(t) for t in terms))
            out["events"].append(ev)
    return out
