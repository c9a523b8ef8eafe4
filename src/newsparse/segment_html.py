"""HTML -> candidate blocks. Not built yet: the HTML path is its own issue."""

from __future__ import annotations

from newsparse.errors import NewsparseError
from newsparse.features import Unit
from newsparse.metadata import Hints


class UnsupportedFormatError(NewsparseError):
    """The input's format is recognised but this version cannot parse it."""


def segment_html(text: str, *, url: str | None, warnings: list[str]) -> tuple[list[Unit], Hints]:
    """Cut an HTML page into candidate units (not available in this version)."""
    raise UnsupportedFormatError(
        "HTML input is not supported in this version; pass format='text' for text dumps"
    )
