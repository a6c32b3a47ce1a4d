"""The article out of an HTML page, through trafilatura (and htmldate for the date)."""

from __future__ import annotations

import re

from ..records import Article
from .metadata import AGENCIES, find_agency_in_body, parse_byline, valid_day

__all__ = ["extract_html"]

_MAX_DEPTH_HINT = 5000


def _too_deep(html: str) -> bool:
    """lxml refuses (or recurses badly on) absurdly nested markup; detect it cheaply."""
    opens = len(re.findall(r"<(?:div|span|p|section|b|i)\b", html[:2_000_000]))
    closes = len(re.findall(r"</(?:div|span|p|section|b|i)>", html[:2_000_000]))
    return opens - closes > _MAX_DEPTH_HINT


def _clean_agency(author: str | None, body_first: str) -> str | None:
    if author:
        by = parse_byline(author if author.lower().startswith("by ") else f"By {author}")
        if by:
            key = by.lower()
            return AGENCIES.get(key, by)
    return find_agency_in_body(body_first)


def extract_html(html: str, url: str | None = None, date: str | None = None) -> Article:
    """Extract with trafilatura; raises ValueError when the page holds no article."""
    import trafilatura

    if _too_deep(html):
        raise ValueError("HTML nested too deeply to parse (over 5,000 unclosed elements)")
    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                      favor_precision=False, with_metadata=True, deduplicate=False)
    if doc is None:
        raise ValueError("no article text found in the HTML page")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = (get("text") or "").strip()
    paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
    published = valid_day(get("date")) or date
    tags_raw = get("tags") or get("categories") or ""
    tags = tuple(t.strip() for t in re.split(r"[,;]", tags_raw) if t.strip()) if isinstance(tags_raw, str) else ()
    return Article(
        body="\n".join(paragraphs), paragraphs=paragraphs, title=get("title"),
        subtitle=get("description"), agency=_clean_agency(get("author"), paragraphs[0] if paragraphs else ""),
        published=published, site=get("sitename") or get("hostname"), tags=tags, url=url or get("url"))
