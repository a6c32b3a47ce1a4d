"""Coding: events (source, target, CAMEO code) from the dependency parse of each sentence.

For every verb with a pattern in ``data/verbs.tsv`` the coder finds its
source (subject; the "by" agent in the passive; the actor behind an
instrument such as "in a US drone strike") and its target (object, the
pattern's preposition, or the subject of a complement clause). Modality is
taken from the parse: negated verbs, conditions ("if Iran attacks") and
modal speculation ("could", "might") are not events; a harmful act that a
speaker says someone *will* or *would* do is a threat (CAMEO 13), a
cooperative one an intent (03). Nominal events ("a US drone strike on his
convoy") are coded from ``data/nouns.tsv`` when both sides are known.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .actors import np_head
from .cameo import code_info
from .dates import resolve_date
from .patterns import NounPattern, Patterns, VerbPattern
from .places import gazetteer
from .records import Actor, Document, Event, Evidence, Location, Quote

__all__ = ["CodingStage"]

SPEECH = {"say", "warn", "vow", "remind", "urge", "stress", "demand", "promise", "pledge", "threaten", "tell", "announce", "insist", "declare",
          "swear", "add", "state", "tweet", "write", "claim", "reiterate", "signal", "indicate",
          "confirm", "affirm", "assert", "suggest", "predict", "hint"}
INTENT = {"promise", "vow", "pledge", "swear", "plan", "intend", "prepare", "decide", "agree", "offer", "aim",
          "want", "hope", "seek", "prepared", "ready", "willing", "determined", "eager"}
REFUSAL = {"refuse", "decline", "reject"}
SPECULATIVE_MODALS = {"could", "might", "may", "should", "must"}
FUTURE_MODALS = {"will", "would", "'ll", "shall", "wo"}
HARM_IDIOMS = {("pay", "price"), ("face", "consequence"), ("face", "retaliation"), ("regret", None),
               ("pay", None), ("suffer", "consequence")}
GROUP_NOUNS = {"member", "group", "delegation", "doctor", "worker", "volunteer", "expert", "negotiator",
               "diplomat", "activist", "militiaman", "gunman", "policeman", "people", "resident", "citizen", "official", "leader", "representative", "supporter", "fighter",
               "unit", "team", "wing", "faction", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
               "envoy", "ambassador", "minister", "commander", "troop", "force", "soldier", "army", "militant",
               "government", "president", "prime", "lawmaker", "delegate", "partner", "ally"}
HOLDER_NOUNS = {"facility", "base", "site", "station", "barracks", "academy", "prison", "jail", "position", "headquarters", "headquarter", "embassy", "compound",
                "office", "camp", "depot", "convoy", "post", "installation", "target", "interest", "asset", "ship",
                "vessel", "tanker", "plane", "aircraft", "airliner", "consulate", "mission", "territory", "border",
                "stronghold", "checkpoint", "outpost", "home", "residence", "leadership", "ranks"}
PLACE_NOUNS = {"enclave", "city", "town", "region", "area", "village", "district", "province", "territory",
               "neighborhood", "neighbourhood", "suburb", "zone", "pocket", "quarter", "county"}
QUANTITIES = {"hundred", "thousand", "dozen", "ten", "score", "some", "many", "most", "all", "group", "crowd",
              "number", "handful", "million", "none"}
# roots where an unnamed or unknown side is likely of the same country as the other side
DOMESTIC_ROOTS = {"08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
NEED_NO_TARGET = {"02", "03", "08", "09", "12", "14", "15"}
MUTUAL_ROOTS = {"03", "04", "05", "06", "11", "12", "19"}  # roots where "A and B did it" means to each other  # roots that make sense without a target (protest, mobilise ...)
CONFLICT_NOUNS = {"revenge", "retaliation", "retribution", "reprisal", "vengeance", "war", "attack", "strike",
                  "punishment", "response", "price", "consequence"}
LIGHT_VERBS = {"launch", "stage", "hold", "conduct", "carry", "mount", "begin", "start", "continue", "resume",
               "step", "intensify", "escalate", "make", "issue", "deliver", "lodge", "file", "unleash", "wage",
               "open", "announce", "order", "undertake", "organize", "organise", "join", "lead", "spearhead"}
# Words that make an event through the coder's own rules, not the pattern files (for the prefilter)
CODER_EVENT_WORDS = frozenset({v for v, _ in HARM_IDIOMS} | {"revenge", "retaliation", "retribution", "vengeance"})
TARGET_PREPS = ("against", "on", "at", "with", "to", "toward", "towards", "into")
DATE_LABELS = {"DATE", "TIME"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "from", "over", "off", "on"}

# Turning a coded act into a threat (said X would attack) or an intent (said X would meet).
_THREAT = {"16": "1312", "17": "137", "18": "138", "19": "138", "20": "1383", "14": "133", "13": None}
SPECULATIVE_VERBS = {"appear", "seem", "expect", "predict", "speculate", "fear", "worry", "suggest", "hint",
                     "believe", "doubt", "consider", "mull", "weigh", "hope"}
_INTENT = {"04": "036", "05": "032", "06": "030", "07": "033", "08": "035", "03": None, "02": "030", "01": None,
           "09": "030"}


@dataclass
class _Candidate:
    code: str
    verb: object  # spaCy token of the trigger
    source: list[Actor]
    target: list[Actor]
    modality: str
    time_tokens: list[object]
    priority: int


_HOLDER_SECTORS = {"military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "air": "MIL", "police": "COP",
                   "government": "GOV", "security": "MIL", "rebel": "REB", "militia": "INS", "refugee": "REF",
                   "diplomatic": "GOV", "presidential": "GOV", "regime": "GOV", "opposition": "OPP",
                   "militant": "INS", "insurgent": "INS", "jihadist": "INS", "separatist": "REB"}


def doc_stage_sectors(tok):
    """(sector, word) of the modifiers of a place noun that say who holds it ("a military base",
    "the rebel-held enclave")."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in _HOLDER_SECTORS:
            yield _HOLDER_SECTORS[c.lower_], c.lower_
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("hold", "held", "control", "controlled", "run"):
            for g in c.children:  # "rebel - held": the holder hangs on "held"
                if g.lower_ in _HOLDER_SECTORS:
                    yield _HOLDER_SECTORS[g.lower_], g.lower_


