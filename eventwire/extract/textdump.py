"""The article out of a plain-text page dump (what a browser gives when a page is copied as text).

Each line is scored as article prose or page furniture; the article is the
best-scoring run of lines (a maximum-sum segment, so short sub-heads between
paragraphs stay in). Lines that a site repeats on its other pages (its
template, learnt by :mod:`eventwire.extract.templates`) count strongly against.
The header above the article gives title, subtitle, byline and dateline.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from ..records import Article
from .metadata import find_agency_in_body, is_caption, parse_byline, parse_dateline, split_tags, to_datetime, valid_day

__all__ = ["extract_text_dump", "normalize_line", "page_lines"]

_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_END_OF_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[.!?][\"'”’]\s*$|:\s*$")
_STOP = frozenset(
    "a an the of to in on at for by with from and or but is are was were be been has have had it its this that "
    "these those he she they we you i his her their our not as will would could should can may said says after "
    "before into over than then there which who whom what when where while about also more most some any no".split())
_BARRIER = re.compile(
    r"^(?:tags?|topics?|related(?: articles| stories| news| coverage| content)?|most (?:read|popular|viewed|shared)|"
    r"more (?:from|on|stories|news|in)\b.*|recommended(?: for you)?|read more|trending(?: now)?|"
    r"you (?:may|might) also like|popular (?:now|stories)|latest (?:news|stories)|share this(?: article)?|"
    r"sign up for .*|subscribe (?:to|for) .*|comments?|leave a comment|follow us.*|share this story)\s*:?$", re.I)
_TAGS = re.compile(r"^(?:tags|topics|tagged|related topics|keywords|filed under)\b\s*[:\-]?\s*\S", re.I)
_SITE_SEP = re.compile(r"\s+[-|–—:]\s+")


def normalize_line(line: str) -> str:
    return " ".join(line.lower().split())


def page_lines(text: str) -> tuple[str | None, list[str]]:
    """(date marker, lines) of a dump, the marker removed from the first line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marker = None
    for i, line in enumerate(lines):
        if line.strip():
            m = _MARKER.match(line)
            if m:
                marker = m.group(1)
                lines[i] = line[m.end():]
            break
    return marker, [" ".join(line.split()) for line in lines]


def _words(line: str) -> list[str]:
    return re.findall(r"[A-Za-z\u00C0-\u024F']+", line)


def is_prose(line: str) -> bool:
    words = _words(line)
    n = len(words)
    if n < 6:
        return False
    stop = sum(1 for w in words if w.lower() in _STOP) / n
    if _END_OF_SENTENCE.search(line) and (stop >= 0.12 or n >= 12):
        return True
    return n >= 20 and stop >= 0.25


@dataclass
class _Line:
    text: str
    index: int
    prose: bool
    caption: bool
    boiler: bool
    score: float = 0.0


_PROMO = re.compile(
    r"\b(?:subscribe (?:to|for|now|today)|sign up (?:for|to)|support our (?:journalism|newsroom)|as little as \$|"
    r"all rights reserved|we use cookies|affiliate commission|we may earn|unlimited access|already a subscriber|"
    r"straight to your inbox|sent to your inbox|click here to|download (?:our|the) app)\b", re.I)
UNPUNCTUATED_WEIGHT = 0.5
PROMO_SCORE = -4.0
REPEAT_SCORE = -2.0
BOILER_SHORT = -2.0
BOILER_SHORT_WORDS = 1
BOILER_PROSE = -2.0  # a long paragraph the site repeats: an appeal, a disclaimer
TEASER_SCORE = -1.0
HEADLINE_CAPS = 0.7
BARRIER_SCORE = -8.0  # "Most read", "Related", "Tags": the article does not go on past these


