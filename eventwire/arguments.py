"""Arguments: who acts and who is acted on, found in the dependency parse.

The coder (:mod:`eventwire.coding`) decides *that* a verb or noun is an event; this module finds its
sides: the actor of a phrase (through "members of", "bases hosting", "a military base", "missiles
fired by"), the subject (through coordination, control, the passive), the target the pattern names
(object, preposition, clause subject) with the fall-backs news prose needs, and sides known only by
sector ("rebels"), which take the other side's country.

:class:`Arguments` is a mixin: it uses the host's ``p`` (patterns) and ``_match(verb)``.
"""

from __future__ import annotations

from dataclasses import replace

from .actors import DIPLOMATS, listed_appositions, not_one_country, np_head, town_state
from .lexicon import load_lexicon
from .patterns import VerbPattern
from .records import Actor, Document, Location

__all__ = ["DATE_LABELS", "GROUP_NOUNS", "HOLDER_NOUNS", "OFFICIALS", "PLACE_NOUNS", "TARGET_PREPS", "Arguments",
           "children_with", "resolved"]

GROUP_NOUNS = {"member", "group", "delegation", "staff", "personnel", "employee", "crew", "inhabitant", "villager",
               "inspector", "monitor", "observer", "doctor", "worker", "volunteer", "expert", "negotiator",
               "diplomat", "activist", "militiaman", "gunman", "policeman", "people", "resident", "citizen", "official", "leader", "representative", "supporter", "fighter",
               "unit", "team", "wing", "faction", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
               "envoy", "ambassador", "minister", "commander", "troop", "force", "soldier", "army", "militant",
               "government", "president", "prime", "lawmaker", "delegate", "partner", "ally"}
WAR_MACHINES = {"jet", "warplane", "aircraft", "drone", "tank", "warship", "gunboat", "helicopter", "bomber",
                "artillery", "battery", "submarine", "frigate", "destroyer"}
HOLDER_NOUNS = {"facility", "base", "site", "station", "barracks", "academy", "prison", "jail", "position", "headquarters", "headquarter", "embassy", "compound",
                "office", "camp", "depot", "convoy", "post", "installation", "target", "interest", "asset", "ship",
                "vessel", "tanker", "plane", "aircraft", "airliner", "consulate", "mission", "territory", "border",
                "stronghold", "checkpoint", "outpost", "home", "residence", "leadership", "ranks"}
# what a possessive's owner is hit through ("their convoy was ambushed")
OWNED = {"patrol", "convoy", "vehicle", "boat", "motorcade", "embassy", "vessel"}
PLACE_NOUNS = {"enclave", "city", "town", "region", "area", "village", "district", "province", "territory",
               "neighborhood", "neighbourhood", "suburb", "zone", "pocket", "quarter", "county"}
AIMED = ("to", "about", "over", "with", "on", "toward", "towards")
# participles of harm that tell what a told attack did ("..., killing 14 people")
HARM_PARTICIPLES = {"kill", "wound", "injure", "target", "destroy", "damage", "hit", "strike", "level", "flatten",
                    "displace", "trap", "sink", "leave"}
HOLDINGS = {"asset", "account", "reserve", "property", "holding"}
MEMBER_NOUNS = {"country", "nation", "state", "government", "ally", "member", "partner", "democracy", "economy", "power"}
OFFICIALS = {"minister", "leader", "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "diplomat",
             "representative", "delegate", "negotiator", "chief", "head"}
SIDE_NOUNS = {"side", "party", "delegation", "man", "leader", "country", "government", "rival", "general", "camp",
              "faction", "army", "military", "neighbour", "neighbor", "nation", "belligerent", "president"}
VISIT_SIDES = frozenset({"host", "guest"})  # the other side of a visit told before ("signed accords with his host")
OTHER_SIDES = VISIT_SIDES | {"counterpart"}  # another side, whoever's possessive names them
VENUES = {"talk", "talks", "summit", "meeting", "conference", "ceremony", "negotiation", "negotiations", "forum", "session"}
DOCUMENTS = {"statement", "declaration", "resolution", "letter", "communique", "communiqué", "decree", "note",
             "message", "motion", "bill", "appeal", "petition", "order", "law", "directive"}
ISSUING = {"issue", "adopt", "pass", "release", "sign", "publish", "send", "approve", "unveil", "read", "deliver",
           "write", "circulate", "table", "submit", "put"}
QUANTITIES = {"hundred", "thousand", "dozen", "ten", "score", "some", "many", "most", "all", "group", "crowd",
              "number", "handful", "million", "none"}
TARGET_PREPS = ("against", "on", "at", "with", "to", "toward", "towards", "into")
DATE_LABELS = {"DATE", "TIME"}
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


def _state_at(loc: Location, text: str | None = None, role: str | None = "inferred") -> Actor:
    """The state a place is in, as a side of an event ("captured the town of Palma": Mozambique)."""
    return Actor(text=loc.name if text is None else text, name=loc.name, code=loc.country, country=loc.country,
                 sector=None, kind="state", role=role)


def _state_of(country: str, words: Actor | None = None) -> Actor:
    """Country ``country`` itself as an inferred side of an event, told by the words of ``words`` if any ("its first
    known execution") and else by none."""
    return Actor(text=words.text if words is not None else "", name=country, code=country, country=country,
                 sector=None, kind="state", role="inferred", start=words.start if words is not None else -1,
                 end=words.end if words is not None else -1)


def _aimed_preps(cameo: str) -> tuple[str, ...]:
    """Prepositions that name whom words are aimed at: "to", "about", "with"...; "at" only where it cannot be the
    place an agreement, a meeting or a concession happens ("signed the deal at the State Department")."""
    return AIMED + (() if cameo[:2] in ("03", "04", "05", "08") else ("at",))