def resolved(a: Actor) -> bool:
    """An actor we can code: a country, an organisation or a known group."""
    return bool(a.country) or a.code.startswith(("IGO", "NGO")) or a.kind in ("igo", "group")


def _children(tok, *deps: str):
    return [c for c in tok.children if c.dep_ in deps]


def _negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det") for c in tok.children):
        return True
    return False


def _modals(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"}


class CodingStage:
    """Sets ``doc.events`` and ``doc.quotes``."""

    name = "coding"
    requires = ("spacy_doc", "mentions")
    assigns = ("events", "quotes")

    def __init__(self, patterns: Patterns, max_per_sentence: int = 2) -> None:
        self.p = patterns
        self._last_attacker: Actor | None = None
        self._sent = None  # the sentence being coded
        self._domestic_ok = False  # may an unknown named person take the other side's country
        self._doc_mentions: dict = {}
        self._ents: list = []  # and its entities
        self.max_per_sentence = max_per_sentence

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            if not d.error:
                self(d)
        return docs

    # -- actors of argument tokens ------------------------------------------------------------------
    def _actors(self, tok, doc: Document, depth: int = 0) -> list[Actor]:
        if tok is None:
            return []
        head = np_head(tok) if tok.dep_ in ("compound", "amod", "poss") else tok
        out: list[Actor] = []
        a = doc.mentions.get(head.i)
        lemma = "base" if head.lower_ == "bases" else head.lemma_.lower()  # spaCy reads "bases" as "basis"
        extra: list[Actor] = []
        if a is None and (lemma in GROUP_NOUNS or lemma in HOLDER_NOUNS or head.pos_ == "NUM"
                          or lemma in QUANTITIES) and depth < 3:
            # "members of Hezbollah", "hundreds of supporters of the militias", "facilities of the militia",
            # "bases hosting US forces"
            for c in head.children:
                if c.dep_ == "acl" and lemma in HOLDER_NOUNS and c.lemma_.lower() in ("host", "house", "belong",
                                                                                        "use", "run", "hold"):
                    for o in c.children:
                        got = self._actors(o, doc, depth + 1) if o.dep_ in ("dobj", "pobj", "prep") else []
                        if o.dep_ == "prep":
                            got = [x for p in o.children for x in self._actors(p, doc, depth + 1)]
                        if got and a is None:
                            a = got[0]
            for c in head.children:
                if a is None and c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and lemma in GROUP_NOUNS)):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            got = [x for x in self._actors(p, doc, depth + 1) if x]
                            if got:
                                a, extra = got[0], got[1:]  # "the leaders of Britain, France and Germany"
        if a is None and depth < 3:
            # "the missiles fired by the Israeli military", "a plan proposed by France": the agent behind it
            for c in head.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    for r in c.children:
                        if r.dep_ == "agent" or (r.dep_ == "prep" and r.lower_ == "by"):
                            got = [x for p in r.children if p.dep_ == "pobj" for x in self._actors(p, doc, depth + 1)]
                            if got:
                                a = got[0]
        if a is None and lemma in HOLDER_NOUNS:
            # "an army camp", "a police station": the body that holds the place
            a = next((doc.mentions[c.i] for c in head.children if c.dep_ in ("compound", "amod")
                      and c.i in doc.mentions), None)
        if a is not None and resolved(a):
            out.append(a)
            out.extend(extra)
        for c in head.children:
            if c.dep_ == "conj":
                out.extend(self._actors(c, doc, depth))
        return out

    def _subject_tokens(self, verb):
        """Subject of ``verb``, inherited through coordination and control (urge X to ...)."""
        subj = _children(verb, "nsubj", "csubj")
        if subj:
            return subj[0], False
        pas = _children(verb, "nsubjpass")
        if pas:
            return pas[0], True
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return self._subject_tokens(verb.head)
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            gov = verb.head
            obj = _children(gov, "dobj")
            if obj and verb.dep_ == "xcomp":
                return obj[0], False
            return self._subject_tokens(gov)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, False
        return None, False

    # -- patterns ----------------------------------------------------------------------------------
    def _match(self, verb) -> VerbPattern | None:
        pats = self.p.verbs.get(verb.lemma_.lower())
        if not pats:
            return None
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        # spaCy often tags particles as adverbs or prepositions ("stepped down", "pulled back")
        loose = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep") and c.i == verb.i + 1}
        objs = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")}
        # "launched an air strike": also the compound + noun
        for c in verb.children:
            if c.dep_ == "dobj":
                for m in c.children:
                    if m.dep_ in ("compound", "amod"):
                        objs.add(f"{m.lower_} {c.lemma_.lower()}")
        preps = {c.lower_ for c in self._prep_children(verb)
                 if not any(p.ent_type_ in DATE_LABELS for p in c.children if p.dep_ == "pobj")}
        # "called for US forces to leave": 'for' marks the complement clause
        preps |= {m.lower_ for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                  for m in c.children if m.dep_ == "mark" and m.lower_ in ("for",)}
        best, best_w = None, -1
        for p in pats:
            if p.particle and p.particle not in particles and p.particle not in loose:
                continue
            if not p.particle and particles and any(q.particle in particles for q in pats):
                continue
            if p.objects and not (p.objects & objs):
                continue
            if p.prep and not (set(p.prep) & preps):
                continue
            # the more constraints met the better; a two-word object beats a one-word one
            w = p.weight * 2 + (1 if p.objects and any(" " in o for o in p.objects & objs) else 0)
            if w > best_w:
                best, best_w = p, w
        return best

    @staticmethod
    def _prep_children(verb):
        """Prepositions of the verb, and those spaCy hangs on its object ("imposed [sanctions on Iran]")."""
        out = [c for c in verb.children if c.dep_ in ("prep", "agent", "dative")]
        for c in verb.children:
            if c.dep_ == "dobj":
                out += [q for q in c.children if q.dep_ == "prep"]
        return out

    def _targets(self, verb, pat: VerbPattern, doc: Document, passive: bool, depth: int = 0) -> list[Actor]:
        if passive:
            tok, _ = self._subject_tokens(verb)
            return self._actors(tok, doc)
        if pat.target == "none":
            # "lifted restrictions imposed on Olmert", "sanctions against Iran": the object's own addressee
            for o in verb.children:
                if o.dep_ == "dobj":
                    got = self._object_addressee(o, doc)
                    if got:
                        return got
            if pat.cameo[:2] in ("01", "02", "03", "04", "05"):
                # "expressed serious concern to the Security Council", "voiced support for Kyiv",
                # "expressed optimism at the prospect of a trade deal with China"
                for q in self._prep_children(verb):
                    if q.lower_ in ("to", "about", "over", "for", "with", "at", "toward", "towards", "on"):
                        for p in q.children:
                            got = self._actors(p, doc) if p.dep_ == "pobj" else []
                            if got:
                                return got
                            if p.dep_ in ("pobj", "pcomp"):
                                inner = next((doc.mentions[t.i] for t in p.subtree if t.i != p.i
                                              and t.i in doc.mentions and resolved(doc.mentions[t.i])), None)
                                if inner is not None:
                                    return [inner]
            if pat.cameo[:2] in ("03", "02", "10", "12", "13") and depth < 2:
                # "offered to negotiate with the president of Armenia": the addressee is in the complement
                for c in verb.children:
                    if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
                        cpat = self._match(c)
                        got = self._targets(c, cpat, doc, False, depth + 1) if cpat is not None else []
                        got = got or [a for q in self._prep_children(c) if q.lower_ in TARGET_PREPS
                                      for p in q.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
                        if got:
                            return got
            return []
        if pat.target == "pobj":
            if "to" in pat.prep:  # "give Tanzania a grant": the dative is the recipient
                for c in verb.children:
                    if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
                        got = self._actors(c, doc)
                        if got:
                            return got
            for c in self._prep_children(verb):
                if c.lower_ in pat.prep and not any(p.dep_ == "pobj" for p in c.children):
                    # "granted asylum to five Panamanian officers holed up ...": the parser lost the object
                    for t in c.doc[c.i + 1:min(c.i + 7, self._sent.end if self._sent is not None else c.i + 7)]:
                        if t.i in doc.mentions:
                            return self._actors(t, doc)
                if c.lower_ in pat.prep:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ not in DATE_LABELS:  # not "on Monday"
                            got = self._actors(p, doc)
                            if got:
                                return got
            return []
        if pat.target == "xsubj":
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp", "advcl"):
                    s = _children(c, "nsubj", "nsubjpass")
                    if s:
                        return self._actors(s[0], doc)
            for c in verb.children:  # "called for the withdrawal of US troops"
                if c.dep_ == "prep":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            got = self._actors(p, doc) or [a for q in p.children if q.dep_ == "prep"
                                                           for pp in q.children for a in self._actors(pp, doc)]
                            if got:
                                return got
            return []
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                got = self._actors(c, doc)
                if got:
                    return got
                # "the strike on Soleimani", "targets in Iran": the object's own prepositional target
                for q in c.children:
                    if q.dep_ == "prep" and q.lower_ in TARGET_PREPS + ("of", "in", "by", "from"):
                        for pp in q.children:
                            got = self._actors(pp, doc)
                            if got:
                                return got
                got = self._object_addressee(c, doc)
                if got:
                    return got
        for c in verb.children:  # an object in a complement: "threatened to hit 52 Iranian sites"
            purpose = c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            if (c.dep_ in ("xcomp", "ccomp") or purpose) and c.pos_ == "VERB":
                cpat = self._match(c)
                if cpat is not None and depth < 2:
                    got = self._targets(c, cpat, doc, False, depth + 1)
                    if got:
                        return got
                for o in c.children:
                    if o.dep_ in ("dobj", "nsubj"):
                        got = self._actors(o, doc)
                        if got:
                            return got
                # "threatened to impose restrictions against German goods", "to resume attacks in Israel"
                for q in self._prep_children(c):
                    if q.lower_ in TARGET_PREPS + ("in",):
                        for p in q.children:
                            got = self._actors(p, doc) if p.dep_ == "pobj" else []
                            if got:
                                return got
        no_object = not any(c.dep_ == "dobj" for c in verb.children)
        for c in verb.children:
            if c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (no_object and c.lower_ == "as")):
                for p in c.children:
                    got = self._actors(p, doc)
                    if got:
                        return got
        # "condemned the strike", "described the killing as terrorism": the one who did it
        for c in verb.children:
            if c.dep_ in ("dobj", "pobj") or (c.dep_ == "prep" and c.lower_ in ("over", "for", "about")):
                noun = c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in self.p.nouns:
                    own = [a for a in [doc.mentions.get(noun.i)] if a and resolved(a)]
                    if own:
                        return own
                    violent = any(q.cameo[:2] in ("18", "19", "20") for q in self.p.nouns[noun.lemma_.lower()])
                    if violent and self._last_attacker is not None:
                        return [self._last_attacker]
        return []

    def _target_token(self, verb, pat: VerbPattern, passive: bool):
        if passive:
            return self._subject_tokens(verb)[0]
        if pat.target == "pobj":
            return next((p for c in self._prep_children(verb) if c.lower_ in pat.prep
                         for p in c.children if p.dep_ == "pobj"), None)
        if pat.target == "xsubj":
            return next((s for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")
                         for s in _children(c, "nsubj", "nsubjpass")), None)
        if pat.target == "dobj":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i not in self._doc_mentions:
                # "rejected a request from The New York Times", "the Kirkuk council decision": who is behind it
                for q in obj.children:
                    if q.dep_ == "prep" and q.lower_ in ("from", "by"):
                        p = next((x for x in q.children if x.dep_ == "pobj"), None)
                        if p is not None:
                            return p
                    if q.dep_ == "compound" and q.i in self._doc_mentions:
                        return q
            return obj
        return None

    def _sector_actor(self, tok, doc: Document) -> Actor | None:
        """The actor of a phrase known only by its sector ("rebels", "the police", "students")."""
        if tok is None:
            return None
        a = doc.mentions.get(tok.i)
        if a is None and tok.lemma_.lower() in HOLDER_NOUNS | PLACE_NOUNS | {"basis"}:
            # "a military base", "a police station": held by that sector
            stage = next((st for st in doc_stage_sectors(tok)), None)
            if stage is not None:
                a = Actor(text=tok.doc[tok.left_edge.i:tok.i + 1].text, name=f"{stage[1]} {tok.lemma_}", code=stage[0],
                          country=None, sector=stage[0], kind="sector", start=tok.left_edge.idx,
                          end=tok.idx + len(tok))
        if (a is None and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass")
                and self._domestic_ok):
            # a person named but not in the dictionary ("accused Gulen of"): of the other side's country
            left = tok.left_edge.i
            return Actor(text=tok.doc[left:tok.i + 1].text, name=tok.doc[left:tok.i + 1].text, code="", country=None,
                         sector=None, kind="person", start=tok.doc[left].idx, end=tok.idx + len(tok))
        if a is None or a.country or a.code.startswith(("IGO", "NGO")) or not a.sector or a.kind == "group":
            return None
        if any(c.lower_ in ("foreign", "international", "western", "other") for c in tok.children):
            return None
        return a

    @staticmethod
    def _domestic(a: Actor, country: str) -> Actor:
        return replace(a, country=country, code=country + (a.sector or ""), name=f"{a.name} ({country})")

    def _object_addressee(self, obj, doc: Document) -> list[Actor]:
        """The actor an object noun is aimed at or comes from: 'restrictions imposed on X',
        'sanctions against X', 'a request by X', 'aid to X'."""
        violent = any(n.cameo[:2] in ("15", "17", "18", "19", "20") for n in self.p.nouns.get(obj.lemma_.lower(), []))
        for q in obj.children:
            if q.dep_ == "prep" and (q.lower_ in ("on", "against", "to", "for", "by", "from", "with")
                                     or (violent and q.lower_ == "of")):  # "the blockade of Serbia"
                for p in q.children:
                    if p.dep_ == "pobj":
                        got = self._actors(p, doc)
                        if got:
                            return got
            if q.dep_ == "acl":  # "imposed on", "proposed by", "submitted by"
                for r in q.children:
                    if r.dep_ in ("prep", "agent") and r.lower_ in ("on", "against", "by", "to", "from"):
                        for p in r.children:
                            got = self._actors(p, doc) if p.dep_ == "pobj" else []
                            if got:
                                return got
        return []

    def _instrument(self, verb):
        """The event noun of 'killed in a US drone strike'."""
        for c in verb.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in self.p.nouns:
                        return p
        return None

    def _instrument_source(self, verb, doc: Document) -> list[Actor]:
        """Passive without an agent: 'killed in a US drone strike' -> the US."""
        noun = self._instrument(verb)
        return self._actors(noun, doc) if noun is not None else []

    # -- one sentence ---------------------------------------------------------------------------------
    def _in_quote(self, tok, quote_spans: list[tuple[int, int]]) -> bool:
        return any(s <= tok.idx < e for s, e in quote_spans)

    def _verb_candidates(self, sent, doc: Document, quote_spans) -> list[_Candidate]:
        out: list[_Candidate] = []
        for verb in sent:
            if verb.pos_ not in ("VERB",) or self._in_quote(verb, quote_spans):
                continue
            pat = self._match(verb) or self._light_verb(verb)
            cand = self._candidate(verb, pat, doc) if pat else None
            if cand is None:
                cand = self._harm_idiom(verb, doc) or self._obligation(verb, doc)
            if cand is not None:
                out.append(cand)
        return out

    def _light_verb(self, verb) -> VerbPattern | None:
        """'mounted an invasion of Lebanon', 'continued their hunger strike': the event is the object noun."""
        if verb.lemma_.lower() not in LIGHT_VERBS:
            return None
        for o in verb.children:
            if o.dep_ != "dobj":
                continue
            pats = self.p.nouns.get(o.lemma_.lower())
            if not pats:
                continue
            mods = {f"{m.lower_} {o.lemma_.lower()}" for m in o.children if m.dep_ in ("compound", "amod")}
            npat = next((q for q in pats if q.noun in mods), None) or next((q for q in pats if " " not in q.noun), None)
            if npat is None:
                continue
            return VerbPattern(npat.cameo, verb.lemma_.lower(), None, frozenset({o.lemma_.lower()}),
                               tuple(npat.preps), "pobj" if npat.preps else "dobj")
        return None

    def _governor(self, verb):
        g = verb
        while g.dep_ in ("xcomp", "ccomp", "conj") and g.head.i != g.i:
            if g.dep_ == "conj":
                g = g.head
                continue
            return g.head
        return None

    @staticmethod
    def _in_condition(verb) -> bool:
        """Inside an if/unless clause: 'if Tehran attacks Americans' is not an event."""
        t = verb
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
                return True
            if t.dep_ in ("ROOT",) or t.head.i == t.i:
                return False
            if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
                if t.pos_ == "VERB" and t.dep_ == "ROOT":
                    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)
                continue
            return False
        return False

    def _harm_idiom(self, verb, doc: Document) -> _Candidate | None:
        """'X said the US would pay the price' -> X threatens the US."""
        obj = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), None)
        if (verb.lemma_.lower(), obj) not in HARM_IDIOMS and (verb.lemma_.lower(), None) not in HARM_IDIOMS:
            return None
        speech = self._speech_governor(verb)
        if not (_modals(verb) & FUTURE_MODALS) or speech is None:
            return None
        speaker_tok, _ = self._subject_tokens(speech)
        src = self._actors(speaker_tok, doc)
        subj, _ = self._subject_tokens(verb)
        tgt = self._actors(subj, doc)
        if not src or not tgt or _negated(verb) or _negated(speech):
            return None
        return _Candidate("130", verb, src, tgt, "threatened", self._time_tokens(speech), 1)

    def _obligation(self, verb, doc: Document) -> _Candidate | None:
        """'Chirac said Iraq must cooperate', 'declared that China must drop barriers': a demand on Iraq, China."""
        if not (_modals(verb) & {"must", "should"}) or _negated(verb) or self._in_condition(verb):
            return None
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children):
            return None  # "if the deal is scrapped, it should be replaced": a conditional, not a demand
        speech = self._speech_governor(verb)
        if speech is None or speech.lemma_.lower() in ("suggest", "predict", "hint") or _negated(speech):
            return None
        src = self._actors(self._subject_tokens(speech)[0], doc)
        tgt = self._actors(self._subject_tokens(verb)[0], doc)
        if not src or not tgt or {a.code for a in src} & {a.code for a in tgt}:
            return None
        return _Candidate("100", verb, src, tgt, "asserted", self._time_tokens(speech), 1)

    @staticmethod
    def _speech_governor(verb):
        """The verb of saying whose complement ``verb`` is ('said [the US] would pay'), through coordination."""
        t = verb
        for _ in range(3):
            if t.dep_ not in ("ccomp", "csubj", "conj", "xcomp") or t.head.i == t.i:
                return None
            t = t.head
            if t.lemma_.lower() in SPEECH:
                return t
        return None

    def _candidate(self, verb, pat: VerbPattern, doc: Document) -> _Candidate | None:
        gov0 = self._governor(verb)
        refused = (verb.dep_ == "xcomp" and gov0 is not None and gov0.lemma_.lower() in REFUSAL
                   and self._match(gov0) is None)
        if _negated(verb) or refused:
            # "said it will not accept more refugees", "declined to resign": a refusal (CAMEO 12)
            if pat.cameo[:2] in ("03", "04", "05", "06", "07", "08") and (
                    refused or (_modals(verb) & FUTURE_MODALS and gov0 is not None and gov0.lemma_.lower() in SPEECH)):
                subj_tok, _ = self._subject_tokens(gov0 if refused else verb)
                source = self._actors(subj_tok, doc)
                if source and not self._in_condition(verb):
                    target = self._targets(verb, pat, doc, False)
                    return _Candidate("120", verb, source, target, "asserted",
                                      self._time_tokens(verb) or self._time_tokens(gov0), 0)
            return None
        if verb.lemma_.lower() == "call" and pat.cameo == "041" and any(
                c.dep_ in ("oprd", "ccomp") or (c.dep_ == "xcomp" and c.pos_ != "VERB") for c in verb.children):
            return None  # "called the strike reckless" names something; it is not a phone call
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return None  # "the coalition fighting the Islamic State group": a description, not news
        code = pat.cameo
        modality = "asserted"
        modals = _modals(verb)
        gov = self._governor(verb)
        if verb.dep_ == "xcomp" and gov is not None:
            modals |= _modals(gov)  # "would keep cooperating", "could start talks"
        mark = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if mark & {"if", "unless", "whether"} or verb.dep_ in ("pcomp",) and verb.head.lower_ in ("if",):
            return None
        if self._in_condition(verb):
            return None
        if (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and any(self._match(a) for a in verb.ancestors if a.pos_ == "VERB")):
            return None  # a purpose clause ("summoned the envoy to protest") belongs to its governor
        if gov is not None and _negated(gov):
            return None
        # A complement of an already coded governor ("urged X to work", "threatened to hit") is not its own event
        if verb.dep_ == "xcomp" and gov is not None and self._match(gov) is not None:
            return None
        if modals & SPECULATIVE_MODALS:
            return None
        if gov is not None and gov.lemma_.lower() in ("fail", "refuse", "decline") and verb.dep_ == "xcomp" \
                and code[:2] != "12":
            return None  # "failed to reach agreement": the act did not happen (the refusal is coded on its own)
        if gov is not None and gov.lemma_.lower() in SPECULATIVE_VERBS:
            return None  # "Iran appeared to be standing down", "weighing whether to trigger"
        speaker_src: list[Actor] = []
        root = code[:2]
        future = bool(modals & FUTURE_MODALS) or (verb.dep_ == "xcomp" and gov is not None
                                                    and gov.lemma_.lower() in INTENT)
        spoken = gov is not None and (gov.lemma_.lower() in SPEECH or gov.lemma_.lower() in INTENT)
        if future and not spoken and not (modals & {"will", "'ll", "shall", "wo"}):
            return None  # hypothetical: "would" with no one saying it
        if future:
            if spoken and gov.lemma_.lower() in ("suggest", "predict", "hint"):
                return None
            if root == "15":
                modality = "intended"  # "said it would send 3,000 troops" is a deployment announced
            elif root in _THREAT:
                code = _THREAT[root] or code
                modality = "threatened"
            elif root in _INTENT:
                code = _INTENT[root] or code
                modality = "intended"
            if spoken:
                st, _ = self._subject_tokens(gov)
                speaker_src = self._actors(st, doc)
                official = st is not None and st.i in doc.mentions and (doc.mentions[st.i].sector or "") in (
                    "GOV", "MIL", "COP", "LEG", "SPY")  # "a senior official said", "a spokesman said"
                if not speaker_src and st is not None and not official:
                    return None  # "analysts said Iran would ..." is speculation, not an event
        elif verb.dep_ == "ccomp" and gov is not None and gov.lemma_.lower() in ("suggest", "predict", "speculate",
                                                                                  "fear", "worry", "expect"):
            return None
        subj_tok, passive = self._subject_tokens(verb)
        if passive:
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            source = self._actors(agent, doc) if agent is not None else self._instrument_source(verb, doc)
        else:
            source = self._actors(subj_tok, doc)
        means = subj_tok if not passive else self._instrument(verb)
        if means is not None and means.lemma_.lower() in self.p.nouns and code[:2] in ("18", "19", "20"):
            # "a US drone strike killed X", "X was killed in a US drone strike": coded as the strike
            npats = self.p.nouns[means.lemma_.lower()]
            mods = {f"{m.lower_} {means.lemma_.lower()}" for m in means.children if m.dep_ in ("compound", "amod")}
            npat = next((q for q in npats if q.noun in mods), npats[0])
            if npat.cameo[:2] in ("18", "19", "20"):
                code = npat.cameo
        if modality in ("threatened", "intended") and speaker_src:
            if not source or source[0].country != speaker_src[0].country:
                source = speaker_src
        target = [] if self._reciprocal(verb) else self._targets(verb, pat, doc, passive)
        self._domestic_ok = code[:2] in DOMESTIC_ROOTS
        if not source or not target:
            # "The Sudanese government accused rebels", "Rebels attacked Sudanese troops": a side known only
            # by its sector is taken to be of the other side's country (a domestic event)
            if not source and target and not passive:
                loose = self._sector_actor(subj_tok, doc)
                if loose is not None and target[0].country:
                    source = [self._domestic(loose, target[0].country)]
            elif source and not target and source[0].country and pat.target != "none":
                loose = self._sector_actor(self._target_token(verb, pat, passive), doc)
                if loose is not None:
                    target = [self._domestic(loose, source[0].country)]
        if not source:
            return None
        if not target and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and pat.target != "none":
            # "telephoned Zelensky and apologised": the second act is addressed to the same actor
            target = [a for o in verb.head.children if o.dep_ == "dobj" for a in self._actors(o, doc)]
        if pat.target == "xsubj" and not any(c.dep_ in ("xcomp", "ccomp", "advcl") and _children(c, "nsubj", "nsubjpass")
                                             for c in verb.children):
            code = "020"  # "called for self-restraint": an appeal, not a demand on someone
        if code in ("130", "131"):
            # "threatened to hold a general strike unless Israel rescinded ...": what is threatened, and whom
            for c in verb.children:
                if c.dep_ == "xcomp" and c.pos_ == "VERB":
                    cpat = self._match(c)
                    if cpat is not None and _THREAT.get(cpat.cameo[:2]):
                        code = _THREAT[cpat.cameo[:2]]
                    for cond in c.children:
                        if cond.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in cond.children):
                            target = target or self._actors(self._subject_tokens(cond)[0], doc)
        if code[:2] == "03" and verb.lemma_.lower() in INTENT | {"say", "warn"}:
            # "promised that Iran would seek harsh revenge", "vowed to retaliate": an intent to harm is a threat
            comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
            for c in comp:
                cpat = self._match(c) if c.pos_ == "VERB" else None
                if cpat is not None and cpat.cameo[:2] in _THREAT and _THREAT[cpat.cameo[:2]]:
                    code, modality = _THREAT[cpat.cameo[:2]], "threatened"
                    target = target or self._targets(c, cpat, doc, False, 1)
                    break
            else:
                # the harm must be what is promised ("seek revenge"), not a modifier ("war-torn Mozambique")
                if any(t.lemma_.lower() in CONFLICT_NOUNS and t.dep_ in ("dobj", "pobj", "attr", "nsubj")
                       for c in comp for t in c.subtree):
                    code, modality = "138", "threatened"
        times = self._time_tokens(verb) or (self._time_tokens(gov) if gov is not None else [])
        return _Candidate(code, verb, source, target, modality, times, 0)

    def _noun_candidates(self, sent, doc: Document, used: set[int], quote_spans) -> list[_Candidate]:
        out = []
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.i in used or self._in_quote(tok, quote_spans):
                continue
            pats = self.p.nouns.get(tok.lemma_.lower())
            if not pats:
                continue
            mods = {f"{c.lower_} {tok.lemma_.lower()}" for c in tok.children if c.dep_ in ("compound", "amod")}
            pat: NounPattern | None = next((p for p in pats if p.noun in mods), None) or next(
                (p for p in pats if " " not in p.noun), None)
            if pat is None or any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
                continue
            if tok.head.pos_ == "VERB" and _negated(tok.head):
                continue
            src = [a for a in [doc.mentions.get(tok.i)] if a and resolved(a)]
            if not src:
                continue
            if pat.cameo[:2] in ("18", "19", "20"):
                self._last_attacker = src[0]  # "the US strikes": who later "the raids" refers to
            tgt: list[Actor] = []
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in (pat.preps or TARGET_PREPS):
                    for p in c.children:
                        tgt = tgt or self._actors(p, doc)
            if not tgt:
                continue
            out.append(_Candidate(pat.cameo, tok, src, tgt, "asserted", self._time_tokens(tok), 2))
        return out

    @staticmethod
    def _home_government(a: Actor, country: str | None = None) -> Actor:
        """The government a protest is aimed at when the text names no target: the one of the place
        where it happens, else the protesters' own."""
        c = country or a.country
        return Actor(text="", name=f"{c} government", code=f"{c}GOV", country=c, sector="GOV", kind="state",
                     start=a.start, end=a.start)

    @staticmethod
    def _reciprocal(verb) -> bool:
        return any(c.dep_ in ("dobj", "pobj") and c.lower_ in ("other", "another") for c in verb.subtree
                   if c.head.i == verb.i or c.head.head.i == verb.i)

    def _time_tokens(self, head) -> list[object]:
        """DATE entities whose nearest verb (or the noun event itself) is ``head``."""
        if head is None:
            return []
        found = []
        for ent in self._ents:
            if ent.label_ not in DATE_LABELS:
                continue
            t = ent.root
            anc = t.head
            steps = 0
            while anc.i != head.i and anc.pos_ not in ("VERB", "AUX") and anc.head.i != anc.i and steps < 8:
                anc, steps = anc.head, steps + 1
            if anc.i == head.i or (head.pos_ == "NOUN" and any(x.i == head.i for x in t.ancestors)):
                found.append(ent)
        return found

    def _place(self, cand: _Candidate, sent, actors: list[Actor]) -> Location | None:
        gaz = gazetteer()
        prefer = tuple(dict.fromkeys(a.country for a in actors if a.country))
        best = None
        for ent in self._ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            head = np_head(ent.root)
            prep = head.head if head.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in PLACE_PREPS:
                continue
            name = ent.text.removeprefix("the ").strip()
            loc = gaz.city(name, prefer)
            if loc is None:
                from .lexicon import load_lexicon

                states = [e for e in load_lexicon().meanings(name) if e.kind == "state"]
                if states and states[0].country:
                    loc = gaz.country(states[0].country, states[0].name)
            if loc is None:
                continue
            attached = cand.verb in prep.ancestors or prep.head == cand.verb or cand.verb in head.ancestors
            if not attached and loc.feature != "city":
                continue  # a country named elsewhere in the sentence is not where the event happened
            rank = (0 if attached else 1, 0 if loc.feature == "city" else 1)
            if best is None or rank < best[0]:
                best = (rank, loc)
        return best[1] if best else None

    # -- the stage ------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        sdoc = doc.spacy_doc
        body = doc.article.body if doc.article else ""
        published = doc.article.published if doc.article else doc.raw.date
        quote_spans = _quote_spans(body)
        events: list[Event] = []
        quotes: list[Quote] = []
        self._last_attacker = None
        self._doc_mentions = doc.mentions
        all_ents = list(sdoc.ents)  # Span.ents scans the whole document each time: split them once
        k = 0
        for sent in sdoc.sents:
            self._sent = sent
            while k < len(all_ents) and all_ents[k].start < sent.start:
                k += 1
            j = k
            while j < len(all_ents) and all_ents[j].start < sent.end:
                j += 1
            self._ents = all_ents[k:j]
            cands = self._verb_candidates(sent, doc, quote_spans)
            used = {t.i for c in cands for t in c.verb.subtree if t.pos_ == "NOUN" and t.dep_ == "pobj"}
            used |= {c.i for cand in cands for c in cand.verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")}
            cands += self._noun_candidates(sent, doc, used, quote_spans)
            seen: set[tuple[str, str, str]] = set()
            kept = 0
            for cand in sorted(cands, key=lambda c: (c.priority, c.verb.i)):
                if not cand.target and len({a.code for a in cand.source}) >= 2 and cand.code[:2] in MUTUAL_ROOTS:
                    cand.target = list(cand.source)  # "Iran and Iraq agreed": one event each way
                if not cand.target and cand.code[:2] in ("08", "09", "15", "16", "17"):
                    # "lifted a night curfew in Montenegro": the measure falls on the place where it is taken
                    where = self._place(cand, sent, list(cand.source))
                    if where is not None and where.country:
                        home = where.country == cand.source[0].country  # a domestic measure falls on the people
                        cand.target = [Actor(text=where.name, name=where.name + (" civilians" if home else ""),
                                             code=where.country + ("CVL" if home else ""), country=where.country,
                                             sector="CVL" if home else None, kind="sector" if home else "state",
                                             start=-1, end=-1)]
                if not cand.target and cand.code[:2] == "14":
                    where = self._place(cand, sent, list(cand.source))
                    home = where.country if where is not None and where.country else None
                    cand.target = [self._home_government(a, home) for a in cand.source[:1] if a.country]
                if not cand.target and cand.code[:2] not in NEED_NO_TARGET | (
                        {"13"} if cand.modality == "threatened" else set()):
                    continue
                for src in cand.source[:3]:
                    targets = [t for t in cand.target[:3] if t.code != src.code] or (
                        [None] if cand.code[:2] in NEED_NO_TARGET or cand.modality == "threatened" else [])
                    for tgt in targets:
                        if tgt is not None and tgt.code == src.code:
                            continue  # an actor does not act on itself
                        if (tgt is not None and src.country and src.country == tgt.country and cand.code[:2] == "16"
                                and src.sector in (None, "GOV") and tgt.sector in (None, "GOV")):
                            continue  # nor a state on its own government
                        key = (src.code, tgt.code if tgt else "", cand.code[:2])
                        if key in seen or kept >= self.max_per_sentence:
                            continue
                        seen.add(key)
                        kept += 1
                        events.append(self._event(cand, src, tgt, sent, published, body))
                        if cand.code[:2] in ("18", "19", "20") and cand.modality == "asserted":
                            self._last_attacker = src
            quotes.extend(self._quotes(sent, doc, quote_spans))
        doc.events = events
        doc.quotes = quotes
        return doc

    def _event(self, cand: _Candidate, src: Actor, tgt: Actor | None, sent, published, body) -> Event:
        info = code_info(cand.code)
        phrases = [t.text for t in cand.time_tokens]
        forward = cand.modality == "intended" and bool(_modals(cand.verb) & {"will", "'ll", "shall"})
        day, basis, background = resolve_date(phrases, published, forward=forward)
        loc = self._place(cand, sent, [src] + ([tgt] if tgt else []))
        return Event(source=src, target=tgt, cameo=info.code, root=info.root, quad_class=info.quad_class,
                     goldstein=info.goldstein, plover=info.plover, description=info.description,
                     date=day, date_basis=basis, background=background, location=loc,
                     evidence=Evidence(sentence=body[sent.start_char:sent.end_char].rstrip(), start=sent.start_char,
                                       end=sent.start_char + len(body[sent.start_char:sent.end_char].rstrip()),
                                       trigger=cand.verb.text),
                     modality=cand.modality)

    def _quotes(self, sent, doc: Document, quote_spans) -> list[Quote]:
        out = []
        body = doc.article.body if doc.article else ""
        for s, e in quote_spans:
            if not (sent.start_char <= s < sent.end_char) or e - s < 12:
                continue
            speaker = None
            speaker_text = ""
            for tok in sent:
                if tok.lemma_.lower() in SPEECH | {"quote", "cite"} and not (s <= tok.idx < e):
                    st = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
                    if tok.lemma_.lower() in ("quote", "cite"):  # "IRNA quoted him as saying"
                        st = next((c for c in tok.children if c.dep_ == "dobj"), st)
                    if st is not None:
                        speaker_text = st.text
                        got = self._actors(st, doc)
                        speaker = got[0] if got else None
                        break
            out.append(Quote(speaker=speaker, speaker_text=speaker_text, text=body[s + 1:e - 1], start=s + 1,
                             end=e - 1))
        return out


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of double-quoted passages (straight or curly quotes), within a paragraph."""
    spans = []
    start = None
    for i, ch in enumerate(text):
        if ch == "\n":
            start = None
        elif ch in "\u201c" or (ch == '"' and start is None):
            start = i
        elif ch in "\u201d" or ch == '"':
            if start is not None:
                spans.append((start, i + 1))
                start = None
    return spans
