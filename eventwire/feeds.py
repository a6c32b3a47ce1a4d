"""RSS 2.0 and Atom feeds: each entry with content is a document."""

from __future__ import annotations

import html as htmllib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from .records import RawDocument

__all__ = ["read_feed"]

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def read_feed(name: str, text: str) -> Iterator[RawDocument]:
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        yield RawDocument(id=name, path=name, kind="feed", content="", error=f"malformed RSS/Atom XML ({exc})")
        return
    entries = root.iter("item") if root.find(".//item") is not None else root.iter(f"{_ATOM}entry")
    for n, item in enumerate(entries, 1):
        def get(*tags: str) -> str | None:
            for tag in tags:
                el = item.find(tag)
                if el is not None:
                    if el.text and el.text.strip():
                        return el.text.strip()
                    if el.get("href"):
                        return el.get("href")
            return None

        content = get(_CONTENT, f"{_ATOM}content", "description", f"{_ATOM}summary")
        title = get("title", f"{_ATOM}title")
        url = get("link", f"{_ATOM}link")
        date = _date(get("pubDate", f"{_ATOM}published", f"{_ATOM}updated"))
        doc_id = f"{name}#{n}"
        if not content:
            yield RawDocument(id=doc_id, path=name, kind="feed", content="", url=url,
                              error=f"entry {n}: no content")
            continue
        html = content if "<" in content else "".join(f"<p>{htmllib.escape(p)}</p>" for p in content.split("\n") if p.strip())
        page = f"<html><head><title>{htmllib.escape(title or '')}</title></head><body><article><h1>{htmllib.escape(title or '')}</h1>{html}</article></body></html>"
        yield RawDocument(id=doc_id, path=name, kind="html", content=page, url=url, date=date, title=title)
