"""The runner: builds the pipeline once and maps it over documents.

``code`` is stateless (documents in, coded documents out). ``run`` adds the
store: documents already stored are skipped before any parsing, each batch is
written in one transaction, and site templates are saved for later runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .actors import ActorStage
from .coding import CODER_EVENT_WORDS, QUOTE_WORDS, CodingStage
from .dedup import NearDuplicates, count_reports
from .extract import ExtractStage
from .extract.templates import SiteTemplates
from .ingest import read_paths
from .lexicon import load_lexicon
from .nlp import NlpStage
from .patterns import load_patterns
from .pipeline import Pipeline
from .prefilter import Prefilter
from .records import Document, RawDocument
from .settings import Options
from .store import Store, content_hash

__all__ = ["RunStats", "build_pipeline", "code_paths", "run_paths"]


def build_pipeline(options: Options, templates: SiteTemplates | None = None) -> Pipeline:
    lex = load_lexicon(tuple(options.actor_files))
    patterns = load_patterns(tuple(options.verb_files))
    prefilter = Prefilter(lex, patterns, extra_events=CODER_EVENT_WORDS,
                          quote_verbs=QUOTE_WORDS) if options.prefilter else None
    nlp_stage = NlpStage(options.model, batch_size=options.batch_size, prefilter=prefilter, ner=options.ner,
                         max_chars=options.max_nlp_chars)
    return Pipeline([
        ExtractStage(templates, known_names=lex.known_names(), min_body_chars=options.min_body_chars),
        nlp_stage,
        ActorStage(lex, nlp_stage.nlp),
        CodingStage(patterns, options.max_events_per_sentence, denials=options.denials,
                    max_acts=options.max_acts_per_sentence),
    ])


def _warn(doc: Document) -> None:
    print(f"eventwire: {doc.raw.path}{'' if doc.id == doc.raw.path else ' [' + doc.id + ']'}: {doc.error}",
          file=sys.stderr)


def code_paths(paths: Iterable[str | Path], options: Options) -> Iterator[Document]:
    """Code every document under ``paths``, in input order. Pages of one site teach each other."""
    raws = list(read_paths(paths, options.max_bytes))
    pipeline = build_pipeline(options)
    extract: ExtractStage = pipeline.stages[0]  # type: ignore[assignment]
    docs = [Document(raw=r, error=r.error, stage_error="ingest" if r.error else None) for r in raws]
    extract.learn(docs)
    coded = list(pipeline.pipe(docs, batch_size=options.batch_size))
    near = NearDuplicates()
    for doc in coded:
        if doc.article is not None and not doc.error:
            doc.cluster_id, _ = near.add(doc.id, doc.article.body)
    count_reports(d for d in coded if not d.error)
    for doc in coded:
        if doc.error:
            _warn(doc)
        doc.spacy_doc = None
        yield doc


@dataclass
class RunStats:
    read: int = 0
    skipped: int = 0
    stored: int = 0
    events: int = 0
    rejected: int = 0


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(options: Options) -> None:
    """Load the model once per worker process."""
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(build_pipeline(options).stages[1:], given=("raw", "article"))


def _code_in_worker(docs: list[Document]) -> list[Document]:
    assert _WORKER_PIPELINE is not None
    done = _WORKER_PIPELINE.run_batch(docs)
    for d in done:
        d.spacy_doc = None  # not picklable cheaply, and not stored
    return done


def _batches(paths: Iterable[str | Path], options: Options, size: int, stats: RunStats) -> Iterator[list[RawDocument]]:
    batch: list[RawDocument] = []
    for raw in read_paths(paths, options.max_bytes):
        stats.read += 1
        batch.append(raw)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_paths(paths: Iterable[str | Path], store: Store, options: Options,
              progress: Callable[[int], None] | None = None, batch_size: int = 256, workers: int = 1) -> RunStats:
    """Code ``paths`` into ``store``; returns counts. Safe to re-run: nothing is stored twice.

    The input is streamed in batches (never the whole corpus in memory). Extraction and site
    templates run in this process; with ``workers`` > 1 the language stages run in that many
    worker processes, each loading the model once, while this process writes each finished
    batch in one transaction, in input order.
    """
    templates = store.load_templates()
    near = store.load_near_duplicates()
    stats = RunStats()
    if workers <= 1:
        pipeline = build_pipeline(options, templates)
        extract: ExtractStage = pipeline.stages[0]  # type: ignore[assignment]
        rest = Pipeline(pipeline.stages[1:], given=("raw", "article"))
    else:
        lex = load_lexicon(tuple(options.actor_files))
        extract = ExtractStage(templates, known_names=lex.known_names(), min_body_chars=options.min_body_chars)
        rest = None

    def prepare(batch: list[RawDocument]) -> tuple[int, list[Document]]:
        known = store.known([r.id for r in batch], [content_hash(r.content) if r.content else "" for r in batch])
        todo = [Document(raw=r, error=r.error, stage_error="ingest" if r.error else None)
                for r in batch if r.id not in known]
        stats.skipped += len(batch) - len(todo)
        Pipeline([extract]).run_batch(todo)
        for d in todo:
            if d.article is not None and not d.error:
                d.cluster_id, d.signature = near.add(d.id, d.article.body)
        return len(batch), todo

    def finish(n_in: int, done: list[Document]) -> None:
        for d in done:
            if d.error:
                _warn(d)
            d.spacy_doc = None
        n_docs, n_events, n_rej = store.write(done, templates=extract.templates)
        stats.stored += n_docs
        stats.events += n_events
        stats.rejected += n_rej
        if progress:
            progress(n_in)

    if rest is not None:
        for batch in _batches(paths, options, batch_size, stats):
            n_in, todo = prepare(batch)
            done: list[Document] = []
            for i in range(0, len(todo), 32):  # bounded memory: 32 parsed documents alive at a time
                part = rest.run_batch(todo[i:i + 32])
                for d in part:
                    d.spacy_doc = None
                done += part
            finish(n_in, done)
    else:
        import multiprocessing as mp
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        # Extraction sees the same batches as with one process (so site templates, and events, are
        # the same); the language stages get small chunks so both workers stay busy, and a bounded
        # window of chunks in flight keeps memory bounded.
        chunk = 16
        # fresh worker processes ("spawn"): a forked worker would carry the writer's modules (DuckDB, datasketch
        # and the scipy it loads) it never uses; a spawned one imports only what parsing and coding need
        ctx = mp.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(options,)) as pool:
            window: deque = deque()
            for batch in _batches(paths, options, batch_size, stats):
                n_in, todo = prepare(batch)
                dead = [d for d in todo if d.error]
                live = [d for d in todo if not d.error]
                parts = [live[i:i + chunk] for i in range(0, len(live), chunk)] or [[]]
                for k, part in enumerate(parts):
                    window.append((n_in if k == 0 else 0, dead if k == 0 else [],
                                   pool.submit(_code_in_worker, part) if part else None))
                    while len(window) > 2 * workers:
                        n, dead_docs, fut = window.popleft()
                        finish(n, dead_docs + (fut.result() if fut else []))
            while window:
                n, dead_docs, fut = window.popleft()
                finish(n, dead_docs + (fut.result() if fut else []))
    store.save_templates(extract.templates)
    return stats
