"""The actor dictionary: countries, organisations, armed groups, people and sector nouns.

Loaded once from the TSV files in ``eventwire/data/actors/`` (see their
headers) plus any user files given in the ``actor_files`` setting. A user
file is recognised by its header: the same columns as one of the bundled
files.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import ConfigError
from .tsvdata import read_tsv

__all__ = ["Entry", "Lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Entry:
    """One meaning a surface form can have."""

    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str  # state | igo | group | person | metonym | ethnic
    role: str | None = None
    start: str | None = None  # YYYY-MM-DD, people only
    end: str | None = None


@dataclass(frozen=True)
class SectorTerm:
    sector: str
    title: bool  # a personal title (president, foreign minister), not a body (parliament)


def _cells(value: str | None) -> list[str]:
    if not value or value.strip() in ("", "-"):
        return []
    return [v.strip() for v in value.split("|") if v.strip() and v.strip() != "-"]


class Lexicon:
    def __init__(self) -> None:
        self.terms: dict[str, list[Entry]] = defaultdict(list)  # lower-cased surface -> meanings
        self.exact: set[str] = set()  # surfaces matched case-sensitively (short abbreviations)
        self.sectors: dict[str, SectorTerm] = {}
        self.countries: dict[str, Entry] = {}  # iso3 -> entry
        self.capitals: dict[str, str] = {}  # iso3 -> capital name
        self.ethnic_countries: dict[str, tuple[str, ...]] = {}  # ethnic group name -> countries it lives in
        self.state_surfaces: set[str] = set()  # names and aliases of states, as written

    def add(self, surface: str, entry: Entry) -> None:
        surface = " ".join(surface.split())
        if not surface:
            return
        key = surface.lower()
        if entry not in self.terms[key]:
            self.terms[key].append(entry)
        if len(surface) <= 4 and surface.replace(".", "").isupper():
            self.exact.add(surface)
        elif (len(surface) <= 6 and " " not in surface and not surface.isupper()
              and surface not in (surface.lower(), surface.capitalize())):
            self.exact.add(surface)  # "LeT", "JeM": a mixed-case abbreviation is not the word "let"

    # -- loaders, one per file layout ---------------------------------------------------------
    def load_file(self, path: Path | str, text: str | None = None) -> None:
        header, rows = read_tsv(Path(path).read_text(encoding="utf-8") if text is None else text)
        cols = set(header)
        if {"iso3", "demonyms"} <= cols:
            self._countries(rows)
        elif {"code", "name", "aliases", "country", "sector"} <= cols:
            self._groups(rows)
        elif {"code", "name", "aliases", "sector"} <= cols:
            self._igos(rows)
        elif {"name", "country", "role", "start"} <= cols:
            self._people(rows)
        elif {"term", "home", "countries"} <= cols:
            self._ethnic(rows)
        elif {"term", "sector"} <= cols:
            self._sectors(rows)
        else:
            raise ConfigError(f"{path}: unknown actor file layout (columns {', '.join(header)}); use the "
                              "columns of one of the files in eventwire/data/actors/")

    def _countries(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            iso3 = r["iso3"].strip()
            code = (r.get("cameo") or iso3).strip() or iso3
            name = r["name"].strip()
            entry = Entry(name=name, code=code, country=iso3, sector=None, kind="state")
            self.countries[iso3] = entry
            for s in [name, *_cells(r.get("aliases"))]:
                self.add(s, entry)
                if s[:1].isupper() and not s.lower().startswith("the "):
                    self.state_surfaces.add(" ".join(s.split()))  # "Gaza Strip", "Ivory Coast": places as written
                if s.lower().startswith("the "):
                    self.add(s[4:], entry)
            for s in _cells(r.get("demonyms")):
                self.add(s, entry)
            cap = (r.get("capital") or "").strip()
            if cap and cap != "-":
                self.capitals[iso3] = cap
            for m in _cells(r.get("metonyms")):
                place, _, sector = m.partition(":")
                sector = sector.strip() or "GOV"
                self.add(place, Entry(name=f"{name} ({place.strip()})", code=code + sector, country=iso3,
                                      sector=sector, kind="metonym"))
                if not place.lower().startswith("the "):
                    self.add("the " + place.strip(), Entry(name=f"{name} ({place.strip()})", code=code + sector,
                                                           country=iso3, sector=sector, kind="metonym"))

    def _ethnic(self, rows: list[dict[str, str]]) -> None:
        """Ethnic and religious communities: the home country when there is one; the coder may place them
        in another country they live in ("ethnic Albanians in southern Serbia")."""
        for r in rows:
            name = r["term"].strip()
            home = (r.get("home") or "").strip()
            home = None if home in ("", "-") else home
            entry = Entry(name=name, code=home or "", country=home, sector=None, kind="ethnic")
            self.ethnic_countries[name] = tuple(_cells(r.get("countries")))
            for s in [name, *_cells(r.get("aliases"))]:
                self.add(s, entry)

    def _igos(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            sector = (r.get("sector") or "IGO").strip()
            entry = Entry(name=r["name"].strip(), code=r["code"].strip(), country=None, sector=sector, kind="igo")
            for s in [r["name"], *_cells(r.get("aliases"))]:
                self.add(s, entry)
                if s.lower().startswith("the "):
                    self.add(s[4:], entry)

    def _groups(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            country = r.get("country", "").strip()
            entry = Entry(name=r["name"].strip(), code=r["code"].strip(),
                          country=None if country in ("", "-") else country,
                          sector=(r.get("sector") or "").strip() or None, kind="group")
            for s in [r["name"], *_cells(r.get("aliases"))]:
                self.add(s, entry)

    def _people(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            country = (r.get("country") or "").strip()
            sector = (r.get("sector") or "").strip() or None
            if country.startswith("IGO") or country.startswith("NGO"):
                code, iso = country, None
            elif country in ("", "-"):
                code, iso = sector or "UNK", None
            else:
                code, iso = country + (sector or ""), country
            entry = Entry(name=r["name"].strip(), code=code, country=iso, sector=sector, kind="person",
                          role=(r.get("role") or "").strip() or None,
                          start=(r.get("start") or "").strip() or None,
                          end=None if (r.get("end") or "-").strip() in ("", "-") else r["end"].strip())
            for s in [r["name"], *_cells(r.get("aliases"))]:
                self.add(s, entry)

    def _sectors(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            term = " ".join(r["term"].lower().split())
            if term:
                self.sectors[term] = SectorTerm(r["sector"].strip(), "title" in (r.get("note") or "").lower())

    # -- queries ----------------------------------------------------------------------------------
    def meanings(self, surface: str) -> list[Entry]:
        return self.terms.get(" ".join(surface.lower().split()), [])

    def known_names(self) -> frozenset[str]:
        """Lower-cased names of states, organisations, groups and people (for splitting tag lines)."""
        return frozenset(k for k, v in self.terms.items() if any(e.kind != "metonym" for e in v))


def pick_person(entries: list[Entry], day: str | None) -> tuple[Entry | None, bool]:
    """The office a person held on ``day``: (entry, is_former)."""
    people = [e for e in entries if e.kind == "person"]
    if not people:
        return None, False
    if day:
        current = [e for e in people if (e.start or "0000") <= day and (e.end is None or day <= e.end)]
        if current:
            return current[0], False
        before = [e for e in people if e.end and e.end < day]
        if before:
            last = max(before, key=lambda e: e.end or "")
            # news of the weeks after someone leaves office (or dies in it) still speaks of them in office
            return last, _days_between(last.end or day, day) > 45
        return min(people, key=lambda e: e.start or ""), False
    return next((e for e in people if e.end is None), people[-1]), False


def _days_between(a: str, b: str) -> int:
    from datetime import date

    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 0


@functools.lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[Path, ...] = ()) -> Lexicon:
    lex = Lexicon()
    base = resources.files("eventwire") / "data" / "actors"
    order = ["countries.tsv", "igos.tsv", "groups.tsv", "people.tsv", "ethnic.tsv", "sectors.tsv"]
    for name in order:
        res = base / name
        if res.is_file():
            lex.load_file(f"eventwire/data/actors/{name}", res.read_text(encoding="utf-8"))
    for path in extra_files:
        if not Path(path).is_file():
            raise ConfigError(f"actor file {path} not found (from the actor_files setting)")
        lex.load_file(path)
    return lex