def finite_conj_main(verb):
    """The main verb a finite verb really joins when the parser hangs it on an infinitive complement ("asked
    lawmakers to help close the skies and thanked Canada": "thanked" is the asker's second act), else None."""
    if not (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB"
            and verb.head.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return None
    t = verb.head
    for _ in range(4):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            break
        t = t.head
    return t if t.pos_ == "VERB" and t.dep_ != "xcomp" else None


# what one side makes or puts to another and the other may reject ("rejected the ruling", "a U.S. peace plan")
MADE_ELSEWHERE = frozenset({"ruling", "resolution", "demand", "proposal", "offer", "invitation", "report", "finding",
                            "verdict", "judgment", "judgement", "ultimatum", "request", "investigation", "opinion",
                            "plan", "initiative", "draft", "bid", "overture", "roadmap", "framework"})


def children_with(tok, *deps: str):
    return [c for c in tok.children if c.dep_ in deps]


RUMOURS = {"report", "speculation", "rumour", "rumor", "claim", "suggestion", "allegation", "accusation", "story"}
TOLD_NOUNS = (RUMOURS - {"speculation"}) | {"charge"}  # what was told or claimed ("denied reports that ...")
EARMARKED = {"earmark", "allocate", "destine", "intend", "reserve", "pledge", "promise", "mean"}


def _names_someone(actor: Actor) -> bool:
    """Whether a mention names someone rather than being a bare title ("Vice President", whose country is only a
    guess from the words around it)."""
    words = actor.text.lower().split()
    return actor.kind != "sector" and bool(words) and words[-1] not in load_lexicon().sectors


def _own_subject(tok, owner: Actor, doc: Document) -> bool:
    """Whether ``owner`` is the subject of the verb above ``tok`` ("the ships fired water cannon at one of its
    boats": "its" may be read as the ships' own, which they do not fire on)."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "blocked a mission and fired water cannon at its boats": the first verb's subject
    return verb is not None and any(c.dep_ == "nsubj" and c.i in doc.mentions and doc.mentions[c.i].code == owner.code
                                    for c in verb.children)


def _named_together(a: Actor, pron, doc: Document) -> list[Actor]:
    """The actors of other countries named together as the subject ("Kishida and Yoon met") that a "they" after
    them stands for (``a``, the actors stage's pick for the pronoun, is the first of them)."""
    sent = pron.sent
    first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in sent.doc[first:pron.i]:
        m = doc.mentions.get(t.i)
        if m is None or m.code != a.code or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        out = [m]
        todo = [c for c in t.children if c.dep_ in ("conj", "appos")]
        while todo:  # "Mali, Burkina Faso and Niger said they ...": the whole chain of names joined
            c = todo.pop(0)
            o = doc.mentions.get(c.i)
            if o is not None and (o.country or (o.code and o.kind == "igo")) and all(
                    (o.country or o.code) != (x.country or x.code) for x in out):
                out.append(o)
            todo += [d for d in c.children if d.dep_ in ("conj", "appos")]
        if len(out) > 2 or (len(out) == 2 and any(c.dep_ == "conj" for c in t.subtree)):
            return out
    return []


class Arguments:
    """Finding the sides of an event (a mixin of :class:`eventwire.coding.CodingStage`)."""

    def _actors(self, tok, doc: Document, depth: int = 0) -> list[Actor]:
        if tok is None:
            return []
        head = np_head(tok) if tok.dep_ in ("compound", "amod", "poss") else tok
        out: list[Actor] = []
        a = doc.mentions.get(head.i)
        lemma = "base" if head.lower_ == "bases" else head.lemma_.lower()  # spaCy reads "bases" as "basis"
        if lemma in ("state", "country", "government", "nation") and any(
                c.lower_ == "member" and c.dep_ in ("compound", "amod", "nmod") for c in head.children):
            lemma = "member"  # "the bloc's member states": the bloc's members
        if a is None and any(c.dep_ == "acl" and c.lemma_.lower() in ("use", "own", "operate", "belong")
                             for c in head.children):
            return []  # "pagers used by Hezbollah members exploded, killing nine": the users did not set them off
        if lemma in ("base", "facility", "camp", "outpost", "airbase") and depth < 3:
            # "fired missiles at two Iraqi bases housing US troops": at the troops housed there
            housed = [x for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("house", "host")
                      for o in c.children if o.dep_ == "dobj" for x in self._actors(o, doc, depth + 1)]
            if housed:
                return housed
        if a is not None and head.pos_ == "PRON" and head.lower_ in ("they", "them"):
            both = _named_together(a, head, doc)
            if both:
                return both  # "Kishida and Yoon met ... They agreed to share data": each of the two
        extra: list[Actor] = []
        bare = a if a is not None and not resolved(a) and a.kind == "sector" else None
        if bare is not None:
            a = None  # "inhabitants of the Syrian Golan Heights": the sector's country comes from what follows
        pair = head.tag_ == "NNS" and any(
            c.lower_ == "both" or (c.lower_ == "two" and any(d.lower_ == "the" for d in head.children))
            for c in head.children)
        each = head.tag_ == "NN" and any(c.lower_ == "each" for c in head.children)
        if (a is None or not resolved(a)) and lemma in SIDE_NOUNS and (pair or each):
            # "urged both sides to respect the truce", "praised both delegations", "the two rival generals", "each
            # side accused the other": the two sides of the last act between two parties (before the actors
            # stage's guess from the last two countries named, which measured worse: the last names are often a
            # third party's)
            both = self._both_sides()
            if both:
                return both
        if a is not None and head.tag_ == "NNS" and depth < 3 and a.kind in ("state", "sector", "person"):
            # "the presidents of Kyrgyzstan and Tajikistan", "the foreign ministers of France and Russia",
            # "warships from Russia and China": each one
            named = [x for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children
                     if p.dep_ == "pobj" for x in self._actors(p, doc, depth + 1) if x.country]
            if len({x.country for x in named}) >= 2 or (named and a.sector and named[0].country != a.country):
                named = [replace(x, code=x.country + (a.sector or ""), sector=a.sector, kind=a.kind)
                         if x.kind in ("state", "metonym") else x for x in named]
                a, extra = named[0], named[1:]
        if a is None and (head.pos_ == "PROPN" or head.dep_ == "nsubj"):
            # "Luis Almagro, secretary-general of the Organization of American States": a name the lexicon does not
            # know, whose apposition does; "His daughter, Vice President Sara Duterte, called ...": a subject told
            # by kinship or description, whose apposition names it
            a = next((doc.mentions[t.i] for c in head.children if c.dep_ == "appos"
                      for t in sorted(c.subtree, key=lambda t: t.i != c.i)  # the apposition's head first, then its words
                      if t.i in doc.mentions and resolved(doc.mentions[t.i])
                      # (a bare title's country is a guess from context: only a name the lexicon knows)
                      and (head.pos_ == "PROPN" or _names_someone(doc.mentions[t.i]))), None)
        if a is None and head.pos_ == "PROPN":
            # "Government spokeswoman Yolande Makolo": a name the lexicon does not know, whose title is placed
            a = next((doc.mentions[c.i] for c in head.children if c.dep_ == "compound" and c.i in doc.mentions
                      and resolved(doc.mentions[c.i]) and doc.mentions[c.i].kind in ("person", "sector")
                      and doc.mentions[c.i].sector == "GOV"), None)
        if a is None and lemma in ("supporter", "loyalist", "follower", "activist", "member"):
            # "opposition supporters clashed with police in Dakar": whose supporters they are
            a = next((doc.mentions[c.i] for c in head.children if c.dep_ == "compound" and c.i in doc.mentions
                      and resolved(doc.mentions[c.i])), None)
        if a is None and lemma in GROUP_NOUNS | {"inhabitant", "resident", "worker", "militant", "fighter", "supporter",
                                                 "company", "firm", "entity", "individual", "network"}:
            # "workers affiliated with the Serbian Workers' Union", "militants loyal to al-Zarqawi", "a front company
            # linked to the group"
            for c in head.children:
                if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("affiliate", "loyal", "link", "belong", "tie",
                                                                      "allied", "ally", "close", "connect"):
                    got = [x for q in c.children if q.dep_ == "prep" and q.lower_ in ("with", "to")
                           for p in q.children if p.dep_ == "pobj" for x in self._actors(p, doc, depth + 1)]
                    if got and a is None:
                        a = got[0]
        if a is None and (lemma in GROUP_NOUNS or lemma in HOLDER_NOUNS or head.pos_ == "NUM"
                          or lemma in QUANTITIES or bare is not None) and depth < 3:
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
                if a is None and c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and (
                        lemma in GROUP_NOUNS or bare is not None))):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            got = [x for x in self._actors(p, doc, depth + 1) if x]
                            if got:
                                a, extra = got[0], got[1:]  # "the leaders of Britain, France and Germany"
        if (a is None and (lemma in GROUP_NOUNS or lemma in WAR_MACHINES or lemma in HOLDINGS or lemma in OWNED)) or (
                lemma in OFFICIALS and (a is None or not resolved(a))):
            # "the agency's inspectors", "the boat's crew members", "its jets", "the alliance's foreign ministers",
            # "the country's assets": the body they belong to
            a = next((doc.mentions[c.i] for c in head.children if c.dep_ == "poss" and c.i in doc.mentions
                      and resolved(doc.mentions[c.i])
                      and not (lemma in OWNED and _own_subject(head, doc.mentions[c.i], doc))), None) or a
        if a is None and depth < 3:
            # "the missiles fired by the Israeli military", "a plan proposed by France": the agent behind it
            for c in head.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    for r in c.children:
                        if r.dep_ == "agent" or (r.dep_ == "prep" and r.lower_ == "by"):
                            got = [x for p in r.children if p.dep_ == "pobj" for x in self._actors(p, doc, depth + 1)]
                            if got:
                                a = got[0]
        if a is None and lemma in ("tanker", "ship", "vessel", "freighter", "carrier", "boat") and depth < 3:
            # "seized a tanker carrying Iranian oil": the ship of the country whose cargo it carries
            a = next((x for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport")
                      for o in c.children if o.dep_ == "dobj" for m in o.children if m.dep_ in ("amod", "compound")
                      for x in self._actors(m, doc, depth + 1) if x.country and x.kind in ("state", "metonym")), None)
        if a is None and lemma in HOLDER_NOUNS:
            # "an army camp", "a police station": the body that holds the place
            a = next((doc.mentions[c.i] for c in head.children if c.dep_ in ("compound", "amod")
                      and c.i in doc.mentions), None)
        if a is None and head.tag_ == "NNS" and lemma in MEMBER_NOUNS and depth < 3:
            # "more than 20 countries, including the United States, Germany and France, expelled ...": the members
            # the sentence names act (the others are no one we can code)
            named = [x for c in head.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                     for p in c.children if p.dep_ == "pobj" for x in self._actors(p, doc, depth + 1) if x.country]
            if head.dep_ == "nsubj" and any(c.lower_ == "among" for c in head.head.children):
                # "more than 20 countries, among them the United States and Germany, expelled ...": the parser
                # makes the members a second subject
                named = [x for s in head.head.children if s.dep_ == "nsubj" and s.i > head.i
                         for x in self._actors(s, doc, depth + 1) if x.country]
            if named:
                return named
        if head.i in doc.pairs and (a is None or a.kind != "igo"):  # "the two sides", "French and Egyptian warships"
            return list(doc.pairs[head.i])
        if a is None and bare is not None:
            # "its foreign ministry", "the country's army": the sector of whoever the possessive names
            owner = next((doc.mentions[c.i] for c in head.children if c.dep_ == "poss" and c.i in doc.mentions
                          and resolved(doc.mentions[c.i])), None)
            if owner is not None and owner.country and owner.kind in ("state", "metonym"):
                a = owner
        if a is not None and bare is not None and a.country and a.kind in ("state", "metonym"):
            a = replace(a, code=a.country + (bare.sector or ""), sector=bare.sector, kind="sector",
                        text=bare.text, start=bare.start, end=bare.end)  # "inhabitants of Syria" -> SYRCVL
        if a is None:
            a = bare
        if a is not None and resolved(a):
            out.append(a)
            out.extend(extra)
        for c in head.children:
            if c.dep_ == "conj":
                out.extend(self._actors(c, doc, depth))
            if c.dep_ == "appos" and c.pos_ == "PROPN" and head.pos_ == "PROPN" and out and out[0].kind == "person":
                # "US President Donald Trump and Chinese President Xi Jinping met": the parser may hang the second
                # name on the first one's apposition
                out.extend(a for k in c.children if k.dep_ == "conj" and k.pos_ == "PROPN"
                           for a in self._actors(k, doc, depth) if a.code != out[0].code)
        for c in listed_appositions(head) if out else ():
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": each name of the list
            first = {a.country for a in out}
            out.extend(a for a in self._actors(c, doc, depth) if a.country and a.country not in first
                       and a.kind in ("state", "metonym"))
        return out

    def _subject_tokens(self, verb):
        """Subject of ``verb``, inherited through coordination and control (urge X to ...)."""
        # ("New Delhi did, however, lodge a protest": the parser may hang the subject on the auxiliary)
        subj = children_with(verb, "nsubj", "csubj") or [s for a in children_with(verb, "aux")
                                                          for s in children_with(a, "nsubj")]
        pas = children_with(verb, "nsubjpass")
        past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(  # "an aid worker who was arrested by ..."
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children))
        if (verb.dep_ == "relcl" and past and (subj or pas) and ((subj or pas)[0].lower_ == "who" or (
                # "the White House, which called the charges 'ridiculous'": "which" after a government named by
                # its seat
                (subj or pas)[0].lower_ == "which" and verb.head.pos_ == "PROPN"
                and getattr(self, "_doc_mentions", {}).get(verb.head.i) is not None
                and self._doc_mentions[verb.head.i].kind in ("state", "metonym", "igo")))
                and verb.head.pos_ in ("NOUN", "PROPN")):
            # "opened fire on protesters who stormed parliament", "Anwar Ibrahim, who hosted the talks": the relative
            # pronoun is whoever it hangs on (what they did, not what they are doing: "militants who are holding
            # hostages" is who they are)
            ante = verb.head
            mentions = getattr(self, "_doc_mentions", {})
            if (ante.dep_ == "appos" and ante.head.pos_ in ("NOUN", "PROPN") and ante.head.i in mentions
                    and (mentions[ante.head.i].code or "").startswith("IGO")
                    and not (mentions.get(ante.i) is not None and mentions[ante.i].code)):
                # "The UN special envoy for Yemen, Hans Grundberg, who arrived in Riyadh": the envoy, whom the name
                # in apposition does not place
                ante = ante.head
            return ante, not subj
        if subj:
            inner = subj[0]
            if inner.pos_ == "VERB" and inner.tag_ == "VBG":
                # "ASEAN leaders meeting in Jakarta called on the junta": the parser may take the participle for the
                # subject and its noun for the participle's
                inner = next((c for c in inner.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), inner)
            return inner, False
        if pas:
            return pas[0], True
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("by", "after", "before")
                and verb.head.head.pos_ == "VERB" and verb.head.head.tag_ in ("VBD", "VBZ", "VBN")
                and not any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had")
                            for c in verb.head.head.children)):
            # "said it responded by shelling the villages": whoever responded shelled (not "could retaliate by
            # restricting exports": what was done, not what might be)
            return self._subject_tokens(verb.head.head)
        if verb.dep_ == "conj" and verb.lemma_.lower() in ("call", "urge", "appeal", "ask", "tell", "warn", "say", "vow",
                                                           "pledge", "promise", "describe", "condemn", "denounce",
                                                           "accuse", "blame", "brand", "demand"):
            # "urged Hamas to free the hostages it is holding and called on Israel to ...": the parser may hang the
            # second appeal inside the first one's complement; both are the urger's
            a = verb.head
            for _ in range(4):
                if a.dep_ == "xcomp" and a.head.pos_ == "VERB" and a.head.lemma_.lower() in (
                        "urge", "ask", "call", "tell", "press", "encourage"):
                    return self._subject_tokens(a.head)
                if a.head.i == a.i:
                    break
                a = a.head
            said = verb.head.head
            if (verb.head.dep_ == "ccomp" and said.pos_ == "VERB" and said.i < verb.head.i
                    and said.lemma_.lower() in ("say", "report", "announce", "add", "insist", "state", "claim")
                    and children_with(said, "nsubj")
                    and verb.lemma_.lower() in ("call", "urge", "appeal", "ask", "vow", "pledge", "promise", "describe",
                                                "condemn", "denounce", "accuse", "blame", "brand", "demand")
                    and (verb.lemma_.lower() in ("urge", "appeal", "ask", "vow", "pledge", "promise") or verb.tag_ ==
                         said.tag_)):
                # ("the Pentagon insisted the aircraft was over international waters and called the attack
                # unprovoked": a verdict in the teller's own tense is the teller's)
                # "the SDF said Turkish jets had hit civilian areas and called on the coalition to impose a no-fly
                # zone": the appeal joins the report, not the reported attack
                return self._subject_tokens(said)
        if (verb.dep_ == "dep" and verb.tag_ == "VBD" and verb.head.tag_ == "VBD" and verb.head.i < verb.i
                and any(c.lower_ == "then" and c.dep_ == "advmod" for c in (*verb.children, *verb.head.children))):
            # "detained Aung San Suu Kyi in early-morning raids, then declared a state of emergency": the parser
            # leaves the second verb loose; it is the first one's doer's next act
            return self._subject_tokens(verb.head)
        main = finite_conj_main(verb)
        if main is not None:
            # "ordered Estonia's ambassador to leave and downgraded relations": a finite verb joins the one that
            # governs the infinitive, whatever the parser hung it on
            return self._subject_tokens(main)
        if verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "said that Chinese personnel had boarded a boat, beaten its crew and seized their catch": the parser
            # makes a second report of the next verb in the row; its doer is the first one's
            first = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i
                          and children_with(c, "nsubj")), None)
            if first is not None:
                return self._subject_tokens(first)
        if (verb.dep_ == "conj" and verb.head.lower_ == "persona" and verb.head.dep_ == "ccomp"
                and verb.head.head.pos_ == "VERB"):
            # "declared four diplomats persona non grata and ordered them to leave": the parser may take "persona"
            # for a verb whose subject is the diplomats; whoever declared them ordered them out
            return self._subject_tokens(verb.head.head)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            tok, passive = self._subject_tokens(verb.head)
            # "arrived in Moscow and were granted asylum by Russia": the shared subject is this verb's patient
            return tok, passive or bool(children_with(verb, "auxpass"))
        if (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and verb.head.dep_ == "ROOT"
                and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.text.isupper()) and verb.head.i < verb.i):
            # "West African bloc ECOWAS imposed sanctions": the parser took the name for the main verb
            return verb.head, False
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in DOCUMENTS for c in verb.head.children):
            # "a joint statement was issued by France and Germany condemning the coup": the issuers condemn
            agent = next((p for c in verb.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                         None)
            if agent is not None:
                return agent, False
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            # "the United States is willing to provide ...": the subject of the verb the adjective completes
            return self._subject_tokens(verb.head.head)
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            gov = verb.head
            report = next((c for c in gov.children if c.dep_ == "ccomp"), None)
            if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and report is not None and report.i < verb.i
                    and gov.lemma_.lower() in ("say", "report", "tell", "announce", "add", "state")
                    and verb.lemma_.lower() in ("force", "prompt", "cause", "leave", "drive", "send", "trigger")):
                # "a stampede killed 50 people, state media reported, forcing officials to postpone the burial": what
                # the report tells does the forcing, not the reporter
                return self._subject_tokens(report)
            obj = children_with(gov, "dobj")
            if obj and verb.dep_ == "xcomp":
                return obj[0], False
            # a participle after a comma ("..., accusing X of ..."), which the parser may hang on the wrong clause
            trailing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
            if (trailing and gov.dep_ == "ccomp" and gov.head.pos_ == "VERB"
                    and gov.head.lemma_.lower() in ("say", "tell", "demand", "insist", "warn", "announce", "declare")
                    and gov.head.i < gov.i and verb.lemma_.lower() not in HARM_PARTICIPLES):
                # "demanded that the UN pull its mission out, accusing the blue helmets of failing": the parser hangs
                # the participle on the demand's clause; the one who demands accuses
                return self._subject_tokens(gov.head)
            if (trailing and gov.dep_ in ("acl", "ccomp", "relcl") and gov.head.lemma_.lower() in TOLD_NOUNS
                    and gov.head.head.pos_ == "VERB" and gov.head.head.i < gov.head.i):
                # "denied reports that its troops had shelled villages, calling them 'fabrications'": the parser
                # hangs the participle on the report's clause; the one who denies the report calls it so
                return self._subject_tokens(gov.head.head)
            if (trailing and gov.dep_ == "xcomp" and gov.head.pos_ == "VERB" and children_with(gov.head, "dobj")
                    and (gov.head.lemma_.lower() in ("urge", "ask", "call", "tell", "press", "encourage", "warn")
                         or verb.lemma_.lower() in ("accuse", "say", "call", "cite", "blame", "describe", "claim"))):
                # "urged Beijing to lift the ban immediately, calling it groundless": the parser hangs the
                # participle on the appeal's complement; the one who urges is the one who calls (and "ordered
                # Estonia's ambassador to leave ..., accusing Tallinn of Russophobia": the one who orders accuses)
                return self._subject_tokens(gov.head)
            tok, passive = self._subject_tokens(gov)
            # "Two Greek soldiers who strayed across the border were detained by Turkish authorities": the parser may
            # hang a passive verb with no subject of its own on a clause; the subject it shares is its patient
            return tok, passive or (verb.dep_ == "advcl" and bool(children_with(verb, "auxpass")))
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("by", "after", "before")
                and verb.head.head.pos_ == "VERB" and verb.head.head.dep_ != "ccomp"):  # not "said X had ... by
            # "responded by suspending aid", "retaliated by expelling": the doer of the governing verb
            tok, passive = self._subject_tokens(verb.head.head)
            return (tok, False) if not passive else (None, False)
        if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENTS
                and verb.head.dep_ in ("dobj", "nsubjpass") and verb.head.head.lemma_.lower() in ISSUING):
            # "adopted a declaration condemning the massacre", "issued a statement urging restraint": whoever
            # issues the text says what it says
            return self._subject_tokens(verb.head.head)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the commander killed by a US drone": a past participle describing its noun is passive
            # (when that noun is the root, the parser has missed the main verb: "A report called for ...")
            # "hours after rebels swept into Damascus": a clause the parser read as a noun with a participle
            clause = (verb.head.dep_ == "pobj" and verb.head.head.lower_ in ("after", "before", "since", "until")
                      and not any(c.dep_ == "agent" for c in verb.children))
            # "Israeli air strikes killed 20 people ..., health officials said": the parser may take the main verb
            # of what was said for a participle on its subject; one with an object and no agent is active
            active = (verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.i > verb.i
                      and verb.head.head.lemma_.lower() in ("say", "report", "tell", "announce", "add")
                      and any(c.dep_ == "dobj" for c in verb.children)
                      and not any(c.dep_ == "agent" for c in verb.children))
            return verb.head, (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT"
                               and not clause and not active)
        return None, False

    @staticmethod
    def _what_they_called(verb):
        """The noun of "what X said were Y" hung on ``verb`` (Y), or None."""
        for c in verb.children:
            if c.dep_ == "ccomp" and c.lemma_.lower() in ("say", "call", "describe", "claim", "believe"):
                for b in c.children:
                    if b.dep_ == "ccomp" and b.lemma_.lower() == "be" and any(
                            w.lower_ == "what" and w.dep_ == "nsubj" for w in b.children):
                        return next((a for a in b.children if a.dep_ == "attr"), None)
            if (c.dep_ == "ccomp" and c.lemma_.lower() in ("call", "describe", "term", "label", "brand", "dub")
                    and any(w.lower_ == "what" and w.dep_ == "dobj" for w in c.children)):
                # "condemning what he called dangerous manoeuvres by Chinese coast guard ships", "what Manila
                # described as Chinese harassment": the doer the naming gives, else the thing named
                named = next((a for a in c.children if a.dep_ == "oprd"), None)
                named = named or next((p for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                                       for p in a.children if p.dep_ == "pobj"), None)
                by = next((p for a in (*c.children, *(named.children if named is not None else ()))
                           if a.dep_ in ("prep", "agent") and a.lower_ == "by"
                           for p in a.children if p.dep_ == "pobj"), None)
                if by is not None or (named is not None and any(
                        t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper() for t in named.subtree)):
                    return by if by is not None else named  # (a name with no side in it falls back on the clause)
        return None

    @staticmethod
    def _prep_children(verb):
        """Prepositions of the verb, and those spaCy hangs on its object ("imposed [sanctions on Iran]")."""
        out = [c for c in verb.children if c.dep_ in ("prep", "agent", "dative")]
        for c in verb.children:
            if c.dep_ == "dobj":
                out += [q for q in c.children if q.dep_ == "prep"]
                # "dropped barrel bombs filled with chlorine on the town": the parser may hang the aim on the
                # object's participle
                out += [q for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN" for q in a.children
                        if q.dep_ == "prep" and q.lower_ in ("on", "at", "against", "into")]
                # "sent messages of condolence to Erdogan": the preposition hangs on the "of" noun
                # ("approved $400 million in military aid for Ukraine": on the "in" noun of a sum)
                out += [r for q in c.children if q.dep_ == "prep" and (q.lower_ == "of" or (
                            q.lower_ == "in" and (c.lemma_.lower() in ("million", "billion") or c.pos_ == "NUM")))
                        for p in q.children if p.dep_ == "pobj" for r in p.children if r.dep_ == "prep"]
                # "froze 6.3 billion euros of funding earmarked for Hungary": whom the money was meant for
                out += [r for n in (c, *(p for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                                         for p in q.children if p.dep_ == "pobj"))
                        for a in n.children if a.dep_ == "acl" and a.lemma_.lower() in EARMARKED
                        for r in a.children if r.dep_ == "prep" and r.lower_ in ("for", "to")]
            elif c.dep_ == "prep" and c.lower_ in ("by", "via", "over"):
                # "spoke by telephone with Pezeshkian", "talked over the phone with"
                out += [r for p in c.children if p.dep_ == "pobj" for r in p.children
                        if r.dep_ == "prep" and r.lower_ in ("with", "to")]
        # "held talks in Muscat, with Oman's foreign minister shuttling messages": an absolute clause, not a partner
        return [q for q in out if not (q.lower_ == "with" and (any(
            v.tag_ in ("VBG", "VBN") and v.dep_ in ("acl", "advcl", "relcl") for p in q.children for v in p.children)
            or any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in q.children)))
            # "launched missile strikes on nine sites in Pakistan on Wednesday": a day is no one acted on
            and not (q.lower_ == "on" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in q.children))]

    def _targets(self, verb, pat: VerbPattern, doc: Document, passive: bool, depth: int = 0) -> list[Actor]:
        told = self._what_they_called(verb)
        if told is not None and not passive:
            # "struck what the military said were Hezbollah weapons depots in southern Lebanon": the depots, not the
            # military that named them
            return self._actors(told, doc) or self._nested_target(told, doc) or self._thing(told, doc)
        if passive:
            tok, _ = self._subject_tokens(verb)
            if tok is not None and pat.objects and tok.lemma_.lower() in pat.objects:
                # "sanctions were imposed on North Korea", "aid to Mali was suspended": the subject is the
                # event noun, the target follows it or the verb
                return [a for c in self._prep_children(verb) if c.lower_ in (pat.prep or TARGET_PREPS)
                        for p in c.children if p.dep_ == "pobj" for a in self._actors(p, doc)] or (
                    self._object_addressee(tok, doc))
            if pat.prep and pat.target == "pobj":
                # "a ceasefire mediated by Moscow between Armenia and Azerbaijan": the pattern's preposition
                got = [a for c in self._prep_children(verb) if c.lower_ in pat.prep
                       for p in c.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
                if got:
                    return got
            # "Financial aid to Mali was suspended", "Food was delivered to the town of Madaya"
            return self._actors(tok, doc) or (self._nested_target(tok, doc) if tok is not None else []) or [
                a for c in self._prep_children(verb) if c.lower_ in ("to", "into", "on", "against")
                for p in c.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
        if pat.target == "none":
            # "lifted restrictions imposed on Olmert", "sanctions against Iran": the object's own addressee
            for o in verb.children:
                if o.dep_ == "dobj" and pat.cameo[:2] in ("02", "10") and o.lemma_.lower() not in ("release", "freedom",
                                                                                                  "return"):
                    # "demanded the withdrawal of Serbian forces", "a meeting of the Security Council": who must act
                    got = [a for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                           for p in q.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
                    if got:
                        return got
                if (o.dep_ == "dobj" and pat.cameo[:2] == "16" and o.lemma_.lower() in DIPLOMATS
                        and verb.lemma_.lower() in ("recall", "withdraw", "pull", "bring")):
                    # "recalled its ambassadors to Washington and Tel Aviv", "withdrew its envoy to Israel": the
                    # states the envoys were posted to, however the parser hangs the "to"
                    posts = [p for q in self._prep_children(verb) + [c for c in o.children if c.dep_ == "prep"]
                             if q.lower_ in ("to", "from") for p in q.children if p.dep_ == "pobj"]
                    posts += [c for p in posts for c in p.children if c.dep_ == "conj"]
                    got = [a for p in posts for a in (self._actors(p, doc) or self._city_state(p))]
                    if got:
                        return list({(a.country or a.code): a for a in got}.values())
                if o.dep_ == "dobj":
                    # "recalled its ambassador to the Netherlands"; "banned opposition candidates", "rejected
                    # Theresa May's offer": the object names an actor
                    # "provide 50 million euros in aid to Sudan", "suspended part of an aid program for Bosnia"
                    if pat.cameo[:2] == "12" and o.lemma_.lower() in MADE_ELSEWHERE:
                        # "rejected a U.S. peace plan for Ukraine": whose the plan is, not whom it is for
                        got = self._actors(o, doc)
                        if got:
                            return got
                    got = (self._object_addressee(o, doc) or self._actors(o, doc)
                           or self._nested_target(o, doc, places=False))
                    if got:
                        return got
            for q in self._prep_children(verb):  # "withdrew from the Economic Community of West African States"
                for p in q.children:
                    if p.dep_ == "pobj" and f"{q.lower_}:{p.lemma_.lower()}" in pat.prep:
                        got = self._actors(p, doc)
                        if got:
                            return got
            if pat.cameo[:2] in ("01", "02", "03", "04", "05", "08"):
                # "expressed serious concern to the Security Council", "voiced support for Kyiv",
                # "expressed optimism at the prospect of a trade deal with China"
                # "signed the deal at the State Department", "agreed to a truce at talks in Malaysia": where an
                # agreement or a meeting takes place is no side of it
                for q in self._prep_children(verb):
                    if q.lower_ in _aimed_preps(pat.cameo) + ("for",):
                        for p in q.children:
                            got = self._actors(p, doc) if p.dep_ == "pobj" else []
                            if got:
                                return got
                            if p.dep_ in ("pobj", "pcomp"):
                                inner = next((doc.mentions[t.i] for t in p.subtree if t.i != p.i
                                              and t.i in doc.mentions and resolved(doc.mentions[t.i])
                                              # ("signed four accords with his host": not the signer's own)
                                              and not (t.dep_ == "poss" and t.head.lemma_.lower() in OTHER_SIDES)
                                              and not (t.head.dep_ == "prep" and t.head.lower_ in ("in", "at")
                                                       and t.head.head.lemma_.lower() in VENUES)),
                                             None)
                                if inner is not None:
                                    return [inner]
            if pat.cameo[:2] in ("01", "03", "02", "10", "12", "13") and depth < 2:
                # "offered to negotiate with the president of Armenia": the addressee is in the complement
                for c in verb.children:
                    to_clause = c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                    if (c.dep_ in ("xcomp", "ccomp") or to_clause) and c.pos_ == "VERB":
                        cpat = self._match(c)
                        got = self._targets(c, cpat, doc, False, depth + 1) if cpat is not None else []
                        got = got or [a for q in self._prep_children(c) if q.lower_ in TARGET_PREPS
                                      for p in q.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
                        if got:
                            return got
            return []
        if pat.target == "pobj":
            if pat.cameo[:2] == "11" and "to" in pat.prep:
                # "complained to the UN over two Israeli air raids": the complaint is about the raiders
                for c in self._prep_children(verb):
                    if c.lower_ in ("over", "about", "against"):
                        for p in c.children:
                            got = self._actors(p, doc) if p.dep_ == "pobj" else []
                            if got:
                                return got
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
                            # "reneged on his commitment to the Zambian people", "a suspension of air links
                            # with Serbia": the actor may sit deeper in the phrase
                            got = self._actors(p, doc) or self._nested_target(p, doc, places=False)
                            if got:
                                return got
            return []
        if pat.target == "xsubj":
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp", "advcl"):
                    s = children_with(c, "nsubj", "nsubjpass")
                    if s:
                        return self._actors(s[0], doc)
            for c in verb.children:  # "called for the withdrawal of US troops"
                if c.dep_ == "prep" and c.lower_ not in ("after", "before", "following", "amid", "since", "during",
                                                         "despite"):  # ("after a night of Russian missile strikes")
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
                if not got and c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    got = self._actors(verb.head, doc)  # "cut ties with Belgium, which it accused of lobbying"
                if got:
                    return got
                # "the strike on Soleimani", "targets in Iran": the object's own prepositional target
                for q in sorted(c.children, key=lambda q: q.lower_ != "by"):  # "the sentencing of X by Y": Y
                    if q.dep_ == "prep" and q.lower_ in TARGET_PREPS + ("of", "in", "by", "from"):
                        for pp in q.children:
                            got = self._actors(pp, doc)
                            if got:
                                return got
                got = self._object_addressee(c, doc) or self._nested_target(c, doc)
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
                if any(o.dep_ == "dobj" and o.tag_ in ("WP", "WDT") for o in c.children):
                    # "struck what New Delhi described as a militant camp inside Pakistan": what is struck is what
                    # the clause names, not who names it
                    got = [doc.mentions[t.i] for q in c.children if q.dep_ == "prep" and q.lower_ == "as"
                           for t in q.subtree if t.i in doc.mentions and resolved(doc.mentions[t.i])][:1]
                    if got:
                        return got
                    continue
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
                         for s in children_with(c, "nsubj", "nsubjpass")), None)
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
        # "expressed optimism that the government ...", "voiced concern over the police": what the words are about
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i in self._doc_mentions:
            return obj
        return next((p for c in self._prep_children(verb) if c.lower_ in _aimed_preps(pat.cameo) + ("against", "regarding")
                     for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in DATE_LABELS), None)

    def _sector_actor(self, tok, doc: Document) -> Actor | None:
        """The actor of a phrase known only by its sector ("rebels", "the police", "students")."""
        if tok is None:
            return None
        if tok.lemma_.lower() in QUANTITIES or tok.pos_ == "NUM":
            # "hundreds of opposition supporters", "thousands of striking teachers"
            tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), tok)
        a = doc.mentions.get(tok.i)
        if a is None:  # "a leading opposition candidate": the sector sits on a modifier
            a = next((doc.mentions[c.i] for c in tok.children if c.dep_ in ("compound", "amod")
                      and c.i in doc.mentions and doc.mentions[c.i].kind == "sector"), None)
        if a is None and tok.lemma_.lower() in HOLDER_NOUNS | PLACE_NOUNS | {"basis"}:
            # "a military base", "a police station": held by that sector
            stage = next((st for st in doc_stage_sectors(tok)), None)
            if stage is not None:
                a = Actor(text=tok.doc[tok.left_edge.i:tok.i + 1].text, name=f"{stage[1]} {tok.lemma_}", code=stage[0],
                          country=None, sector=stage[0], kind="sector", start=tok.left_edge.idx,
                          end=tok.idx + len(tok))
        if (a is None and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass")
                and self._domestic_ok and tok.text[:1].isupper()):  # (not "the western bank" the tagger misreads)
            # a person named but not in the dictionary ("accused Gulen of"): of the other side's country
            left = tok.left_edge.i
            return Actor(text=tok.doc[left:tok.i + 1].text, name=tok.doc[left:tok.i + 1].text, code="", country=None,
                         sector=None, kind="person", start=tok.doc[left].idx, end=tok.idx + len(tok))
        if a is None or a.country or a.code.startswith(("IGO", "NGO")) or not a.sector or a.kind == "group":
            return None
        if not_one_country(tok):
            return None  # "foreign ministers", "West African leaders", "foreign intelligence services"
        return a

    @staticmethod
    def _domestic(a: Actor, country: str) -> Actor:
        return replace(a, country=country, code=country + (a.sector or ""), name=f"{a.name} ({country})")

    @staticmethod
    def _city_state(tok) -> list[Actor]:
        """The state a town named by ``tok`` is in ("Tel Aviv"), as a side of an event."""
        state = town_state(tok)
        return [state] if state is not None else []

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
                    if r.dep_ == "dobj":
                        # "agreements establishing full diplomatic relations with the UAE and Bahrain"
                        got = [a for w in r.children if w.dep_ == "prep" and w.lower_ in ("with", "between")
                               for p in w.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
                        if got:
                            return got
        return []

    def _nested_target(self, noun, doc: Document, depth: int = 0, places: bool = True) -> list[Actor]:
        """An actor deeper in the object phrase: "provided 3 million euros in funding to Lebanon",
        "suspended part of a military aid program for Bosnia". With ``places`` False, "in" only leads
        further down ("in aid to Sudan") and never names the target itself ("in the Saudi city of Jeddah")."""
        if depth > 2:
            return []
        for q in noun.children:
            if q.dep_ == "prep" and q.lower_ in TARGET_PREPS + ("of", "in", "for", "from", "inside", "between"):
                for p in q.children:
                    if p.dep_ != "pobj" or p.ent_type_ in DATE_LABELS:
                        continue
                    here = self._actors(p, doc) if places or q.lower_ not in ("in", "inside") else []
                    got = here or self._nested_target(p, doc, depth + 1, places)
                    if got:
                        return got
            if q.dep_ == "acl" and q.pos_ == "VERB":  # "a ship carrying rice to Colombo"
                for r in q.children:
                    if r.dep_ != "prep" or r.lower_ not in TARGET_PREPS:
                        continue
                    got = [a for p in r.children if p.dep_ == "pobj" for a in self._actors(p, doc)]
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