def _score(line: _Line) -> float:
    n = len(_words(line.text))
    if line.boiler:
        if n <= BOILER_SHORT_WORDS and not line.prose:
            return BOILER_SHORT  # "Advertisement", "Share": also shown between an article's paragraphs
        return -4.0 if not line.prose or n < 25 else BOILER_PROSE
    if line.caption:
        return -1.0
    if _PROMO.search(line.text):
        return PROMO_SCORE
    if _BARRIER.match(line.text) or _TAGS.match(line.text):
        return BARRIER_SCORE
    if line.prose:
        if line.text.rstrip().endswith(("...", "..", "…")) and not line.text.rstrip().endswith(("....",)):
            return TEASER_SCORE  # a teaser cut short ("as Tehran threatens to close...")
        if not _END_OF_SENTENCE.search(line.text):  # long, but unpunctuated: a headline list, a teaser
            return UNPUNCTUATED_WEIGHT * (1.0 + min(n, 80) / 16.0)
        words = _words(line.text)
        caps = sum(1 for w in words[1:] if w[0].isupper()) / max(1, len(words) - 1)
        if caps > HEADLINE_CAPS and n < 40:
            return -0.5  # Headline Style Capitals: a list of other stories
        return 1.0 + min(n, 80) / 16.0
    if re.search(r"https?://|©|\|", line.text):
        return -1.5
    if n <= 12:
        return -0.7  # possible sub-head, a short quote, a dateline
    return -1.5


TEASER_RUN_SCORE = -1.0  # set to 0 or more to switch the rule off
TEASER_RUN_MIN = 3


def _unpunctuated_prose(it: _Line) -> bool:
    return it.prose and not it.boiler and not _END_OF_SENTENCE.search(it.text)


def _mark_teaser_runs(items: list[_Line]) -> None:
    """A list of other stories ("Don't miss", a sidebar of teasers): TEASER_RUN_MIN or more long lines
    without a full stop one after another, with no sentence of running text between. An article's
    paragraphs end in full stops; a long unpunctuated line among them (a sub-head) keeps its score."""
    if TEASER_RUN_SCORE >= 0:
        return
    prose = [it for it in items if it.prose and not it.boiler]
    k = 0
    while k < len(prose):
        end = k
        while end < len(prose) and _unpunctuated_prose(prose[end]):
            end += 1
        if end - k >= TEASER_RUN_MIN:
            for it in prose[k:end]:
                it.score = min(it.score, TEASER_RUN_SCORE)
        k = max(end, k + 1)


INSERT_SCORE = -1.0  # a template line between two paragraphs
INSERT_RUN = 1  # at most this many template lines in a row


def _soften_inserts(items: list[_Line]) -> None:
    """Template lines set between two paragraphs ("Advertisement", a "Watch" tab) interrupt the article
    but do not end it: they get a mild penalty instead of the template one."""
    if INSERT_SCORE >= 0:
        return
    k = 0
    while k < len(items):
        if not items[k].boiler or items[k].prose:
            k += 1
            continue
        end = k
        while end < len(items) and items[end].boiler and not items[end].prose:
            end += 1
        if 0 < k and end < len(items) and end - k <= INSERT_RUN and items[k - 1].prose and items[end].prose \
                and not items[k - 1].boiler and not items[end].boiler:
            for it in items[k:end]:
                if it.score > BARRIER_SCORE:
                    it.score = max(it.score, INSERT_SCORE)
        k = end


def _best_segment(scores: list[float]) -> tuple[int, int]:
    best, best_span = float("-inf"), (0, -1)
    cur, start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, start = s, i
        else:
            cur += s
        if cur > best:
            best, best_span = cur, (start, i)
    return best_span


FIRST_STORY_SHARE = 0.2  # a part of the run before a story break this share of the best part's weight is the article
STORY_BREAK_SPAN = 6  # lines after a barrier a next story's byline or dateline is looked for in


def _story_breaks(block: list[_Line]) -> list[int]:
    """Positions in the run of barriers ("Share this story", "More on Politics:") that a next story's
    header follows: a byline or dateline within a few lines. An inline "Related" link with the text
    going on after it is not a break."""
    out = []
    for k, it in enumerate(block):
        if it.score > BARRIER_SCORE:
            continue
        after = block[k + 1:k + 1 + STORY_BREAK_SPAN]
        if any(not x.prose and (parse_byline(x.text) or (parse_dateline(x.text)[0] and len(_words(x.text)) <= 12))
               for x in after):
            out.append(k)
    return out


