"""Would a learned linker find the events the rules miss? An experiment, run on the paragraph gold sets.

    python bench/linker.py [--folds 5] bench/paragraphs_untuned_a.jsonl bench/paragraphs_untuned_b.jsonl ...
    python bench/linker.py TRAIN_FILES... --test TEST_FILES...

For every sentence, every ordered pair of actors the actor stage resolved to two different countries (or IGO/NGO)
is one instance. Its label is the root of the gold event with that source and target whose trigger lies in the
sentence (else the first sentence naming both), or NONE. Its features are read off the parse: the word that joins
the two mentions in the dependency tree, the paths to it, the words on the way and between, negation and modal
auxiliaries, the actors' kinds and sectors, and what the rules already output in the sentence.

An averaged perceptron is trained and tested in folds that keep each gold file whole (the writers of one file never
appear on both sides). Its predictions are then added to the rule coder's output where the rules coded nothing for
that pair in that sentence, under the same cap of events per sentence, and the paragraphs are scored as
``eventwire evaluate`` scores them. With ``--test``, the model is trained on all the files given and scored on
other ones (writers never read). The script also prints the recall the cap allows at best: the share of gold
events that fit, counting at most ``cap`` per sentence.

Nothing here is used by the coder; it measures whether such a model is worth building.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

Instance = dict  # sentence start, pair, features, label, prediction


def _rows(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["_file"] = path.name
                rows.append(row)
    return rows


def _chain(tok) -> list:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def pair_features(a, b) -> tuple[list[str], int] | None:
    """Features of the mention tokens ``a`` (source) and ``b`` (target) of one sentence, and their tree distance."""
    ca, cb = _chain(a), _chain(b)
    up_b = {t.i for t in cb}
    top = next((t for t in ca if t.i in up_b), None)
    if top is None:
        return None
    pa = ca[:[t.i for t in ca].index(top.i)]
    pb = cb[:[t.i for t in cb].index(top.i)]
    da = "/".join(t.dep_ for t in pa) or "SELF"
    db = "/".join(t.dep_ for t in pb) or "SELF"
    lem = top.lemma_.lower()
    f = ["bias", f"top={lem}", f"toppos={top.pos_}", f"toptag={top.tag_}", f"topdep={top.dep_}", f"pa={da}",
         f"pb={db}", f"top+pa={lem}|{da}", f"top+pb={lem}|{db}", f"top+pa+pb={lem}|{da}|{db}",
         f"order={'ab' if a.i < b.i else 'ba'}"]
    inner = pa[1:] + pb[1:]
    for t in inner:
        f += [f"on={t.lemma_.lower()}", f"on+top={t.lemma_.lower()}|{lem}"]
    for name, chain in (("va", ca[1:]), ("vb", cb[1:])):
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            f.append(f"{name}={verb.lemma_.lower()}")
    for t in [top, *inner]:
        for c in t.children:
            if c.dep_ == "neg":
                f.append("neg")
            elif c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "will", "should", "must", "can"):
                f.append(f"aux={c.lower_}")
            elif c.dep_ == "mark":
                f.append(f"mark={c.lower_}")
    for t in _chain(top)[1:4]:
        f.append(f"up={t.lemma_.lower()}")
    gap = abs(a.i - b.i)
    f.append(f"gap={'1' if gap < 3 else '2' if gap < 7 else '3' if gap < 15 else '4'}")
    f += [f"between={t.lemma_.lower()}" for t in a.doc[min(a.i, b.i) + 1:max(a.i, b.i)] if t.pos_ in ("VERB", "NOUN")]
    return f, len(pa) + len(pb)


def instances(doc, events: list[tuple], country) -> list[Instance]:
    """Pair instances of a coded document; ``events`` are the rules' (sentence start, source, target, root)."""
    out = []
    sdoc = doc.spacy_doc
    if sdoc is None:
        return out
    for sent in sdoc.sents:
        by_key: dict[str, list] = defaultdict(list)
        for i, actor in doc.mentions.items():
            key = country(actor.contract())
            if key and sent.start <= i < sent.end:
                by_key[key].append((sdoc[i], actor))
        here = [e for e in events if e[0] == sent.start_char]
        for ka in by_key:
            for kb in by_key:
                if ka == kb:
                    continue
                best = None
                for ta, aa in by_key[ka]:
                    for tb, ab in by_key[kb]:
                        got = pair_features(ta, tb)
                        if got is not None and (best is None or got[1] < best[0][1]):
                            best = (got, aa, ab)
                if best is None:
                    continue
                (feats, length), aa, ab = best
                feats = feats + [f"sa={aa.sector}", f"sb={ab.sector}", f"ka={aa.kind}", f"kb={ab.kind}",
                                 f"len={min(length, 6)}", f"rules={min(len(here), 2)}"]
                for _, s, t, root in here:
                    if s == ka:
                        feats.append(f"rule_src={root}")
                    if t == kb:
                        feats.append(f"rule_tgt={root}")
                    if (s, t) == (ka, kb):
                        feats.append(f"rule_pair={root}")
                    if (s, t) == (kb, ka):
                        feats.append(f"rule_reverse={root}")
                out.append({"start": sent.start_char, "pair": (ka, kb), "feats": feats, "label": "NONE",
                            "coded": any((s, t) == (ka, kb) for _, s, t, _ in here)})
    return out


