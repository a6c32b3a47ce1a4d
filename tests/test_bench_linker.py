"""bench/linker.py: the learned-linker experiment (pair instances, averaged perceptron, scoring beside the rules)."""

from pathlib import Path

from eventwire.evaluate import evaluate_path

from .conftest import bench_module

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_the_perceptron_learns_what_separates_the_classes():
    model = bench_module("linker").AveragedPerceptron()
    data = [(["bias", "top=attack"], "19"), (["bias", "top=meet"], "04"), (["bias", "top=play"], "NONE")] * 20
    model.train(data, epochs=3)
    assert model.predict(["bias", "top=attack"])[0] == "19"
    assert model.predict(["bias", "top=meet"])[0] == "04"
    assert model.predict(["bias", "top=play"]) == ("NONE", 0.0)


def test_pairs_are_labelled_from_the_gold_and_the_rules_score_as_evaluate_does():
    mod = bench_module("linker")
    path = BENCH / "paragraphs.jsonl"
    paras = mod.prepare([path])
    insts = [x for p in paras for x in p["instances"]]
    labelled = [x for x in insts if x["label"] != "NONE"]
    assert labelled and len(labelled) < len(insts)
    # a labelled pair is a gold event's source and target
    golds = {(p["file"], g["source"], g.get("target")) for p in paras for g in p["gold"]}
    assert all((p["file"], *x["pair"]) in golds for p in paras for x in p["instances"] if x["label"] != "NONE")
    precision, recall, _, _ = mod.score(paras, None, 2)
    m = evaluate_path(path).metrics
    assert (round(precision, 3), round(recall, 3)) == (round(m["precision"], 3), round(m["recall"], 3))
    # every gold event fits when each sentence may hold all of them; fewer when it may hold one
    assert mod.ceiling(paras, 99) == 1.0 and mod.ceiling(paras, 1) < 1.0
