"""Extract: the article and its metadata out of each page (text dumps and HTML)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from ..records import Article, Document
from .html import extract_html
from .templates import SiteTemplates, group_pages, site_of_url
from .textdump import extract_text_dump, normalize_line, page_lines

__all__ = ["ExtractStage", "SiteTemplates", "extract_html", "extract_text_dump"]


class ExtractStage:
    """Sets ``doc.article``. Text dumps of one site, given together, teach each other the site's template."""

    name = "extract"
    requires = ("raw",)
    assigns = ("article",)

    def __init__(self, templates: SiteTemplates | None = None, known_names: frozenset[str] = frozenset(),
                 min_body_chars: int = 200) -> None:
        self.templates = templates or SiteTemplates()
        self.known_names = known_names
        self.min_body_chars = min_body_chars
        self._seen: set[str] = set()
        self.new_lines: dict[str, set[str]] = {}

    def learn(self, docs: Sequence[Document]) -> None:
        """Group the text dumps by site and add their lines to the templates."""
        dumps = [d for d in docs if d.raw.kind == "text" and not d.error]
        if not dumps:
            return
        keys = group_pages([(d.raw.url, d.raw.content) for d in dumps])
        known = {k: self.templates.boilerplate(k) for k in list(self.templates.pages)}
        known = {k: v for k, v in known.items() if v}
        renamed: dict[str, str] = {}
        for d, key in zip(dumps, keys):
            if key not in known and key not in renamed and known and not d.raw.url:
                renamed[key] = self._known_site(d.raw.content, known) or key
            key = renamed.get(key, key)
            d.site_key = key
            digest = hashlib.sha1(d.raw.content.encode("utf-8", "replace")).hexdigest()
            if digest in self._seen:
                continue
            self._seen.add(digest)
            self.templates.learn(key, [d.raw.content])

    @staticmethod
    def _known_site(text: str, known: dict[str, frozenset[str]]) -> str | None:
        """The site learnt earlier (this run or a stored one) whose template this page carries."""
        lines = {normalize_line(ln) for ln in page_lines(text)[1] if ln}
        best, best_n = None, 0
        for key, boiler in known.items():
            n = len(lines & boiler)
            if n > best_n:
                best, best_n = key, n
        if best is not None and best_n >= 4 and best_n >= 0.15 * len(lines):
            return best
        return None

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        docs = list(docs)
        # pages grouped already (by the runner, over a larger batch) keep their site
        self.learn([d for d in docs if d.site_key is None])
        for d in docs:
            if not d.error:
                try:
                    self(d)
                except Exception as exc:  # noqa: BLE001
                    d.reject(f"extract failed: {type(exc).__name__}: {exc}", self.name)
        return docs

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        if raw.kind == "plain":  # already the article text (evaluation sentences, library callers)
            paras = tuple(p.strip() for p in raw.content.split("\n") if p.strip())
            doc.article = Article(body="\n".join(paras), paragraphs=paras, title=raw.title, published=raw.date,
                                  url=raw.url)
            return doc
        if raw.kind == "html":
            try:
                article = extract_html(raw.content, url=raw.url, date=raw.date)
            except ValueError as exc:
                doc.reject(str(exc), self.name)
                return doc
            if raw.title and not article.title:
                article = Article(**{**article.__dict__, "title": raw.title})
        else:
            key = doc.site_key or site_of_url(raw.url)
            boiler = self.templates.boilerplate(key) if key else frozenset()
            article = extract_text_dump(raw.content, boilerplate=boiler, known_names=self.known_names,
                                        date=raw.date, url=raw.url, site=None)
            if boiler and len(article.body) < 2 * self.min_body_chars:
                # Copies of one story given together look like one site whose template is the story:
                # if the template leaves (almost) nothing, read the page on its own.
                alone = extract_text_dump(raw.content, known_names=self.known_names, date=raw.date, url=raw.url)
                if len(alone.body) > 3 * max(1, len(article.body)):
                    article = alone
        doc.article = article
        if len(article.body) < self.min_body_chars:
            doc.reject(f"no article found (body of {len(article.body)} characters; a section front, an "
                       "error page or a page without text?)", self.name)
        return doc