def sentence_of(text: str, trigger: str | None, starts: list[int]) -> int | None:
    """Start of the sentence holding the first occurrence of ``trigger``, or None."""
    pos = text.lower().find((trigger or "").lower()) if trigger else -1
    if pos < 0:
        return None
    return max((s for s in starts if s <= pos), default=None)


def label(insts: list[Instance], gold: list[dict], text: str, starts: list[int]) -> None:
    by = {(x["start"], *x["pair"]): x for x in insts}
    for g in gold:
        if not g.get("target") or g["target"] == g["source"]:
            continue
        at = sentence_of(text, g.get("trigger"), starts)
        for s in ([at] if at is not None else []) + starts:
            x = by.get((s, g["source"], g["target"]))
            if x is not None and x["label"] == "NONE":
                x["label"] = g["root"]
                break


class AveragedPerceptron:
    """Multi-class averaged perceptron over string features (the averaging keeps late updates from dominating)."""

    def __init__(self) -> None:
        self.w: dict[tuple[str, str], float] = defaultdict(float)
        self._total: dict[tuple[str, str], float] = defaultdict(float)
        self._stamp: dict[tuple[str, str], int] = defaultdict(int)
        self._n = 0
        self.classes: list[str] = []
        self.averaged: dict[tuple[str, str], float] = {}

    def _scores(self, feats: list[str], weights) -> dict[str, float]:
        out: dict[str, float] = defaultdict(float)
        for f in feats:
            for c in self.classes:
                v = weights.get((f, c))
                if v:
                    out[c] += v
        return out

    def train(self, data: list[tuple[list[str], str]], epochs: int = 6, seed: int = 0) -> None:
        self.classes = sorted({y for _, y in data})
        rnd = random.Random(seed)
        data = list(data)
        for _ in range(epochs):
            rnd.shuffle(data)
            for feats, y in data:
                self._n += 1
                scores = self._scores(feats, self.w)
                guess = max(self.classes, key=lambda c: (scores.get(c, 0.0), c == "NONE"))
                if guess != y:
                    for f in feats:
                        for c, step in ((y, 1.0), (guess, -1.0)):
                            k = (f, c)
                            self._total[k] += (self._n - self._stamp[k]) * self.w[k]
                            self._stamp[k] = self._n
                            self.w[k] += step
        self.averaged = {}
        for k, v in self.w.items():
            total = self._total[k] + (self._n - self._stamp[k]) * v
            if total:
                self.averaged[k] = total / self._n

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """The best class and its margin over NONE."""
        scores = self._scores(feats, self.averaged)
        best = max(self.classes, key=lambda c: (scores.get(c, 0.0), c == "NONE"))
        return best, scores.get(best, 0.0) - scores.get("NONE", 0.0)


