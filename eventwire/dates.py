"""When an event happened, from the words of its sentence and the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .extract.metadata import MONTHS

__all__ = ["resolve_date"]

_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_MD = re.compile(_MON + r"\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I)
_DM = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,?\s+(\d{4}))?", re.I)
_MONTH_YEAR = re.compile(_MON + r",?\s+((?:19|20)\d{2})\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "several": 3, "a few": 3}
# "three years ago", "a decade ago", and bare plurals ("decades ago", "years ago": taken as several)
_AGO = re.compile(r"\b(?:(\d+|a few|an?|" + "|".join(_NUMBER_WORDS) + r")\s+)?(day|week|month|year|decade)s?\s+ago\b")
_DECADE = re.compile(r"\b((?:19|20)\d0)s\b")  # "in the early 1990s": the decade's first year
_YEAR = re.compile(r"\b(?:in|since|during|back in)\s+((?:19|20)\d{2})\b(?!\s*-)", re.I)


def _parse_pub(pub: str | None) -> date | None:
    if not pub:
        return None
    try:
        return date.fromisoformat(pub[:10])
    except ValueError:
        return None


def resolve_date(phrases: list[str], published: str | None, forward: bool = False) -> tuple[str | None, str, bool]:
    """(YYYY-MM-DD, basis, background) for an event whose sentence has these time phrases.

    ``phrases`` are the DATE expressions attached to the event (nearest first). With ``forward``
    (an announced or intended event), a bare weekday is the next one, not the last one.
    basis is ``text`` when the sentence fixed the day, ``publication`` when the
    publication date was used; background is True for events dated long
    before publication ("in 2018").
    """
    pub = _parse_pub(published)
    for phrase in phrases:
        p = phrase.lower().strip()
        if pub is not None:
            if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", p):
                return pub.isoformat(), "text", False
            if "yesterday" in p or "last night" in p:
                return (pub - timedelta(days=1)).isoformat(), "text", False
            if "day before yesterday" in p:
                return (pub - timedelta(days=2)).isoformat(), "text", False
            m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", p)
            if m:
                delta = (pub.weekday() - _WEEKDAYS[m.group(1)]) % 7
                if "next" in p or (forward and "last" not in p and delta != 0):
                    delta = -((_WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7)
                elif "last" in p and delta == 0:
                    delta = 7
                return (pub - timedelta(days=delta)).isoformat(), "text", False
            if re.search(r"\blast week\b", p):
                return (pub - timedelta(days=7)).isoformat(), "text", False
            if re.search(r"\blast month\b", p):
                d = (pub.replace(day=1) - timedelta(days=1)).replace(day=1)
                return d.isoformat(), "text", True
            if re.search(r"\blast year\b", p):
                return date(pub.year - 1, 1, 1).isoformat(), "text", True
            m = _AGO.search(p)
            if m:
                word = m.group(1) or "several"
                n = _NUMBER_WORDS.get(word) or (1 if word in ("a", "an") else int(word))
                days = n * {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[m.group(2)]
                return (pub - timedelta(days=days)).isoformat(), "text", days > 31
        for rx, order in ((_MD, "md"), (_DM, "dm")):
            m = rx.search(phrase)
            if m:
                mon = MONTHS.get((m.group(1) if order == "md" else m.group(2)).lower()[:3])
                day = int(m.group(2) if order == "md" else m.group(1))
                year = int(m.group(3)) if m.group(3) else (pub.year if pub else None)
                if mon and year:
                    try:
                        d = date(year, mon, day)
                    except ValueError:
                        continue
                    if pub and not m.group(3) and d > pub + timedelta(days=2) and not forward:
                        d = date(year - 1, mon, day)  # "December 29" in a January article (not "from 10 June" ahead)
                    return d.isoformat(), "text", bool(pub and (pub - d).days > 31)
        m = _MONTH_YEAR.search(phrase)
        if m and MONTHS.get(m.group(1).lower()[:3]):
            d = date(int(m.group(2)), MONTHS[m.group(1).lower()[:3]], 1)  # "in January 1945"
            return d.isoformat(), "text", bool(pub and (pub - d).days > 31)
        m = _DECADE.search(phrase)
        if m and (pub is None or int(m.group(1)) + 9 < pub.year):
            return date(int(m.group(1)), 1, 1).isoformat(), "text", pub is not None
        m = _YEAR.search(phrase) or re.fullmatch(r"\s*((?:19|20)\d{2})\s*", phrase)
        if m:
            y = int(m.group(1))
            if pub is None or y < pub.year:
                # background only against a known publication date: with none, "in 1983" may be the news itself
                return date(y, 1, 1).isoformat(), "text", pub is not None
    if pub is not None:
        return pub.isoformat(), "publication", False
    return None, "none", False
