"""Site templates: lines a site repeats on its pages are boilerplate.

Pages are grouped by the host of their URL when they have one, otherwise by
the lines they share (headers, menus, footers). Within a group, a line found
on two or more pages is template. What is learnt can be saved in the store
and given back, so a later single page of a known site is cleaned as well.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from urllib.parse import urlparse

from .textdump import normalize_line, page_lines

__all__ = ["SiteTemplates", "group_pages", "site_of_url"]

_MIN_SHARED = 4  # distinct lines two pages must share to be taken as one site
_MIN_FRACTION = 0.15  # ... and this share of the smaller page's lines


def site_of_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower().split("@")[-1].split(":")[0]
    return host[4:] if host.startswith("www.") else host or None


def _line_set(text: str) -> set[str]:
    _, lines = page_lines(text)
    return {normalize_line(ln) for ln in lines if ln and len(ln) < 400}


def group_pages(pages: Sequence[tuple[str | None, str]]) -> list[str]:
    """A site key for each (url, text) page. Pages without URL are grouped by shared lines."""
    keys: list[str | None] = [site_of_url(url) for url, _ in pages]
    sets = [_line_set(text) for _, text in pages]
    parent = list(range(len(pages)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, lines in enumerate(sets):
        if keys[i] is None:
            for ln in lines:
                index[ln].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if 1 < len(holders) <= 200:  # a line on very many pages says little about which site
            for x in range(len(holders)):
                for y in range(x + 1, len(holders)):
                    shared[(holders[x], holders[y])] += 1
    # Link each page to the page it shares most with, when that is a real share of its lines
    # (generic lines such as "Home" or "News" are shared by unrelated sites, and must not chain them).
    best: dict[int, tuple[int, int]] = {}
    for (i, j), n in shared.items():
        if n < _MIN_SHARED or n < _MIN_FRACTION * min(len(sets[i]), len(sets[j])):
            continue
        for a, b in ((i, j), (j, i)):
            if n > best.get(a, (0, -1))[0]:
                best[a] = (n, b)
    for a, (_, b) in best.items():
        parent[find(a)] = find(b)
    out = []
    for i, key in enumerate(keys):
        out.append(key if key else f"lines:{find(i)}")
    # Name anonymous groups by their most common first line, so keys are stable across runs.
    names: dict[str, str] = {}
    for i, key in enumerate(out):
        if key.startswith("lines:") and key not in names:
            members = [j for j, k in enumerate(out) if k == key]
            if len(members) == 1:
                names[key] = f"page:{i}"
                continue
            common = Counter(ln for j in members for ln in sets[j])
            shared_lines = sorted(ln for ln, n in common.items() if n == len(members))[:50]
            digest = hashlib.sha1("\n".join(shared_lines).encode("utf-8")).hexdigest()[:12]
            first = normalize_line(next((ln for ln in page_lines(pages[members[0]][1])[1] if ln), ""))[:40]
            names[key] = f"text:{first}:{digest}"
    return [names.get(k, k) for k in out]


class SiteTemplates:
    """Boilerplate lines per site key, with page counts so later pages can refine them."""

    def __init__(self) -> None:
        self.lines: dict[str, Counter[str]] = defaultdict(Counter)
        self.pages: Counter[str] = Counter()
        self.dirty: set[str] = set()  # sites learnt from since the store last saved them

    def learn(self, site: str, texts: Iterable[str]) -> None:
        for text in texts:
            self.pages[site] += 1
            self.lines[site].update(_line_set(text))
            self.dirty.add(site)

    def boilerplate(self, site: str) -> frozenset[str]:
        """Lines seen on at least two pages of the site."""
        counts = self.lines.get(site)
        if not counts or self.pages[site] < 2:
            return frozenset()
        return frozenset(ln for ln, n in counts.items() if n >= 2)

    def merge(self, site: str, lines: dict[str, int], pages: int) -> None:
        self.lines[site].update(lines)
        self.pages[site] += pages
