"""The records that flow through eventwire.

Everything a stage produces is a frozen dataclass; the one mutable object is
:class:`Document`, the work item that carries a page through the stages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Document",
    "Event",
    "Evidence",
    "Location",
    "Quote",
    "RawDocument",
]


@dataclass(frozen=True)
class RawDocument:
    """One document as read from the input, before any extraction.

    ``kind`` says how ``content`` is to be read: ``text`` (a plain-text page
    dump), ``html`` or ``plain`` (already clean article text, e.g. JSONL
    ``text`` fields without page chrome are still treated as dumps).
    """

    id: str
    path: str
    kind: str
    content: str
    url: str | None = None
    date: str | None = None
    title: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Article:
    """The article separated from the page around it, with its metadata."""

    body: str
    paragraphs: tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    agency: str | None = None
    published: str | None = None
    site: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    url: str | None = None


@dataclass(frozen=True)
class Actor:
    """A political actor as mentioned in a text and resolved to a code."""

    text: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    kind: str = "state"  # state | igo | group | person | sector | thing (an uncoded target: code "")
    role: str | None = None
    start: int = -1  # character offsets of the mention in the article body
    end: int = -1

    def contract(self) -> dict[str, Any]:
        # inferred: no word of the sentence names this actor as the target; it is the other side the sentence
        # names, or the country where the act happens
        return {"text": self.text, "name": self.name, "code": self.code,
                "country": self.country, "sector": self.sector, "inferred": self.role == "inferred"}


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = "city"  # city | region | country


@dataclass(frozen=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str = ""


@dataclass(frozen=True)
class Event:
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    description: str
    date: str | None
    evidence: Evidence
    location: Location | None = None
    date_basis: str = "publication"  # text | publication | none
    background: bool = False
    modality: str = "asserted"  # asserted | intended | threatened | reported

    def contract(self) -> dict[str, Any]:
        return {
            "source": self.source.contract(),
            "target": self.target.contract() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "description": self.description,
            "date": self.date,
            "date_basis": self.date_basis,
            "background": self.background,
            "location": asdict(self.location) if self.location else None,
            "evidence": {"sentence": self.evidence.sentence, "start": self.evidence.start,
                         "end": self.evidence.end, "trigger": self.evidence.trigger},
        }


@dataclass(frozen=True)
class Quote:
    speaker: Actor | None
    speaker_text: str
    text: str
    start: int
    end: int


@dataclass
class Document:
    """The mutable work item carried through the pipeline."""

    raw: RawDocument
    article: Article | None = None
    error: str | None = None
    stage_error: str | None = None  # the stage that set ``error``
    site_key: str | None = None
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    spacy_doc: Any = None  # spaCy Doc of the body; dropped before storage
    mentions: dict[int, Actor] = field(default_factory=dict)  # NP head token index -> actor
    pairs: dict[int, list[Actor]] = field(default_factory=dict)  # "the two sides" head -> the actors it names
    n_sentences: int = 0
    cluster_id: str | None = None  # near-duplicate cluster (the id of its first copy)
    signature: Any = None  # MinHash values of the body (numpy array), for the store
    reports: dict[int, tuple[int, int]] = field(default_factory=dict)  # event index -> (articles, sources)

    @property
    def id(self) -> str:
        return self.raw.id

    def reject(self, reason: str, stage: str) -> None:
        if self.error is None:
            self.error, self.stage_error = reason, stage

    def long_past(self, e: Event) -> bool:
        """A background event dated more than a year before publication ("cut ties in 2016", "thirty years
        ago"): history the article recalls, not its news. ("Last month" stays news: wire copy reports it.)"""
        pub = (self.article.published if self.article else None) or self.raw.date
        if not (e.background and e.date and pub):
            return False
        try:
            return (date.fromisoformat(pub[:10]) - date.fromisoformat(e.date)).days > 366
        except ValueError:
            return False

    def _event_row(self, i: int, e: Event) -> dict[str, Any]:
        n_articles, n_sources = self.reports.get(i, (1, 1))
        return {**e.contract(), "n_articles": n_articles, "n_sources": n_sources}

    def contract(self) -> dict[str, Any]:
        """The ``eventwire code --format jsonl`` object (see CONTRACT.md)."""
        a = self.article
        # what the article reports as news; events it dates long before publication ("cut ties in 2016") are told
        # apart, so that no consumer of "events" takes them for today's
        news: list[dict[str, Any]] = []
        past: list[dict[str, Any]] = []
        for i, e in enumerate(self.events):
            (past if self.long_past(e) else news).append(self._event_row(i, e))
        out: dict[str, Any] = {
            "id": self.raw.id,
            "title": a.title if a else None,
            "subtitle": a.subtitle if a else None,
            "agency": a.agency if a else None,
            "published": a.published if a else self.raw.date,
            "site": a.site if a else None,
            "tags": list(a.tags) if a else [],
            "body": a.body if a else "",
            "url": (a.url if a else None) or self.raw.url,
            "section": a.section if a else None,
            "captions": list(a.captions) if a else [],
            "cluster": self.cluster_id,
            "events": news,
            "background_events": past,
            "quotes": [{"speaker": q.speaker.contract() if q.speaker else None,
                        "speaker_text": q.speaker_text, "text": q.text,
                        "start": q.start, "end": q.end} for q in self.quotes],
        }
        if self.error:
            out["error"] = self.error
        return out