def score(paras: list[dict], threshold: float | None, cap: int) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and output count of the rules plus predictions above ``threshold`` (None: rules only)."""
    tp = n_out = n_gold = 0
    for p in paras:
        out = [(s, t, r) for _, s, t, r in p["events"]]
        per = Counter(e[0] for e in p["events"])
        if threshold is not None:
            for x in sorted(p["instances"], key=lambda x: -x["pred"][1]):
                root, margin = x["pred"]
                if (root != "NONE" and not x["coded"] and margin > threshold and per[x["start"]] < cap
                        and (*x["pair"], root) not in out):
                    out.append((*x["pair"], root))
                    per[x["start"]] += 1
        left = Counter((g["source"], g.get("target"), g["root"]) for g in p["gold"])
        for e in out:
            if left[e] > 0:
                left[e] -= 1
                tp += 1
        n_out += len(out)
        n_gold += len(p["gold"])
    prec = tp / n_out if n_out else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0), n_out


def ceiling(paras: list[dict], cap: int) -> float:
    """The share of gold events that fit under ``cap`` events per sentence (their trigger's sentence)."""
    fit = total = 0
    for p in paras:
        per: Counter = Counter()
        for g in p["gold"]:
            per[sentence_of(p["text"], g.get("trigger"), p["starts"])] += 1
        for at, n in per.items():
            total += n
            fit += n if at is None else min(n, cap)
    return fit / total if total else 0.0


def prepare(paths: list[Path]) -> list[dict]:
    """Code the paragraphs and build their labelled instances."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from eventwire.evaluate import _code_docs, _country, _news

    rows = _rows(paths)
    docs = _code_docs([(r["text"], r.get("date")) for r in rows])
    paras = []
    for row, doc in zip(rows, docs):
        events = [(e.evidence.start, _country(e.contract()["source"]), _country(e.contract()["target"]), e.root)
                  for e in _news(doc)]
        starts = [s.start_char for s in doc.spacy_doc.sents] if doc.spacy_doc is not None else [0]
        insts = instances(doc, events, _country)
        label(insts, row.get("events") or [], row["text"], starts)
        paras.append({"file": row["_file"], "text": row["text"], "gold": row.get("events") or [],
                      "events": events, "instances": insts, "starts": starts})
    return paras


def cross_validate(paras: list[dict], folds: int, epochs: int = 6) -> None:
    """Set ``pred`` on every instance from a model trained on the other folds (files kept whole)."""
    files = sorted({p["file"] for p in paras})
    random.Random(1).shuffle(files)
    fold = {f: i % folds for i, f in enumerate(files)}
    for k in range(folds):
        model = AveragedPerceptron()
        model.train([(x["feats"], x["label"]) for p in paras if fold[p["file"]] != k for x in p["instances"]], epochs)
        for p in paras:
            if fold[p["file"]] == k:
                for x in p["instances"]:
                    x["pred"] = model.predict(x["feats"])


def _report(paras: list[dict], cap: int) -> None:
    for label, threshold in (("rules only", None), *((f"rules + margin > {t:.0f}", t) for t in (0.0, 5.0, 10.0, 20.0))):
        p, r, f1, n = score(paras, threshold, cap)
        print(f"{label:20}: P {p:.3f} R {r:.3f} F1 {f1:.3f} ({n} events)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cap", type=int, default=2, help="events per sentence, as the coder's default")
    ap.add_argument("--test", nargs="+", type=Path, default=[],
                    help="train on FILES and score on these instead of cross-validating")
    args = ap.parse_args(argv)
    paras = prepare(args.files)
    if args.test:
        model = AveragedPerceptron()
        model.train([(x["feats"], x["label"]) for p in paras for x in p["instances"]])
        tests = prepare(args.test)
        for p in tests:
            for x in p["instances"]:
                x["pred"] = model.predict(x["feats"])
        print(f"trained on {len(paras)} paragraphs, scored on {len(tests)}")
        _report(tests, args.cap)
        return 0
    insts = [x for p in paras for x in p["instances"]]
    positive = [x for x in insts if x["label"] != "NONE"]
    dyadic = sum(1 for p in paras for g in p["gold"] if g.get("target") and g["target"] != g["source"])
    print(f"{len(paras)} paragraphs, {len(insts)} pair instances, {len(positive)} labelled with a root "
          f"(of {dyadic} gold events between two sides); {sum(1 for x in positive if not x['coded'])} of them "
          "in pairs the rules coded nothing for")
    for cap in (2, 3, 4):
        print(f"recall the cap allows at best, {cap} per sentence: {ceiling(paras, cap):.3f}")
    cross_validate(paras, args.folds)
    said = [x for x in insts if x["pred"][0] != "NONE"]
    right = sum(1 for x in said if x["pred"][0] == x["label"])
    print(f"instances: precision {right / max(len(said), 1):.3f}, recall {right / max(len(positive), 1):.3f}")
    _report(paras, args.cap)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
