"""bench/agreement.py: the ceiling two gold writers set, scored as the coder is."""

from pathlib import Path

from .conftest import bench_module

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_agreement_counts_each_event_once():
    agreement = bench_module("agreement").agreement
    first = {"a": [("USA", "IRN", "04"), ("IRN", "USA", "04")], "b": [], "c": [("RUS", "UKR", "19")]}
    second = {"a": [("USA", "IRN", "04"), ("USA", "IRN", "04")], "b": [("FRA", None, "01")], "d": [("X", "Y", "01")]}
    p, r, f1, n = agreement(second, first)
    # ids a and b only; one of the two repeated events matches; the extra event on b is a false one
    assert n == 2 and (p, r) == (1 / 3, 1 / 2) and abs(f1 - 0.4) < 1e-9


def test_the_second_coder_covers_the_sets_it_recodes():
    mod = bench_module("agreement")
    second = mod._events(BENCH / "second_coder_z68_z75.jsonl")
    first = {}
    for n in range(68, 76):
        first.update(mod._events(BENCH / f"paragraphs_untuned_z{n}.jsonl"))
    assert set(second) == set(first)
    p, r, f1, _ = mod.agreement(second, first)
    assert f1 > 0.85, (p, r, f1)
