"""How far two gold writers agree on the same paragraphs, scored the way ``eventwire evaluate`` scores the coder.

    python bench/agreement.py bench/second_coder_z68_z75.jsonl bench/paragraphs_untuned_z68.jsonl ...

The first file holds the second coder's events (``id`` and ``events``); the others are the paragraph gold files
whose ids it covers. An event counts as agreed when its source, target and root match an event of the first writer
not matched before; precision, recall and F1 take the first writer's events as the gold. The coder's own figures on
the same paragraphs (``eventwire evaluate``) can then be read against this ceiling.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def _events(path: Path) -> dict[str, list[tuple]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row["id"]] = [(e["source"], e.get("target"), e["root"]) for e in row.get("events") or []]
    return out


def agreement(second: dict[str, list[tuple]], first: dict[str, list[tuple]]) -> tuple[float, float, float, int]:
    """Precision, recall and F1 of ``second`` against ``first`` over the ids both hold, and how many ids."""
    ids = sorted(set(second) & set(first))
    tp = n_second = n_first = 0
    for i in ids:
        left = Counter(first[i])
        for e in second[i]:
            if left[e] > 0:
                left[e] -= 1
                tp += 1
        n_second += len(second[i])
        n_first += len(first[i])
    p = tp / n_second if n_second else 0.0
    r = tp / n_first if n_first else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(ids)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    second = _events(Path(argv[0]))
    first: dict[str, list[tuple]] = {}
    for name in argv[1:]:
        first.update(_events(Path(name)))
    p, r, f1, n = agreement(second, first)
    print(f"{n} paragraphs: second coder against the first writer P {p:.3f}, R {r:.3f}, F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
