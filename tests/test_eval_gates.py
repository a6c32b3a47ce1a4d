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


def _z(first: int, last: int) -> list[str]:
    return [f"z{n}" for n in range(first, last + 1)]


# Sets A to N, P to T, U to Y and Z1 to Z131 (bench/README.md): one hundred and fifty-five writers. Each was scored when
# it arrived, before any change was made for it; the coder has since been improved while reading their misses (P to T
# from session 6, U to Y from session 7, Z1 to Z5 from session 8, Z6 to Z10 from session 9, Z11 to Z15 from session
# 10, Z16 to Z20 from session 11, Z21 to Z25 from session 12, Z26 to Z35 from session 13, Z36 to Z43 from session 14,
# Z44 to Z51 from session 15, Z52 to Z59 from session 16, Z60 to Z67 from session 17, Z68 to Z75 from session 18, Z76
# to Z83 from session 19, Z84 to Z91 from session 20, Z92 to Z99 from session 21, Z100 to Z107 from session 22, Z108
# to Z115 from session 23, Z116 to Z123 from session 24, Z124 to Z131 from session 25), so
# these pooled floors guard against regressions and say nothing about unseen text.
TUNED_ON = [
    ("abcdefghijklmn", 0.82, 0.72),
    ("pqrst", 0.76, 0.63),
    ("uvwxy", 0.79, 0.65),
    (_z(1, 5), 0.79, 0.66),
    (_z(6, 10), 0.76, 0.64),
    (_z(11, 15), 0.74, 0.61),
    (_z(16, 20), 0.76, 0.65),
    (_z(21, 25), 0.76, 0.70),
    (_z(26, 30), 0.76, 0.66),
    (_z(31, 35), 0.81, 0.69),
    (_z(36, 39), 0.79, 0.64),
    (_z(40, 43), 0.79, 0.62),
    (_z(44, 47), 0.77, 0.67),
    (_z(48, 51), 0.77, 0.67),
    (_z(52, 55), 0.75, 0.63),
    (_z(56, 59), 0.84, 0.69),
    (_z(60, 63), 0.82, 0.71),
    (_z(64, 67), 0.75, 0.60),
    (_z(68, 71), 0.79, 0.68),
    (_z(72, 75), 0.77, 0.65),
    (_z(76, 79), 0.82, 0.68),
    (_z(80, 83), 0.75, 0.63),
    (_z(84, 87), 0.75, 0.67),
    (_z(88, 91), 0.80, 0.71),
    (_z(92, 95), 0.84, 0.78),
    (_z(96, 99), 0.82, 0.75),
    (_z(100, 103), 0.88, 0.78),
    (_z(104, 107), 0.89, 0.82),
    (_z(108, 111), 0.86, 0.77),
    (_z(112, 115), 0.78, 0.73),
    (_z(116, 119), 0.88, 0.82),
    (_z(120, 123), 0.84, 0.77),
    (_z(124, 127), 0.79, 0.73),
    (_z(128, 131), 0.70, 0.63),
]
# Sets Z132 to Z139: eight more writers whose misses are not read, each asked for the held-out mix the issue
# describes (bench/writer_prompt.md, with armed groups placed by their home country). Their first looks, on session
# 25's starting code, were P 0.875, R 0.716, F1 0.788 (Z132 to Z135) and P 0.837, R 0.660, F1 0.738 (Z136 to Z139);
# session 25's final code scores P 0.878, F1 0.800 and P 0.845, F1 0.753. Floors under both, against regressions only.
# Sets Z140 to Z143: four more writers asked for the traps (no-event paragraphs with trap words, and negated, denied,
# speculated and hypothetical politics next to real events), scored once on session 25's final code and never read:
# P 0.854, R 0.712, F1 0.777.
NOT_TUNED_ON = [
    (_z(132, 135), 0.86, 0.78),
    (_z(136, 139), 0.83, 0.74),
    (_z(140, 143), 0.84, 0.76),
]


@pytest.mark.parametrize("sets,min_precision,min_f1", TUNED_ON + NOT_TUNED_ON,
                         ids=[f"{s[0]}-{s[-1]}" for s, _, _ in TUNED_ON + NOT_TUNED_ON])
def test_pooled_floor_on_the_paragraph_sets(sets, min_precision, min_f1):
    precision, recall = _pooled(sets)
    assert precision >= min_precision and 2 * precision * recall / (precision + recall) >= min_f1, (precision, recall)
