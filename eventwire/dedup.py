"""Near-duplicate articles: MinHash LSH (datasketch) over word 5-gram shingles of the body.

The same wire story on ten sites becomes one cluster; every copy is kept, and an event's
``n_articles``/``n_sources`` say how many copies (and distinct sites) reported it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["NearDuplicates", "count_reports"]

NUM_PERM = 64
_WORD = re.compile(r"\w+")


@functools.cache
def _scheme() -> str:
    """How stored signatures were made (datasketch >= 2 names it). datasketch (and the scipy it loads, about
    80 MB) is imported only where near-duplicates are computed, not in every worker process."""
    from datasketch import MinHash

    return MinHash(num_perm=2).scheme


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))}
    m = MinHash(num_perm=num_perm)
    m.update_batch(shingles)
    return m


class NearDuplicates:
    """Assigns each added article the cluster of the first near-copy seen (its own id if none)."""

    def __init__(self, threshold: float = 0.7, num_perm: int = NUM_PERM) -> None:
        from datasketch import MinHashLSH

        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.cluster: dict[str, str] = {}

    def add(self, doc_id: str, text: str, cluster: str | None = None,
            hashvalues: np.ndarray | None = None) -> tuple[str, np.ndarray]:
        """(cluster id, signature values) of ``doc_id``; re-adding a known id returns its cluster."""
        if doc_id in self.cluster:
            return self.cluster[doc_id], np.zeros(0, dtype=np.uint64)
        from datasketch import MinHash

        m = MinHash(num_perm=self.num_perm, hashvalues=hashvalues, scheme=_scheme()) if hashvalues is not None else (
            signature(text, self.num_perm))
        if cluster is None:
            near = sorted(self.lsh.query(m))
            cluster = min((self.cluster[n] for n in near), default=doc_id)
        self.lsh.insert(doc_id, m)
        self.cluster[doc_id] = cluster
        return cluster, m.hashvalues


def count_reports(docs: Iterable) -> None:
    """Set ``n_articles``/``n_sources`` on the events of coded documents from their clusters:
    an event counts the copies in its cluster that report the same source, target, root and day."""
    from collections import defaultdict

    seen: dict[tuple, set] = defaultdict(set)
    sites: dict[tuple, set] = defaultdict(set)
    docs = list(docs)
    for d in docs:
        site = (d.article.site if d.article else None) or d.site_key or d.id
        for e in d.events:
            key = (d.cluster_id, e.source.code, e.target.code if e.target else None, e.root, e.date)
            seen[key].add(d.id)
            sites[key].add(site)
    for d in docs:
        for i, e in enumerate(d.events):
            key = (d.cluster_id, e.source.code, e.target.code if e.target else None, e.root, e.date)
            d.reports[i] = (len(seen[key]), len(sites[key]))
