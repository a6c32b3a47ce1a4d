"""Which sentences are worth parsing: those with an event word and something that can be an actor.

Parsing is most of eventwire's cost. A sentence with no event word (no verb or noun of
``data/verbs.tsv``/``data/nouns.tsv`` in any inflection) or nothing that can name an actor (a
dictionary name, a sector noun, a pronoun) can hold no event, so it is blanked out before the
spaCy pipeline runs: replaced by spaces of the same length, so every offset still points into
the article body. The sentence before a kept one is kept too when the kept one holds a pronoun or a
definite description ("the Gulf state"), so it can find its antecedent.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .patterns import Patterns

__all__ = ["Prefilter", "inflections"]

_IRREGULAR = {
    "strike": ["struck", "stricken"], "shoot": ["shot"], "fight": ["fought"], "meet": ["met"], "hold": ["held"],
    "send": ["sent"], "give": ["gave", "given"], "take": ["took", "taken"], "seek": ["sought"],
    "bring": ["brought"], "break": ["broke", "broken"], "say": ["said"], "tell": ["told"], "lead": ["led"],
    "win": ["won"], "make": ["made"], "begin": ["began", "begun"], "withdraw": ["withdrew", "withdrawn"],
    "throw": ["threw", "thrown"], "sell": ["sold"], "leave": ["left"], "keep": ["kept"], "speak": ["spoke", "spoken"],
    "steal": ["stole", "stolen"], "beat": ["beaten"], "lay": ["laid"], "pay": ["paid"], "buy": ["bought"],
    "forbid": ["forbade", "forbidden"], "forgive": ["forgave", "forgiven"], "bind": ["bound"], "feel": ["felt"],
    "hang": ["hung", "hanged"], "hide": ["hid", "hidden"], "fly": ["flew", "flown"], "drive": ["drove", "driven"],
    "ride": ["rode", "ridden"], "rise": ["rose", "risen"], "run": ["ran"], "see": ["saw", "seen"],
    "stand": ["stood"], "swear": ["swore", "sworn"], "tear": ["tore", "torn"], "undertake": ["undertook",
    "undertaken"], "overthrow": ["overthrew", "overthrown"], "sit": ["sat"], "spend": ["spent"], "lose": ["lost"],
    "shake": ["shook", "shaken"], "write": ["wrote", "written"], "blow": ["blew", "blown"], "grow": ["grew", "grown"],
    "draw": ["drew", "drawn"], "fall": ["fell", "fallen"], "go": ["went", "gone"], "come": ["came"], "do": ["did", "done"],
    "bear": ["bore", "borne"], "bid": ["bade"], "choose": ["chose", "chosen"], "freeze": ["froze", "frozen"],
    "hit": [], "cut": [], "put": [], "set": [], "shut": [], "spread": [], "quit": [], "cast": [], "upset": [],
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENT = re.compile(r"[^\n]*?(?:[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n|$)")
# a full stop that ends an abbreviation, not a sentence: "U.S. President ...", "Gen. Qassem Soleimani"
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|St|Jr|Sr|Prof|Rev|"
                           r"Capt|Maj|Cmdr|Adm|Brig|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Inc|Co|Corp|Ltd|"
                           r"Pres|Amb|Hon|Mt|Ft)\.)$")
# a word that points back to an actor named before: a pronoun, or "the (Gulf) state", "the bloc", "the president"
_REFERRING = re.compile(r"\b(?:he|she|it|they|his|her|its|their|the (?:[\w-]+ ){0,3}(?:president|minister|premier|"
                        r"leader|government|group|country|army|bloc|alliance|movement|kingdom|nation|state|republic|"
                        r"emirate|sultanate|island|agency|militia|faction|organi[sz]ation|grouping|side|move|decision|step)|the two|both|each)\b",
                        re.I)
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i"}


def inflections(lemma: str) -> set[str]:
    """Regular and irregular English forms of a verb or noun lemma."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing", w + "d"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    forms |= set(_IRREGULAR.get(w, []))
    return forms


class Prefilter:
    def __init__(self, lexicon: Lexicon, patterns: Patterns, extra_events: frozenset[str] = frozenset(),
                 quote_verbs: frozenset[str] = frozenset()) -> None:
        """``extra_events``: lemmas the coder treats as events outside the pattern files (idioms);
        ``quote_verbs``: verbs that introduce quoted words (a sentence with a quote and one of them is kept, so
        the quote gets its speaker)."""
        self.quote_verbs = frozenset(f for lemma in quote_verbs for f in inflections(lemma))
        events: set[str] = set()
        for lemma in extra_events:
            events |= inflections(lemma)
        # a verb that is an event only with certain objects ("make" + "statement") needs one of them too
        bound: dict[str, set[str]] = {}
        for lemma, pats in patterns.verbs.items():
            if any(not p.objects for p in pats):
                events |= inflections(lemma)
            else:
                objs = {f for p in pats for o in p.objects for part in o.split()[-1:] for f in inflections(part)}
                for form in inflections(lemma):
                    bound.setdefault(form, set()).update(objs)
        self.bound = {k: frozenset(v) for k, v in bound.items() if k not in events}
        for key, pats in patterns.nouns.items():
            events |= inflections(key)
            for p in pats:
                events |= {f for part in p.noun.split() for f in inflections(part)} if " " not in p.noun else set()
        self.events = frozenset(events)
        # "The two signed a joint statement", "both sides", "each side accused the other"
        hints: set[str] = set(PRONOUNS) | {"two", "both", "each"}
        for term in lexicon.terms:
            words = _WORD.findall(term)
            if words:
                hints.add(words[0].lower())
                hints.add(words[-1].lower())
        for term in lexicon.sectors:
            for w in _WORD.findall(term):
                hints |= inflections(w)
        hints -= {"the", "of", "and", "a", "an", "for", "in", "on", "to", "new", "national", "united", "state",
                  "states", "republic", "people", "party", "front", "union"}
        self.hints = frozenset(hints)

    def keep(self, sentence: str) -> bool:
        words = {w.lower() for w in _WORD.findall(sentence)}
        for w in [w for w in words if "-" in w]:  # "cease-fire" is "ceasefire"; "Iranian-backed" holds "iranian"
            words.add(w.replace("-", ""))
            words.update(w.split("-"))
        if any(q in sentence for q in '"\u201c\u201d') and not self.quote_verbs.isdisjoint(words):
            return True  # a quotation and who said it
        if not any(w in self.hints for w in words):
            return False
        return any(w in self.events or (w in self.bound and not self.bound[w].isdisjoint(words)) for w in words)

    def mask(self, text: str) -> tuple[str, int, int]:
        """(text with unpromising sentences blanked, sentences kept, sentences in all)."""
        spans: list[tuple[int, int]] = []
        for m in _SENT.finditer(text):
            if not m.group().strip():
                continue
            if spans and _ABBREVIATION.search(text[spans[-1][0]:spans[-1][1]]):
                spans[-1] = (spans[-1][0], m.end())  # the last span stopped at "U.S.": it goes on here
            else:
                spans.append((m.start(), m.end()))
        keep = [self.keep(text[s:e]) for s, e in spans]
        for i in range(1, len(spans)):
            if keep[i] and not keep[i - 1] and _REFERRING.search(text[spans[i][0]:spans[i][1]]):
                keep[i - 1] = True
        if all(keep):
            return text, len(spans), len(spans)
        chars = list(text)
        for (s, e), k in zip(spans, keep):
            if not k:
                for j in range(s, e):
                    if chars[j] != "\n":
                        chars[j] = " "
        return "".join(chars), sum(keep), len(spans)
