"""Batch building blocks shared by the command line and :mod:`newsparse.distributed`.

A :class:`Source` is one thing to parse: a file (read where it is parsed, so that only
its path travels to a worker process), bytes from standard input, or one HTTP response
record of a WARC archive. :func:`source_record` parses a source into a JSON-ready
``dict`` and never raises: a failure becomes an *error record*
``{"path": ..., "error": {"type": ..., "message": ...}}``, so one bad input never stops
a batch.

WARC archives are read with ``warcio``, an optional dependency
(``pip install 'newsparse[warc]'``); it is imported only when a WARC is read.
"""

from __future__ import annotations

import importlib
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any, Final, NamedTuple

from newsparse.api import Format, parse
from newsparse.errors import NewsparseError
from newsparse.models import Article

#: A JSON-ready result: an article (``Article.model_dump(mode="json")`` plus where it came
#: from) or an error record.
Record = dict[str, Any]

#: File name endings that mark a WARC archive.
WARC_SUFFIXES: Final = (".warc", ".warc.gz")
#: HTTP Content-Types of the WARC response records that are parsed; other records
#: (images, scripts, style sheets, ...) are skipped.
WARC_CONTENT_TYPES: Final = ("text/html", "application/xhtml+xml", "text/plain")

#: Error messages about a broken archive are cut to this many characters.
MAX_MESSAGE: Final = 300


class MissingDependencyError(NewsparseError, ImportError):
    """An optional dependency (an extra such as ``newsparse[warc]``) is not installed."""


class Source(NamedTuple):
    """One input of a batch, small enough to send to a worker process."""

    path: str
    """The file, ``"-"`` for standard input, or the WARC archive the record came from."""
    data: bytes | None = None
    """The bytes to parse; ``None`` means: read ``path``."""
    url: str | None = None
    """The page's address (a WARC record's WARC-Target-URI)."""
    content_type: str | None = None
    """The HTTP Content-Type header, whose charset the decoder trusts first."""
    record_id: str | None = None
    """The WARC-Record-ID of a WARC record."""
    error: tuple[str, str] | None = None
    """(type, message) of a failure found before parsing (an unreadable archive)."""

    def identity(self) -> Record:
        """Where the input came from: ``path``, plus ``url`` and ``record_id`` for a
        WARC record. Every output record starts with these keys."""
        out: Record = {"path": self.path}
        if self.record_id is not None:
            out["url"] = self.url
            out["record_id"] = self.record_id
        return out


def is_warc(path: str | os.PathLike[str]) -> bool:
    """True when the file name ends in ``.warc`` or ``.warc.gz`` (any letter case)."""
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)


def parse_source(source: Source, *, format: Format = "auto") -> Article:
    """Parse one source with :func:`newsparse.parse`; raises what it raises (and
    ``OSError`` for an unreadable file)."""
    if source.error is not None:
        raise NewsparseError(f"{source.path}: {source.error[0]}: {source.error[1]}")
    data = source.data
    if data is None:
        with open(source.path, "rb") as fh:
            data = fh.read()
    return parse(data, url=source.url, content_type=source.content_type, format=format)


def article_record(source: Source, article: Article) -> Record:
    """The article as a JSON-ready dict, led by the source's identity keys."""
    record = source.identity()
    record.update(article.model_dump(mode="json"))
    if source.record_id is not None:
        record["url"] = source.url
    return record


def error_record(source: Source, exc: BaseException) -> Record:
    """``{"path": ..., "error": {"type": ..., "message": ...}}`` for a failed source."""
    record = source.identity()
    record["error"] = {"type": type(exc).__name__, "message": str(exc)}
    return record


def source_record(source: Source, *, format: Format = "auto") -> Record:
    """Parse ``source`` into an article record, or an error record; never raises
    (``NewsparseError`` and, as a last resort, any ``Exception`` become error records)."""
    if source.error is not None:
        record = source.identity()
        record["error"] = {"type": source.error[0], "message": source.error[1]}
        return record
    try:
        article = parse_source(source, format=format)
    except Exception as exc:  # one bad input must not stop the batch
        return error_record(source, exc)
    return article_record(source, article)


def path_record(path: str, *, format: Format = "auto") -> Record:
    """:func:`source_record` for a file path."""
    return source_record(Source(path), format=format)


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


def warc_sources(path: str, *, stats: Counter[str] | None = None) -> Iterator[Source]:
    """One :class:`Source` for every HTTP response record of the WARC archive ``path``
    whose Content-Type is HTML or plain text, in file order. ``stats``, when given, counts
    the ``"records"`` yielded and the response records ``"skipped"`` for their
    Content-Type.

    Raises :class:`MissingDependencyError` (before reading) when warcio is not installed.
    Any other failure (a missing or corrupt archive) ends the iteration with one source
    that carries the error, so that it shows up as an error record.
    """
    archive = require_warcio()
    count = 0
    try:
        with open(path, "rb") as fh:
            for record in archive.ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type")
                if _media_type(content_type) not in WARC_CONTENT_TYPES:
                    if stats is not None:
                        stats["skipped"] += 1
                    continue
                yield Source(
                    path=path,
                    data=record.content_stream().read(),
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    content_type=content_type,
                    record_id=record.rec_headers.get_header("WARC-Record-ID"),
                )
                count += 1
                if stats is not None:
                    stats["records"] += 1
    except Exception as exc:  # a broken archive becomes an error record
        message = str(exc)
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE] + "..."
        if count:
            message += f" (after {count} records)"
        yield Source(path=path, error=(type(exc).__name__, message))


def warc_records(path: str, *, format: Format = "auto") -> Iterator[Record]:
    """:func:`source_record` for every parsed record of the WARC archive ``path``."""
    for source in warc_sources(path):
        yield source_record(source, format=format)


__all__ = [
    "WARC_CONTENT_TYPES",
    "WARC_SUFFIXES",
    "MissingDependencyError",
    "Record",
    "Source",
    "article_record",
    "error_record",
    "is_warc",
    "parse_source",
    "path_record",
    "require_warcio",
    "source_record",
    "warc_records",
    "warc_sources",
]
