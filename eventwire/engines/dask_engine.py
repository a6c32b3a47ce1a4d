"""The Dask engine: the local pipeline mapped over partitions of the input on a Dask cluster.

How a run goes:

1. The client expands the input paths (directories in sorted order, exactly as
   the local engine does) and cuts the file list into partitions of
   ``partition_size`` files.
2. **Site templates are learnt once, from every page of the run, before any
   page is coded.** The extractor drops the lines a site repeats on its other
   pages, so what a page's article is depends on which other pages of its site
   were seen. One task reads all the text dumps and calls the extract stage's
   ``learn`` over all of them in input order, as ``eventwire code`` does; it
   returns the site key of every page and the template (the lines seen on two
   or more pages of a site). The template is broadcast to the workers and each
   partition gets its pages' site keys, so a page is cleaned the same way
   whichever partition it lands in, and the events are those of the local
   engine. We chose this over "one directory per partition" because sites are
   found by the lines pages share, not by folders, and because a partition of
   a few dozen pages would see too little of a site. The cost: the learning
   task holds the text of all the text dumps in memory at once (about the size
   of the input). For an input larger than a worker's memory, run one day (or
   one directory) at a time into the same ``out_dir``.
3. Each partition is one task. A worker process builds the pipeline once
   (cached in a module global, so the spaCy model loads once per process),
   reads the partition's files with :func:`eventwire.ingest.read_paths`, runs
   them with ``Pipeline.run_batch`` in batches of ``options.batch_size``,
   computes each article's MinHash signature and turns the coded documents
   into rows (:mod:`eventwire.rows`, the layout of the DuckDB store).
4. Near-duplicate clusters depend on the order articles are seen, so the
   client assigns them from the signatures in input order, as the local
   engine does, and a last, cheap task per partition writes ``cluster_id``
   into its ``articles`` and ``minhashes`` files.
5. The rows are written as Parquet, partitioned by day::

       OUT/events/date=YYYY-MM-DD/part-00003-<digest>.parquet      (the event's date)
       OUT/articles/date=YYYY-MM-DD/...  documents/ actors/ quotes/ minhashes/  (publication day)
       OUT/rejects/date=YYYY-MM-DD/...                              (the input's date marker, if any)

   A row without a date goes to ``date=__HIVE_DEFAULT_PARTITION__``, which
   DuckDB and Spark read as NULL. ``<digest>`` is derived from the
   partition's file list, so running the same input again overwrites the
   same files (and removes files the partition no longer produces) instead of
   adding copies; each file is written under a temporary name and renamed, so
   a killed run never leaves half a file. Running another input into the same
   ``OUT`` adds new files beside the old ones.

Query the Parquet directly (``SELECT * FROM read_parquet('OUT/events/*/*.parquet')``)
or load it into a store with :func:`load_parquet_into_store`, which skips documents
the store already holds.

On a real cluster the workers must see the input files and ``out_dir`` at the
same paths as the client (a shared file system; give absolute paths), have
eventwire installed, and should run one thread per process
(``dask worker --nthreads 1``): a worker process codes one partition at a time.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dedup import NearDuplicates, signature
from ..errors import ConfigError, EventwireError, InputError, StoreError
from ..ingest import expand_paths, read_paths
from ..records import Document
from ..rows import COLUMNS, TABLES, document_rows, iso_day
from ..settings import Options

if TYPE_CHECKING:
    from ..extract.templates import SiteTemplates
    from ..pipeline import Pipeline
    from ..store import Store

__all__ = ["DEFAULT_PARTITION", "load_parquet_into_store", "parquet_glob", "run_dask"]

DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # read as NULL by DuckDB and Spark
_PRIMARY_KEYS = {"documents": ("doc_id",), "articles": ("doc_id",), "actors": ("doc_id", "idx"),
                 "events": ("event_id",), "quotes": ("doc_id", "idx"), "rejects": ("doc_id",),
                 "minhashes": ("doc_id",)}
_INSTALL_HINT = "install it with: pip install 'dask[distributed]' pyarrow"


# -- the client ----------------------------------------------------------------------------------------
def run_dask(paths: Sequence[str | Path], out_dir: str | Path, options: Options, scheduler: str | None = None,
             n_workers: int = 2, partition_size: int = 64,
             progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Code ``paths`` on a Dask cluster into date-partitioned Parquet under ``out_dir``; returns counts.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without it a
    ``LocalCluster`` of ``n_workers`` single-threaded processes is started and stopped. ``progress``
    is called with the number of input files of each partition as it finishes. Rejected documents are
    reported on stderr as ``eventwire: PATH: REASON``, as the local engine does.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise ConfigError(f"the Dask engine needs the distributed package; {_INSTALL_HINT}") from exc
    _need_pyarrow()
    if partition_size < 1:
        raise ConfigError(f"partition_size must be at least 1 (got {partition_size})")
    if n_workers < 1:
        raise ConfigError(f"n_workers must be at least 1 (got {n_workers})")
    if any(str(p) == "-" for p in paths):
        raise InputError("the Dask engine reads files, not standard input (-): save the input to a file first")
    files = [str(p) for p in expand_paths(paths)]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    numbered = list(enumerate(files))
    parts = [numbered[i:i + partition_size] for i in range(0, len(numbered), partition_size)]
    names = [f"part-{n:05d}-{_digest([f for _, f in part])}" for n, part in enumerate(parts)]
    totals: dict[str, Any] = {"files": len(files), "partitions": len(parts), "documents": 0, "stored": 0,
                              "rejected": 0, "events": 0, "actors": 0, "quotes": 0, "sentences": 0,
                              "parquet_files": 0, "clusters": 0, "clustered_files": 0, "seconds": 0.0,
                              "out_dir": str(out)}
    if not files:
        return totals
    t0 = time.perf_counter()
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = scheduler or "a local cluster"
        raise ConfigError(f"cannot start or reach the Dask scheduler ({where}): {exc}") from exc
    try:
        try:
            templates, keys = client.submit(_learn_templates, files, options.max_bytes, pure=False).result()
        except Exception as exc:
            raise EventwireError(f"learning site templates on the cluster failed: {type(exc).__name__}: {exc}") \
                from exc
        shared = client.scatter(templates, broadcast=True)
        keys_by_part: list[dict[tuple[int, int], str]] = [{} for _ in parts]
        for (i, k), key in keys.items():
            keys_by_part[i // partition_size][(i, k)] = key
        futures = {}
        signatures: list[tuple[tuple[int, int], str, Any, int]] = []
        for n, (part, name) in enumerate(zip(parts, names)):
            fut = client.submit(_code_partition, name, part, keys_by_part[n], shared, options, str(out),
                                pure=False)
            futures[fut] = (n, part)
        for fut in as_completed(list(futures)):
            n, part = futures[fut]
            try:
                res = fut.result()
            except Exception as exc:
                raise EventwireError(f"partition {n} ({part[0][1]} ... {part[-1][1]}) failed on the cluster: "
                                     f"{type(exc).__name__}: {exc}") from exc
            for key in ("documents", "stored", "rejected", "events", "actors", "quotes", "sentences",
                        "parquet_files"):
                totals[key] += res[key]
            signatures += [(where, doc_id, values, n) for where, doc_id, values in res["signatures"]]
            for path, doc_id, reason in res["rejects"]:
                print(f"eventwire: {path}{'' if doc_id == path else ' [' + doc_id + ']'}: {reason}",
                      file=sys.stderr)
            if progress:
                progress(len(part))
        # Near-duplicate clusters, in input order as the local engine assigns them; then written
        # into each partition's articles and minhashes files.
        near = NearDuplicates()
        clusters: list[dict[str, str]] = [{} for _ in parts]
        for _, doc_id, values, n in sorted(signatures, key=lambda s: s[0]):
            clusters[n][doc_id], _ = near.add(doc_id, "", hashvalues=values)
        del signatures
        done = client.gather([client.submit(_set_clusters, name, str(out), clusters[n], pure=False)
                              for n, name in enumerate(names) if clusters[n]])
        totals["clustered_files"] = sum(done)
        totals["clusters"] = len(set(near.cluster.values()))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    totals["seconds"] = round(time.perf_counter() - t0, 3)
    return totals


def _digest(files: Sequence[str]) -> str:
    return hashlib.sha1("\n".join(files).encode("utf-8", "surrogateescape")).hexdigest()[:10]


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"the Dask engine writes Parquet with pyarrow; {_INSTALL_HINT}") from exc


# -- tasks (run on the workers) --------------------------------------------------------------------------
def _learn_templates(files: list[str], max_bytes: int) -> tuple[SiteTemplates, dict[tuple[int, int], str]]:
    """Learn the site templates from every text dump, in input order, as the local engine does.

    Returns the templates cut to what the extractor uses (lines on two or more pages of a site)
    and the site key of each page, keyed by (file number, document number within the file).
    """
    from ..extract import ExtractStage, SiteTemplates

    extract = ExtractStage()
    docs: list[Document] = []
    where: list[tuple[int, int]] = []
    for i, path in enumerate(files):
        for k, raw in enumerate(read_paths([path], max_bytes)):
            if raw.kind == "text" and not raw.error:
                docs.append(Document(raw=raw))
                where.append((i, k))
    extract.learn(docs)
    keys = {w: d.site_key for w, d in zip(where, docs) if d.site_key}
    learnt = extract.templates
    cut = SiteTemplates()
    for site, counts in learnt.lines.items():
        kept = {line: n for line, n in counts.items() if n >= 2}
        if kept:
            cut.lines[site].update(kept)
    cut.pages.update(learnt.pages)
    return cut, keys


_PIPELINES: dict[Options, Pipeline] = {}
_LOCK = threading.Lock()  # one partition at a time per process: the pipeline is not shared across threads


def _no_learning(docs: object) -> None:
    """Stands in for ``ExtractStage.learn`` on the workers: the run's templates were learnt up front."""