def _first_story(block: list[_Line]) -> list[_Line]:
    """Of a run that goes on over story breaks (a page that shows the next story, and the next), the
    first part with a real share of the text."""
    breaks = _story_breaks(block)
    if not breaks or FIRST_STORY_SHARE <= 0:
        return block
    bounds = [0] + [k + 1 for k in breaks] + [len(block) + 1]
    parts = [block[bounds[i]:bounds[i + 1] - 1] for i in range(len(bounds) - 1)]
    weight = [sum(max(0.0, it.score) for it in part) for part in parts]
    top = max(weight)
    for part, w in zip(parts, weight):
        if w >= FIRST_STORY_SHARE * top and any(it.prose for it in part):
            return part
    return block


_UI_LINE = re.compile(r"^(?:skip to (?:main )?content|skip navigation|toggle (?:menu|navigation)|menu|search|"
                      r"close|open menu|log ?in|sign ?in|subscribe|home|main menu|navigation)$", re.I)


def _site_from_header(lines: list[str]) -> str | None:
    """The site's name from the first lines of the page ("The Jerusalem Post - Israel News ...")."""
    for first in [ln.strip() for ln in lines if ln.strip()][:4]:
        if _UI_LINE.match(first):
            continue
        parts = _SITE_SEP.split(first, maxsplit=1)
        if len(parts) > 1 and 1 <= len(parts[0].split()) <= 6:
            return parts[0].strip()
        if len(first.split()) <= 5 and not is_prose(first):
            return first
    return None


def _is_title_like(line: str) -> bool:
    n = len(_words(line))
    return 3 <= n <= 30 and len(line) <= 250 and not line.endswith(":") and parse_byline(line) is None


_CREDIT = re.compile(r"/|©|\||\bgetty\b|\bshutterstock\b|\bimages?\b|\bphoto(?:graph)?s?\b|\bvideo\b|"
                     r"^\d+:\d+$|\bshare\b|\bclose\b|\benlarge\b|\bcaption\b|\bread more\b|\bclick\b", re.I)


def _furniture(it: _Line) -> bool:
    """A short line inside the article run that is page furniture: a photo credit, a share button."""
    return not it.prose and len(_words(it.text)) <= FURNITURE_WORDS and bool(_CREDIT.search(it.text))


FURNITURE_WORDS = 8


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _words(text) if len(w) > 2 and w.lower() not in _STOP}


BOILER_TITLE_PENALTY = 0.6
# Title evidence weights, chosen with a site-split cross-validation on the NAEB development pages
# (tuned on half the sites, scored on the other half): paragraphs the title's words are looked for in,
# weight of that overlap, penalty per line of distance above the article, bonus for the first
# headline-length line after the site's template, bonus for a byline or dateline just below.
TITLE_LEAD = 10
TITLE_OVERLAP = 2.5
TITLE_OVERLAP_WORDS = 3  # content words a line needs for its overlap to count in full
TITLE_DISTANCE = 0.02
TITLE_FIRST = 1.5
TITLE_FIRST_WORDS = 5
TITLE_META = 0.5
TITLE_META_SPAN = 6  # lines below a headline its byline or dateline is looked for in
TITLE_SHORT = 0.3  # length prior of a 4-word (or 21-25 word) line; 3 words get TITLE_SHORT_STEP less
TITLE_SHORT_STEP = 0.5
HEADER_LINES = 40  # distinct lines above the article looked at for its header
WIDGET_REPEATS = 5  # a line shown more often than this on one page is a widget, not a headline
_LABEL = re.compile(r"[|»]|\b(?:sponsored|advertisement|newsletter|subscribe|cookies?|sign in|log in|"
                    r"reporter|writer|editor|contributor|correspondent)\b", re.I)


@dataclass
class _TitleContext:
    lead: set[str]  # content words of the article's first paragraphs
    counts: dict[str, int]  # how often each line occurs on the page
    first_fresh: int | None  # index of the first headline-like line that is not site template
    first_body: int
    meta: list[int]  # indices of byline and dateline lines
    by_index: dict[int, _Line]


