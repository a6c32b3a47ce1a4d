"""Event patterns: verbs and nouns that signal CAMEO events, loaded from ``data/verbs.tsv`` and ``data/nouns.tsv``.

Users add their own files (same columns) with the ``verb_files`` setting; a
file whose header has ``noun`` is read as noun patterns.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .cameo import codes
from .errors import ConfigError
from .tsvdata import read_tsv

__all__ = ["NounPattern", "Patterns", "VerbPattern", "load_patterns"]


@dataclass(frozen=True)
class VerbPattern:
    cameo: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    prep: tuple[str, ...]
    target: str  # dobj | pobj | xsubj | none

    @property
    def weight(self) -> int:
        # a preposition with its noun ("from:bloc") is as specific as an object
        return 2 * bool(self.particle) + 2 * bool(self.objects) + (2 if any(":" in p for p in self.prep)
                                                                   else bool(self.prep))


@dataclass(frozen=True)
class NounPattern:
    cameo: str
    noun: str  # lemma, possibly two words ("air strike")
    preps: tuple[str, ...]


def _opt(v: str | None) -> str | None:
    v = (v or "").strip()
    return None if v in ("", "-") else v


class Patterns:
    def __init__(self) -> None:
        self.verbs: dict[str, list[VerbPattern]] = defaultdict(list)
        self.nouns: dict[str, list[NounPattern]] = defaultdict(list)

    def load(self, name: str, text: str) -> None:
        header, rows = read_tsv(text)
        known = codes()
        for n, r in enumerate(rows, 2):
            code = (r.get("cameo") or "").strip()
            if code not in known:
                raise ConfigError(f"{name}: row {n}: unknown CAMEO code {code!r}; see eventwire/data/cameo.tsv")
            if "noun" in header:
                noun = " ".join((r.get("noun") or "").lower().split())
                preps = tuple(p for p in (_opt(r.get("prep")) or "").split("|") if p)
                self.nouns[noun.split()[-1]].append(NounPattern(code, noun, preps))
            else:
                lemma = (r.get("lemma") or "").strip().lower()
                objs = frozenset(o.strip().lower() for o in (_opt(r.get("object")) or "").split("|") if o.strip())
                preps = tuple(p.strip().lower() for p in (_opt(r.get("prep")) or "").split("|") if p.strip())
                target = (_opt(r.get("target")) or ("pobj" if preps else "dobj")).lower()
                self.verbs[lemma].append(VerbPattern(code, lemma, _opt(r.get("particle")), objs, preps, target))


@functools.lru_cache(maxsize=8)
def load_patterns(extra_files: tuple[Path, ...] = ()) -> Patterns:
    pats = Patterns()
    base = resources.files("eventwire") / "data"
    for name in ("verbs.tsv", "nouns.tsv"):
        res = base / name
        if res.is_file():
            pats.load(f"eventwire/data/{name}", res.read_text(encoding="utf-8"))
    for path in extra_files:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"pattern file {p} not found (from the verb_files setting)")
        pats.load(str(p), p.read_text(encoding="utf-8"))
    return pats
