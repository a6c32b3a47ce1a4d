"""Hostile input sweep: a directory of broken, huge and strange files mixed with good pages.

The directory is generated here (nothing large is checked in). ``eventwire code`` and
``eventwire run`` run on it as real subprocesses: every bad input is reported on stderr with
its file and a reason, every good page is coded with events, the exit status is 0 and the
child's peak memory stays under 1.5 GB.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from .conftest import ROOT, SAMPLES

PAGES = SAMPLES / "pages"
MEMORY_LIMIT = 1.5 * 1024**3
HUGE_BYTES = 50 * 1024 * 1024
LINE_BYTES = 5 * 1024 * 1024
GOOD = ["01_rocket_attack_kirkuk.txt", "06_soleimani_killed_baghdad_airport.txt", "14_iran_missiles_iraq_bases.txt",
        "22_tehran_protests.txt"]
# Each hostile variant of a good page is made from a page of its own, so what is tested is how the file
# is read, not how near-copies of one page (same site, same lines) teach each other the site's template.
SOURCE = {"invalid_utf8": "10_iraq_parliament_troops_vote.txt", "utf16": "18_canada_blames_iran_missile.txt",
          "gzip": "20_us_new_sanctions_iraq_troops.txt", "nested": "12_europe_urges_restraint.txt",
          "jsonl": ("24_qatar_emir_visits_tehran.txt", "26_e3_trigger_dispute_mechanism.txt"),
          "warc": ("03_iraq_condemns_strikes.txt", "05_us_sends_troops.txt", "07_world_reacts_soleimani.txt"),
          "huge": "09_trump_threatens_52_sites.txt"}

# file name -> what its stderr line must say (a fragment of the reason)
BAD = {
    "noise.txt": "binary",
    "noise_nosuffix": "binary",
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "huge.txt": "too large",
    "truncated.txt.gz": "gzip",
    "records.warc": "WARC record 2",
    "records.jsonl": "malformed JSON",
    "png_as_page.html": "binary",
}


def _article(name: str) -> str:
    """The article paragraphs of a sample page (the long prose lines)."""
    text = (PAGES / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if len(line) > 150)


def _html(name: str) -> str:
    text = (PAGES / name).read_text(encoding="utf-8")
    title = next(line for line in text.splitlines()[1:] if len(line) > 30)
    paras = "".join(f"<p>{p}</p>\n" for p in _article(name).splitlines())
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>\n{paras}</article><footer>Contact us</footer></body></html>")


def _warc(path: Path) -> None:
    """A good WARC of three HTML responses, then bytes of the second record's header trampled."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    offsets = []
    for i, name in enumerate(SOURCE["warc"]):
        offsets.append(buf.tell())
        body = _html(name).encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://news.example/{i}", "response", payload=io.BytesIO(body),
                                        http_headers=http,
                                        warc_headers_dict={"WARC-Date": f"2020-01-0{i + 3}T10:00:00Z"})
        writer.write_record(rec)
    data = bytearray(buf.getvalue())
    start = offsets[1]
    data[start:start + 40] = b"\x00\xffGARBAGE" * 5  # the second record's "WARC/1.0" line and first headers
    path.write_bytes(bytes(data))


def make_hostile_dir(root: Path, with_huge: bool = True) -> dict[str, Path]:
    """Write the hostile corpus into ``root``; returns the paths of its good pages by name."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(6)
    good: dict[str, Path] = {}
    for name in GOOD:
        good[name] = root / f"good_{name}"
        shutil.copy(PAGES / name, good[name])
    (root / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(200_000)))
    (root / "noise_nosuffix").write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))
    (root / "png_as_page.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(5000)))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \n\n\t \n")
    page = (PAGES / SOURCE["invalid_utf8"]).read_bytes()
    # invalid UTF-8 inside an otherwise good page: stray Latin-1 bytes and a cut multi-byte sequence
    bad_utf8 = page.replace(b"Iraq", b"Ir\xe9aq", 2).replace(b"parliament", b"parlia\xe2\x80ment", 1)
    (root / "invalid_utf8.txt").write_bytes(bad_utf8)
    good["invalid_utf8.txt"] = root / "invalid_utf8.txt"
    (root / "utf16_nobom.txt").write_bytes((PAGES / SOURCE["utf16"]).read_text(encoding="utf-8").encode("utf-16-le"))
    good["utf16_nobom.txt"] = root / "utf16_nobom.txt"
    whole = gzip.compress((PAGES / SOURCE["gzip"]).read_bytes())
    (root / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    _warc(root / "records.warc")
    first, second = SOURCE["jsonl"]
    lines = [json.dumps({"id": "jsonl-good-1", "text": (PAGES / first).read_text(encoding="utf-8")}),
             '{"id": "jsonl-broken", "text": "Iran said',  # cut off
             "[1, 2, 3]",  # not an object
             "not json at all \x00\x01",
             json.dumps({"id": "jsonl-good-2", "text": (PAGES / second).read_text(encoding="utf-8")})]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # 10,000 levels of nested elements around a real article
    (root / "nested.html").write_text("<html><body>" + "<div>" * 10_000 + _html(SOURCE["nested"]) + "</div>" * 10_000
                                      + "</body></html>", encoding="utf-8")
    # one line of 5 MB with no newline at all
    sentence = _article(GOOD[0]).splitlines()[0].encode("utf-8") + b" "
    (root / "one_line.txt").write_bytes((sentence * (LINE_BYTES // len(sentence) + 1))[:LINE_BYTES])
    if with_huge:
        write_huge_page(root / "huge.txt")
    return good


def write_huge_page(path: Path) -> None:
    """A 50 MB text dump: menu and link lines repeated, with one real article in the middle."""
    menu = (b"Home\nWorld\nMiddle East\nBusiness\nMarkets\nOpinion\nSport\nSubscribe\nSign in\n"
            b"Most read: markets steady as oil prices ease\nNewsletter: the morning briefing, sign up free\n")
    article = (PAGES / SOURCE["huge"]).read_bytes()
    half = (HUGE_BYTES - len(article)) // 2
    block = menu * (half // len(menu) + 1)
    with open(path, "wb") as fh:
        head = b"date 2020-01-05 "
        body = article.split(b"\n", 1)[1]  # without its own date marker
        fh.write(head + block[:half] + body)
        fh.write(block[: HUGE_BYTES - len(head) - half - len(body)])


def _run(args: list[str], tmp: Path, env_extra: dict[str, str] | None = None, timeout: int = 300):
    """Run eventwire as a child process; returns (exit status, stdout, stderr, the child's peak RSS in bytes).

    The peak is the child's own ``ru_maxrss`` as ``wait4`` reports it (the per-child form of
    ``getrusage(RUSAGE_CHILDREN)``, which would also count any earlier, larger child of pytest).
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(env_extra or {})
    out_path, err_path = tmp / "stdout.txt", tmp / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "eventwire", *args], cwd=ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err)
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    if proc.returncode == -signal.SIGKILL:
        pytest.fail(f"eventwire {' '.join(args)} did not finish in {timeout}s; stderr:\n{stderr[-3000:]}")
    return proc.returncode, stdout, stderr, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    root = tmp_path_factory.mktemp("hostile")
    good = make_hostile_dir(root)
    return root, good


