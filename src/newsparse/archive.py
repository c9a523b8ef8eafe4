"""Reading inputs that hold pages rather than being one: gzip-compressed files and
WARC/WET archives.

* :func:`input_kind` tells, from a file's first bytes (not its name), whether it is a WARC
  or WET archive (plain or gzip-compressed) or a single input (which may be gzipped).
* :func:`gunzip` decompresses a gzip-compressed single input, refusing to grow it beyond
  :data:`MAX_DECOMPRESSED` bytes (a "gzip bomb").
* :func:`read_archive` yields one :class:`ArchiveRecord` per page record of a WARC or WET
  archive, counts every record it skips, and raises :class:`~newsparse.errors.ArchiveError`
  with the offset where the archive broke: a truncated or corrupt archive never loses a
  record silently.

WARC reading uses ``warcio`` (``pip install 'newsparse[warc]'``), imported only when an
archive is read. gzip is undone here, member by member, rather than by warcio, which
reports a corrupt member on standard error and carries on.
"""

from __future__ import annotations

import importlib
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO, Final, Literal, NamedTuple

from newsparse.errors import ArchiveError, MissingDependencyError

#: The first bytes of a gzip stream (RFC 1952).
GZIP_MAGIC: Final = b"\x1f\x8b"
#: The first bytes of a WARC (or WET) record: the version line, ``WARC/1.0``, ``WARC/1.1``.
WARC_MAGIC: Final = b"WARC/"
#: A gzip-compressed single input, or one archive record, may not decompress to more than
#: this: a few kilobytes of gzip can expand to gigabytes (a "gzip bomb"), and no real page
#: or text dump comes near it (the 50 MB robustness inputs are the largest we test).
MAX_DECOMPRESSED: Final = 256 * 1024 * 1024
#: How much of a file :func:`input_kind` reads (gzip header plus the start of the data).
SNIFF_BYTES: Final = 4096
#: Read size when decompressing an archive.
CHUNK: Final = 1 << 16
#: Media types of the records that are parsed: HTML pages and plain-text dumps.
PAGE_TYPES: Final = ("text/html", "application/xhtml+xml", "text/plain")
#: WARC record types whose block is a page: an HTTP ``response`` (HTML or text, behind HTTP
#: headers), a ``resource`` (the page itself, no HTTP headers) and a ``conversion`` (a
#: text rendering of a page: the records of a Common Crawl WET file).
PAGE_RECORDS: Final = ("response", "resource", "conversion")
#: Error messages about a broken archive are cut to this many characters.
MAX_MESSAGE: Final = 300

InputKind = Literal["archive", "single"]


class ArchiveRecord(NamedTuple):
    """One page record of an archive, ready to parse."""

    data: bytes
    """The page: the HTTP payload (transfer and content encodings undone) or the block."""
    url: str | None
    """WARC-Target-URI."""
    content_type: str | None
    """The HTTP Content-Type of a response, else the record's own Content-Type."""
    record_id: str | None
    """WARC-Record-ID."""
    http_status: int | None
    """The HTTP status of a ``response`` record; ``None`` for other records."""
    format: Literal["auto", "text"]
    """``"text"`` for a ``conversion`` record (a text dump by definition), else ``"auto"``."""


