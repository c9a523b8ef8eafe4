"""Build WARC and WET archives for tests, with warcio's WARCWriter: tiny synthetic ones,
and ones made of development-corpus items (or the seed dump when the corpus is absent)."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
CORPUS = ROOT.parent / "shared" / "corpus"

HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>A headline</title></head>"
    "<body><article><h1>A headline</h1><p>"
    + "Some running text of the story, long enough to read as a paragraph. " * 5
    + "</p></article></body></html>"
).encode()

NOT_FOUND = b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


def _http(status: str, content_type: str) -> Any:
    from warcio.statusandheaders import StatusAndHeaders

    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, records: list[tuple[str, str, bytes]], *, gzip: bool = True) -> None:
    """Write ``(url, content_type, payload)`` as HTTP response records, plus one request
    record and one image response (both to be skipped by readers)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        first_url = records[0][0] if records else "http://example.com/"
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                first_url, "request", payload=io.BytesIO(b""), http_headers=req
            )
        )
        for url, content_type, payload in records:
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(payload),
                    http_headers=_http("200 OK", content_type),
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "http://example.com/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                http_headers=_http("200 OK", "image/png"),
            )
        )


def sample_warc(path: Path) -> Path:
    """A WARC with a text/plain dump (GB18030, charset in the header) and an HTML page."""
    text = SEED.read_text(encoding="utf-8").encode("gb18030")
    write_warc(
        path,
        [
            ("http://example.com/dump.txt", "text/plain; charset=gb18030", text),
            ("http://example.com/page.html", "text/html; charset=utf-8", HTML_PAGE),
        ],
    )
    return path


class Item(NamedTuple):
    """A page put in a test archive."""

    url: str
    data: bytes


def corpus_items(fmt: str, n: int) -> list[Item]:
    """``n`` corpus items of format ``html`` (pages) or ``text`` (Chromium dumps), spread
    over the corpus; the seed dump / a small page when the corpus is absent."""
    folder = CORPUS / ("html" if fmt == "html" else "dumps/chromium")
    files = sorted(folder.rglob("*.html" if fmt == "html" else "*.txt"))
    picked = random.Random(17).sample(files, min(n, len(files))) if files else []
    items = [Item(f"http://corpus.example/{p.name}", p.read_bytes()) for p in picked]
    fallback = HTML_PAGE if fmt == "html" else SEED.read_bytes()
    while len(items) < n:
        items.append(Item(f"http://example.com/{fmt}/{len(items)}", fallback))
    return items


class Archive(NamedTuple):
    """A test archive and what a reader should make of it."""

    path: Path
    pages: list[Item]
    """The page records, in order: every one must come out."""
    skipped: dict[str, int]
    """Skipped records by the key a reader counts them under."""


def corpus_warc(path: Path, *, gzip: bool = True, n: int = 4) -> Archive:
    """A WARC of ``n`` corpus pages as 200 responses (each after its request record), with
    a warcinfo record, a metadata record, a 404 response, a resource record (a page, parsed)
    and an image response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    items = corpus_items("html", n)
    resource = Item("http://example.com/resource.html", HTML_PAGE)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for item in items:
            req = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "corpus.example")], is_http_request=True
            )
            writer.write_record(
                writer.create_warc_record(
                    item.url, "request", payload=io.BytesIO(b""), http_headers=req
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    item.url,
                    "response",
                    payload=io.BytesIO(item.data),
                    http_headers=_http("200 OK", "text/html"),
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "http://corpus.example/meta",
                "metadata",
                payload=io.BytesIO(b"outlinks: http://corpus.example/\n"),
                warc_content_type="application/warc-fields",
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "http://corpus.example/gone.html",
                "response",
                payload=io.BytesIO(NOT_FOUND),
                http_headers=_http("404 Not Found", "text/html"),
            )
        )
        writer.write_record(
            writer.create_warc_record(
                resource.url,
                "resource",
                payload=io.BytesIO(resource.data),
                warc_content_type="text/html; charset=utf-8",
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "http://corpus.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                http_headers=_http("200 OK", "image/png"),
            )
        )
    skipped = {
        "warcinfo": 1,
        "request": n,
        "metadata": 1,
        "response: HTTP 404": 1,
        "response: image/png": 1,
    }
    return Archive(path, [*items, resource], skipped)


def corpus_wet(path: Path, *, gzip: bool = True, n: int = 4) -> Archive:
    """A WET file as Common Crawl writes them: a warcinfo record, then one ``conversion``
    record (text/plain) per page, here ``n`` corpus text dumps."""
    from warcio.warcwriter import WARCWriter

    items = corpus_items("text", n)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for item in items:
            writer.write_record(
                writer.create_warc_record(
                    item.url,
                    "conversion",
                    payload=io.BytesIO(item.data),
                    warc_content_type="text/plain",
                )
            )
    return Archive(path, items, {"warcinfo": 1})


def truncated(archive: Path, out: Path, fraction: float = 0.5) -> Path:
    """The first ``fraction`` of ``archive``'s bytes."""
    data = archive.read_bytes()
    out.write_bytes(data[: int(len(data) * fraction)])
    return out


def flipped(archive: Path, out: Path, *, at: float = 0.5, count: int = 200) -> Path:
    """``archive`` with ``count`` bytes from ``at`` (a fraction of its size) inverted."""
    data = bytearray(archive.read_bytes())
    start = int(len(data) * at)
    for i in range(start, min(start + count, len(data))):
        data[i] ^= 0xFF
    out.write_bytes(bytes(data))
    return out
