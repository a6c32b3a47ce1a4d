"""Metadata found in page text: bylines and wire agencies, datelines, tags, captions."""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["AGENCIES", "find_agency_in_body", "is_caption", "parse_byline",
           "parse_dateline", "split_tags"]

# Wire agencies, as they appear in bylines, with the name we report.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "reuters staff": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg", "dpa": "dpa", "xinhua": "Xinhua",
    "tass": "TASS", "ria novosti": "RIA Novosti", "anadolu agency": "Anadolu Agency", "anadolu": "Anadolu Agency",
    "irna": "IRNA", "wafa": "WAFA", "pti": "PTI", "press trust of india": "PTI", "ians": "IANS",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "efe": "EFE", "ansa": "ANSA",
    "upi": "UPI", "cnn wire": "CNN", "jta": "JTA", "tribune news service": "Tribune News Service",
}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_MDY = re.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})", re.I)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_NUM = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?", re.I)
_BYLINE = re.compile(r"^(?:(?i:by|written by|words by|reporting by|story by|from)\s*[:\-]?\s+|[Bb]y(?=[A-Z]))(.{2,120})$")
_CAPTION = re.compile(
    r"\((?:photo|image|picture|credit|file photo|photograph)[^)]*\)|^(?:photo|image|picture|caption|credit|file photo|"
    r"photograph)\s*(?:credit)?\s*[:|\-–]|photo credit|getty images|/reuters\b|/afp\b|\bap photo\b|"
    r"\(reuters/|/ap\)|shutterstock|\bphoto:\s|\bimage:\s|\bcredit:\s|"
    r"\b(?:illustration|photo(?:graph)?|image) by (?-i:[A-Z])", re.I)
_CREDIT_END = re.compile(r"\((?:[A-Z][\w.&'-]*\s){1,3}(?:Images|Photos?)\)$")  # "... (AP Images)"
_AGENCY_INBODY = re.compile(r"^[A-Z][A-Za-z .,'-]{1,60}?\s*\((Reuters|AP|AFP|Xinhua|dpa|Bloomberg|IANS|PTI|UPI|JTA)\)\s*[-—–:]",)


def is_caption(line: str) -> bool:
    return bool(_CAPTION.search(line)) or (line.endswith(")") and bool(_CREDIT_END.search(line)))


# Lower-case words a person's or desk's name may hold ("Sara de la Cruz and Tom Lee", "staff reports").
_NAME_PARTICLES = frozenset("and de del della da das dos du la le van von der den al el bin ibn y with in for the of at "
                            "staff reports report writer writers reporter correspondent editor editors wire services "
                            "news desk team".split())


def _reads_as_text(name: str, from_prefix: bool) -> bool:
    """'By the time the vote came, ...' or 'From Taylor Swift to Barbenheimer, the trends ...': a sentence
    or a headline that starts like a byline, not a name."""
    words = name.split()
    if from_prefix and len(words) > 5:
        return True
    lower = [w for w in words if w[:1].islower() and w.lower().strip(",.") not in _NAME_PARTICLES]
    return len(lower) >= 2


def parse_byline(line: str) -> str | None:
    """'By REUTERS' -> 'Reuters'; 'By Sara Haddad and Tom Lee' -> 'Sara Haddad and Tom Lee'; else None."""
    s = line.strip().strip("|·•-–— ").strip()
    m = _BYLINE.match(s)
    if m:
        name = m.group(1).strip()
        if _reads_as_text(name, s.lower().startswith("from")):
            return None
    elif s.lower().rstrip(".") in AGENCIES:
        name = s
    else:
        return None
    name = re.split(r"\s+(?:\||·|•|—|–)\s+|\s{2,}", name)[0].strip(" ,.")
    if len(name.split()) > 12 or not name or name[0].isdigit():
        return None
    key = name.lower().rstrip(".")
    key = re.sub(r"^(?:the\s+)?", "", key)
    if key in AGENCIES:
        return AGENCIES[key]
    for agency_key, agency in AGENCIES.items():  # "Reuters staff", "Sara Haddad, Reuters"
        if len(agency_key) > 2 and re.search(rf"(?:^|,\s*|\bwith\s+){re.escape(agency_key)}\b", key):
            if key.startswith(agency_key):
                return agency
    if name.isupper():
        name = " ".join(w.capitalize() if len(w) > 2 or w in ("AL",) else w for w in name.split())
    return name


def find_agency_in_body(first_paragraph: str) -> str | None:
    """'TEHRAN (Reuters) - ...' -> 'Reuters'."""
    m = _AGENCY_INBODY.match(first_paragraph)
    if m:
        return AGENCIES.get(m.group(1).lower(), m.group(1))
    return None


def parse_dateline(line: str) -> tuple[str | None, str | None]:
    """A date (YYYY-MM-DD) and time (HH:MM) in a short dateline, e.g. 'JANUARY 5, 2020 18:29'."""
    if len(line) > 120:
        return None, None
    d: date | None = None
    for rx, order in ((_DATE_MDY, "mdy"), (_DATE_DMY, "dmy"), (_DATE_ISO, "iso"), (_DATE_NUM, "num")):
        m = rx.search(line)
        if not m:
            continue
        try:
            if order == "mdy":
                d = date(int(m.group(3)), MONTHS[m.group(1).lower()[:3]], int(m.group(2)))
            elif order == "dmy":
                d = date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
            elif order == "iso":
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                d = date(y, a, b) if a <= 12 and b > 12 else date(y, b, a) if b <= 12 else None
        except (ValueError, KeyError):
            d = None
        if d:
            break
    t = None
    m = _TIME.search(line)
    if m and d is not None:
        h, mi = int(m.group(1)), int(m.group(2))
        if m.group(3):
            if m.group(3).lower() == "p" and h < 12:
                h += 12
            elif m.group(3).lower() == "a" and h == 12:
                h = 0
        if h < 24 and mi < 60:
            t = f"{h:02d}:{mi:02d}"
    return (d.isoformat() if d else None), t


def split_tags(line: str, known: frozenset[str] = frozenset()) -> list[str]:
    """'Tags Iraq United States ISIS' -> ['Iraq', 'United States', 'ISIS'].

    Separators are used when the line has them; otherwise known names (longest
    first) are cut out and the remaining runs of words become one tag each.
    """
    body = re.sub(r"^\s*(?:tags|topics|tagged|related topics|keywords|filed under)\s*[:\-]?\s*", "", line, flags=re.I)
    parts = [p.strip() for p in re.split(r"\s*[,;|•·#]\s*|\s{2,}|\t", body) if p.strip()]
    if len(parts) > 1:
        return parts
    words = body.split()
    tags: list[str] = []
    run: list[str] = []
    i = 0
    maxlen = 5
    while i < len(words):
        for n in range(min(maxlen, len(words) - i), 0, -1):
            cand = " ".join(words[i:i + n])
            if cand.lower() in known:
                if run:
                    tags.append(" ".join(run))
                    run = []
                tags.append(cand)
                i += n
                break
        else:
            run.append(words[i])
            i += 1
    if run:
        tags.append(" ".join(run))
    return tags


def to_datetime(day: str | None, hhmm: str | None) -> str | None:
    if not day:
        return None
    return f"{day}T{hhmm}" if hhmm else day


def valid_day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date().isoformat()
    except ValueError:
        return None