def _is_meta(it: _Line, date: str | None) -> bool:
    """A byline, or a short dateline of the page's own day ("December 22, 2023 at 8:00 AM EST"; a list
    of other stories carries datelines of other days)."""
    if it.prose or len(it.text) > 120:
        return False
    if parse_byline(it.text) is not None:
        return True
    day = parse_dateline(it.text)[0]
    return day is not None and len(_words(it.text)) <= 12 and (date is None or day == date[:10])


def _title_context(rest: list[_Line], items: list[_Line], body_items: list[_Line], first_body: int,
                   date: str | None = None, templated: bool = True) -> _TitleContext:
    lead = set().union(*(_content_words(it.text) for it in body_items[:TITLE_LEAD])) if body_items else set()
    counts: dict[str, int] = {}
    for it in items:
        counts[it.text] = counts.get(it.text, 0) + 1
    first_fresh = None
    if templated:  # without the site's template, the first headline-like line is as likely a menu's
        first_fresh = next((it.index for it in rest if not it.boiler and _is_title_like(it.text)
                            and len(_words(it.text)) >= TITLE_FIRST_WORDS), None)
    lo, hi = (rest[0].index, rest[-1].index + TITLE_META_SPAN) if rest else (0, -1)
    meta = [it.index for it in items if lo < it.index <= hi and _is_meta(it, date)]  # below a candidate
    return _TitleContext(lead, counts, first_fresh, first_body, meta, {it.index: it for it in items})


def _heads_meta(it: _Line, ctx: _TitleContext) -> bool:
    """A byline or dateline follows within a few lines, with at most a dek between: headline, (dek,)
    byline, dateline is the usual article header. A story list with a date under each headline has
    other headlines between."""
    m = next((k for k in ctx.meta if it.index < k <= it.index + TITLE_META_SPAN), None)
    if m is None:
        return False
    between = [ctx.by_index[k] for k in range(it.index + 1, m) if k in ctx.by_index]
    return sum(1 for x in between if not x.boiler and len(_words(x.text)) >= 5) <= 1


def _length_prior(n: int) -> float:
    """Headlines run 5 to 20 words; section labels and menu entries ("Year in Review") are shorter."""
    if 5 <= n <= 20:
        return 1.0
    if n == 4 or 21 <= n <= 25:
        return TITLE_SHORT
    if n == 3:
        return TITLE_SHORT - TITLE_SHORT_STEP
    return -1.0


def _title_score(it: _Line, ctx: _TitleContext) -> float:
    words = _words(it.text)
    n = len(words)
    cw = _content_words(it.text)
    overlap = len(cw & ctx.lead) / len(cw) if cw else 0.0
    # one or two content words in the lead prove little: a label such as "For The Win" may share them
    score = TITLE_OVERLAP * overlap * min(1.0, len(cw) / TITLE_OVERLAP_WORDS)
    score += _length_prior(n)
    score -= TITLE_DISTANCE * min(50, max(0, ctx.first_body - it.index))
    if it.index == ctx.first_fresh:
        score += TITLE_FIRST  # the first headline-like line after the site's menus
    if _heads_meta(it, ctx):
        score += TITLE_META
    caps = sum(1 for w in words if w[0].isupper()) / n
    score += 0.5 * caps
    if it.text[0].islower():
        score -= 1.5
    if it.text.endswith("."):
        score -= 0.6
    if _LABEL.search(it.text):
        score -= 1.5
    if 1 < ctx.counts.get(it.text, 0) <= WIDGET_REPEATS:
        score += 0.3  # the headline again, in a share box or a "<title>" line
    if it.boiler:
        score -= BOILER_TITLE_PENALTY
    return score


DEK_MARGIN = 1.5  # a headline may score this much below the dek under it and still be taken
DEK_MIN_WORDS = 5  # shorter lines above a headline are section labels, menu entries
DEK_SHARED_WORDS = 2


