"""Evaluation gates on the development gold sets in ../shared/benchmarks, with pinned floors.

Floors sit a little under the measured scores (see the README): a change that lowers a score
below its floor fails here. Raise a floor when a change raises the score; never lower one to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import evaluate_path

from .conftest import SHARED, need_shared

BENCH = SHARED / "benchmarks"


@pytest.mark.parametrize("name,metric,floor", [
    ("plover_gsr_dev.json", "dyad_and_type", 0.62),
    ("conflibert_cameo_ner_train.txt", "dyad_spans", 0.57),
    ("conflibert_cameo_class_train.tsv", "accuracy", 0.59),
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


@pytest.mark.parametrize("metric,floor", [("f1", 0.74), ("precision", 0.81)])
def test_paragraph_floor(paragraphs, metric, floor):
    assert paragraphs.metrics[metric] >= floor, "\n".join(paragraphs.lines[:30])


def test_no_event_on_negated_speculative_or_unpolitical_paragraphs(paragraphs):
    assert paragraphs.metrics["events_on_empty_paragraphs"] == 0, "\n".join(paragraphs.lines[:60])


def test_plover_events_per_sentence_bounded():
    rep = evaluate_path(need_shared(BENCH / "plover_gsr_dev.json"))
    assert rep.metrics["events_per_sentence"] <= 2.0
