"""One stage contract and one runner.

A stage is a callable ``stage(doc) -> doc`` with a ``name``, the Document
attributes it ``requires`` and those it ``assigns``, and optionally
``pipe(docs) -> docs`` for batch work (spaCy batching, site templates). The
:class:`Pipeline` checks the chain when it is built, and turns an exception
inside a stage into a rejected document naming the stage, so one bad page
never stops a run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from .errors import ConfigError
from .records import Document

__all__ = ["Pipeline", "Stage"]

log = logging.getLogger("eventwire")


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    def __init__(self, stages: Sequence[Stage], given: Sequence[str] = ("raw",)) -> None:
        """``given``: the Document fields already filled when documents enter (e.g. a second half)."""
        have = set(given)
        for stage in stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise ConfigError(f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                                  f"assigns; put the stage that assigns it before {stage.name!r}")
            have.update(stage.assigns)
        self.stages = list(stages)

    def _guarded(self, stage: Stage, doc: Document) -> Document:
        if doc.error:
            return doc
        try:
            return stage(doc)
        except Exception as exc:  # noqa: BLE001 - a page must never stop the run
            log.debug("stage %s failed on %s", stage.name, doc.id, exc_info=True)
            doc.reject(f"{stage.name} failed: {type(exc).__name__}: {exc}", stage.name)
            return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Run every stage over batches of documents, in input order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, batch: list[Document]) -> list[Document]:
        for stage in self.stages:
            pipe = getattr(stage, "pipe", None)
            if pipe is not None:
                live = [d for d in batch if not d.error]
                try:
                    list(pipe(live))
                except Exception as exc:  # noqa: BLE001 - fall back to one document at a time
                    log.debug("batch stage %s failed, retrying per document: %s", stage.name, exc)
                    for d in live:
                        self._guarded(stage, d)
            else:
                for d in batch:
                    self._guarded(stage, d)
        return batch
