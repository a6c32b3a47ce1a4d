from __future__ import annotations

import gzip
import json

from eventwire.ingest import decode_bytes, read_paths


def test_kinds_and_order(tmp_path):
    (tmp_path / "b.txt").write_text("date 2020-01-02 Menu\nHello world page", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    with gzip.open(tmp_path / "c.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("date 2020-01-03\nzipped page")
    (tmp_path / "d.jsonl").write_text(json.dumps({"id": "x1", "text": "t", "date": "2020-01-04"}) + "\n"
                                      + "{broken\n" + json.dumps({"id": "x2", "html": "<p>h</p>"}) + "\n",
                                      encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [d.id for d in docs] == [str(tmp_path / "a.html"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt.gz"),
                                    "x1", f"{tmp_path / 'd.jsonl'}#2", "x2"]
    assert [d.kind for d in docs] == ["html", "text", "text", "text", "text", "html"]
    assert docs[1].date == "2020-01-02" and docs[2].date == "2020-01-03" and docs[3].date == "2020-01-04"
    assert docs[4].error.startswith("line 2: malformed JSON")


def test_bad_files_get_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "trunc.txt.gz").write_bytes(gzip.compress(b"hello world " * 1000)[:40])
    (tmp_path / "big.txt").write_bytes(b"a" * 5000)
    docs = {d.id.rsplit("/", 1)[-1]: d for d in read_paths([tmp_path], max_bytes=4000)}
    assert docs["empty.txt"].error == "empty file"
    assert "PNG" in docs["img.txt"].error
    assert "gzip" in docs["trunc.txt.gz"].error
    assert "too large" in docs["big.txt"].error


def test_encodings():
    text = "Téhéran et Bagdad — l'ambassadeur a été convoqué dimanche. " * 5
    assert decode_bytes(text.encode("cp1252"))[0].startswith("Téhéran")
    assert decode_bytes(text.encode("utf-16-le"))[0].startswith("Téhéran")
    assert decode_bytes(text.encode("utf-8"))[0] == text
    assert decode_bytes(b"\x00\x01\x02\x03" * 100)[1].startswith("binary")


def test_warc_records(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(2):
            html = f"<html><body><p>page {i}</p></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
            rec = writer.create_warc_record(f"http://example.org/{i}", "response", payload=io.BytesIO(html),
                                            http_headers=headers)
            writer.write_record(rec)
    docs = list(read_paths([path]))
    assert [d.url for d in docs] == ["http://example.org/0", "http://example.org/1"]
    assert all(d.kind == "html" and "page" in d.content for d in docs)


def test_feed(tmp_path):
    (tmp_path / "f.rss").write_text(
        "<?xml version='1.0'?><rss><channel><item><title>A &amp; B</title><link>http://x.org/1</link>"
        "<pubDate>Sun, 05 Jan 2020 10:00:00 GMT</pubDate><description>Iran summoned the Swiss envoy.</description>"
        "</item></channel></rss>", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert len(docs) == 1 and docs[0].date == "2020-01-05" and docs[0].title == "A & B"
