"""newsparse's exception hierarchy: every error newsparse raises is a NewsparseError."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class EmptyInputError(NewsparseError, ValueError):
    """The input holds no text at all (empty, or whitespace and control characters only)."""


class NotAPageError(NewsparseError, ValueError):
    """The input is a binary payload (image, PDF, archive, ...), not a page or a text dump."""


class ArchiveError(NewsparseError, ValueError):
    """A WARC/WET archive or a gzip-compressed input is corrupt, truncated, or decompresses
    to more than newsparse accepts."""

    def __init__(self, message: str, *, offset: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset
        """The byte offset in the file of the record (for a gzipped archive: of the gzip
        member) where reading failed, when known."""


class MissingDependencyError(NewsparseError, ImportError):
    """An optional dependency (an extra such as ``newsparse[warc]``) is not installed."""
