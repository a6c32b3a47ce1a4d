"""Extraction throughput: eventwire on plain-text page dumps vs trafilatura on the same pages' HTML.

Usage: .venv/bin/python bench/extract_bench.py [../shared/benchmarks/naeb]
Prints pages/s for each and eventwire's body F1 on the dumps.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path


def main(root: Path) -> None:
    import trafilatura

    from eventwire.evaluate_extract import evaluate_extraction

    gold = [json.loads(x) for x in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    score = evaluate_extraction(root)
    htmls = []
    for g in gold:
        h = root / "html" / (Path(g["file"]).stem + ".html.gz")
        if h.exists():
            htmls.append(gzip.open(h, "rt", encoding="utf-8", errors="replace").read())
    t0 = time.perf_counter()
    for h in htmls:
        trafilatura.extract(h)
    traf = time.perf_counter() - t0
    print(f"pages: {score.pages} text dumps, {len(htmls)} HTML")
    print(f"eventwire (text dumps, site templates learnt in the same run): {score.pages / score.seconds:7.1f} pages/s"
          f"  body F1 {score.f1:.3f}  title exact {score.title_exact:.3f}")
    print(f"trafilatura.extract (HTML of the same pages):                  {len(htmls) / traf:7.1f} pages/s")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/benchmarks/naeb"))
