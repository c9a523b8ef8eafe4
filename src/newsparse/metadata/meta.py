"""The metadata fields an analysis of a page fills, before they become an Article's."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class Meta:
    """The metadata fields of an :class:`~newsparse.models.Article`."""

    title: str | None = None
    subtitle: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    published_text: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    site_name: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    """What metadata had to guess (not an Article field of its own: joined to its
    ``warnings``)."""

    def article_fields(self) -> dict[str, Any]:
        """The fields as :class:`~newsparse.models.Article` takes them (all but
        ``warnings``)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "warnings"}
