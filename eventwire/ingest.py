"""Ingest: turn paths into a stream of :class:`RawDocument`.

Reads plain-text page dumps (``.txt``), HTML, JSONL, WARC and RSS/Atom, any of
them gzip-compressed, directories in sorted order, and ``-`` for stdin.
A file that cannot be read yields one RawDocument with ``error`` set, naming
the problem, so callers can report it and carry on.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .records import RawDocument

__all__ = ["KINDS", "decode_bytes", "expand_paths", "printable", "read_paths"]

KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc", ".rss": "feed", ".atom": "feed",
         ".xml": "feed"}
DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_MAGIC = [(b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"), (b"\x7fELF", "an executable")]


_WESTERN_LOOKALIKES = {"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3",
                       "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
                       "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish", "cp850", "cp437", "cp775",
                       "cp852", "cp857", "cp858", "cp860", "cp861", "cp863", "cp865", "latin_10", "hp_roman8"}


def _kind_of(path: Path) -> tuple[str | None, bool]:
    """(kind, gzipped) from the file name; kind None means sniff the content."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gz:
        suffixes = suffixes[:-1]
    return (KINDS.get(suffixes[-1]) if suffixes else None), gz


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files below each path (directories in sorted order, hidden files skipped)."""
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    kind, _ = _kind_of(child)
                    if kind is not None or child.suffix.lower() in (".gz", ""):
                        yield child
        else:
            yield path


def _mostly_printable(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad <= 0.02 * max(1, len(sample))


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode page bytes to text: (text, None) or (None, reason)."""
    if not data.strip():
        return None, "empty file"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return None, f"binary data ({what}), not a text page"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None
    head = data[:65536]
    # UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text.
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        for enc, cond in (("utf-16-le", odd > 0.4 * len(head) / 2 and even < 0.05 * len(head) / 2),
                          ("utf-16-be", even > 0.4 * len(head) / 2 and odd < 0.05 * len(head) / 2)):
            if cond:
                text = data.decode(enc, errors="replace")
                if _mostly_printable(text):
                    return text, None
                return None, "binary data (control characters), not a text page"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > 0.02 * len(head):
        return None, "binary data (control bytes), not a text page"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None:
        return None, "unknown text encoding (not UTF-8 and no encoding detected); re-save as UTF-8"
    encoding = best.encoding
    if encoding in _WESTERN_LOOKALIKES:
        # Single-byte Latin code pages are hard to tell apart; news in English is most often cp1252.
        try:
            return data.decode("cp1252"), None
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace"), None


def _read_file(path: Path, gz: bool, max_bytes: int) -> tuple[bytes | None, str | None]:
    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        elif gz:
            with gzip.open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        else:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        return None, f"broken gzip data ({exc}); the file is truncated or not gzip"
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"
    if len(data) > max_bytes:
        return None, f"too large (over {max_bytes:,} bytes); raise EVENTWIRE_MAX_BYTES to read it"
    return data, None


def _sniff(data: bytes) -> str:
    head = data[:4096].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def printable(reason: str) -> str:
    """A reason safe to print: control and undecodable characters shown as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in reason)


def read_paths(paths: Iterable[str | Path], max_bytes: int = 20_000_000) -> Iterator[RawDocument]:
    """Stream the documents in ``paths``. Unreadable inputs come out with ``error`` set."""
    for raw in _read_paths(paths, max_bytes):
        if raw.error and not raw.error.isprintable():
            raw = RawDocument(**{**raw.__dict__, "error": printable(raw.error)})
        yield raw


def _read_paths(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument]:
    for path in expand_paths(paths):
        name = str(path)
        kind, gz = _kind_of(path)
        if str(path) != "-" and not path.exists():
            yield RawDocument(id=name, path=name, kind="text", content="", error="no such file")
            continue
        data, err = _read_file(path, gz, max_bytes)
        if data is None:
            yield RawDocument(id=name, path=name, kind=kind or "text", content="", error=err)
            continue
        if data[:2] == b"\x1f\x8b" and not gz:  # gzip without the .gz suffix
            try:
                data = gzip.decompress(data)
            except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
                yield RawDocument(id=name, path=name, kind=kind or "text", content="",
                                  error=f"broken gzip data ({exc})")
                continue
        if kind is None:
            kind = _sniff(data)
        if kind == "warc":
            yield from _read_warc(name, data)
            continue
        text, err = decode_bytes(data)
        if text is None:
            yield RawDocument(id=name, path=name, kind=kind, content="", error=err)
            continue
        if kind == "jsonl":
            yield from _read_jsonl(name, text)
        elif kind == "feed":
            from .feeds import read_feed

            yield from read_feed(name, text)
        else:
            yield _text_document(name, name, kind, text)


def _text_document(doc_id: str, path: str, kind: str, text: str, url: str | None = None,
                   date: str | None = None) -> RawDocument:
    if kind == "text" and date is None:
        m = DATE_MARKER.match(text)
        if m:
            date = m.group(1)
    if kind == "text" and text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    return RawDocument(id=doc_id, path=path, kind=kind, content=text, url=url, date=date)


def _read_jsonl(name: str, text: str) -> Iterator[RawDocument]:
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            yield RawDocument(id=f"{name}#{lineno}", path=name, kind="text", content="",
                              error=f"line {lineno}: malformed JSON ({exc})")
            continue
        doc_id = str(rec.get("id") or f"{name}#{lineno}")
        date = rec.get("date") if isinstance(rec.get("date"), str) else None
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        if isinstance(rec.get("html"), str) and rec["html"].strip():
            yield RawDocument(id=doc_id, path=name, kind="html", content=rec["html"], url=url, date=date,
                              title=rec.get("title") if isinstance(rec.get("title"), str) else None)
        elif isinstance(rec.get("text"), str) and rec["text"].strip():
            yield _text_document(doc_id, name, "text", rec["text"], url=url, date=date)
        else:
            yield RawDocument(id=doc_id, path=name, kind="text", content="", url=url, date=date,
                              error=f"line {lineno}: no \"text\" or \"html\" field")


def _read_warc(name: str, data: bytes) -> Iterator[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            wdate = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            doc_id = f"{name}#{n}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype.lower():
                continue
            try:
                body = record.content_stream().read()
            except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken records
                yield RawDocument(id=doc_id, path=name, kind="html", content="", url=url,
                                  error=f"record {n} ({url}): unreadable payload ({exc})")
                continue
            text, err = decode_bytes(body)
            if text is None:
                yield RawDocument(id=doc_id, path=name, kind="html", content="", url=url,
                                  error=f"record {n} ({url}): {err}")
                continue
            yield RawDocument(id=doc_id, path=name, kind="html", content=text, url=url, date=wdate)
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
        yield RawDocument(id=f"{name}#{n + 1}", path=name, kind="warc", content="",
                          error=f"WARC record {n + 1}: broken record ({str(exc).splitlines()[0][:200]}); "
                                "the records before it were read")
