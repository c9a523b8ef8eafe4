"""Batch building blocks shared by the command line and :mod:`newsparse.distributed`.

A :class:`Source` is one thing to parse: a file (read where it is parsed, so that only
its path travels to a worker process; gzip-compressed files are decompressed), bytes from
standard input, or one page record of a WARC/WET archive. :func:`source_record` parses a
source into a JSON-ready ``dict`` and never raises: a failure becomes an *error record*
(:func:`error_record`), so one bad input never stops a batch. Every line newsparse writes
in a batch validates against :func:`record_schema` (``newsparse schema --record``).

WARC archives are read with ``warcio``, an optional dependency
(``pip install 'newsparse[warc]'``); see :mod:`newsparse.archive`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any, Final, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from newsparse.api import Format, parse
from newsparse.archive import PAGE_TYPES, gunzip, input_kind, read_archive, require_warcio
from newsparse.errors import ArchiveError, MissingDependencyError, NewsparseError
from newsparse.models import Article

#: A JSON-ready result: an article (``Article.model_dump(mode="json")`` plus where it came
#: from) or an error record.
Record = dict[str, Any]

#: File name endings of WARC and WET archives (which are recognised by content too).
WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet", ".warc.wet.gz")
#: Media types of the archive records that are parsed (other records are counted, skipped).
WARC_CONTENT_TYPES: Final = PAGE_TYPES
#: The JSON Schema dialect of :func:`record_schema` and ``newsparse schema``.
JSON_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"


class Source(NamedTuple):
    """One input of a batch, small enough to send to a worker process."""

    path: str
    """The file, ``"-"`` for standard input, or the archive the record came from."""
    data: bytes | None = None
    """The bytes to parse; ``None`` means: read ``path``."""
    url: str | None = None
    """The page's address (an archive record's WARC-Target-URI)."""
    content_type: str | None = None
    """The HTTP Content-Type header, whose charset the decoder trusts first."""
    record_id: str | None = None
    """The WARC-Record-ID of an archive record (``None`` for anything else)."""
    http_status: int | None = None
    """The HTTP status of an archive ``response`` record."""
    format: Format | None = None
    """A format the record itself fixes (``"text"`` for a WET conversion record)."""
    error: tuple[str, str] | None = None
    """(type, message) of a failure found before parsing (a broken archive)."""
    offset: int | None = None
    """With ``error``: the byte offset in the archive where reading failed."""

    def identity(self) -> Record:
        """Where the input came from: ``path``, plus ``url``, ``record_id`` and
        ``http_status`` for an archive record. Every output record starts with these."""
        out: Record = {"path": self.path}
        if self.record_id is not None:
            out["url"] = self.url
            out["record_id"] = self.record_id
            out["http_status"] = self.http_status
        return out


# --------------------------------------------------------------------------------------
# The records, and their schema
# --------------------------------------------------------------------------------------


class ErrorInfo(BaseModel):
    """What went wrong."""

    model_config = ConfigDict(extra="forbid")

    type: str = Field(description="The exception's class name, e.g. EmptyInputError.")
    message: str = Field(description="The exception's message.")


class ErrorRecord(BaseModel):
    """A batch line for an input that could not be parsed, in its place in the order."""

    model_config = ConfigDict(extra="forbid", title="ErrorRecord")

    path: str = Field(description="The input: a file, '-' (standard input) or an archive.")
    url: str | None = Field(None, description="The archive record's WARC-Target-URI.")
    record_id: str | None = Field(None, description="The archive record's WARC-Record-ID.")
    http_status: int | None = Field(None, description="The archive record's HTTP status.")
    offset: int | None = Field(
        None,
        description="For a broken archive: the byte offset of the record (in a gzipped "
        "archive, of the gzip member) where reading failed.",
    )
    error: ErrorInfo


class ArticleRecord(Article):
    """A batch line for a parsed input: the Article, led by where it came from."""

    model_config = ConfigDict(title="ArticleRecord")

    path: str = Field(description="The input: a file, '-' (standard input) or an archive.")
    record_id: str | None = Field(None, description="The archive record's WARC-Record-ID.")
    http_status: int | None = Field(
        None, description="The archive record's HTTP status (null for resource/conversion)."
    )


def record_schema() -> dict[str, Any]:
    """The JSON Schema of one batch line (an :class:`ArticleRecord` or an
    :class:`ErrorRecord`), as ``newsparse schema --record`` prints it."""
    defs: dict[str, Any] = {}
    refs = []
    for model in (ArticleRecord, ErrorRecord):
        schema = model.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
        defs.update(schema.pop("$defs", {}))
        defs[model.__name__] = schema
        refs.append({"$ref": f"#/$defs/{model.__name__}"})
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "newsparse batch record",
        "description": "One line of `newsparse parse` JSON output: an article or an error.",
        "oneOf": refs,
        "$defs": dict(sorted(defs.items())),
    }


def article_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`~newsparse.models.Article` (serialization mode), with
    ``$schema``, as ``newsparse schema`` prints it."""
    return {"$schema": JSON_SCHEMA_DIALECT, **Article.model_json_schema(mode="serialization")}


