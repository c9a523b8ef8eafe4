"""What the stages hand each other: :class:`Unit` (a candidate block and its features),
:class:`DateHit` (a date found in a line) and :class:`Hints` (what a page's head declares).

A segmenter (text lines, or the nodes of an HTML page) makes the units;
:func:`newsparse.features.compute` fills their features once; the analyses and the rules
read them. This module imports nothing of newsparse: every stage may use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class DateHit:
    """A date found in a line: the parsed value, the exact text, and where it sits."""

    value: datetime
    text: str
    start: int
    end: int
    has_time: bool
    order: str = ""
    """A date written with slashes: "dmy" when its first number cannot be a month
    (23/07/2019), "mdy" when its second cannot (07/23/2019), "either" when both can
    (03/01/2017: read day-first, as :attr:`value` is, until the page says otherwise);
    empty for every other form."""


@dataclass(slots=True)
class Unit:
    """One candidate block: a line (or wrapped lines) of a dump, or a DOM block."""

    line: int
    """1-based line where the candidate starts."""
    text: str
    """Whitespace-trimmed text ("" for an image slot)."""
    indent: str = ""
    """Leading whitespace as written (text dumps)."""
    slot: bool = False
    """A whitespace-only line: maybe where an image stood."""
    # --- set by the HTML segmenter ---------------------------------------------------
    tag: str = ""
    """HTML tag that produced the block ("p", "h2", "img", ...); "" for text dumps."""
    dom_kind: str = ""
    """A kind the DOM says outright (nav, footer, aside, figcaption, ...), or ""."""
    link_density: float = 0.0
    """Share of the text inside links (HTML and Markdown)."""
    src: str | None = None
    """Image source for image units."""
    alt: str | None = None
    """Image alt text for image units."""
    icon: bool = False
    """HTML: an image declared icon-sized (an icon, a spacer, a tracking pixel, a logo
    strip): page chrome, never a picture of the story."""
    markdown: str | None = None
    """Markdown input: the block's source lines as written, links and marks included
    (``text`` is without them); None for other inputs."""
    href: str | None = None
    """Markdown: where the block links to, when its text is one link."""
    in_main: bool | None = None
    """HTML: inside (True) or outside (False) the element that holds the article's
    paragraphs; None when no such element is known (and for text dumps)."""
    figure: int = 0
    """HTML: the ``<figure>`` the unit is in (numbered from 1 in reading order), 0 when
    none: a figure's caption belongs to the figure's image."""
    form: str = ""
    """HTML: what structure the block is part of, when the DOM says: "quote" (inside a
    ``<blockquote>``), "code" (a ``<pre>`` of code); "" otherwise."""
    depth: int = 0
    """HTML and Markdown: how many lists around a list item's list (0: an outermost
    list)."""
    rows: list[list[str]] | None = None
    """HTML: a data table's rows of cell texts (the unit's text holds them too)."""
    links: tuple[tuple[str, str, int], ...] = ()
    """HTML: the links in the text, as (text, href, offset of the text)."""
    spans: tuple[tuple[int, int, str], ...] = ()
    """HTML: inline emphasis in the text, as (start, end, style)."""
    # --- features, filled by compute() ----------------------------------------------------
    units: int = 0
    """CJK characters plus words: a script-neutral length."""
    cjk: int = 0
    """Number of CJK characters."""
    sentence_end: bool = False
    """Ends with sentence-final punctuation."""
    punct: int = 0
    """Sentence punctuation marks inside."""
    image_name: bool = False
    """The text is an image file name / URL, or a w3m image placeholder."""
    marks_only: bool = False
    """Text dumps: the line is only a renderer's marks (w3m's "[INS::INS]", lynx's "[12]")."""
    bullet: bool = False
    """Starts with a list bullet."""
    boiler_kind: str | None = None
    """Kind of boilerplate the text is headed by (copyright, related_links, ...)."""
    fields: tuple[tuple[str, str, str], ...] = ()
    """Labelled metadata fields found: (field, label, value)."""
    field_cover: float = 0.0
    """Share of the text covered by labelled fields."""
    date: DateHit | None = None
    """The first date in the text, if any."""
    dateline: bool = False
    """The line is mostly that date: what is left beside it is a few words at most."""
    breadcrumb: list[str] | None = None
    """Items, when the text reads as a breadcrumb trail."""
    byline: list[str] | None = None
    """Names, when the text is a byline: an English "By ..." one, or a Chinese reporter's
    sign-off ("新京报记者 彭冲 山东冠县报道")."""


@dataclass(slots=True)
class Hints:
    """Metadata known before the blocks are read (from HTML head, JSON-LD, the caller)."""

    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    locale: str | None = None
    """The declared language tag as written, region and all ("en-US", "en_GB"), when
    it names a region; ``language`` is its primary tag."""
    description: str | None = None
    origins: dict[str, str] = field(default_factory=dict)
    """Per field set above, where the head declared it: ``meta:og:title``,
    ``jsonld:datePublished``, ``title``, ``time``, ``lang``."""