def _worker_pipeline(options: Options) -> Pipeline:
    pipeline = _PIPELINES.get(options)
    if pipeline is None:
        from ..runner import build_pipeline

        pipeline = build_pipeline(options)
        # ExtractStage.pipe calls learn() on every batch, which regroups the batch's pages into sites
        # and would give them keys other than the ones learnt from the whole run; turn it off here.
        pipeline.stages[0].learn = _no_learning  # type: ignore[attr-defined]
        _PIPELINES[options] = pipeline
    return pipeline


def _code_partition(name: str, files: list[tuple[int, str]], keys: dict[tuple[int, int], str],
                    templates: SiteTemplates, options: Options, out_dir: str) -> dict[str, Any]:
    with _LOCK:
        pipeline = _worker_pipeline(options)
        pipeline.stages[0].templates = templates  # type: ignore[attr-defined]
        now = datetime.now(UTC).replace(tzinfo=None)
        rows: dict[str, dict[date | None, list[tuple]]] = {t: defaultdict(list) for t in TABLES}
        res: dict[str, Any] = {"documents": 0, "stored": 0, "rejected": 0, "events": 0, "actors": 0, "quotes": 0,
                               "sentences": 0, "rejects": [], "signatures": []}
        order: dict[int, tuple[int, int]] = {}  # id(doc) -> (file number, document number in the file)
        ev_date = [c for c, _ in COLUMNS["events"]].index("date")

        def flush(batch: list[Document]) -> None:
            for d in pipeline.run_batch(batch):
                d.spacy_doc = None
                if not d.error and d.article is not None:
                    d.signature = signature(d.article.body).hashvalues
                    res["signatures"].append((order[id(d)], d.id, d.signature))
                got = document_rows([d], now)  # cluster_id is set later, once every signature is known
                if d.error:
                    res["rejected"] += 1
                    res["rejects"].append((d.raw.path, d.id, d.error))
                    rows["rejects"][iso_day(d.raw.date)].extend(got["rejects"])
                    continue
                res["stored"] += 1
                res["sentences"] += d.n_sentences
                day = iso_day(d.article.published if d.article else None) or iso_day(d.raw.date)
                for table in ("documents", "articles", "actors", "quotes", "minhashes"):
                    rows[table][day].extend(got[table])
                for row in got["events"]:
                    rows["events"][row[ev_date]].append(row)
                res["events"] += len(got["events"])
                res["actors"] += len(got["actors"])
                res["quotes"] += len(got["quotes"])

        batch: list[Document] = []
        for i, path in files:
            for k, raw in enumerate(read_paths([path], options.max_bytes)):
                doc = Document(raw=raw, error=raw.error, stage_error="ingest" if raw.error else None)
                doc.site_key = keys.get((i, k))
                order[id(doc)] = (i, k)
                batch.append(doc)
                res["documents"] += 1
                if len(batch) >= options.batch_size:
                    flush(batch)
                    batch = []
        if batch:
            flush(batch)
    res["parquet_files"] = _write_partition(Path(out_dir), name, rows)
    return res


