"""Evaluation gates on the development gold sets in ../shared/benchmarks, with pinned floors.

Floors sit a little under the measured scores (see the README): a change that lowers a score
below its floor fails here. Raise a floor when a change raises the score; never lower one to pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_path

from .conftest import SHARED, need_shared

BENCH = SHARED / "benchmarks"


@pytest.mark.parametrize("name,metric,floor", [
    ("plover_gsr_dev.json", "dyad_and_type", 0.72),
    ("conflibert_cameo_ner_train.txt", "dyad_spans", 0.59),
    ("conflibert_cameo_class_train.tsv", "accuracy", 0.62),
    ("naeb", "f1", 0.90),
    ("naeb", "title_exact", 0.86),
    ("scrapinghub", "f1", 0.94),
])
def test_floor(name, metric, floor):
    rep = evaluate_path(need_shared(BENCH / name))
    assert rep.metrics[metric] >= floor, "\n".join(rep.lines[:20])


@pytest.fixture(scope="module", params=["paragraphs.jsonl", "paragraphs_heldout.jsonl"])
def paragraphs(request):
    """The project's own paragraph gold (bench/*.jsonl, written for eventwire): runs without ../shared."""
    return evaluate_path(Path(__file__).resolve().parent.parent / "bench" / request.param)


# (session 8 lowered these from 0.82 / 0.88: the coder now codes expelled diplomats as 174, as 18 of the other
# writers' sets do against 7; paragraphs.jsonl codes most of them 161 and was left as written. Session 10 lowered
# precision to 0.85: a host's reception (043) now also gives the guest's visit (042), as 51 of the 54 host events
# of the other writers' sets come with it; the own sets code a visit once and were left as written)
@pytest.mark.parametrize("metric,floor", [("f1", 0.80), ("precision", 0.85)])
def test_paragraph_floor(paragraphs, metric, floor):
    assert paragraphs.metrics[metric] >= floor, "\n".join(paragraphs.lines[:30])


def test_no_event_on_negated_speculative_or_unpolitical_paragraphs(paragraphs):
    assert paragraphs.metrics["events_on_empty_paragraphs"] == 0, "\n".join(paragraphs.lines[:60])


def test_plover_events_per_sentence_bounded():
    rep = evaluate_path(need_shared(BENCH / "plover_gsr_dev.json"))
    assert rep.metrics["events_per_sentence"] <= 2.0


def _pooled(sets) -> tuple[float, float]:
    """Pooled (precision, recall) over bench/paragraphs_untuned_<name>.jsonl for the given set names ("abc" or a
    list such as ["z1", "z2"])."""
    tp = n_pred = n_gold = 0
    for name in sets:
        path = Path(__file__).resolve().parent.parent / "bench" / f"paragraphs_untuned_{name}.jsonl"
        m = evaluate_path(path).metrics
        gold = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
                   for _ in json.loads(line)["events"])
        hits = round(m["recall"] * gold)
        tp, n_gold = tp + hits, n_gold + gold
        n_pred += round(hits / m["precision"]) if m["precision"] else 0
    return tp / n_pred, tp / n_gold


def test_pooled_floor_on_the_paragraph_sets_tuned_on():
    """Sets A to N, P to T, U to Y and Z1 to Z35 (bench/README.md): fifty-nine writers. Each was scored when it
    arrived, before any change was made for it; the coder has since been improved while reading their misses (P to T
    from session 6, U to Y from session 7, Z1 to Z5 from session 8, Z6 to Z10 from session 9, Z11 to Z15 from
    session 10, Z16 to Z20 from session 11, Z21 to Z25 from session 12, Z26 to Z35 from session 13), so these pooled
    floors guard against regressions and say nothing about unseen text."""
    precision, recall = _pooled("abcdefghijklmn")
    assert precision >= 0.82 and 2 * precision * recall / (precision + recall) >= 0.72, (precision, recall)
    precision, recall = _pooled("pqrst")
    assert precision >= 0.76 and 2 * precision * recall / (precision + recall) >= 0.63, (precision, recall)
    precision, recall = _pooled("uvwxy")
    assert precision >= 0.79 and 2 * precision * recall / (precision + recall) >= 0.65, (precision, recall)
    precision, recall = _pooled(["z1", "z2", "z3", "z4", "z5"])
    assert precision >= 0.79 and 2 * precision * recall / (precision + recall) >= 0.66, (precision, recall)
    precision, recall = _pooled(["z6", "z7", "z8", "z9", "z10"])
    assert precision >= 0.76 and 2 * precision * recall / (precision + recall) >= 0.64, (precision, recall)
    precision, recall = _pooled(["z11", "z12", "z13", "z14", "z15"])
    assert precision >= 0.74 and 2 * precision * recall / (precision + recall) >= 0.61, (precision, recall)
    precision, recall = _pooled(["z16", "z17", "z18", "z19", "z20"])
    assert precision >= 0.76 and 2 * precision * recall / (precision + recall) >= 0.65, (precision, recall)
    precision, recall = _pooled(["z21", "z22", "z23", "z24", "z25"])
    assert precision >= 0.76 and 2 * precision * recall / (precision + recall) >= 0.70, (precision, recall)
    precision, recall = _pooled(["z26", "z27", "z28", "z29", "z30"])
    assert precision >= 0.76 and 2 * precision * recall / (precision + recall) >= 0.66, (precision, recall)
    precision, recall = _pooled(["z31", "z32", "z33", "z34", "z35"])
    assert precision >= 0.81 and 2 * precision * recall / (precision + recall) >= 0.69, (precision, recall)


def test_pooled_floor_on_the_paragraph_sets_not_tuned_on():
    """Sets Z36 to Z43: eight more writers whose misses are not read. Their first looks, at the start of session 13,
    were P 0.764, R 0.529, F1 0.625 (Z36 to Z39) and P 0.760, R 0.515, F1 0.614 (Z40 to Z43). Floors under the first
    looks, against regressions only."""
    precision, recall = _pooled(["z36", "z37", "z38", "z39"])
    assert precision >= 0.74 and 2 * precision * recall / (precision + recall) >= 0.61, (precision, recall)
    precision, recall = _pooled(["z40", "z41", "z42", "z43"])
    assert precision >= 0.74 and 2 * precision * recall / (precision + recall) >= 0.60, (precision, recall)