def _headline_over_dek(best: _Line, best_score: float, rest: list[_Line], ctx: _TitleContext) -> _Line:
    """Headline, then dek (a summary line in smaller type) right under it: the dek shares more words
    with the first paragraphs and may outscore the headline. When the line just above the winner is
    headline-like too, about the article (shares words with its lead) and scores nearly as well,
    it is the headline."""
    prev = next((it for it in reversed(rest) if it.index < best.index), None)
    if prev is None or prev.index != best.index - 1 or not _is_title_like(prev.text):
        return best
    if len(_words(prev.text)) < DEK_MIN_WORDS or prev.text.endswith(".") \
            or len(_content_words(prev.text) & ctx.lead) < DEK_SHARED_WORDS:
        return best
    return prev if _title_score(prev, ctx) >= best_score - DEK_MARGIN else best


def _pick_title(rest: list[_Line], items: list[_Line], body_items: list[_Line], first_body: int,
                date: str | None = None, templated: bool = True) -> _Line | None:
    """The header line that best looks like the article's title.

    Evidence: a headline's length, closeness to the article, its words coming
    back in the first paragraphs, capitalisation, a byline or dateline below
    it, and not reading like a sentence of running text, a byline or a label.
    """
    ctx = _title_context(rest, items, body_items, first_body, date, templated)
    best, best_score = None, float("-inf")
    for it in rest:
        if not _is_title_like(it.text):
            continue
        score = _title_score(it, ctx)
        if score > best_score:
            best, best_score = it, score
    if best is not None:
        best = _headline_over_dek(best, best_score, rest, ctx)
        # "Digital MarketingEstablishing niche authority: ..." glued to its breadcrumb, with the bare
        # headline on a line of its own next to it: take the bare one
        for it in rest:
            if 0 < abs(it.index - best.index) <= 2 and len(it.text) < len(best.text) and best.text.endswith(it.text) \
                    and _is_title_like(it.text):
                return it
    return best


def _header_window(items: list[_Line], first_body: int) -> list[_Line]:
    """The lines just above the article: the last HEADER_LINES distinct ones, so that a widget
    repeated many times over (a video player's "Something went wrong.") does not push the headline
    out of reach. Of a repeated line the copy nearest the article is kept."""
    above = [it for it in items if it.index < first_body and not it.caption]
    out: list[_Line] = []
    seen: set[str] = set()
    for it in reversed(above):
        if it.text in seen:
            continue
        seen.add(it.text)
        out.append(it)
        if len(out) >= HEADER_LINES:
            break
    return out[::-1]


_TITLE_TAG = re.compile(r"\s*[\[(](?:watch|video|videos|photos?|pics|gallery|listen|audio|podcast|poll|"
                        r"live|updated?|exclusive|opinion)[\])]\s*$", re.I)


def _clean_title(title: str) -> str:
    """A headline without its trailing media tag ("... to Show Finale [Watch]", "... (PHOTOS)")."""
    return _TITLE_TAG.sub("", title).strip() or title


_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")


def _strip_site_suffix(title: str, items: list[_Line]) -> str:
    """"Headline | Site Name" or "Headline - Site": the headline, when the suffix is the site's name as
    the page shows it elsewhere (a line of its own, or the start of the page's first line)."""
    m = _SUFFIX.match(title)
    if not m or len(_words(m.group("site"))) > 4 or len(_words(m.group("head"))) < 4:
        return title
    site = normalize_line(m.group("site"))
    first = normalize_line(items[0].text) if items else ""
    if first.startswith(site) or any(normalize_line(it.text) == site for it in items):
        return m.group("head").strip()
    return title