def _check_reports(stderr: str, root: Path) -> None:
    for name, reason in BAD.items():
        lines = [ln for ln in stderr.splitlines() if str(root / name) in ln]
        assert lines, f"{name}: not reported on stderr:\n{stderr[-3000:]}"
        assert any(reason in ln for ln in lines), f"{name}: expected a reason with {reason!r}, got {lines}"
    # every report names a file and gives a reason
    for ln in stderr.splitlines():
        if ln.startswith("eventwire: "):
            assert str(root) in ln and ln.rsplit(": ", 1)[-1].strip(), ln


def test_code_on_hostile_dir(hostile, tmp_path):
    root, good = hostile
    status, out, err, peak = _run(["code", str(root)], tmp_path)
    assert status == 0, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    docs = [json.loads(line) for line in out.splitlines()]
    by_id = {d["id"]: d for d in docs}
    for name, path in good.items():
        assert str(path) in by_id, f"{name}: no output object"
        assert not by_id[str(path)].get("error"), f"{name}: {by_id[str(path)].get('error')}"
        assert by_id[str(path)]["events"], f"{name}: no events"
    for doc_id in ("jsonl-good-1", "jsonl-good-2", f"{root / 'records.warc'}#1"):
        assert doc_id in by_id and by_id[doc_id]["events"], f"{doc_id}: not coded with events"
    _check_reports(err, root)
    # the inputs that are strange but not necessarily broken are either coded or reported with a reason
    for name in ("nested.html", "one_line.txt"):
        obj = by_id.get(str(root / name))
        assert obj is not None, f"{name}: no output object"
        if obj.get("error"):
            assert any(str(root / name) in ln for ln in err.splitlines()), f"{name}: error not reported"
    assert peak < MEMORY_LIMIT, f"eventwire code peaked at {peak / 2**20:.0f} MiB"


def test_run_on_hostile_dir(hostile, tmp_path):
    root, good = hostile
    db = tmp_path / "hostile.duckdb"
    status, _, err, peak = _run(["run", str(root), "--db", str(db), "--quiet"], tmp_path)
    assert status == 0, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    _check_reports(err, root)
    con = duckdb.connect(str(db), read_only=True)
    with_events = {r[0] for r in con.execute("SELECT DISTINCT doc_id FROM events").fetchall()}
    rejects = dict(con.execute("SELECT doc_id, reason FROM rejects").fetchall())
    con.close()
    for name, path in good.items():
        assert str(path) in with_events, f"{name}: not stored with events (rejected: {rejects.get(str(path))})"
    assert {"jsonl-good-1", "jsonl-good-2"} <= with_events
    for name, reason in BAD.items():
        got = [r for d, r in rejects.items() if d.startswith(str(root / name))]
        assert got and any(reason in r for r in got), f"{name}: rejects table says {got}"
    assert peak < MEMORY_LIMIT, f"eventwire run peaked at {peak / 2**20:.0f} MiB"


def test_huge_page_read_when_limit_raised(hostile, tmp_path):
    root, _ = hostile
    src = tmp_path / "in"
    src.mkdir()
    os.link(root / "huge.txt", src / "huge.txt")
    status, out, err, peak = _run(["code", str(src)], tmp_path, {"EVENTWIRE_MAX_BYTES": str(60_000_000)})
    assert status == 0, err[-3000:]
    doc = json.loads(out.splitlines()[0])
    assert not doc.get("error"), doc.get("error")
    assert doc["events"], "the article inside the 50 MB page was not coded"
    assert "Subscribe" not in doc["body"]
    assert peak < MEMORY_LIMIT, f"eventwire code on a 50 MB page peaked at {peak / 2**20:.0f} MiB"
