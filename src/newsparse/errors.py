"""newsparse's exception hierarchy: every error newsparse raises is a NewsparseError."""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class EmptyInputError(NewsparseError, ValueError):
    """The input holds no text at all (empty, or whitespace and control characters only)."""


class NotAPageError(NewsparseError, ValueError):
    """The input is a binary payload (image, PDF, archive, ...), not a page or a text dump."""