def extract_text_dump(text: str, boilerplate: Collection[str] = frozenset(),
                      known_names: frozenset[str] = frozenset(), date: str | None = None,
                      url: str | None = None, site: str | None = None) -> Article:
    """Separate the article from the page. ``boilerplate`` holds normalised template lines of the site."""
    marker, raw_lines = page_lines(text)
    date = date or marker
    items = [_Line(t, i, is_prose(t), is_caption(t), normalize_line(t) in boilerplate)
             for i, t in enumerate(raw_lines) if t]
    if not items:
        return Article(body="", published=valid_day(date), url=url, site=site)
    # A line that repeats the start of a caption (the caption without its credit) is a caption too.
    caption_texts = [it.text for it in items if it.caption]
    for it in items:
        if not it.caption and len(it.text) >= 30 and any(c != it.text and c.startswith(it.text[:60])
                                                          for c in caption_texts):
            it.caption = True
    seen_text: set[str] = set()
    for it in items:
        it.score = _score(it)
        if it.prose and it.text in seen_text:
            it.score, it.boiler = REPEAT_SCORE, True  # a widget shown twice, a pull quote: not the article again
        seen_text.add(it.text)
    _mark_teaser_runs(items)
    _soften_inserts(items)
    a, b = _best_segment([it.score for it in items])
    block = _first_story(items[a:b + 1])
    while block and not block[0].prose:
        block.pop(0)
    while block and not block[-1].prose:
        block.pop()
    # A byline or dateline among the first lines of the run ends the header: what is above it is dek.
    cut = -1
    for k, it in enumerate(block[:5]):
        if parse_byline(it.text) or (parse_dateline(it.text)[0] and len(_words(it.text)) <= 12 and not it.prose):
            cut = k
    if cut >= 0 and sum(1 for x in block[cut + 1:] if x.prose) >= 2:
        block = block[cut + 1:]
        while block and not block[0].prose:
            block.pop(0)
    body_items = [it for it in block if not it.caption and not it.boiler and not _furniture(it)]
    captions = tuple(dict.fromkeys(it.text for it in items if it.caption))
    first_body = block[0].index if block else len(raw_lines)
    last_body = block[-1].index if block else len(raw_lines)

    # Header: the lines just above the article.
    header = _header_window(items, first_body)
    agency = None
    day, hhmm = None, None
    title = subtitle = section = None
    rest: list[_Line] = []
    for k, it in enumerate(header):
        by = parse_byline(it.text)
        if by is None and it.text.strip().lower() in ("by", "by:") and k + 1 < len(header):
            nxt = header[k + 1].text  # "By" on its own line, the name on the next
            by = parse_byline(f"By {nxt}") if len(_words(nxt)) <= 6 else None
        d, t = parse_dateline(it.text)
        if by and agency is None and len(it.text) < 120:
            agency = by
            if d and day is None:
                day, hhmm = d, t
            continue
        if d and len(_words(it.text)) <= 12 and not it.prose:
            if day is None:
                day, hhmm = d, t
            continue
        if not it.boiler or len(_words(it.text)) >= 4:
            # a site's other page may list this page's headline ("Most read"): keep such lines as candidates
            rest.append(it)
    title_item = _pick_title(rest, items, body_items, first_body, date, bool(boilerplate))
    if title_item is not None and title_item.text.endswith("."):
        # a dek was preferred; the title is the headline-like line just above it
        above = [it for it in rest if it.index < title_item.index]
        if above and _is_title_like(above[-1].text) and not above[-1].text.endswith("."):
            title_item = above[-1]
    if title_item is not None:
        title = _strip_site_suffix(_clean_title(title_item.text), items)
        after = [it for it in rest if title_item.index < it.index and it.text != title]
        if after and (after[0].prose or after[0].text.endswith(".")) and 8 <= len(_words(after[0].text)) <= 60:
            subtitle = after[0].text
        above = [it for it in rest if it.index < title_item.index]
        if above and len(_words(above[-1].text)) <= 5 and not above[-1].prose:
            section = above[-1].text
    paragraphs = tuple(it.text for it in body_items)
    if agency is None and paragraphs:
        agency = find_agency_in_body(paragraphs[0])
    # Tags: a "Tags ..." line shortly after the article.
    tags: tuple[str, ...] = ()
    for it in items:
        if last_body < it.index <= last_body + 12 and _TAGS.match(it.text):
            tags = tuple(split_tags(it.text, known_names))
            break
    if site is None and raw_lines:
        site = _site_from_header(raw_lines)
    published = date
    if day and (date is None or day == date):
        published = to_datetime(day, hhmm)
    elif day and date is None:
        published = day
    return Article(body="\n".join(paragraphs), paragraphs=paragraphs, title=title, subtitle=subtitle,
                   agency=agency, published=published if published else None, site=site, section=section,
                   tags=tags, captions=captions, url=url)
