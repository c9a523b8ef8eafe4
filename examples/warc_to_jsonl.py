"""Parse every page record of a WARC or WET archive and write JSON Lines.

    python examples/warc_to_jsonl.py [ARCHIVE] [--out FILE]

ARCHIVE is a WARC or a Common Crawl WET file, plain or gzip-compressed. Each page record
becomes one line: an HTTP response with an HTML or text Content-Type and a 2xx status, a
``resource`` record, or a WET ``conversion`` record (parsed as a text dump). A line is the
article (``Article.model_dump(mode="json")``) led by ``"path"``, ``"url"``
(WARC-Target-URI), ``"record_id"`` (WARC-Record-ID) and ``"http_status"``, or an error
record. Every other record (requests, metadata, images, 404s, ...) is counted by type on
standard error. A truncated or corrupt archive gives the records before the break, then
one error record with the offset, and exit status 1. Without an archive it builds a tiny
one (a GB18030 text dump, an HTML page and an image) in a temporary folder.

Needs ``pip install 'newsparse[warc]'`` (warcio). The command line does the same:
``newsparse parse crawl.warc.gz``.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsparse.batch import source_record, warc_sources

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", nargs="?", help="a WARC or WET file (default: a sample)")
    ap.add_argument("--out", default="-", help="output file (default: standard output)")
    args = ap.parse_args(argv)

    skipped: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(args.archive) if args.archive else build_sample(Path(tmp) / "s.warc.gz")
        out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
        n = failed = 0
        try:
            # warc_sources yields the page records, then one error source if the archive
            # breaks; source_record never raises.
            for source in warc_sources(str(archive), stats=skipped):
                rec = source_record(source)
                n += 1
                failed += "error" in rec
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))
    print(f"{n} records, {failed} failed; skipped: {kinds or 'none'}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
