"""The metadata fields an analysis of a page fills, before they become an Article's."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, Final

_NOT_FIELDS: Final = frozenset({"warnings", "zone", "month_first"})


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
    evidence: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Per field: (where its value came from, the step that chose it); an Article's
    ``evidence``."""
    warnings: list[str] = field(default_factory=list)
    """What metadata had to guess (not an Article field of its own: joined to its
    ``warnings``)."""
    zone: tuple[str, str] | None = None
    """The zone a time without one is read in (an IANA name) and what implies it ("site",
    "language"); None to leave such times naive. Not an Article field."""
    month_first: tuple[str, str] | None = None
    """Whether a slash date that reads either way (03/01/2017) is read month-first, and
    why: (where it is said, what says it): ("line:12", "12/17/2025"), ("lang", "en-US"),
    ("site", "casact.gov"); None to read it day-first. Not an Article field."""

    def article_fields(self) -> dict[str, Any]:
        """The fields as :class:`~newsparse.models.Article` takes them (all but
        ``warnings``, ``zone`` and ``month_first``)."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_FIELDS}
        out["evidence"] = {
            name: {"origin": origin, "rule": rule}
            for name, (origin, rule) in self.evidence.items()
            if out.get(name) not in (None, [])
        }
        return out

    def note(self, name: str, origin: str, rule: str) -> None:
        """Record where field ``name``'s value came from, unless it is known already."""
        self.evidence.setdefault(name, (origin, rule))
