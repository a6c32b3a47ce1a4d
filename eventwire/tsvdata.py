"""Reading eventwire's data files: UTF-8, tab-separated, a header line, ``#`` comment lines."""

from __future__ import annotations

import csv

__all__ = ["read_tsv"]


def read_tsv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    """(header, rows as dicts) of a data file's text; comments and blank lines are skipped."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return [], []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader.fieldnames or []), list(reader)
