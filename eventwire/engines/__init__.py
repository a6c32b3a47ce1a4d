"""Engines: other ways to map the one pipeline over many documents.

The local engine is :func:`eventwire.runner.run_paths` (one process, or worker
processes with ``--workers``). :mod:`eventwire.engines.dask_engine` runs the
same pipeline code on a Dask cluster and writes date-partitioned Parquet.
Engines import their heavy dependencies (dask, distributed, pyarrow) only when
they are called, so ``import eventwire`` never needs them.
"""

from __future__ import annotations

from .dask_engine import load_parquet_into_store, run_dask

__all__ = ["load_parquet_into_store", "run_dask"]