def input_kind(path: str) -> InputKind:
    """``"archive"`` when the file starts like a WARC/WET record (plain, or once gzip is
    undone), else ``"single"``. Reads at most :data:`SNIFF_BYTES`; an unreadable file is a
    ``"single"`` input, whose read then fails where it is reported."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return "single"
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, len(WARC_MAGIC))
        except zlib.error:
            return "single"
    return "archive" if head.startswith(WARC_MAGIC) else "single"


def gunzip(data: bytes) -> bytes:
    """``data`` with gzip undone when it starts with the gzip magic bytes (every member of
    a multi-member stream), else ``data`` itself. Raises :class:`ArchiveError` for a corrupt
    or truncated stream, or one that decompresses to more than :data:`MAX_DECOMPRESSED`."""
    if not data.startswith(GZIP_MAGIC):
        return data
    out = bytearray()
    with _GzipMembers(io.BytesIO(data)) as reader:
        while chunk := reader.read(CHUNK):
            out += chunk
            if len(out) > MAX_DECOMPRESSED:
                raise ArchiveError(f"gzip input decompresses to more than {MAX_DECOMPRESSED} bytes")
    return bytes(out)


class _GzipMembers(io.RawIOBase):
    """A readable stream of the decompressed data of every gzip member of ``raw``, that
    raises :class:`ArchiveError` on corruption or truncation (``gzip.GzipFile`` does too,
    but cannot say where the failing member starts). ``member_start`` is the compressed
    offset of the member being read: in a WARC, each record is its own member, so this is
    the record's offset as an index (CDX) gives it."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self.raw = raw
        self.member_start = 0
        self._consumed = 0  # compressed bytes fed to decompressors so far
        self._z: Any = None  # the current member's decompressor; None between members
        self._pending = b""  # compressed bytes read but not yet fed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while True:
            if self._z is None:
                if not self._pending:
                    self._pending = self.raw.read(CHUNK)
                if not self._pending:
                    return 0  # the end, between members
                self.member_start = self._consumed
                self._z = zlib.decompressobj(wbits=31)
            if self._z.unconsumed_tail:
                data = self._z.unconsumed_tail
            else:
                if not self._pending:
                    self._pending = self.raw.read(CHUNK)
                if not self._pending:
                    raise ArchiveError("the gzip stream is truncated (a member has no end)")
                data = self._pending
                self._pending = b""
                self._consumed += len(data)
            try:
                out = self._z.decompress(data, len(view))
            except zlib.error as exc:
                raise ArchiveError(f"corrupt gzip data: {exc}") from exc
            if self._z.eof:
                rest = self._z.unused_data
                self._consumed -= len(rest)
                self._pending = rest + self._pending
                self._z = None
            if out:
                view[: len(out)] = out
                return len(out)


def require_warcio() -> Any:
    """Import ``warcio.archiveiterator``, or raise :class:`MissingDependencyError` saying
    how to install it."""
    try:
        return importlib.import_module("warcio.archiveiterator")
    except ImportError as exc:
        raise MissingDependencyError(
            "reading WARC files needs warcio: pip install 'newsparse[warc]'"
        ) from exc


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _status(record: Any) -> int | None:
    try:
        return int(record.http_headers.get_statuscode())
    except (AttributeError, TypeError, ValueError):
        return None


def _read_payload(record: Any) -> bytes:
    """The record's payload (transfer and content encodings undone), after checking that
    its whole block is there (:func:`_finish`)."""
    data: bytes = record.content_stream().read(MAX_DECOMPRESSED + 1)
    if len(data) > MAX_DECOMPRESSED:
        raise ArchiveError(f"a record decompresses to more than {MAX_DECOMPRESSED} bytes")
    _finish(record)
    return data


def _finish(record: Any) -> None:
    """Read the rest of the record's block and raise :class:`ArchiveError` when part of it
    is missing: warcio hands back a short block without a word when the archive ends
    inside it, and a record cut inside its headers has no Content-Length."""
    if record.length is None or not hasattr(record.raw_stream, "limit"):
        raise ArchiveError("a record has no Content-Length (truncated or corrupt archive)")
    while record.raw_stream.read(CHUNK):  # the rest of the block (e.g. chunk trailers)
        pass
    if record.raw_stream.limit:
        raise ArchiveError(
            f"the record is cut short: {record.raw_stream.limit} of its "
            f"{record.length} bytes are missing (truncated archive?)"
        )


