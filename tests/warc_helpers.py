"""Build tiny WARC archives for tests, with warcio's WARCWriter."""

from __future__ import annotations

import io
from pathlib import Path

SEED = Path(__file__).resolve().parent / "fixtures" / "reference" / "seed" / "input.txt"

HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>A headline</title></head>"
    "<body><article><h1>A headline</h1><p>"
    + "Some running text of the story, long enough to read as a paragraph. " * 5
    + "</p></article></body></html>"
).encode()


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
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=http
                )
            )
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "http://example.com/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                http_headers=http,
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
