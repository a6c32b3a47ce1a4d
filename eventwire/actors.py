"""Actors: find the political actors a text mentions and resolve each to a code.

Dictionary names (states, demonyms, seats of power, organisations, armed
groups, people) are matched with spaCy's PhraseMatcher, then attached to the
noun phrase they modify ("Iraq's parliament" -> IRQ + LEG, "the Iranian
foreign minister" -> IRN + GOV). Pronouns and bare titles ("he", "the
president") take the most recent fitting actor named earlier in the document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .lexicon import Entry, Lexicon, pick_person
from .records import Actor, Document

__all__ = ["ActorStage", "np_head", "town_state"]

_CLIMB = {"compound", "amod", "poss", "nmod", "npadvmod", "flat", "nummod", "quantmod"}
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
_THING_PRONOUNS = {"it", "its"}
_SAYING = {"say", "warn", "vow", "insist", "announce", "add", "pledge", "threaten", "promise", "declare", "state"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
# what is done to people ("accusing them of spying", "gave them 48 hours to leave"): "them" are people named before
_DONE_TO_PEOPLE = {"accuse", "charge", "give", "order", "expel", "deport", "detain", "arrest", "summon", "sentence",
                   "convict", "release", "free", "jail", "blame", "disperse"}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}  # a sector's voice "he" or "she" may stand for
# offices whose holder, named by the office alone, may be the "he" or "she" of what they say they did
_OFFICE_HOLDERS = _SPOKESPEOPLE | {"prosecutor", "envoy", "minister", "president", "chief", "secretary", "ambassador",
                                   "commander", "premier", "chancellor", "rapporteur", "commissioner", "head"}
# craft a later description may name by another word ("three navy vessels ... seized the ships", "a French frigate
# ... The warship"); a boat is not a warship
_BIG, _SMALL = frozenset({"big"}), frozenset({"small"})
_VESSELS = {"vessel": _BIG | _SMALL, "boat": _SMALL, "ship": _BIG, "tanker": _BIG, "warship": _BIG, "frigate": _BIG,
            "destroyer": _BIG, "corvette": _BIG}
_MEETINGS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "meet", "conference",
                       "round", "hold"})
_ASKING = frozenset({"demand", "urge", "ask", "insist", "request", "call"})
# definite descriptions and the kinds of actor they can name
_DESCRIPTIONS = {
    "bloc": {"igo"}, "alliance": {"igo"}, "organisation": {"igo", "group"}, "organization": {"igo", "group"},
    "body": {"igo"}, "grouping": {"igo"}, "watchdog": {"igo"}, "group": {"group"}, "movement": {"group"},
    "faction": {"group"}, "militia": {"group"}, "kingdom": {"state", "metonym"}, "country": {"state", "metonym"},
    "nation": {"state", "metonym"}, "republic": {"state", "metonym"}, "emirate": {"state", "metonym"},
    "sultanate": {"state", "metonym"}, "island": {"state", "metonym"}, "agency": {"igo"},
    "state": {"state", "metonym"}, "monarchy": {"state", "metonym"}, "archipelago": {"state", "metonym"},
    "enclave": {"state", "metonym"}, "territory": {"state", "metonym"},
    # "American and British warplanes struck Houthi targets ... The rebels vowed": the armed group told of before
    "rebel": {"group"}, "insurgent": {"group"}, "militant": {"group"}, "jihadist": {"group"},
    "guerrilla": {"group"}, "separatist": {"group"}}
# what one side's forces do to another's ("pounding Kurdish-led forces")
_ATTACKS = frozenset({"attack", "pound", "strike", "hit", "shell", "bomb", "target", "ambush", "raid", "bombard",
                      "kill", "rout", "overrun", "encircle", "repel", "repulse"})
DIPLOMATS = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "staff", "emissary", "representative"})
_REGION_STATES = {
    "baltic": frozenset({"EST", "LVA", "LTU"}), "gulf": frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"}),
    "nordic": frozenset({"NOR", "SWE", "FIN", "DNK", "ISL"}), "scandinavian": frozenset({"NOR", "SWE", "DNK"}),
    "balkan": frozenset({"SRB", "BIH", "HRV", "MNE", "MKD", "ALB", "XKX", "SVN", "BGR", "ROU", "GRC"}),
    "caucasus": frozenset({"GEO", "ARM", "AZE"}), "andean": frozenset({"BOL", "PER", "ECU", "COL"}),
    "himalayan": frozenset({"NPL", "BTN"}), "sahel": frozenset({"MLI", "BFA", "NER", "TCD", "MRT"}),
    "sahelian": frozenset({"MLI", "BFA", "NER", "TCD", "MRT"})}
_ISLANDS = {"TWN", "CUB", "JPN", "LKA", "CYP", "IRL", "ISL", "MLT", "SGP", "PHL", "IDN", "NZL", "HTI", "DOM", "JAM",
            "MDG", "MUS", "BHR", "FJI", "SLB", "PNG", "TLS", "MDV", "BRB", "TTO", "BHS", "COM", "CPV", "STP", "SYC",
            "KNA", "LCA", "VCT", "GRD", "DMA", "ATG", "TON", "WSM", "VUT", "KIR", "TUV", "NRU", "PLW", "MHL", "FSM",
            "COK", "GRL", "PRI"}  # states "the island" may stand for
_LED = {"led", "backed", "sponsored", "dominated", "allied", "aligned"}
_NOT_THEIRS = {"made", "built", "manufactured", "designed", "protected", "born", "educated", "trained", "bound",
               "facilitated", "brokered", "mediated", "hosted", "sponsored",
               "recognised", "recognized"}  # "EU-facilitated talks", "the UN-recognised government": not theirs
_REGION_WORDS = {"latin", "central", "south", "north", "east", "west", "southern", "northern", "eastern", "western",
                 "sub-saharan", "the"}  # before "America"/"Africa": a region, not a country
_POSSESSIVES = {"his", "her", "its", "their"}
_LOCATIVE = ("in", "near", "at", "across", "inside", "throughout", "through")  # prepositions that say where an actor is
_PAIR_NOUNS = {"side", "country", "leader", "president", "nation", "government", "neighbour", "neighbor", "minister",
               "state", "capital", "delegation", "man", "premier", "army", "rival", "foe"}
_PRIORITY = {"person": 0, "group": 1, "igo": 2, "metonym": 3, "state": 4, "ethnic": 5}


def _plain(text: str) -> str:
    """Lower case without accents ("Raúl" is "raul"), for comparing a first name with an entry's."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


# "a French aid worker" is a French citizen (the agency he works for is an NGO; he is not one)
_AID_PEOPLE = {"worker", "volunteer", "staffer", "employee", "nurse", "doctor"}
_GENERIC_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}  # sectors that belong to a state
_PLACE_NOUNS = ("province", "district", "city", "town", "region", "governorate", "county", "village")
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "van", "von", "le", "la", "del"}
_UNRULY = ("REB", "INS", "CVL", "OPP", "LAB")  # crowds and fighters, placed by where they act
# "foreign ministers", "West African leaders", "Nordic governments": people of many countries, none of them one
NOT_ONE_COUNTRY = frozenset({"foreign", "international", "western", "other", "african", "asian", "european", "arab",
                             "nordic", "balkan", "caribbean", "baltic", "scandinavian"})
_BANKS_OF_RIVERS = {"west", "western", "east", "eastern", "left", "right", "north", "northern", "south", "southern",
                    "opposite", "far"}
# what one does to another's people ("expelled diplomats", "accusing diplomats there of espionage")
_NOT_OWN = frozenset({"expel", "deport", "oust", "eject", "accuse", "sanction", "blame"})
_AT_OTHERS = _NOT_OWN | {"summon"}  # ("It also summoned Ankara's envoy": no one summons their own country's envoy)
_FOREIGN = NOT_ONE_COUNTRY | {"regional", "allied", "coalition"}