def article_record(source: Source, article: Article) -> Record:
    """The article as a JSON-ready dict, led by the source's identity keys."""
    record = source.identity()
    record.update(article.model_dump(mode="json"))
    if source.record_id is not None:
        record["url"] = source.url
    return record


def error_record(source: Source, exc: BaseException | None = None) -> Record:
    """The error record of ``source``: its identity, ``offset`` when known, and
    ``{"error": {"type": ..., "message": ...}}`` from ``exc``, or from ``source.error``
    when ``exc`` is ``None``. The one place error records are made."""
    record = source.identity()
    if exc is not None:
        kind, message = type(exc).__name__, str(exc)
        offset = getattr(exc, "offset", None) if isinstance(exc, ArchiveError) else None
    else:
        kind, message = source.error or ("Error", "unknown error")
        offset = source.offset
    if offset is not None:
        record["offset"] = offset
    record["error"] = {"type": kind, "message": message}
    return record


# --------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------


def is_warc(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a WARC or WET archive: by its content
    (:func:`newsparse.archive.input_kind`), or by its name (:data:`WARC_SUFFIXES`), so that
    a corrupt archive is reported as one rather than parsed as a page."""
    name = os.fspath(path)
    return name.lower().endswith(WARC_SUFFIXES) or input_kind(name) == "archive"


def read_source(source: Source) -> bytes:
    """The bytes of ``source`` (read from ``path`` when it holds none), with gzip undone
    (:func:`newsparse.archive.gunzip`)."""
    data = source.data
    if data is None:
        with open(source.path, "rb") as fh:
            data = fh.read()
    return gunzip(data)


def parse_source(source: Source, *, format: Format = "auto") -> Article:
    """Parse one source with :func:`newsparse.parse`; raises what it raises (and
    ``OSError`` for an unreadable file, :class:`~newsparse.errors.ArchiveError` for a
    corrupt gzip input). A record's own format (WET text) wins over ``"auto"``."""
    if source.error is not None:
        raise NewsparseError(f"{source.path}: {source.error[0]}: {source.error[1]}")
    if format == "auto" and source.format is not None:
        format = source.format
    return parse(
        read_source(source), url=source.url, content_type=source.content_type, format=format
    )


def source_record(source: Source, *, format: Format = "auto") -> Record:
    """Parse ``source`` into an article record, or an error record; never raises
    (``NewsparseError`` and, as a last resort, any ``Exception`` become error records)."""
    if source.error is not None:
        return error_record(source)
    try:
        article = parse_source(source, format=format)
    except Exception as exc:  # one bad input must not stop the batch
        return error_record(source, exc)
    return article_record(source, article)


def path_record(path: str, *, format: Format = "auto") -> Record:
    """:func:`source_record` for a file path."""
    return source_record(Source(path), format=format)


def warc_sources(
    path: str, *, stats: Counter[str] | None = None, all_statuses: bool = False
) -> Iterator[Source]:
    """One :class:`Source` per page record of the WARC/WET archive ``path``, in file order
    (see :func:`newsparse.archive.read_archive` for which records, and what ``stats``
    counts); a response with a non-2xx status is skipped unless ``all_statuses``.

    Raises :class:`MissingDependencyError` (before reading) when warcio is not installed.
    Any other failure (a missing, corrupt or truncated archive) ends the iteration with one
    source that carries the error and its offset, after every record read before it.
    """
    require_warcio()
    try:
        for rec in read_archive(path, stats=stats, all_statuses=all_statuses):
            yield Source(
                path=path,
                data=rec.data,
                url=rec.url,
                content_type=rec.content_type,
                record_id=rec.record_id,
                http_status=rec.http_status,
                format=None if rec.format == "auto" else rec.format,
            )
    except (ArchiveError, OSError) as exc:  # a broken archive becomes an error record
        offset = exc.offset if isinstance(exc, ArchiveError) else None
        yield Source(path=path, error=(type(exc).__name__, str(exc)), offset=offset)


def warc_records(
    path: str, *, format: Format = "auto", all_statuses: bool = False
) -> Iterator[Record]:
    """:func:`source_record` for every page record of the archive ``path``; a missing
    ``warcio`` becomes an error record too."""
    try:
        require_warcio()
    except MissingDependencyError as exc:
        yield error_record(Source(path), exc)
        return
    for source in warc_sources(path, all_statuses=all_statuses):
        yield source_record(source, format=format)


__all__ = [
    "WARC_CONTENT_TYPES",
    "WARC_SUFFIXES",
    "ArticleRecord",
    "ErrorInfo",
    "ErrorRecord",
    "MissingDependencyError",
    "Record",
    "Source",
    "article_record",
    "article_schema",
    "error_record",
    "is_warc",
    "parse_source",
    "path_record",
    "read_source",
    "record_schema",
    "require_warcio",
    "source_record",
    "warc_records",
    "warc_sources",
]