def _strict_iterator(module: Any) -> Any:
    """warcio's ArchiveIterator, except that a record not followed by the blank lines that
    end it (a wrong Content-Length, or a corrupt archive) raises instead of printing a
    warning on standard error and reading on from the wrong place."""

    class StrictIterator(module.ArchiveIterator):  # type: ignore[misc]
        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            empty = 0
            while True:
                line = self.reader.readline()
                if not line:
                    return None, empty
                if line.strip():
                    if empty == 0 and self.record is not None:
                        raise ArchiveError(
                            "a record is not followed by a blank line: its Content-Length "
                            "is wrong or the archive is corrupt"
                        )
                    return line, empty
                empty += len(line)

    return StrictIterator


def read_archive(
    path: str, *, stats: Counter[str] | None = None, all_statuses: bool = False
) -> Iterator[ArchiveRecord]:
    """One :class:`ArchiveRecord` per page record of the WARC or WET archive ``path``
    (plain or gzip-compressed, whatever its name), in file order.

    Parsed: ``response`` records with an HTML or text Content-Type and a 2xx status (any
    status with ``all_statuses``), ``resource`` and ``conversion`` records with an HTML or
    text Content-Type. Every other record is skipped and counted in ``stats`` under its
    record type (``"request"``, ``"metadata"``, ``"warcinfo"``, ...), a response with
    another status under ``"response: HTTP <status>"`` and a record of another media type
    under ``"<type>: <media type>"``.

    Raises :class:`MissingDependencyError` (before reading) when warcio is not installed,
    ``OSError`` when the file cannot be opened, and :class:`ArchiveError` (with
    ``offset``) when the archive is corrupt or truncated: every record before the break has
    been yielded by then.
    """
    module = require_warcio()
    iterator_class = _strict_iterator(module)
    with open(path, "rb") as fh:
        gz = _GzipMembers(fh) if fh.read(2) == GZIP_MAGIC else None
        fh.seek(0)
        # warcio takes short reads; no io.BufferedReader here, whose read-ahead over later
        # members would raise for a corrupt member before the records ahead of it are out.
        stream: Any = gz if gz is not None else fh
        it = iterator_class(stream, check_digests="raise")
        offset = 0
        try:
            while True:
                it.read_to_end()
                offset = gz.member_start if gz is not None else it.offset
                record = next(it, None)
                if record is None:
                    break
                page = _page_record(record, all_statuses)
                if isinstance(page, str):
                    _finish(record)
                    _count(stats, page)
                else:
                    yield page
        except ArchiveError as exc:
            exc.offset = offset
            raise
        except Exception as exc:  # warcio's own errors, zlib, decoding of headers
            message = f"{type(exc).__name__}: {exc}"
            if len(message) > MAX_MESSAGE:
                message = message[:MAX_MESSAGE] + "..."
            raise ArchiveError(message, offset=offset) from exc


def _page_record(record: Any, all_statuses: bool) -> ArchiveRecord | str:
    """The page a warcio record holds, or why it is skipped (the key it is counted under:
    its record type, ``"response: HTTP <status>"``, ``"<type>: <media type>"``)."""
    kind = record.rec_type
    if kind not in PAGE_RECORDS:
        return str(kind)
    status = None
    if kind == "response":
        headers = record.http_headers
        content_type = headers.get_header("Content-Type") if headers is not None else None
        status = _status(record)
        if not all_statuses and (status is None or not 200 <= status < 300):
            return f"response: HTTP {status}"
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media = _media_type(content_type)
    if media not in PAGE_TYPES:
        return f"{kind}: {media or 'no Content-Type'}"
    return ArchiveRecord(
        data=_read_payload(record),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        content_type=content_type,
        record_id=record.rec_headers.get_header("WARC-Record-ID"),
        http_status=status,
        format="text" if kind == "conversion" else "auto",
    )


def _count(stats: Counter[str] | None, key: str) -> None:
    if stats is not None:
        stats[key] += 1


__all__ = [
    "MAX_DECOMPRESSED",
    "PAGE_RECORDS",
    "PAGE_TYPES",
    "ArchiveRecord",
    "gunzip",
    "input_kind",
    "read_archive",
    "require_warcio",
]
