"""Scoring article extraction: 4-gram shingle precision/recall/F1 per page (the ScrapingHub
article-extraction-benchmark metric), macro-averaged, plus title and date match.

Two gold layouts are read: a NAEB-style directory (``gold.jsonl`` with ``file``,
``title``, ``date``, ``text``) and a ScrapingHub-style directory
(``ground-truth.json`` mapping page ids to ``articleBody``, pages in ``html/ID.html.gz``).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ExtractScore", "evaluate_extraction", "shingle_prf"]

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    toks = _TOKEN.findall((text or "").lower())
    return {tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1))}


def shingle_prf(gold: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    g, p = _shingles(gold, n), _shingles(pred, n)
    if not g and not p:
        return 1.0, 1.0, 1.0
    tp = len(g & p)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def _norm_title(t: str | None) -> str:
    return " ".join(re.findall(r"\w+", (t or "").lower()))


@dataclass
class ExtractScore:
    pages: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    title_exact: float | None = None
    date_match: float | None = None
    seconds: float = 0.0
    worst: list[tuple[float, str]] = field(default_factory=list)

    def lines(self, name: str) -> list[str]:
        out = [f"{name}: {self.pages} pages  body P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"]
        if self.title_exact is not None:
            out.append(f"  title exact match {self.title_exact:.3f}")
        if self.date_match is not None:
            out.append(f"  date match {self.date_match:.3f}")
        out.append(f"  extraction {self.pages / self.seconds if self.seconds else 0:.1f} pages/s")
        out += [f"  low F1 {f:.2f}  {p}" for f, p in self.worst[:8]]
        return out


def evaluate_extraction(gold_dir: str | Path) -> ExtractScore:
    """Extract every page of a gold directory (all pages given together, as ``eventwire code`` does)."""
    from .extract import ExtractStage
    from .ingest import read_paths
    from .lexicon import load_lexicon
    from .records import Document

    gold_dir = Path(gold_dir)
    if (gold_dir / "gold.jsonl").exists():
        gold = [json.loads(ln) for ln in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
        items = [(gold_dir / g["file"], g.get("text", ""), g.get("title"), g.get("date")) for g in gold]
    elif (gold_dir / "ground-truth.json").exists():
        gt = json.loads((gold_dir / "ground-truth.json").read_text(encoding="utf-8"))
        items = [(gold_dir / "html" / f"{k}.html.gz", v.get("articleBody", ""), None, None) for k, v in gt.items()]
    else:
        raise FileNotFoundError(f"{gold_dir}: neither gold.jsonl nor ground-truth.json found")
    stage = ExtractStage(known_names=load_lexicon().known_names())
    t0 = time.perf_counter()
    docs = [Document(raw=r, error=r.error) for r in read_paths([p for p, *_ in items])]
    stage.pipe(docs)
    seconds = time.perf_counter() - t0
    score = ExtractScore(pages=len(items), seconds=seconds)
    ps, rs, fs, titles, dates = [], [], [], [], []
    for (path, text, title, day), doc in zip(items, docs):
        a = doc.article
        body = a.body if a and not doc.error else ""
        p, r, f = shingle_prf(text, body)
        ps.append(p)
        rs.append(r)
        fs.append(f)
        score.worst.append((f, path.name))
        if title is not None:
            titles.append(_norm_title(title) == _norm_title(a.title if a else None))
        if day:
            dates.append(bool(a and a.published and a.published[:10] == day[:10]))
    n = len(items) or 1
    score.precision, score.recall, score.f1 = sum(ps) / n, sum(rs) / n, sum(fs) / n
    score.title_exact = sum(titles) / len(titles) if titles else None
    score.date_match = sum(dates) / len(dates) if dates else None
    score.worst.sort()
    return score
