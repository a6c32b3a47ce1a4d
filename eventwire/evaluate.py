"""``eventwire evaluate GOLD``: score the coder against gold files.

- PLOVER gold-standard records (JSON list with ``text``, ``source``, ``target``, ``event``):
  share of records whose dyad and event type are both right, per-type recall, events per sentence.
- CoNLL source/target files (a token and a BIO tag per line: S source, T target, R reciprocal):
  share of sentences with a gold dyad whose source and target spans are found.
- Five-way class files (``sentence<TAB>class``: 0 statement, 1 verbal cooperation,
  2 material cooperation, 3 verbal conflict, 4 material conflict): accuracy.
- Paragraph gold (``.jsonl``: ``text``, ``date``, ``events`` with ``source``/``target`` country codes and a CAMEO
  ``root``, as in ``bench/paragraphs.jsonl``): event precision, recall and F1, and how many paragraphs with no
  gold event got one.
- A directory of pages with gold article text: extraction scores (see evaluate_extract).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .records import Document, RawDocument

__all__ = ["PLOVER_ROOTS", "evaluate_path"]

# PLOVER 2016 event types -> the CAMEO roots that count as right (shared/README.md).
PLOVER_ROOTS = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10", "02"},
    "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"},
    "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18", "19", "20"}, "FIGHT": {"18", "19", "20"},
}
# how many misses a report lists (EVENTWIRE_EVAL_MISSES)
_MISSES = int(os.environ.get("EVENTWIRE_EVAL_MISSES", "40"))
# legacy CAMEO codes in the gold -> ours; IMG (international militarised group) is our INS prefix
_ALIASES = {"JAP": "JPN", "UK": "GBR", "UKG": "GBR", "BRI": "GBR", "GER": "DEU", "ROM": "ROU", "ITL": "ITA",
            "VTN": "VNM", "IMG": "INS"}


def _news(d) -> list:
    """The events scored: those the document reports as news (the contract's ``events``), not the ones it dates
    long before publication (``background_events``)."""
    return [e for e in d.events if not d.long_past(e)]


def _code_docs(texts: list[tuple[str, str | None]], model: str | None = None) -> list[Document]:
    from .runner import build_pipeline
    from .settings import Options

    pipeline = build_pipeline(Options.from_env(model=model))
    docs = [Document(raw=RawDocument(id=str(i), path="<gold>", kind="plain", content=t, date=d))
            for i, (t, d) in enumerate(texts)]
    out = list(pipeline.pipe(docs, batch_size=64))
    failed = [d for d in out if d.error]
    if failed:  # a coder exception loses a text's events: say so rather than score it as a silent miss
        print(f"warning: {len(failed)} of {len(out)} texts failed to code; first: {failed[0].error}", file=sys.stderr)
    return out


def _country(actor: dict | None) -> str | None:
    if not actor:
        return None
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code") or ""
    if code.startswith("NGO") or actor.get("sector") == "NGO":
        return "NGO"
    return "IGO" if code.startswith("IGO") else code[:3] or None


def _codes(actors: object) -> set[str]:
    """Country codes of a PLOVER actor list (some records hold a string or null instead)."""
    if not isinstance(actors, list):
        return set()
    return {_ALIASES.get(a.get("code", ""), a.get("code", "")) for a in actors if isinstance(a, dict)}


@dataclass
class Report:
    kind: str
    lines: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)

    def text(self) -> str:
        return "\n".join(self.lines)


def _plover(path: Path) -> Report:
    recs = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text") and r.get("event") != "DOCUMENT"]
    t0 = time.perf_counter()
    docs = _code_docs([(r["text"], r.get("date")) for r in recs])
    secs = time.perf_counter() - t0
    per_type: dict[str, Counter] = defaultdict(Counter)
    both = dyad_ok = type_ok = n_events = 0
    misses = []
    for r, d in zip(recs, docs):
        gold_src, gold_tgt = _codes(r.get("source")), _codes(r.get("target"))
        roots = PLOVER_ROOTS.get(r["event"], set())
        evs = [e.contract() for e in _news(d)]
        n_events += len(evs)
        ok_d = ok_t = ok_b = False
        # the gold set codes organisations as IGO, and a few human rights groups as NGO: either is right
        orgs = {"IGO", "NGO"}
        gold_src = gold_src | orgs if gold_src & orgs else gold_src
        gold_tgt = gold_tgt | orgs if gold_tgt & orgs else gold_tgt
        for e in evs:
            s, t = _country(e["source"]), _country(e["target"])
            d_ok = s in gold_src and (t in gold_tgt if gold_tgt else True)
            t_ok = e["root"] in roots
            ok_d |= d_ok
            ok_t |= t_ok
            ok_b |= d_ok and t_ok
        both += ok_b
        dyad_ok += ok_d
        type_ok += ok_t
        per_type[r["event"]]["n"] += 1
        per_type[r["event"]]["right"] += ok_b
        if not ok_b:
            got = "; ".join(f"{_country(e['source'])}->{_country(e['target'])} {e['cameo']}" for e in evs) or "nothing"
            misses.append(f"  {r['id']}: gold {'/'.join(sorted(gold_src))}->{'/'.join(sorted(gold_tgt)) or '-'} "
                          f"{r['event']}; got {got}\n      {r['text'][:150]}")
    n = len(recs) or 1
    rep = Report("plover")
    rep.metrics = {"records": len(recs), "dyad_and_type": both / n, "dyad": dyad_ok / n, "type": type_ok / n,
                   "events_per_sentence": n_events / n, "sentences_per_second": len(recs) / secs if secs else 0}
    rep.lines.append(f"PLOVER records: {len(recs)}   dyad and type right: {both / n:.3f}   dyad right: "
                     f"{dyad_ok / n:.3f}   type right: {type_ok / n:.3f}   events/sentence: {n_events / n:.2f}   "
                     f"{len(recs) / secs if secs else 0:.1f} sentences/s")
    rep.lines.append("Per type (recall of dyad+type):")
    for ev, c in sorted(per_type.items()):
        rep.lines.append(f"  {ev:<12} {c['right']:>3}/{c['n']:<3} {c['right'] / c['n']:.2f}")
    rep.lines.append(f"Misses ({len(misses)}):")
    rep.lines.extend(misses)
    return rep


def _conll_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        tok, _, tag = line.rpartition(" ")
        sent.append((tok, tag.strip()))
    if sent:
        yield sent


def _conll(path: Path) -> Report:
    sents = list(_conll_sentences(path))
    items = []
    for toks in sents:
        text, spans = "", defaultdict(list)
        cur = None
        for tok, tag in toks:
            if text:
                text += " "
            start = len(text)
            text += tok
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
                cur = [tag[2:], start, len(text)]
                spans[tag[2:]].append(cur)
            elif tag.startswith("I-") and cur is not None:
                cur[2] = len(text)
            else:
                cur = None
        items.append((text, {k: [(s, e) for _, s, e in v] for k, v in spans.items()}))
    t0 = time.perf_counter()
    docs = _code_docs([(t, None) for t, _ in items])
    secs = time.perf_counter() - t0
    with_dyad = right = src_right = tgt_right = 0
    misses = []
    n_events = 0

    def hit(actor, gold_spans) -> bool:
        return bool(actor) and any(actor.start < e and s < actor.end for s, e in gold_spans)

    for (text, spans), d in zip(items, docs):
        news = _news(d)
        n_events += len(news)
        src = spans.get("S", []) + spans.get("R", [])
        tgt = spans.get("T", []) + spans.get("R", [])
        if not (src and tgt):
            continue
        with_dyad += 1
        ok = any(hit(e.source, src) and hit(e.target, tgt) for e in news)
        src_right += any(hit(e.source, src) for e in news)
        tgt_right += any(hit(e.target, tgt) for e in news)
        right += ok
        if not ok:
            got = "; ".join(f"{e.source.text}->{e.target.text if e.target else '-'} {e.cameo}" for e in news)
            gs = " | ".join(text[s:e] for s, e in src)
            gt = " | ".join(text[s:e] for s, e in tgt)
            misses.append(f"  gold {gs} -> {gt}; got {got or 'nothing'}\n      {text[:150]}")
    n = with_dyad or 1
    rep = Report("conll")
    rep.metrics = {"sentences": len(items), "with_dyad": with_dyad, "dyad_spans": right / n,
                   "source_spans": src_right / n, "target_spans": tgt_right / n,
                   "events_per_sentence": n_events / (len(items) or 1),
                   "sentences_per_second": len(items) / secs if secs else 0}
    rep.lines.append(f"CoNLL sentences: {len(items)}   with a gold dyad: {with_dyad}   source+target spans right: "
                     f"{right / n:.3f}   source right: {src_right / n:.3f}   target right: {tgt_right / n:.3f}   "
                     f"events/sentence: {n_events / (len(items) or 1):.2f}   {len(items) / secs if secs else 0:.1f} sentences/s")
    rep.lines.append(f"Misses (first 40 of {len(misses)}):")
    rep.lines.extend(misses[:_MISSES])
    return rep


def _five_way(path: Path) -> Report:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, cls = line.rpartition("\t")
        if text and cls.strip().isdigit():
            rows.append((text, int(cls)))
    docs = _code_docs([(t, None) for t, _ in rows])
    conf: Counter = Counter()
    right = 0
    for (_text, gold), d in zip(rows, docs):
        pred = 0
        news = _news(d)
        if news:
            e = news[0]
            pred = 0 if e.root == "01" else e.quad_class
        conf[(gold, pred)] += 1
        right += pred == gold
    n = len(rows) or 1
    rep = Report("five-way")
    rep.metrics = {"sentences": len(rows), "accuracy": right / n}
    rep.lines.append(f"Five-way class: {len(rows)} sentences   accuracy {right / n:.3f}")
    rep.lines.append("  gold\\pred " + " ".join(f"{p:>5}" for p in range(5)))
    for g in range(5):
        rep.lines.append(f"  {g:>9} " + " ".join(f"{conf[(g, p)]:>5}" for p in range(5)))
    return rep


def _paragraphs(path: Path) -> Report:
    """Paragraph gold (JSON lines: ``text``, ``date``, ``events`` of ``source``/``target`` country codes and a
    CAMEO ``root``): event precision, recall and F1, an event being right when source, target and root match."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = _code_docs([(r["text"], r.get("date")) for r in rows])
    tp = n_pred = n_gold = 0
    loose = 0
    false_on_empty = 0
    misses = []
    for r, d in zip(rows, docs):
        gold = [(g["source"], g.get("target"), g["root"]) for g in r.get("events") or []]
        pred = [(_country(e["source"]), _country(e["target"]), e["root"]) for e in (x.contract() for x in _news(d))]
        n_gold += len(gold)
        n_pred += len(pred)
        left = list(gold)
        wrong = []
        for ev in pred:
            if ev in left:
                left.remove(ev)
                tp += 1
            else:
                wrong.append(ev)
        loose += sum(1 for g in gold if any(p[0] == g[0] and p[2] == g[2] for p in pred))
        if not gold and pred:
            false_on_empty += 1
        if left or wrong:
            fmt = "; ".join(f"{a}->{b or '-'} {c}" for a, b, c in wrong) or "nothing wrong"
            misses.append(f"  {r.get('id')}: missed {'; '.join(f'{a}->{b or chr(45)} {c}' for a, b, c in left) or '-'}"
                          f"; extra {fmt}\n      {r['text'][:150]}")
    p_ = tp / n_pred if n_pred else 0.0
    r_ = tp / n_gold if n_gold else 0.0
    f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    empty = sum(1 for r in rows if not r.get("events"))
    rep = Report("paragraphs")
    rep.metrics = {"paragraphs": len(rows), "precision": p_, "recall": r_, "f1": f1,
                   "source_and_root_recall": loose / n_gold if n_gold else 0.0,
                   "events_on_empty_paragraphs": false_on_empty}
    rep.lines.append(f"Paragraphs: {len(rows)}   gold events {n_gold}   output {n_pred}   precision {p_:.3f}   "
                     f"recall {r_:.3f}   F1 {f1:.3f}   (source and root only: recall {rep.metrics['source_and_root_recall']:.3f})")
    rep.lines.append(f"Paragraphs with no gold event: {empty}, of which {false_on_empty} got an event")
    rep.lines.append(f"Misses ({len(misses)}):")
    rep.lines.extend(misses[:_MISSES])
    return rep


def evaluate_path(path: str | Path) -> Report:
    p = Path(path)
    if p.is_dir():
        from .evaluate_extract import evaluate_extraction

        s = evaluate_extraction(p)
        rep = Report("extraction", lines=s.lines(str(p)))
        rep.metrics = {"f1": s.f1, "precision": s.precision, "recall": s.recall}
        if s.title_exact is not None:
            rep.metrics["title_exact"] = s.title_exact
        return rep
    if p.suffix == ".json":
        return _plover(p)
    if p.suffix == ".tsv":
        return _five_way(p)
    if p.suffix == ".jsonl":
        return _paragraphs(p)
    return _conll(p)