def _set_clusters(name: str, out_dir: str, clusters: dict[str, str]) -> int:
    """Fill ``cluster_id`` in one partition's ``articles`` and ``minhashes`` files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    for table in ("articles", "minhashes"):
        for path in sorted((Path(out_dir) / table).glob(f"date=*/{name}.parquet")):
            data = pq.read_table(path, schema=_arrow_schema(table))
            ids = data.column("doc_id").to_pylist()
            col = pa.array([clusters.get(i) for i in ids], type=pa.string())
            data = data.set_column(data.schema.get_field_index("cluster_id"), "cluster_id", col)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            pq.write_table(data, tmp, compression="zstd")
            os.replace(tmp, path)
            n += 1
    return n


def _arrow_schema(table: str):  # -> pyarrow.Schema
    import pyarrow as pa

    types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
             "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "VARCHAR[]": pa.list_(pa.string()),
             "UBIGINT[]": pa.list_(pa.uint64())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


def _write_partition(out: Path, name: str, rows: dict[str, dict[date | None, list[tuple]]]) -> int:
    """Write one partition's rows, one file per table and day; drop files of this partition no longer produced."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = 0
    for table in TABLES:
        schema = _arrow_schema(table)
        keep: set[Path] = set()
        for day, table_rows in rows[table].items():
            if not table_rows:
                continue
            folder = out / table / f"date={day.isoformat() if day else DEFAULT_PARTITION}"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{name}.parquet"
            tmp = folder / f".{name}.parquet.{os.getpid()}.tmp"
            columns = list(zip(*table_rows))
            data = pa.table([pa.array(col, type=field.type) for col, field in zip(columns, schema)], schema=schema)
            pq.write_table(data, tmp, compression="zstd")
            os.replace(tmp, target)
            keep.add(target)
            written += 1
        for old in (out / table).glob(f"date=*/{name}.parquet"):
            if old not in keep:
                old.unlink(missing_ok=True)
    return written