def town_state(tok, untagged: bool = False) -> Actor | None:
    """The state the town named by ``tok`` is in ("Tel Aviv", "Port Sudan"), from the gazetteer, as a side of an
    event; None when ``tok`` is in no place name or the gazetteer does not know the town. With ``untagged``, a
    proper noun the tagger left out of its places is looked up too (where the phrase says it is a place: "a court
    in Guangdong")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "GPE"), None)
    if ent is None and untagged and tok.pos_ == "PROPN" and not tok.ent_type_:
        ent = tok.doc[min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")]):tok.i + 1]
    if ent is None:
        return None
    from .places import gazetteer

    loc = gazetteer().city(ent.text)
    if loc is None or not loc.country:
        return None
    return Actor(text=ent.text, name=loc.name, code=loc.country, country=loc.country, sector=None, kind="state",
                 role="inferred", start=ent.start_char, end=ent.end_char)


def not_one_country(tok, words: frozenset[str] = NOT_ONE_COUNTRY, spare: tuple[str, ...] = ()) -> bool:
    """Whether a phrase's own modifiers, or its compound's, say it is of no one country ("foreign ministers", "West
    African leaders", "unnamed foreign intelligence services"); ``spare`` are words that do not count here."""
    return any((c.lower_ in words and c.lower_ not in spare)
               or (c.dep_ == "compound" and any(g.lower_ in NOT_ONE_COUNTRY for g in c.children)) for c in tok.children)
# "West African leaders", "Gulf Arab ministers": a region's bloc speaking through its members (longest phrase first)
_REGIONAL_BLOCS = (("west african", "ECOWAS"), ("southeast asian", "ASEAN"), ("gulf arab", "Gulf Cooperation Council"),
                   ("gulf", "Gulf Cooperation Council"), ("african", "African Union"), ("arab", "Arab League"),
                   ("european", "European Union"))
_BLOC_MEMBERS = {"leader", "minister", "head", "president", "premier", "chief"}
# People and things a country name can describe without making them political actors
# ("a Japanese player", "the Colombian pop star", "India's mobile operators")
NON_POLITICAL_HEADS = frozenset({
    "player", "star", "singer", "actor", "actress", "athlete", "team", "club", "coach", "striker", "footballer",
    "champion", "band", "artist", "rapper", "musician", "celebrity", "fan", "boyfriend", "girlfriend", "golfer",
    "cyclist", "runner", "swimmer", "boxer", "sprinter", "tennis", "squad", "goalkeeper", "midfielder", "defender",
    "winger", "skier", "model", "designer", "chef", "novelist", "filmmaker", "director", "rider", "jockey", "gymnast",
    "operator", "carmaker", "automaker", "retailer", "brand", "startup", "airline", "insurer", "lender", "stock",
    "railway", "railways", "railroad", "airways", "motors",
    "share", "index", "bourse", "currency", "economy", "market", "film", "movie", "album", "song", "novel",
    "astronomer", "scientist", "researcher", "physicist", "biologist", "archaeologist", "geologist", "observatory",
    "academy",
    # currencies ("the Indian rupee slid to a record low")
    "rupee", "rupiah", "dollar", "euro", "yen", "yuan", "renminbi", "rouble", "ruble", "peso", "lira", "won", "rand",
    "naira", "shekel", "ringgit", "baht", "dong", "franc", "krona", "krone", "zloty", "forint", "hryvnia", "bond"})


def _subject_like(tok) -> bool:
    """A subject, or the noun a quantity subject counts ("Hundreds of doctors marched")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ in ("compound", "poss") and tok.head.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPOKESPEOPLE:
        return True  # "the ministry spokesman said", "Beijing's spokesman said"
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("nsubj", "nsubjpass")
            and (tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in (
                "hundred", "thousand", "dozen", "million", "group", "crowd", "number", "some", "many", "most", "all")))


def _voice_of(p: Actor, holder, tok) -> bool:
    """Whether the person pronoun ``tok`` may stand for the body ``p``, named by the token ``holder``: its
    spokesperson as the subject of a saying verb ("its foreign ministry spokesman said ... He said"), or an office
    holder who tells of his own act ("The prosecutor of the International Criminal Court said he had opened an
    inquiry")."""
    saying = _SAYING | {"tell"}
    if (p.kind == "sector" and _SPOKESPEOPLE & {holder.lemma_.lower(), holder.head.lemma_.lower()}
            and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in saying):
        return True
    return (p.kind in ("sector", "igo") and holder.lemma_.lower() in _OFFICE_HOLDERS and holder.dep_ == "nsubj"
            and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head.i == holder.head.i
            and tok.head.head.lemma_.lower() in saying)


def _attribution(tok) -> bool:
    """The speaker of a trailing attribution ("..., the Palestinian Prisoners' Society said"), who reports the news
    rather than acts in it: not the "they" of the next sentence."""
    verb = tok.head
    return (tok.dep_ == "nsubj" and verb.lemma_.lower() in ("say", "report", "tell", "announce", "add")
            and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
            or verb.dep_ == "parataxis" and verb.lemma_.lower() in ("say", "report"))


def _other_clause(sdoc, j: int, tok) -> bool:
    """Whether mention j sits in a coordinated clause of its own that tok is not in ("Police detained dozens, and
    the president accused the United States ...": the president and the United States are the second clause's)."""
    t = sdoc[j]
    while t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return not (t.left_edge.i <= tok.i <= t.right_edge.i)  # ("stormed and looted a base in Goma": one clause)
        t = t.head
    return False


def np_head(tok):
    """The head noun of the phrase a modifier belongs to ("Iraq" in "Iraq's parliament" -> "parliament")."""
    h = tok
    for _ in range(6):
        if h.dep_ in _CLIMB and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM"):
            if h.dep_ == "npadvmod" and h.head.pos_ != "VERB" and h.head.dep_ != "amod":
                break
            h = h.head
        elif (h.dep_ == "appos" and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN")
              and not (h.head.tag_ == "NNS" and h.tag_ == "NNP" and h.i - h.head.i > 8)):
            # ("struck three nuclear sites, including the plant at Fordow, President Trump said": the parser may
            # hang the teller on the things named as their apposition)
            h = h.head
        else:
            break
    return h


def listed_appositions(tok) -> list:
    """The appositions of ``tok`` that open a list ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the
    parser may take the list's second name for an apposition of the first and join the rest to it)."""
    return [c for c in tok.children if c.dep_ == "appos" and any(d.dep_ == "conj" for d in c.children)]


class ActorStage:
    """Sets ``doc.mentions`` (phrase head -> Actor) and ``doc.actors``."""

    name = "actors"
    requires = ("spacy_doc",)
    assigns = ("actors", "mentions")

    def __init__(self, lexicon: Lexicon, nlp) -> None:
        from spacy.matcher import PhraseMatcher

        self.lex = lexicon
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower_terms, exact_terms = [], []
        exact_keys = {e.lower() for e in lexicon.exact}
        for key in lexicon.terms:
            if key in exact_keys:
                continue
            lower_terms.append(key)
        for surface in lexicon.exact:
            exact_terms.append(surface)
        self.lower.add("ACTOR", list(nlp.tokenizer.pipe(lower_terms)))
        self.exact.add("ACTOR", list(nlp.tokenizer.pipe(exact_terms)))
        self.titles = {t for t, s in lexicon.sectors.items() if s.title}

    # -- sector words ---------------------------------------------------------------------------------
    def sector_of(self, tok) -> tuple[str | None, bool]:
        """(sector, is_title) of a noun, looking at two-word terms first ("foreign minister")."""
        lemma = tok.lemma_.lower()
        doc = tok.doc
        # "secretary-general", "attorney-general": the tokenizer splits a hyphenated title; the parser makes either
        # word the head, and the other word is then part of its title, no actor of its own
        joined = []
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            joined.append((f"{lemma}-{doc[tok.i + 2].lower_}", doc[tok.i + 2]))
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            joined.append((f"{doc[tok.i - 2].lower_}-{lemma}", doc[tok.i - 2]))
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            joined = []  # a title before a name ("Secretary-General Antonio Guterres") is read as before
        for form, other in joined:
            for key in (form, form.replace("-", " ")):
                if key in self.lex.sectors:
                    if other.head.i == tok.i or tok.head.i != other.i:
                        st = self.lex.sectors[key]
                        return st.sector, st.title
                    return None, False
        if lemma == "media" and tok.i > 0 and doc[tok.i - 1].lower_ == "social":
            return None, False  # "a social media post": no newsroom
        if lemma == "bank" and any(c.dep_ == "amod" and c.lower_ in _BANKS_OF_RIVERS for c in tok.children):
            return None, False  # "the western bank of the Dnipro": a river's side
        for left in (c for c in tok.lefts if c.dep_ in ("amod", "compound")):
            two = f"{left.lower_} {lemma}"
            if two in self.lex.sectors:
                st = self.lex.sectors[two]
                return st.sector, st.title
        for form in (lemma, tok.lower_):
            if form in self.lex.sectors:
                st = self.lex.sectors[form]
                return st.sector, st.title
        return None, False

    def _modifier_sector(self, head) -> tuple[str | None, bool]:
        sector, title = self.sector_of(head)
        if sector:
            return sector, title
        for c in head.lefts:
            if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ"):
                s, t = self.sector_of(c)
                if s:
                    return s, t
        return None, False

    # -- the stage ------------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        from spacy.util import filter_spans

        sdoc = doc.spacy_doc
        self._text = sdoc.text  # once per document: Doc.text builds a new string each time
        # sentence bounds per token, once (Token.sent scans the document each time it is read)
        self._sent_start = [0] * len(sdoc)
        self._sent_end = [0] * len(sdoc)
        for sent in sdoc.sents:
            for i in range(sent.start, sent.end):
                self._sent_start[i], self._sent_end[i] = sent.start, sent.end

        day = (doc.article.published or doc.raw.date or "")[:10] if doc.article else doc.raw.date
        spans = [sdoc[s:e] for _, s, e in self.lower(sdoc)] + [sdoc[s:e] for _, s, e in self.exact(sdoc)]
        # "the Minsk truce": an article that belongs to the phrase's noun, not to the name matched with it
        spans = [sp[1:] if len(sp) > 1 and sp[0].dep_ == "det" and not sp.start <= sp[0].head.i < sp.end else sp
                 for sp in filter_spans(spans)]
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        by_head: dict[int, list[tuple[object, list[Entry]]]] = {}
        for span in spans:
            entries = self.lex.meanings(span.text)
            if not entries:
                continue
            if (span.end + 1 < len(sdoc) and sdoc[span.end].text == "-"
                    and sdoc[span.end + 1].lower_ in _NOT_THEIRS):
                continue  # "Russian-made rockets", "the UN-protected enclave": made or guarded, not theirs
            if (span.start > 1 and sdoc[span.start - 1].text == "-" and sdoc[span.start - 2].pos_ == "PROPN"
                    and all(e.kind == "person" for e in entries)):
                continue  # "Nazanin Zaghari-Ratcliffe" is not John Ratcliffe
            if span.start > 1 and sdoc[span.start - 1].text == "-" and sdoc[span.start - 2].lower_ in ("pro", "anti"):
                continue  # "pro-Russian separatists" in Ukraine are not Russia's, "anti-American protesters" not America's
            if (span.start > 0 and sdoc[span.start - 1].lower_ == "lake") or (
                    span.start > 1 and sdoc[span.start - 1].lower_ == "of"
                    and sdoc[span.start - 2].lower_ in ("sea", "gulf", "bay")):
                continue  # "Lake Chad", "the Gulf of Oman", "the Sea of Japan": waters, not the state
            if (span.end < len(sdoc) and sdoc[span.end].lower_ in ("valley", "river", "basin", "strait", "delta")
                    and sdoc[span.end].pos_ == "PROPN" and all(e.kind in ("state", "metonym") for e in entries)):
                continue  # "the Jordan Valley", "the Congo River": land or water that bears the name
            if span.start > 0 and sdoc[span.start - 1].lower_ in _REGION_WORDS and span.text in ("America", "Africa"):
                continue  # "Latin America", "Central America", "South Africa" is a country of its own elsewhere
            head = np_head(span.root)
            if head.pos_ in ("VERB", "AUX") and not span.start <= head.i < span.end:
                # "King Willem-Alexander apologised": a name the parser broke at its hyphen is still the noun phrase,
                # not the verb
                head = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")), span[-1])
            by_head.setdefault(head.i, []).append((span, entries))
        for head_i, found in list(by_head.items()):
            # a list whose second name the parser took for an apposition names each country in its own right
            listed = {t.i for c in listed_appositions(sdoc[head_i]) for t in c.subtree}
            moved = [(sp, es) for sp, es in found if sp.root.i in listed and not sp.start <= head_i < sp.end
                     and all(e.kind in ("state", "metonym") for e in es)]
            for sp, es in moved:
                found.remove((sp, es))
                by_head.setdefault(sp.root.i, []).append((sp, es))
        mentions: dict[int, Actor] = {}
        joined: dict[int, list[Actor]] = {}
        for head_i, found in by_head.items():
            people = sorted((sp for sp, es in found if all(e.kind == "person" for e in es)), key=lambda sp: sp.start)
            if len(people) == 2 and any(t.dep_ == "cc" and t.lower_ == "and"
                                        for t in sdoc[people[0].end:people[1].start]):
                # "US President Donald Trump and North Korean leader Kim Jong Un met": the parser may hang both
                # names on one head; each is an actor of the phrase
                two = [self._resolve(sdoc, sdoc[head_i], [(sp, es) for sp, es in found if sp is p], day)
                       for p in people]
                if all(two) and two[0].code != two[1].code:
                    joined[head_i] = [replace(a, start=sp.start_char, end=sp.end_char, text=sp.text)
                                      for a, sp in zip(two, people)]
            apposed = {t.i for c in sdoc[head_i].children if c.dep_ == "appos" for t in c.subtree}
            if apposed and any(sp.start <= head_i < sp.end and any(e.kind in ("state", "metonym") for e in es)
                               for sp, es in found):
                # "Russia, Assad's main backer, suspended ...": the country named, not whom its apposition names
                found = [(sp, es) for sp, es in found if sp.root.i not in apposed]
            if sdoc[head_i].lemma_.lower() in NON_POLITICAL_HEADS and not any(
                    sp.start <= head_i < sp.end for sp, _ in found):
                continue
            actor = self._resolve(sdoc, sdoc[head_i], found, day)
            if actor:
                mentions[head_i] = actor
        # Heads that only name a sector: "the president", "protesters", and their "of X" phrases.
        for tok in sdoc:
            if (tok.i in mentions or tok.i in covered or tok.pos_ not in ("NOUN", "PROPN")
                    or tok.lemma_.lower() in NON_POLITICAL_HEADS):
                continue
            sector, title = self.sector_of(tok)
            if not sector:
                continue
            of = self._of_actor(tok, mentions)
            if of is not None:
                mentions[tok.i] = replace(of, text=self._phrase(tok), sector=sector if of.kind != "person" else of.sector,
                                          code=(of.country or "") + sector if of.country and of.kind != "person" else of.code,
                                          start=tok.left_edge.idx, end=tok.idx + len(tok))
            else:
                key = tok.i
                head = tok.head
                named = mentions.get(head.i)
                if (title and tok.dep_ == "compound" and head.pos_ == "PROPN" and named is not None and named.country
                        and named.kind == "state" and head.i > tok.i
                        and any(c.dep_ == "amod" and any(e.kind == "state" and e.country == named.country
                                                         for e in self.lex.meanings(c.text)) for c in tok.children)):
                    # "Russian Deputy Foreign Minister Sergei Ryabkov": a name the lexicon does not know, placed by
                    # its adjective, is the titled person (not a second, unplaced title)
                    mentions[head.i] = replace(named, kind="person", sector=sector, code=named.country + sector)
                    continue
                if (title and tok.dep_ == "compound" and head.pos_ == "PROPN" and head.i not in mentions
                        and head.i not in covered and head.i > tok.i):
                    key = head.i  # "President Dos Santos": the titled person is the phrase's head
                if sector == "JUD" and any(c.dep_ == "amod" and c.lower_ == "international" for c in tok.children):
                    # "an international tribunal in The Hague": a court of states is an intergovernmental body
                    mentions[key] = Actor(text=self._phrase(sdoc[key]), name=f"international {tok.lemma_}",
                                          code="IGOJUD", country=None, sector="JUD", kind="igo",
                                          start=sdoc[key].left_edge.idx, end=sdoc[key].idx + len(sdoc[key]))
                    continue
                mentions[key] = Actor(text=self._phrase(sdoc[key]), name=tok.lemma_, code=sector, country=None,
                                      sector=sector, kind="person" if title else "sector",
                                      start=sdoc[key].left_edge.idx, end=sdoc[key].idx + len(sdoc[key]))
        pairs: dict[int, list[Actor]] = dict(joined)
        self._resolve_context(sdoc, mentions, pairs)
        self._place_countries(sdoc, mentions)
        for i, a in list(mentions.items()):
            tok = sdoc[i]
            if tok.dep_ == "attr" and tok.head.lemma_.lower() in ("be", "become") and any(
                    c.dep_ == "relcl" and c.pos_ == "VERB" for c in tok.children):
                # "Scholz became the first G7 leader to visit China": the one who visits is the subject
                subj = next((mentions[c.i] for c in tok.head.children if c.dep_ == "nsubj" and c.i in mentions
                             and mentions[c.i].country), None)
                if subj is not None:
                    mentions[i] = replace(subj, text=a.text, start=a.start, end=a.end)
        for i, a in list(mentions.items()):
            if a.country is None and a.kind == "sector" and a.sector and not a.code.startswith(("IGO", "NGO")):
                # "the main opposition party": the head is of the country its modifier was placed in
                inner = next((mentions[c.i] for c in sdoc[i].children if c.dep_ == "compound" and c.i in mentions
                              and mentions[c.i].country and mentions[c.i].kind == "sector"), None)
                if inner is not None:
                    mentions[i] = replace(a, country=inner.country, code=inner.country + a.sector)
        self._joint_modifiers(sdoc, mentions, pairs)
        doc.mentions = mentions
        doc.pairs = pairs
        doc.actors = [a for _, a in sorted(mentions.items())
                      if a.country or a.kind in ("igo", "group") or a.code.startswith(("IGO", "NGO"))]
        return doc

    @staticmethod
    def _joint_modifiers(sdoc, mentions: dict[int, Actor], pairs: dict[int, list[Actor]]) -> None:
        """"French and Egyptian warships", "U.S. and Russian negotiators": one phrase, two countries' actors."""
        for head_i, a in list(mentions.items()):
            if a.kind not in ("state", "sector", "person") or not a.country or head_i in pairs:
                continue
            countries = [a.country]
            for c in sdoc[head_i].children:
                if c.dep_ not in ("amod", "compound", "nmod"):  # ("US and British warplanes": "US" may be nmod)
                    continue
                for d in c.children:  # "Georgian [and Azerbaijani] troops"
                    other = mentions.get(d.i)
                    if d.dep_ == "conj" and other is not None and other.kind == "state" and other.country \
                            and other.country not in countries:
                        countries.append(other.country)
            if len(countries) >= 2:
                pairs[head_i] = [replace(a, country=c, code=c + (a.sector or ""), name=f"{a.name} ({c})")
                                 for c in countries]

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for d in docs:
            if not d.error:
                self(d)
        return docs

    def _phrase(self, head) -> str:
        left = head.left_edge
        for t in head.lefts:  # drop leading determiners
            if t.dep_ == "det":
                left = t.doc[t.i + 1] if t.i + 1 <= head.i else head
            break
        start = min(left.i, head.i)
        return head.doc[start:head.i + 1].text

    def _of_actor(self, tok, mentions: dict[int, Actor]) -> Actor | None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at"):
                for p in c.children:
                    # "judges at the International Criminal Court": at an organisation, not at a place
                    if p.dep_ == "pobj" and p.i in mentions and (c.lower_ != "at" or mentions[p.i].kind == "igo"):
                        return mentions[p.i]
        return None

    def _resolve(self, sdoc, head, found, day: str | None) -> Actor | None:
        best: tuple[int, Entry] | None = None
        country_entry: Entry | None = None
        former = any(t.lower_ in ("former", "ex", "late") for t in head.subtree if t.i < head.i or t.dep_ == "amod")
        def backer(span) -> bool:  # "Iran" in "Iran-backed"
            return span.end + 1 < len(sdoc) and sdoc[span.end].text == "-" and sdoc[span.end + 1].lower_ in _LED
        own = [s for s, es in found if not backer(s) and any(e.kind in ("state", "metonym") for e in es)]
        for span, entries in found:
            if own and backer(span) and any(e.kind in ("state", "metonym") for e in entries):
                continue  # "Iran-backed Iraqi militias" are Iraqi, backed by Iran
            if (span.root.dep_ == "compound" and head.i not in range(span.start, span.end)
                    and not (span.root.head.i == head.i and head.lemma_.lower() in self.lex.sectors)):
                # "Baghdad airport", "Tehran province": a capital naming a place, not the government
                # (a capital naming a body is the country's: "a Moscow court", "Kabul police")
                entries = [e for e in entries if e.kind != "metonym"]
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start and not self.lex.meanings(c.text)
                   and c.lower_ not in self.lex.sectors for c in span.root.children):
                # "the Louvre Abu Dhabi", "NYU Abu Dhabi": an institution named after the city, not its government
                entries = [e for e in entries if e.kind != "metonym"]
            prev = sdoc[span.start - 1] if span.start > 0 else None
            if (prev is not None and len(span) == 1 and prev.tag_ == "NNP" and prev.dep_ in ("compound", "flat")
                    and prev.head.i == span.start and prev.lower_ not in self.lex.sectors
                    and not self.lex.meanings(prev.text) and prev.lower_ not in _NAME_PARTICLES):
                # "Jimmy Lai" is not Lai Ching-te: a first name the entry does not have names someone else
                # (a spelling of the same name keeps it: "Sergey" for Sergei, "Sooronbai" for Sooronbay)
                entries = [e for e in entries if e.kind != "person" or _plain(prev.text[:4]) in _plain(e.name)]
            for e in entries:
                if e.kind == "person":
                    e2, was = pick_person(entries, day)
                    if e2 is None:
                        continue
                    e, former = e2, former or was
                rank = _PRIORITY[e.kind]
                if best is None or rank < best[0]:
                    best = (rank, e)
                if e.kind in ("state", "metonym") and country_entry is None:
                    country_entry = e
                break  # first meaning of a surface form wins
        if best is None:
            return None
        entry = best[1]
        if entry.kind == "person" and (former or entry.sector == "ELI"):
            # "the EU's chief negotiator, Michel Barnier": a person out of national office, named by an
            # organisation's title, acts for the organisation
            # ("African Union envoy Olusegun Obasanjo": the organisation may name the title before the name)
            org = next((e for s, es in found if s.root.dep_ in ("poss", "compound") and (
                s.root.head.i == head.i or (s.root.head.dep_ == "compound" and s.root.head.head.i == head.i))
                        for e in es[:1] if e.kind == "igo"), None)
            if org is not None:
                entry, former = org, False
        if entry.kind == "igo" and country_entry is not None:
            igo_start = min(s.start for s, es in found if any(e.kind == "igo" for e in es))
            state_spans = [s for s, es in found if any(e.kind in ("state", "metonym") for e in es)]
            state_start = min(s.start for s in state_spans)
            led = any(s.end + 1 < len(sdoc) and sdoc[s.end].text == "-" and sdoc[s.end + 1].lower_ in _LED
                      for s in state_spans)  # "the Russian-led Collective Security Treaty Organisation" is the bloc
            if state_start < igo_start and not led:  # "Iran's Supreme National Security Council" is Iran's
                entry = Entry(name=country_entry.name, code=(country_entry.country or "") + "GOV",
                              country=country_entry.country, sector="GOV", kind="state")
        sector, is_title = self._modifier_sector(head)
        start = min(s.start_char for s, _ in found)
        text = self._text[start:head.idx + len(head)] if head.idx >= start else head.text
        if entry.kind == "person":
            sec = "ELI" if former else entry.sector
            code = (entry.country or "") + (sec or "") if entry.country else entry.code
            return Actor(text=text, name=entry.name, code=code, country=entry.country, sector=sec, kind="person",
                         role=entry.role, start=start, end=head.idx + len(head))
        if entry.kind == "group":
            return Actor(text=text, name=entry.name, code=entry.code, country=entry.country,
                         sector=entry.sector, kind="group", start=start, end=head.idx + len(head))
        if entry.kind == "igo" and sector == "BUS" and head.i not in {s.root.i for s, _ in found}:
            # "the European planemaker": a firm of the continent, not the bloc
            return Actor(text=text, name=head.lemma_.lower(), code="BUS", country=None, sector="BUS", kind="sector",
                         start=start, end=head.idx + len(head))
        if entry.kind == "igo":
            return Actor(text=text, name=entry.name, code=entry.code, country=None, sector=entry.sector or "IGO",
                         kind="igo", start=start, end=head.idx + len(head))
        if entry.kind == "ethnic":  # "ethnic Albanian guerrillas", "Kurds": a community, placed by its country
            sec = sector or "CVL"
            return Actor(text=text, name=entry.name, code=(entry.country or "") + sec, country=entry.country,
                         sector=sec, kind="sector", start=start, end=head.idx + len(head))
        if sector == "NGO" and entry.kind in ("state", "metonym") and head.lemma_.lower() not in _AID_PEOPLE:
            # "a Swiss humanitarian agency": a non-governmental body, whatever its country (coded NGO, not CHE)
            return Actor(text=text, name=f"{entry.name.split(' (')[0]} {head.lemma_.lower()}", code="NGO", country=None,
                         sector="NGO", kind="sector", start=start, end=head.idx + len(head))
        # a state, possibly with a sector from the head noun ("Iranian forces")
        sec = sector or entry.sector
        if former and sec == "GOV":
            sec = "ELI"
        return Actor(text=text, name=entry.name.split(" (")[0], code=entry.code if not sector else
                     (entry.country or entry.code[:3]) + sector, country=entry.country, sector=sec,
                     kind="person" if is_title else "state", role=None, start=start, end=head.idx + len(head))

    def _prev_sentence_start(self, i: int) -> int:
        """Where the sentence before token ``i``'s starts (0 in the first sentence): the window a description or a
        bare title looks back over."""
        start = self._sent_start[i]
        return self._sent_start[start - 1] if start > 0 else 0

    def _description(self, tok, history: list[tuple[int, Actor]], sdoc,
                     mentions: dict[int, Actor]) -> Actor | list[Actor] | None:
        """Definite descriptions: "the bloc" is the organisation, "the kingdom" the state, "the militant group"
        the armed group named before; "the two sides" and "both countries" the last two states."""
        low = tok.lemma_.lower()
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")}
        if (dets & {"two", "both"} and low in _PAIR_NOUNS) or (tok.lower_ == "two" and "the" in dets):
            seen: list[Actor] = []
            for i, p in reversed(history):
                if (sdoc[i].dep_ == "pobj" and sdoc[i].head.lower_ in ("in", "at") and p.kind in ("metonym", "state")
                        and sdoc[i].head.head.lemma_.lower() in _MEETINGS) or (
                        sdoc[i].dep_ == "compound" and p.kind == "sector"):
                    # ("talks in Vienna ... between the two delegations": where they meet is no side, nor a title
                    # word inside a name, "EU official Enrique Mora")
                    continue
                if p.country and p.kind != "group" and all(p.country != q.country for q in seen):
                    seen.append(p)
                if len(seen) == 2:
                    return list(reversed(seen))
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        if owner is not None and low in ("country", "nation", "government", "kingdom", "state"):
            # "his country", "its government": the country of whoever the pronoun is
            who = mentions.get(owner.i)
            if who is not None and who.country:
                ent = self.lex.countries.get(who.country)
                if ent is not None:
                    return Actor(text=tok.text, name=ent.name, code=ent.code, country=who.country, sector=None,
                                 kind="state", start=tok.idx, end=tok.idx + len(tok))
        if owner is not None and low in ("neighbour", "neighbor") and tok.tag_ == "NN":
            # "accusing its neighbour of backing rebels": the last other country named, in this sentence or the one
            # before
            who = mentions.get(owner.i)
            window = self._prev_sentence_start(tok.i)
            if who is not None and who.country:
                before = next((p for i, p in reversed(history) if window <= i < tok.i and p.country
                               and p.country != who.country and p.kind in ("state", "metonym")
                               and not (p.sector == "GOV" and sdoc[i].dep_ == "pobj"  # (not "met ... in Montevideo")
                                        and sdoc[i].head.lower_ in ("in", "at"))), None)
                if before is None:
                    # "Eritrea accused its neighbour on Monday of massing troops ..., saying Addis Ababa was preparing
                    # for war", "... a charge Minsk denied": with none named before, the other country named next,
                    # in this sentence or the one after
                    end = self._sent_end[tok.i]
                    end = self._sent_end[end] if end < len(sdoc) else end
                    before = next((m for j, m in sorted(mentions.items()) if tok.i < j < end and m.country
                                   and m.country != who.country and m.kind in ("state", "metonym")
                                   and sdoc[j].pos_ == "PROPN"), None)  # (a name, not "Russian forces")
                return before
        if "the" in dets and low not in _DESCRIPTIONS and (tok.tag_ == "NN" or low in _VESSELS) and not any(
                c.dep_ in ("compound", "amod") for c in tok.children):
            # "the boat" after "a Vietnamese fishing boat": the same thing named again
            kinds = _VESSELS.get(low, frozenset({low}))
            for i, p in reversed(history):
                lemma = sdoc[i].lemma_.lower()
                if (lemma == low or kinds & _VESSELS.get(lemma, frozenset())) and i < tok.i:
                    return p  # (also "the ships" after "three Ukrainian navy vessels")
                if p.kind == "igo" and low in p.name.lower().split() and i < tok.i:
                    return p  # "the court" after "the International Criminal Court's prosecutor"
            return None
        if "the" not in dets or low not in _DESCRIPTIONS:
            return None
        if any((c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and not (p.pos_ != "PROPN" and p.lower_.endswith("ing")) for p in c.children))
               or c.dep_ == "appos" for c in tok.children):
            # "the Mercosur bloc", "the island nation of Nauru" name themselves ("accused the bloc of preparing an
            # invasion" does not: the parser may hang the charge on the bloc)
            return None
        kinds = _DESCRIPTIONS[low]
        window = self._prev_sentence_start(tok.i)
        if low in ("island", "archipelago"):
            # "Pelosi landed in Taipei ... China announced military exercises around the island": the island state
            # named last, not the last state named
            isle = next((p for i, p in reversed(history) if p.country in _ISLANDS and not p.code.startswith(
                ("IGO", "NGO"))), None)
            if isle is not None:
                return Actor(text=tok.text, name=isle.country, code=isle.country, country=isle.country, sector=None,
                             kind="state", start=tok.idx, end=tok.idx + len(tok))
        # "Pompeo said Washington would send aid to Venezuela and urged the country's armed forces to let it in": the
        # country whose forces a speaker addresses is not the speaker's own
        speaker = self._clause_subject(tok.head, mentions) if (
            low == "country" and tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "pobj", "dative")
            and self.sector_of(tok.head)[0] is not None) else None  # (not "the largest aid in the country's history")
        # "Washington suspended aid to Sudan, hours after soldiers detained the country's prime minister": a
        # country named as one, not a capital standing for its government, when the window has one
        plain = low in ("country", "nation") and any(q.kind == "state" and q.sector is None and j >= window
                                                     for j, q in history)
        if speaker is None and tok.dep_ in ("dobj", "pobj") and kinds & {"state"}:
            # "Moscow expelled two Estonian diplomats ... The ministry also accused the Baltic state": a state acted
            # on is not the one acting
            speaker = self._clause_subject(tok, mentions)
        # "the Baltic state", "the Gulf kingdom": one of the region's states
        region = next((_REGION_STATES[c.lower_] for c in tok.children if c.dep_ in ("amod", "compound")
                       and c.lower_ in _REGION_STATES), None)
        for want_subject in (True, False):
            for i, p in reversed(history):
                if want_subject and (i < window or sdoc[i].dep_ not in ("nsubj", "nsubjpass")):
                    continue
                if speaker is not None and speaker.country and p.country == speaker.country:
                    continue
                if region is not None and p.country not in region:
                    continue
                if plain and p.sector is not None:
                    continue
                kind = "igo" if p.code.startswith(("IGO", "NGO")) else p.kind
                if kind in kinds and (kind != "group" or not kinds & {"state"}):
                    return p
        return None

    def _resolve_context(self, sdoc, mentions: dict[int, Actor], pairs: dict[int, list[Actor]] | None = None) -> None:
        """Pronouns, bare titles and definite descriptions take the last fitting actor named before them."""
        history: list[tuple[int, Actor]] = []
        surnames: dict[str, Actor] = {}  # a person's names, once the full mention is seen
        for tok in sdoc:
            known = mentions.get(tok.i)
            if (known is None and tok.lower_ in ("south", "north") and tok.i > 0 and sdoc[tok.i - 1].lower_ == "the"
                    and tok.dep_ not in ("amod", "compound") and not any(c.lower_ == "of" for c in tok.children)
                    and (any(p.country in ("KOR", "PRK") for _, p in history)
                         # ("The North blew up the liaison office, Seoul's unification ministry said": or later in
                         # the same sentence, when it names a Korea and "the South"/"the North" is capitalised)
                         or (tok.text[0].isupper() and any(m.country in ("KOR", "PRK") for j, m in mentions.items()
                                                           if tok.i < j < self._sent_end[tok.i])))):
                # "the North" and "the South" after a Korea is named: the two Koreas ("the South's presidential
                # office warned ... if the North took further action")
                ent = self.lex.countries.get("KOR" if tok.lower_ == "south" else "PRK")
                if ent is not None:
                    known = mentions[tok.i] = Actor(text=f"the {tok.text}", name=ent.name, code=ent.code,
                                                    country=ent.code, sector=None, kind="state",
                                                    start=sdoc[tok.i - 1].idx, end=tok.idx + len(tok))
            if (known is not None and known.country is None and known.kind in ("sector", "person")
                    and known.sector in ("GOV", None) and not known.code.startswith(("IGO", "NGO"))):
                bloc = self._regional_bloc(tok)
                if bloc is not None:
                    # "West African leaders imposed sanctions ... accused the regional bloc": the bloc, known as
                    # such before any later description of it
                    known = mentions[tok.i] = Actor(text=known.text, name=bloc.name, code=bloc.code, country=None,
                                                    sector="IGO", kind="igo", start=known.start, end=known.end)
            if (known is not None and tok.lemma_.lower() in ("group", "movement", "militia", "faction")
                    and any(c.lower_ == "the" for c in tok.children)
                    and any(t.lower_ in _LED - {"led"} for t in sdoc[tok.left_edge.i:tok.i])):
                # "Hezbollah fired rockets ... The Iran-backed group said": the group told of before, not its backer
                got = self._description(tok, history, sdoc, mentions)
                if isinstance(got, Actor) and got.kind == "group":
                    known = mentions[tok.i] = replace(got, text=self._phrase(tok), start=tok.left_edge.idx,
                                                      end=tok.idx + len(tok))
                    history.append((tok.i, known))
                    continue
            two = (tok.lower_ == "two" and tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass")
                   and any(c.lower_ == "the" for c in tok.children))  # "The two signed a joint statement"
            if (tok.pos_ == "NOUN" or two or (tok.pos_ == "PROPN" and tok.text.islower())) and pairs is not None and (
                    known is None or not (
                    known.country or known.kind in ("igo", "group") or known.code.startswith(("IGO", "NGO")))):
                got = self._description(tok, history, sdoc, mentions)
                if isinstance(got, list):
                    pairs[tok.i] = [replace(a, text=self._phrase(tok), start=tok.left_edge.idx,
                                            end=tok.idx + len(tok)) for a in got]
                    mentions.pop(tok.i, None)  # "the two presidents" are those two, not a president of a place
                    continue
                if got is not None:
                    mentions[tok.i] = replace(got, text=self._phrase(tok), start=tok.left_edge.idx,
                                              end=tok.idx + len(tok))
                    history.append((tok.i, mentions[tok.i]))
                    continue
            if tok.i in mentions:
                a = mentions[tok.i]
                owner_bloc = next((mentions[c.i] for c in tok.children if c.dep_ == "poss" and c.i in mentions
                                   and mentions[c.i].kind == "igo" and c.pos_ != "PRON"), None)
                if (a.country is None and a.kind in ("person", "sector") and owner_bloc is not None
                        and (a.kind == "person" or a.sector == "GOV")):  # ("the bloc's standby force" is sent)
                    # "the bloc's ministers agreed to suspend ...": the bloc's, not a country's the sentence names
                    a = mentions[tok.i] = replace(owner_bloc, text=a.text, start=a.start, end=a.end)
                first = mentions.get(tok.head.i) if tok.dep_ == "conj" else None
                if (a.country is None and a.kind == "sector" and first is not None and first.country
                        and first.kind == "state" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i
                        and any(c.dep_ == "amod" and c.text[:1].isupper() for c in tok.head.children)
                        and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)):
                    # "sanctions on Zimbabwean individuals and companies": one country's word qualifies both nouns
                    a = mentions[tok.i] = replace(a, name=f"{first.country} {a.name}", country=first.country,
                                                  code=first.country + (a.sector or ""))
                if (a.country is None and a.kind in ("person", "sector") and a.sector in _GENERIC_SECTORS
                        # (a foreign ministry is a country's own: "the foreign ministry in Beijing")
                        and not not_one_country(tok, _FOREIGN, ("foreign",) if tok.lemma_.lower() in (
                            "ministry", "minister", "office", "secretary") else ())
                        and not (tok.tag_ == "NNS" and tok.lemma_.lower() == "government")):  # "governments around the world"
                    # "the president", "the army": a country named earlier in the sentence, else the last
                    # actor with that sector, else the last country named.
                    start = self._sent_start[tok.i]
                    same = [p for i, p in reversed(history) if i >= start and p.country and p.kind != "group"]
                    subj = self._clause_subject(tok, mentions) if tok.dep_ in ("dobj", "pobj") else None
                    if subj is not None and subj.country and (any(c.lower_ == "the" for c in tok.children) or (
                            tok.dep_ == "dobj" and tok.head.lemma_.lower() in _NOT_OWN)):
                        # "Biden threatened to reimpose sanctions on the generals": the generals acted on are not
                        # the speaker's own; they are the ones told of before
                        same = [p for p in same if p.country != subj.country]
                        if not same:
                            same = [p for _, p in reversed(history) if p.country and p.sector == a.sector
                                    and p.country != subj.country][:1]
                    elif (subj is not None and subj.country and tok.dep_ == "dobj" and a.sector in ("MIL", "REB", "INS")
                          and tok.head.lemma_.lower() in _ATTACKS):
                        # "Turkish warplanes began pounding Kurdish-led forces in northeast Syria": forces attacked
                        # are not the attacker's own; they are of the place the attack is in, if the sentence says
                        same = [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                                for q in c.children if q.dep_ == "pobj" and q.i in mentions
                                for p in [mentions[q.i]] if p.country and p.country != subj.country
                                and p.kind in ("state", "metonym")][:1]
                        if not same:
                            continue
                    if not same and a.kind == "person" and not history:
                        # "Former prime minister Andreas Papandreou ... in Greece's biggest trial": the one country
                        # the sentence names, when nothing was named before it
                        later = {m.country for j, m in mentions.items() if start <= j < self._sent_end[tok.i]
                                 and m.kind == "state" and m.country}
                        same = [m for j, m in mentions.items() if start <= j < self._sent_end[tok.i]
                                and m.kind == "state" and m.country] if len(later) == 1 else []
                    # "the minister" after "German Foreign Minister Baerbock ... to Kyiv": a person before a place
                    # "his spokesman", "its army": whoever the possessive is
                    owner = next((mentions[c.i] for c in tok.children if c.dep_ == "poss" and c.i in mentions
                                  and mentions[c.i].country), None)
                    # "diplomats from Sweden, Poland and Germany": each country's own
                    # ("expelled diplomats from Sweden": the parser hangs "from" on the verb)
                    holders = [tok, tok.head] if tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                        "expel", "deport", "oust", "eject") else [tok]
                    origin = [mentions[q.i] for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                              for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)
                              if q.i in mentions and mentions[q.i].kind == "state" and mentions[q.i].country]
                    if len(origin) > 1 and pairs is not None:
                        pairs[tok.i] = [replace(o, name=f"{o.name} {a.name}", code=o.country + a.sector, sector=a.sector,
                                                text=a.text, start=a.start, end=a.end) for o in origin]
                    owner = owner or (origin[0] if origin else None)
                    if owner is None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING | {"tell"} and (
                            tok.lemma_.lower() in _OFFICE_HOLDERS
                            or any(c.lemma_.lower() in _OFFICE_HOLDERS for c in tok.lefts)):
                        # "Poland is sending more soldiers to its border with Belarus, Defence Minister Wladyslaw
                        # Kosiniak-Kamysz said": an office holder of no named country telling what a state does
                        # speaks for it
                        report = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
                        owner = next((mentions[c.i] for c in (report.children if report is not None else ())
                                      if c.dep_ == "nsubj" and c.i in mentions and mentions[c.i].country
                                      and mentions[c.i].kind in ("state", "metonym")), None)
                        if owner is not None and owner.country in {
                                mentions[o.i].country for v in tok.head.children if v.dep_ in ("advcl", "conj")
                                for o in v.children if o.dep_ == "dobj" and o.i in mentions}:
                            owner = None  # ("Israel struck Gaza, the health minister said, accusing Israel of ...")
                    # "Kurdish-led forces in northeast Syria": the country the phrase itself places them in
                    owner = owner or next((mentions[p.i] for c in tok.children if c.dep_ == "prep"
                                           and c.lower_ in ("in", "inside", "near", "outside") for p in c.children
                                           if p.dep_ == "pobj" and p.i in mentions
                                           and mentions[p.i].kind in ("state", "metonym") and mentions[p.i].country), None)
                    if owner is None and (a.sector in ("JUD", "COP") or (tok.lemma_.lower() == "force" and any(
                            c.lower_ == "security" for c in tok.children))):
                        # "by a court in Yekaterinburg", "police in Nairobi", "security forces in Yangon": the country of
                        # the town in its own phrase
                        # (or in the phrase of the act they are the agent of: "were detained by police in Shanghai")
                        places = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else [tok]
                        owner = next((o for h in places for c in h.children if c.dep_ == "prep"
                                      and c.lower_ in ("in", "near", "outside")
                                      for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "")
                                      and p.i not in mentions for o in [town_state(p, untagged=True)]
                                      if o is not None), None)
                    # "The commerce ministry called the U.S. move 'unilateralism'": a body does not name its own
                    # country's deed so; it is of another country told before
                    # (also what the verbs sharing its subject name: "called the findings 'baseless' and accused
                    # Kinshasa of arming militiamen")
                    acts = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                        and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children))]
                    named_obj = {mentions[m.i].country for v in (acts if tok.dep_ == "nsubj" else ())
                                 for o in v.children if o.dep_ in ("dobj", "oprd") for m in (o, *o.children)
                                 if (m is o or m.dep_ in ("poss", "compound", "amod")) and m.i in mentions
                                 and mentions[m.i].kind in ("state", "metonym")} - {None}
                    if a.kind == "person" and named_obj:
                        # "The prime minister accused Belgrade of backing the attackers": not Belgrade's own
                        same = [p for p in same if p.country not in named_obj]
                    # "In Washington, the State Department defended the strikes. A spokeswoman said ...": a bare
                    # spokesperson speaks for the body the sentence before was about
                    topic = next((p for j, p in reversed(history) if start > j >= (self._sent_start[start - 1] if start
                                                                                     else 0)
                                  and sdoc[j].dep_ in ("nsubj", "nsubjpass") and p.country and p.sector in (None, "GOV")
                                  and p.kind in ("state", "metonym", "sector") and p.country not in named_obj),
                                 None) if tok.lemma_.lower() in ("spokeswoman", "spokesman", "spokesperson") else None
                    if owner is None and tok.lemma_.lower() == "junta":
                        # "called on Myanmar's military to halt air strikes ... The bloc also urged the junta": the
                        # military told of before, not the country of the summit's venue
                        # (not the speaker's own troops: "would withdraw their troops from Mali ..., accusing the
                        # ruling junta")
                        doer = self._clause_subject(tok, mentions) if tok.dep_ in ("dobj", "pobj") else None
                        same = [p for _, p in reversed(history) if p.country and p.sector == "MIL"
                                and (doer is None or p.country != doer.country)][:1] or same
                    prior = owner or (same[0] if same else None) or topic or (next(
                        (p for _, p in reversed(history) if p.country and p.kind == "person" and p.sector == a.sector
                         and p.country not in named_obj), None) if a.kind == "person" else None) or next(
                        (p for j, p in reversed(history) if p.country and p.sector == a.sector
                         and p.country not in named_obj
                         # ("ordered the French ambassador to leave. The junta accused him": a body is not an envoy's)
                         and not (a.kind == "sector" and sdoc[j].lemma_.lower() in DIPLOMATS)), None)
                    if any(c.lower_ in ("foreign", "presidential", "defence", "defense", "interior", "justice",
                                        "finance", "trade", "commerce") for c in tok.children) or (
                            tok.lower_ == "treasury" and owner is None):  # ("the Treasury warned")
                        # "the foreign ministry in Beijing": placed by its own phrase, else it is the ministry of the
                        # last country told as doing something ("Britain expelled Russia's attaché ..., and the
                        # Foreign Office summoned the Russian ambassador"), not of the last one named
                        # (or its security service; a main clause's subject before a subordinate one's: "Seoul
                        # condemned the launch, hours after the North fired a missile. The presidential office said")
                        told = [(j, p) for j, p in reversed(history) if p.country and (p.kind in (
                            "state", "metonym") or (p.kind == "group" and p.sector in ("GOV", "SPY", "MIL")))
                            and sdoc[j].dep_ in ("nsubj", "nsubjpass")]
                        window = self._prev_sentence_start(tok.i)
                        prior = owner or next((p for j, p in told if j >= window and sdoc[j].head.dep_ == "ROOT"),
                                              None) or next((p for _, p in told), None)
                    if prior is not None:
                        mentions[tok.i] = replace(a, name=f"{prior.name.split(' (')[0]} {a.name}"
                                                  if prior.kind != "person" else a.name,
                                                  code=prior.country + a.sector, country=prior.country)
                        a = mentions[tok.i]
                        if topic is not None and prior is topic:
                            # ("Government spokeswoman Yolande Makolo": the word before the title too)
                            for c in tok.children:
                                m = mentions.get(c.i)
                                if c.dep_ == "compound" and m is not None and m.country is None and m.sector == a.sector:
                                    mentions[c.i] = replace(m, code=a.code, country=a.country)
                elif (a.country is None and a.kind == "sector" and a.sector and tok.tag_ == "NNS"
                        and a.sector not in ("NGO", "IGO")  # "foreign aid agencies" are nobody's state
                        and not a.code.startswith(("NGO", "IGO"))  # nor "employees of a Swiss aid agency"
                        and not not_one_country(tok, _FOREIGN)):
                    # "thousands of protesters poured into the streets of Khartoum": people known only by what they
                    # do belong to the one country their sentence names
                    start, end = self._sent_start[tok.i], self._sent_end[tok.i]
                    named = {j: m.country for j, m in mentions.items() if start <= j < end and m.country
                             and (m.kind in ("state", "metonym") or (m.kind == "person" and m.sector == "GOV"))}
                    here = set(named.values())
                    if a.sector in ("COP", "MIL", "CVL"):
                        # "Police detained 1,000 people ..., and Washington called for his release": a capital acting
                        # in a coordinated clause of its own is not the police's; they are of the story told before
                        here = {c for j, c in named.items() if not _other_clause(sdoc, j, tok)}
                        if not here and named:
                            here = {next((p.country for _, p in reversed(history) if p.country and p.kind != "group"),
                                         None)} - {None}
                    armed = {m.country for j, m in mentions.items() if start <= j < end and m.country
                             and m.kind in ("state", "metonym") and m.sector == "MIL"}
                    if len(here) == 1 and here == armed and a.sector == "CVL":
                        # "Russian forces shelled districts of Kharkiv, killing three civilians": the victims are
                        # of the town the troops hit, not the troops' own
                        from .places import gazetteer

                        towns = {loc.country for e in sdoc[start:end].ents if e.label_ == "GPE"
                                 for loc in [gazetteer().city(e.text, tuple(here))] if loc is not None and loc.country}
                        if len(towns - here) == 1:
                            here = towns - here
                    if len(here) == 1:
                        c0 = here.pop()
                        mentions[tok.i] = replace(a, code=c0 + a.sector, country=c0)
                        a = mentions[tok.i]
                if a.country or a.kind in ("igo", "group") or a.code.startswith(("IGO", "NGO")):
                    history.append((tok.i, a))
                    if a.kind in ("person", "sector") or (a.kind == "state" and tok.pos_ == "NOUN"):
                        # "Grand Ayatollah Ali al-Sistani ... Sistani called": the names in the phrase, for later
                        for t in tok.subtree:
                            if t.pos_ == "PROPN" and abs(t.i - tok.i) <= 8 and t.dep_ in ("compound", "appos",
                                                                                          "flat", "nsubj", "pobj"):
                                surnames[t.text] = a
                continue
            if (tok.pos_ == "PROPN" and tok.text in surnames and tok.dep_ not in ("compound", "flat")
                    and (not tok.ent_type_ or (surnames[tok.text].kind == "person"
                                               and not self.lex.meanings(tok.text)))):
                # ("Castro urged ...", which the tagger may take for a place: the man named before)
                mentions[tok.i] = replace(surnames[tok.text], text=tok.text, start=tok.idx, end=tok.idx + len(tok))
                history.append((tok.i, mentions[tok.i]))
                continue
            low = tok.lower_
            if tok.pos_ != "PRON" or low not in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
                continue
            subj_of_clause = self._clause_subject(tok, mentions)
            cand, cand_i = None, -1
            start = self._sent_start[tok.i]
            prev = self._sent_start[start - 1] if start > 0 else 0
            window = prev
            if (tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and low in _PLURAL_PRONOUNS and any(
                    c.dep_ == "nsubj" and c.tag_ == "NNS" and c.i not in mentions for c in tok.head.head.children)):
                continue  # "Astronomers ... said they had captured images": they are the astronomers, no actor
            # "warned Iran that it would pay": the subject of a reported clause is the one addressed
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
                addressed = [mentions[o.i] for o in tok.head.head.children if o.dep_ in ("dobj", "dative")
                             and o.i in mentions and o.i < tok.i]
                if addressed and ((low in _THING_PRONOUNS and addressed[0].kind in ("state", "igo", "group", "metonym"))
                                  or (low in _PERSON_PRONOUNS and addressed[0].kind == "person")):
                    mentions[tok.i] = replace(addressed[0], text=tok.text, start=tok.idx, end=tok.idx + len(tok))
                    continue
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and low in _THING_PRONOUNS \
                    and tok.head.head.lemma_.lower() in _SAYING and tok.head.head.i < tok.i:
                # "Beijing's commerce ministry called it 'naked protectionism' and said it would take all necessary
                # measures": a body saying what "it" will do speaks of itself (the first of coordinated verbs has
                # the subject)
                say = tok.head.head
                while say.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in say.children) and say.head.i != say.i:
                    say = say.head
                subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
                who = None if subj is None else mentions.get(subj.i) or next(
                    (mentions[c.i] for c in subj.children if c.dep_ == "poss" and c.i in mentions), None)
                if who is not None and (who.kind == "igo" or (who.kind in ("state", "metonym", "sector") and who.country
                                                              and who.sector in (None, "GOV", "MIL"))):
                    mentions[tok.i] = who  # (named by the speaker's own words, as "X says it has ..." is below)
                    continue
            if (tok.dep_ == "poss" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_.lower() in _SAYING | {"tell"}
                    and low in _THING_PRONOUNS | {"his", "her"}):
                # "Turkey will retaliate if Washington imposes sanctions, its foreign minister said": the teller's
                # "its" is the subject of the report told before, not the last actor named in it
                report = next((c for c in tok.head.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
                who = next((mentions[c.i] for c in (report.children if report is not None else ())
                            if c.dep_ == "nsubj" and c.i in mentions), None)
                if who is not None and ((low in _THING_PRONOUNS and who.kind in ("state", "igo", "group", "metonym"))
                                        or (low not in _THING_PRONOUNS and who.kind == "person")):
                    mentions[tok.i] = replace(who, text=tok.text, start=tok.idx, end=tok.idx + len(tok))
                    continue
            # Prefer an actor that was a subject (the topic), then any fitting actor; "they" and "them" a plural one
            # first ("Bulgaria ordered 70 Russian diplomats to leave the country, accusing them of spying": the
            # diplomats, not the country named once)
            # ("calling them 'baseless'", "condemned them": reports and strikes may be what "them" are, so only what
            # is done to people looks for people)
            people_first = low == "them" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DONE_TO_PEOPLE
            # "..., the Indian government said, accusing them of espionage", "It also summoned Ankara's envoy": one
            # side does not accuse or expel its own, nor summon its own country's envoy
            not_of = {subj_of_clause.country} if (
                subj_of_clause is not None and subj_of_clause.country and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in _AT_OTHERS) else set()
            if tok.dep_ == "nsubj" and low in _THING_PRONOUNS and tok.head.lemma_.lower() in _AT_OTHERS:
                not_of = {mentions[m.i].country for o in tok.head.children if o.dep_ == "dobj"
                          for m in (o, *o.children) if (m is o or m.dep_ in ("poss", "compound", "amod"))
                          and m.pos_ != "PRON" and m.i in mentions and mentions[m.i].country}
            for plural_only, want_subject in ((True, True), (True, False), (False, True), (False, False)):
                if plural_only and not people_first:
                    continue
                for i, p in reversed(history):
                    if plural_only and (sdoc[i].dep_ == "conj" or sdoc[i].tag_ not in ("NNS", "NNPS") or i < window):
                        continue
                    if p.country in not_of:
                        continue
                    # ("She urged him": not herself; "The king congratulated him": not the king named in full
                    # before)
                    if tok.dep_ not in ("nsubj", "nsubjpass", "poss") and subj_of_clause is not None and (
                            p is subj_of_clause or (p.kind == "person" and (p.code, p.name) == (
                                subj_of_clause.code, subj_of_clause.name)) or (
                                low in ("him", "her") and p.kind == subj_of_clause.kind == "person"
                                and (p.country, p.sector) == (subj_of_clause.country, subj_of_clause.sector))):
                        continue
                    if want_subject and (not _subject_like(sdoc[i]) or i < window or any(
                            # ("... if US warships entered its waters. It also fired two missiles": a condition's
                            # subject is not the topic)
                            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in sdoc[i].head.children) or (
                            low in _PLURAL_PRONOUNS and i < start and _attribution(sdoc[i])) or (
                            sdoc[i].head.dep_ == "ccomp" and sdoc[i].head.head.lemma_.lower() in _ASKING) or (
                            # "The IAEA said that Iran had withdrawn the accreditation of its inspectors. It called
                            # the move disproportionate": the teller of the last sentence, not who it told of
                            i < start and tok.dep_ == "nsubj" and low in _THING_PRONOUNS | _PERSON_PRONOUNS
                            and sdoc[i].head.dep_ == "ccomp" and sdoc[i].head.head.lemma_.lower() in _SAYING
                            and any(c.dep_ == "nsubj" and c.i in mentions and c.i < i and (
                                mentions[c.i].kind in ("state", "igo", "group", "metonym") if low in _THING_PRONOUNS
                                else mentions[c.i].kind == "person") for c in sdoc[i].head.head.children))):
                        # ("demanded that Russia accept a ceasefire. They warned Moscow": whom a demand is made of is
                        # not the topic)
                        continue
                    if ((low in _PERSON_PRONOUNS and (p.kind == "person" or _voice_of(p, sdoc[i], tok)))
                            or (low in _THING_PRONOUNS and p.kind in ("state", "igo", "group", "metonym"))
                            or (low in _PLURAL_PRONOUNS and (p.kind in ("state", "igo", "group", "sector") or (
                                # "Kishida and Yoon met ... They agreed": the two named together
                                p.kind == "person" and any(c.dep_ == "conj" and c.i in mentions
                                                           for c in sdoc[i].children))))):
                        cand, cand_i = p, i
                        break
                if cand is not None:
                    break
            if (cand is not None and low in _PLURAL_PRONOUNS and cand.kind in ("state", "metonym")
                    and not _subject_like(sdoc[cand_i]) and any(
                        window <= j < tok.i and m.kind == "sector" and m.country is None and sdoc[j].tag_ == "NNS"
                        and _subject_like(sdoc[j]) for j, m in mentions.items())):
                # "Thousands of farmers marched ... against grain imports from Ukraine. They blocked the avenue":
                # the people who acted (placed later by where they are), not a country named in passing
                continue
            if cand is not None:
                if cand_i >= start:
                    mentions[tok.i] = cand  # "X says it has ...": name X itself as the actor of the clause
                else:
                    mentions[tok.i] = replace(cand, text=tok.text, start=tok.idx, end=tok.idx + len(tok))

    def _place_countries(self, sdoc, mentions: dict[int, Actor]) -> None:
        """Protesters, police or militants with no country take the one of the place they are in
        ("police fired tear gas on protesters in Tehran")."""
        gpe_by_sent: dict[int, list] = {}
        for e in sdoc.ents:
            if e.label_ == "GPE":
                gpe_by_sent.setdefault(self._sent_start[e.start], []).append(e)
        for i, a in list(mentions.items()):
            lives_in = self.lex.ethnic_countries.get(a.name, ())
            if lives_in and a.kind == "sector":
                # "ethnic Albanians in southern Serbia": the community's country is the one it is in, if it lives there
                sent = sdoc[self._sent_start[i]:self._sent_end[i]]
                there = [m.country for j, m in mentions.items() if sent.start <= j < sent.end and j != i
                         and m.country in lives_in and m.kind == "state" and sdoc[j].dep_ == "pobj"
                         and sdoc[j].head.lower_ in ("in", "inside", "across")]
                if there and there[0] != a.country:
                    mentions[i] = replace(a, country=there[0], code=there[0] + (a.sector or ""))
                    continue
            if a.country or a.kind not in ("sector", "person", "group") or a.code.startswith(("IGO", "NGO")):
                continue
            tok = sdoc[i]
            if any(c.lower_ in _FOREIGN for c in tok.children):
                continue
            sent = sdoc[self._sent_start[i]:self._sent_end[i]]
            places = [j for j, m in mentions.items() if sent.start <= j < sent.end and m.country and (
                m.kind == "metonym" or (m.kind == "state" and sdoc[j].dep_ == "pobj"
                                        and sdoc[j].head.lower_ in _LOCATIVE))]
            # a town the actor is in, not one it goes to ("troops will deploy to Kuwait")
            # "Police detained 1,000 people ..., and Washington called for his release": a capital acting in a
            # coordinated clause of its own is not where the police are
            cities = [e for e in gpe_by_sent.get(sent.start, []) if ((e.root.dep_ == "pobj" and e.root.head.lower_ in
                                                                        _LOCATIVE) or e.root.dep_ in ("compound", "nsubj", "poss"))
                      and not _other_clause(sdoc, e.root.i, tok)]
            # "the deputy governor of Kandahar province": a place noun named by a town the tagger did not mark
            cities += [sdoc[t.i:t.i + 1] for t in sent if t.pos_ == "PROPN" and t.dep_ == "compound" and not t.ent_type_
                       and t.head.lemma_.lower() in _PLACE_NOUNS and t.head.dep_ == "pobj"
                       and t.head.head.lower_ in _LOCATIVE + ("of",)]
            country = None
            # "rebels swept into Damascus", "protesters gathered in Tehran": a place hung on the actor's own verb
            verbs = {tok.head.i} if tok.dep_ in ("nsubj", "nsubjpass") else {c.i for c in tok.children if c.dep_ == "acl"}
            own = [j for j in places if sdoc[j].head.head.i in verbs]
            own += [j for j, m in mentions.items() if sent.start <= j < sent.end and m.country and m.kind == "state"
                    and a.sector in _UNRULY and sdoc[j].dep_ == "pobj" and sdoc[j].head.lower_ == "into"
                    and sdoc[j].head.head.i in verbs]
            # "His party condemned the arrest": the party of whoever "his" is
            owner = next((mentions[c.i] for c in tok.children if c.dep_ == "poss" and c.i in mentions
                          and mentions[c.i].country), None)
            # "Venezuela's government and the opposition signed an agreement in Barbados": a country's institution
            # named beside its opposition (or its parliament) shares its country, not the place they meet in
            partner = next((mentions[j.i] for j in ([tok.head] if tok.dep_ == "conj" else []) + [
                c for c in tok.children if c.dep_ == "conj"] if j.i in mentions and mentions[j.i].country
                and mentions[j.i].sector in ("GOV", "LEG", "JUD", "OPP")), None) if a.sector in (
                "GOV", "LEG", "JUD", "OPP") else None
            # "Militants in Gaza fired rockets at southern Israel": the place in the actor's own phrase first
            attached = [j for j in places if sdoc[j].dep_ == "pobj" and sdoc[j].head.head.i == tok.i]
            if owner is not None:
                country = owner.country
            elif attached:
                country = mentions[attached[0]].country
            elif partner is not None:
                country = partner.country
            elif own:
                country = mentions[own[0]].country
            elif places:
                country = mentions[min(places, key=lambda j: abs(j - i))].country
            else:
                from .places import gazetteer

                for ent in sorted(cities, key=lambda e: abs(e.start - i)):
                    state = [m.country for m in self.lex.meanings(ent.text) if m.kind == "state" and m.country]
                    if state:
                        country = state[0]  # "Venezuela's oil sector" is the country, not a Cuban town of that name
                        break
                    named = tuple(dict.fromkeys(m.country for j, m in mentions.items()
                                                if sent.start <= j < sent.end and m.country))
                    loc = gazetteer().city(ent.text, named)
                    if loc is not None and loc.country:
                        country = loc.country
                        break
            definite = a.sector in ("MIL", "GOV") and any(c.lower_ == "the" for c in tok.children)
            here = [m for j, m in mentions.items() if sent.start <= j < sent.end and sdoc[j].pos_ != "PRON"
                    and m.country and not _other_clause(sdoc, j, tok)] if country is None and (a.sector in ("COP",) + _UNRULY or definite) else None
            if here and a.sector == "COP" and all(m.sector in ("GOV", "LEG", "JUD", "COP") and m.kind != "state"
                                                  for m in here) and len({m.country for m in here}) == 1:
                # "Riot police used water cannon ..., the interior ministry said": police beside the institutions of
                # one state are that state's
                country = here[0].country
            if here and a.sector == "OPP" and country is None and len({m.country for m in here}) == 1:
                # "The main opposition party called the detention a coup against the next president": the
                # opposition of the one country its sentence names
                country = here[0].country
            if here == [] or (here and a.sector == "COP" and all(m.sector == "CVL" for m in here)):
                # "... died after being shot in Nara. Police arrested a man at the scene": police, rebels or
                # protesters in a sentence that names no country are in the one the sentence before names (the one
                # it names most, "marched through Hong Kong ... extraditions to mainland China"); so is "the army",
                # "the junta" ("The office urged the army to stop using force")
                prev = self._sent_start[sent.start - 1] if sent.start > 0 else None
                before = Counter(m.country for j, m in mentions.items() if prev is not None and prev <= j < sent.start
                                 and m.country and m.kind in ("state", "metonym", "person", "sector")).most_common(2)
                if before and (len(before) == 1 or before[0][1] > before[1][1]):
                    country = before[0][0]
            if country and a.kind == "group":
                # "a military post in Burkina Faso was attacked by Islamic State fighters": a group of no one home
                # (Islamic State, al-Qaeda) stays an international one wherever it strikes; another group with no
                # country keeps its code and takes the place's country
                if not a.code.startswith("INS"):
                    mentions[i] = replace(a, country=country)
            elif country:
                mentions[i] = replace(a, country=country, code=country + (a.sector or ""),
                                      name=f"{a.name} ({country})")

    def _regional_bloc(self, tok) -> Entry | None:
        """The regional organisation whose members' leaders or ministers a phrase names ("West African leaders":
        ECOWAS; "EU foreign ministers" resolve by name already)."""
        if tok.lemma_.lower() not in _BLOC_MEMBERS:
            return None
        words = " ".join(t.lower_ for t in tok.doc[tok.left_edge.i:tok.i] if t.lower_ != "-")
        words = words.replace("south-east", "southeast").replace("south east", "southeast")
        # ("Southeast Asian foreign ministers": the portfolio between the region and the office)
        words = re.sub(r"( (?:foreign|defence|defense|finance|trade|economic|economy|interior|health|energy|"
                       r"agriculture|environment|justice|home|top))+$", "", words)
        name = next((b for r, b in _REGIONAL_BLOCS if words.endswith(r)), None)
        if name is None:
            return None
        return next((e for e in self.lex.meanings(name) if e.kind == "igo"), None)

    @staticmethod
    def _clause_subject(tok, mentions: dict[int, Actor]) -> Actor | None:
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in mentions:
                    return mentions[c.i]
            # "expelled four diplomats, accusing them of spying": the subject comes from the governing verb
            if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
                continue
            break
        return None
