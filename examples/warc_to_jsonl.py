"""Parse every HTML or text page of a WARC archive and write JSON Lines.

    python examples/warc_to_jsonl.py [ARCHIVE.warc.gz] [--out FILE]

Each HTTP response record whose Content-Type is HTML or plain text becomes one line: the
article (``Article.model_dump(mode="json")``) with ``"url"`` (WARC-Target-URI) and
``"record_id"`` (WARC-Record-ID), or an error record. The HTTP Content-Type header is
passed to ``newsparse.parse`` so that its charset is trusted first. Without an archive it
builds a tiny one (a GB18030 text dump, an HTML page and an image) and parses that.

Needs ``pip install 'newsparse[warc]'`` (warcio). The command line does the same:
``newsparse parse crawl.warc.gz``.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsparse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
PARSED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
HTML = (
    b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>A headline</title></head>"
    b"<body><article><h1>A headline</h1><p>"
    + b"Running text of the story, long enough to read as a paragraph. " * 5
    + b"</p></article></body></html>"
)


def build_sample(path: Path) -> Path:
    """Write a tiny gzipped WARC: a text dump, an HTML page and a PNG (skipped)."""
    pages = [
        ("http://example.com/dump.txt", "text/plain; charset=gb18030",
         SEED.read_text(encoding="utf-8").encode("gb18030")),
        ("http://example.com/page.html", "text/html; charset=utf-8", HTML),
        ("http://example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ]  # fmt: skip
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, content_type, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", io.BytesIO(body), http_headers=http)
            )
    return path


def records(archive: Path) -> Iterator[dict[str, Any]]:
    """One record per HTML or text HTTP response of ``archive``, in file order."""
    with archive.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            content_type = rec.http_headers.get_header("Content-Type") or ""
            if content_type.split(";")[0].strip().lower() not in PARSED_TYPES:
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            head = {"url": url, "record_id": rec.rec_headers.get_header("WARC-Record-ID")}
            try:
                article = newsparse.parse(
                    rec.content_stream().read(), url=url, content_type=content_type
                )
            except newsparse.NewsparseError as exc:
                yield {**head, "error": {"type": type(exc).__name__, "message": str(exc)}}
                continue
            yield {**head, **article.model_dump(mode="json", exclude={"url"})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", nargs="?", help="a .warc or .warc.gz file (default: a sample)")
    ap.add_argument("--out", default="-", help="output file (default: standard output)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(args.archive) if args.archive else build_sample(Path(tmp) / "s.warc.gz")
        out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
        n = failed = 0
        try:
            for rec in records(archive):
                n += 1
                failed += "error" in rec
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
    print(f"{n} records, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
