"""The JSON the dashboard's API returns, as pydantic models: they document ``/openapi.json``."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = ["ActorDetail", "ArticleOut", "DyadOut", "DyadsOut", "ErrorOut", "EventOut", "EventsOut", "MapOut",
           "NetworkOut", "OverviewOut", "RawOut", "SearchOut"]


class ErrorOut(BaseModel):
    error: str = Field(description="what was wrong and how to fix it")


class ActorRef(BaseModel):
    text: str | None = Field(None, description="the words in the article")
    name: str | None = None
    code: str | None = Field(None, description="CAMEO-style actor code, e.g. IRNGOV")
    country: str | None = Field(None, description="ISO3")
    sector: str | None = Field(None, description="GOV, MIL, LEG, ...")


class LocationOut(BaseModel):
    name: str | None = None
    country: str | None = Field(None, description="ISO3")
    lat: float | None = None
    lon: float | None = None


class EventOut(BaseModel):
    event_id: str
    doc_id: str
    date: str | None = Field(None, description="day the event happened, YYYY-MM-DD")
    cameo: str | None = None
    root: str | None = Field(None, description="CAMEO root, 01 to 20")
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    description: str | None = None
    modality: str | None = None
    background: bool = Field(False, description="an earlier event mentioned as background")
    source: ActorRef
    target: ActorRef | None = None
    location: LocationOut | None = None
    sentence: str | None = Field(None, description="the evidence sentence")
    start: int | None = Field(None, description="offset of the sentence in the article body (characters)")
    end: int | None = None
    trigger: str | None = None
    title: str | None = Field(None, description="title of the article")


class EventsOut(BaseModel):
    total: int
    events: list[EventOut]


class Counts(BaseModel):
    documents: int
    articles: int
    events: int
    rejected: int
    actor_mentions: int


class QuadPoint(BaseModel):
    period: str
    q1: int = Field(description="verbal cooperation")
    q2: int = Field(description="material cooperation")
    q3: int = Field(description="verbal conflict")
    q4: int = Field(description="material conflict")


class ActorCount(BaseModel):
    code: str
    name: str | None = None
    events: int


class DyadCount(BaseModel):
    a: str
    b: str
    events: int
    goldstein: float | None = Field(None, description="sum of Goldstein scores")


class FallingDyad(BaseModel):
    a: str
    b: str
    last: float = Field(description="Goldstein sum in the last 7 days of the data")
    previous: float = Field(description="Goldstein sum in the 7 days before")
    change: float
    events_last: int
    events_previous: int


class OverviewOut(BaseModel):
    counts: Counts
    first_date: str | None
    last_date: str | None
    period: str = Field(description="granularity of the timeline: day, week or month")
    timeline: list[QuadPoint]
    top_actors: list[ActorCount]
    top_dyads: list[DyadCount]
    falling_window: list[str] = Field(description="[first day, last day] of the last 7 days of the data")
    falling_dyads: list[FallingDyad]


class SeriesPoint(BaseModel):
    period: str
    events: int
    goldstein: float
    conflict: int
    cooperation: int


class RootPoint(BaseModel):
    period: str
    root: str
    events: int


class RootTotal(BaseModel):
    root: str
    name: str
    events: int
    goldstein: float


class DyadOut(BaseModel):
    a: str
    b: str
    period: str
    series: list[SeriesPoint]
    roots: list[RootPoint]
    root_totals: list[RootTotal]
    events: list[EventOut]


class ActorKey(BaseModel):
    key: str
    name: str | None = None
    events: int


class DyadsOut(BaseModel):
    dyads: list[DyadCount]
    actors: list[ActorKey]


class Node(BaseModel):
    id: str
    name: str | None = None
    country: str | None = None
    events: int
    goldstein_mean: float | None = None


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float
    goldstein_sum: float


class NetworkOut(BaseModel):
    level: str
    nodes: list[Node]
    edges: list[Edge]


class ActorPoint(BaseModel):
    period: str
    as_source: int
    as_target: int
    goldstein: float


class Partner(BaseModel):
    key: str
    events: int
    goldstein_mean: float


class ActorDetail(BaseModel):
    key: str
    level: str
    name: str | None = None
    period: str
    series: list[ActorPoint]
    partners: list[Partner]
    events: list[EventOut]


class Place(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    events: int
    goldstein_mean: float | None = None
    q1: int
    q2: int
    q3: int
    q4: int


class CountryCount(BaseModel):
    country: str
    events: int


class MapOut(BaseModel):
    places: list[Place]
    countries: list[CountryCount] = Field(description="events by the ISO3 country where they happened")
    unplaced: int = Field(description="matching events with no coordinates")


class Mention(BaseModel):
    idx: int
    text: str | None = None
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    start: int
    end: int


class QuoteOut(BaseModel):
    speaker_name: str | None = None
    speaker_code: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class Copy(BaseModel):
    doc_id: str
    title: str | None = None
    site: str | None = None
    published: str | None = None


class Duplicates(BaseModel):
    available: bool = Field(description="false when the store has no near-duplicate clusters")
    articles: list[Copy]


class ArticleOut(BaseModel):
    doc_id: str
    path: str | None = None
    kind: str | None = None
    title: str | None = None
    subtitle: str | None = None
    site: str | None = None
    agency: str | None = None
    published: str | None = None
    section: str | None = None
    tags: list[str]
    captions: list[str]
    url: str | None = None
    body: str = Field(description="the cleaned article; offsets below count Unicode code points")
    actors: list[Mention]
    events: list[EventOut]
    quotes: list[QuoteOut]
    duplicates: Duplicates


class RawOut(BaseModel):
    doc_id: str
    kind: str | None = None
    raw_text: str | None = None


class ArticleHit(BaseModel):
    doc_id: str
    title: str | None = None
    site: str | None = None
    published: str | None = None
    snippet: str
    score: float


class EventHit(EventOut):
    score: float


class SearchOut(BaseModel):
    q: str
    terms: list[str]
    method: str = Field(description="how the text was matched")
    total_articles: int
    total_events: int
    articles: list[ArticleHit]
    events: list[EventHit]