# -- loading into a store ------------------------------------------------------------------------------------
def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def load_parquet_into_store(out_dir: str | Path, store: Store) -> dict[str, int]:
    """Insert the Parquet written by :func:`run_dask` into ``store``, in one transaction; rows inserted per table.

    Documents the store already holds (stored or rejected, by ``doc_id``) are skipped, so loading
    twice adds nothing. When ``out_dir`` holds a document twice (two runs that cut the input
    differently), the copy from the first part file by name is taken.
    """
    root = Path(out_dir)
    if not root.is_dir():
        raise InputError(f"{root}: no such directory; write it first with the Dask engine")
    present = {t: any((root / t).glob("date=*/*.parquet")) for t in TABLES}
    if not any(present.values()):
        raise InputError(f"{root}: holds no eventwire Parquet (expected {root}/events/date=*/part-*.parquet)")
    con = store.con

    def source(table: str) -> str:
        glob = str(root / table / "date=*" / "*.parquet")
        return f"read_parquet({_sql_str(glob)}, hive_partitioning=false, filename=true, union_by_name=true)"

    part = "regexp_extract(filename, '[^/\\\\]+$')"
    inserted = {t: 0 for t in TABLES}
    con.execute("BEGIN TRANSACTION")
    try:
        if present["documents"]:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _ew_pick AS SELECT doc_id, min({part}) AS part "
                        f"FROM {source('documents')} WHERE doc_id NOT IN (SELECT doc_id FROM documents) "
                        "AND doc_id NOT IN (SELECT doc_id FROM rejects) GROUP BY doc_id")
            for table in ("documents", "articles", "actors", "events", "quotes", "minhashes"):
                if not present[table]:
                    continue
                cols = [c for c, _ in COLUMNS[table]]
                pk = ", ".join(f"p.{c}" for c in _PRIMARY_KEYS[table])
                inserted[table] = con.execute(
                    f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join('p.' + c for c in cols)} "
                    f"FROM {source(table)} p JOIN _ew_pick k ON p.doc_id = k.doc_id AND {part} = k.part "
                    f"QUALIFY row_number() OVER (PARTITION BY {pk} ORDER BY p.filename) = 1").fetchone()[0]
            con.execute("DROP TABLE _ew_pick")
        if present["rejects"]:
            cols = [c for c, _ in COLUMNS["rejects"]]
            inserted["rejects"] = con.execute(
                f"INSERT INTO rejects ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {source('rejects')} "
                "WHERE doc_id NOT IN (SELECT doc_id FROM rejects) AND doc_id NOT IN (SELECT doc_id FROM documents) "
                "QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY filename) = 1").fetchone()[0]
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"{store.path}: loading {root} failed and was rolled back ({exc})") from exc
    return inserted


def parquet_glob(out_dir: str | Path, table: str = "events") -> str:
    """The glob that reads one table of a Dask run, e.g. for ``read_parquet(...)``."""
    if table not in COLUMNS:
        raise ConfigError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    return str(Path(out_dir) / table / "date=*" / "*.parquet")

