"""The typed result: :class:`Article`, made of :class:`Block` and :class:`Image`.

Every piece of the input lands in exactly one :class:`Block`, in reading order; the
convenient views (``body``, ``captions``, ``boilerplate``, ``text``) are derived from
``blocks`` so that nothing the parser saw is ever silently dropped.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator
from pydantic.dataclasses import dataclass

from newsparse.kinds import ImageRole, Kind, Role
from newsparse.render import article_to_markdown

_FROZEN = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


_SLOTTED = ConfigDict(extra="forbid", use_attribute_docstrings=True)


@dataclass(frozen=True, slots=True, config=_SLOTTED)
class Link:
    """A hyperlink inside a block: its text and where it points."""

    text: str
    """The link's text, as it reads in the block's ``text``."""
    href: str
    """Its address, resolved against the page's URL (or ``<base href>``) when one is known."""
    start: Annotated[int, Field(ge=0)]
    """Where the link's text starts in the block's ``text`` (a character offset)."""


#: The inline styles a :class:`Span` marks.
SpanStyle = Literal["bold", "italic", "code"]


@dataclass(frozen=True, slots=True, config=_SLOTTED)
class Span:
    """A stretch of a block's text in an inline style: ``text[start:end]``."""

    start: Annotated[int, Field(ge=0)]
    """Offset of the first character in the block's ``text``."""
    end: Annotated[int, Field(ge=0)]
    """Offset just past the last character."""
    style: SpanStyle
    """``bold`` (``<b>``, ``<strong>``), ``italic`` (``<i>``, ``<em>``) or ``code``
    (``<code>``, ``<kbd>``, ``<samp>``)."""


# A frozen, validated pydantic *dataclass* with __slots__ rather than a BaseModel: an
# article holds one Block per line of its input, and a slotted dataclass takes about 80
# bytes where a model instance, with its __dict__, takes 260 (on a 50 MB dump that was the
# bulk of the memory). It validates and serialises the same way inside Article; on its
# own, use dataclasses.asdict(block) or pydantic.TypeAdapter(Block).
@dataclass(frozen=True, slots=True, config=_SLOTTED)
class Block:
    """One piece of the input, with the decision taken about it."""

    role: Role
    """Coarse role: title, metadata, body, heading, caption, image or boilerplate."""
    kind: Kind
    """Fine label within the role (paragraph, byline, copyright, qr_code, ...)."""
    text: str
    """The block's text, whitespace-trimmed; empty for an image slot without a name."""
    line: Annotated[int, Field(ge=1)]
    """1-based line of the source text (or of the HTML source) where the block starts."""
    reason: str
    """Name of the rule that decided role and kind, so a user can see why."""
    rows: list[list[str]] | None = None
    """A table's rows, each a list of its cells' texts (kind ``table``, HTML data tables);
    ``None`` for every other block. ``text`` holds the same cells, tab-separated, one row
    a line."""
    depth: int = Field(default=0, ge=0)
    """How deep a list item is nested: 0 for an item of an outermost list (and for every
    block that is not a list item), 1 for an item of a list inside it, ..."""
    links: tuple[Link, ...] = ()
    """The hyperlinks in the block's text, in reading order (HTML); empty when none."""
    spans: tuple[Span, ...] = ()
    """Inline emphasis in the block's text (bold, italic, inline code), in reading order
    (HTML); empty when none."""
    markdown: str | None = None
    """Markdown input only: the block's source lines as written, with their links and
    marks (``text`` is the same without Markdown syntax); ``None`` for other inputs."""


_new = object.__new__


def _setters(cls: type, *names: str) -> tuple[Any, ...]:
    """The ``__set__`` of each named slot of the frozen slotted dataclass ``cls``: setting
    a slot through its descriptor costs a third less than ``object.__setattr__`` (which
    checks the class's own ``__setattr__`` on every call)."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_BLOCK_SET: Final = _setters(
    Block, "role", "kind", "text", "line", "reason", "rows", "depth", "links", "spans", "markdown"
)
_LINK_SET: Final = _setters(Link, "text", "href", "start")
_SPAN_SET: Final = _setters(Span, "start", "end", "style")


def trusted_block(
    role: Role,
    kind: Kind,
    text: str,
    line: int,
    reason: str,
    extra: tuple[list[list[str]] | None, int, tuple[Link, ...], tuple[Span, ...]] = (
        None,
        0,
        (),
        (),
    ),
    markdown: str | None = None,
) -> Block:
    """A :class:`Block` built without validation, for values the pipeline has already
    typed (mypy checks them; tests/test_assemble.py validates the blocks of real pages).
    Validating costs more than the rest of assembling a block. ``extra``: the block's
    ``rows``, ``depth``, ``links`` and ``spans``."""
    b: Block = _new(Block)
    s_role, s_kind, s_text, s_line, s_reason, s_rows, s_depth, s_links, s_spans, s_md = _BLOCK_SET
    s_role(b, role)
    s_kind(b, kind)
    s_text(b, text)
    s_line(b, line)
    s_reason(b, reason)
    s_rows(b, extra[0])
    s_depth(b, extra[1])
    s_links(b, extra[2])
    s_spans(b, extra[3])
    s_md(b, markdown)
    return b


def trusted_link(text: str, href: str, start: int) -> Link:
    """A :class:`Link` built without validation (see :func:`trusted_block`)."""
    link: Link = _new(Link)
    s_text, s_href, s_start = _LINK_SET
    s_text(link, text)
    s_href(link, href)
    s_start(link, start)
    return link


def trusted_span(start: int, end: int, style: SpanStyle) -> Span:
    """A :class:`Span` built without validation (see :func:`trusted_block`)."""
    span: Span = _new(Span)
    s_start, s_end, s_style = _SPAN_SET
    s_start(span, start)
    s_end(span, end)
    s_style(span, style)
    return span


class Image(BaseModel):
    """An image reference found in the page."""

    model_config = _FROZEN

    src: str | None
    """File name or URL as written (resolved against the page URL for HTML); ``None`` for
    an image slot that has no name, and for an HTML ``<img>`` with no address to read (none
    at all, or only inline ``data:`` bytes): the image is kept, with its alt and caption."""
    alt: str | None = None
    """Alternative text, when the page gives one."""
    caption: str | None = None
    """Text of the caption block this image owns, if any."""
    role: ImageRole
    """``content`` for pictures of the story, ``page`` for chrome: logos, QR codes, badges."""
    line: int = Field(ge=1)
    """1-based source line of the image."""


class Evidence(BaseModel):
    """Where a metadata field's value came from, and the step that chose it."""

    model_config = _FROZEN

    origin: str
    """Where the value was read: ``line:12`` (the block that starts on that input line),
    ``meta:og:title``, ``jsonld:datePublished``, ``title`` (the page's ``<title>``),
    ``time`` (a ``<time datetime>``), ``lang`` (the ``lang`` attribute), ``url`` (the
    page's address), or ``text`` (a guess from the whole article text)."""
    rule: str
    """The step that chose it: ``declared`` (the page's head states it), ``headline``
    (the headline analysis), ``field`` (a labelled line, "来源："), ``byline``,
    ``dateline``, ``dateline-time`` (a declared day, with the time the dateline shows),
    ``header-date`` (a date line above the story, on a page that gives no other date),
    ``name-line`` (an unlabelled line of names beside a dateline), ``labelled-line`` (a
    name under a bare "By" line), ``dateline-name`` (a name beside a dateline's date),
    ``author-box`` (the name atop a paragraph that says who that is, on a page that
    names no one else), ``editor`` (the editors a labelled field names, as the authors of
    a page that names no writer), ``url-date`` (the day the page's address spells, on a
    page that shows no date), ``issue-date`` (the print issue a story cites,
    "《北京之春》1996年6月号", on a page that shows no date), ``image-date`` (the day the
    story's picture is filed under, "/2024/09/04/img.jpg", on a page that shows no date),
    ``address-day`` (the day the page's address spells, on a page that declares no
    publication time and shows a later day: an update's, or its header's clock),
    ``breadcrumb``, ``language-guess``, ``author-is-outlet`` (a publication named as an
    author)."""


class Article(BaseModel):
    """A parsed news page: metadata, every block in reading order, and the images."""

    model_config = _FROZEN

    title: str | None = None
    """The headline."""
    subtitle: str | None = None
    """Kicker or sub-headline (引题/副题) when the page has one."""
    published: datetime | None = None
    """Publication time. Timezone-aware when the page gives a zone, or when the page is
    Chinese-language news (then +08:00 is assumed); otherwise naive, with a warning. A page
    that gives only a last-modified time gets that time here too, with a warning; so does
    one that declares both but shows the reader only its last-modified day."""
    modified: datetime | None = None
    """Last-modified time, under the same rules as ``published``."""
    published_text: str | None = None
    """The exact string ``published`` was read from."""
    authors: list[str] = Field(default_factory=list)
    """Writers and reporters (作者/记者/文/撰文/By ...)."""
    editors: list[str] = Field(default_factory=list)
    """Editors and reviewers (责编/责任编辑/编辑/审核/校对)."""
    source: str | None = None
    """The credited outlet (来源/稿源/转载自)."""
    site_name: str | None = None
    """The site that published the page."""
    breadcrumb: list[str] = Field(default_factory=list)
    """Section path, outermost first, without the "you are here" marker."""
    tags: list[str] = Field(default_factory=list)
    """Keywords and tags the page lists."""
    language: str | None = None
    """BCP-47 language tag of the article text (``zh``, ``en``, ...), when known."""
    url: str | None = None
    """The page's address, as given by the caller or found in the page."""
    encoding: str | None = None
    """What the input bytes were decoded as; ``None`` when a ``str`` was given."""
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    """For each metadata field above that has a value (by its name: ``title``,
    ``published``, ``authors``, ...), where the value came from and the step that chose
    it, so that a user can see why a value is what it is."""
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    """How sure the parse is that it found one article, 0-1: high when the article
    region and a second, independent estimate of where the prose is agree, and the region
    reads as prose of some length; low on index pages, forms, listings and files that are
    not news (0 when no region holds any prose). Filter a crawl with it: see docs/api.md."""
    warnings: list[str] = Field(default_factory=list)
    """Everything the parser had to guess or repair, in plain words."""
    blocks: list[Block] = Field(default_factory=list)
    """Every piece of the input, in reading order."""
    images: list[Image] = Field(default_factory=list)
    """Every image reference, in reading order, with the caption it owns."""

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        """Accept an Article's own JSON back: ``text`` is derived from ``blocks``, so a
        serialised copy of it is dropped rather than rejected as an unknown field."""
        if isinstance(data, dict) and "text" in data:
            data = {k: v for k, v in data.items() if k != "text"}
        return data

    @property
    def body(self) -> list[Block]:
        """Body paragraphs and headings, in reading order."""
        return [b for b in self.blocks if b.role in (Role.BODY, Role.HEADING)]

    @property
    def captions(self) -> list[Block]:
        """Image caption blocks."""
        return [b for b in self.blocks if b.role is Role.CAPTION]

    @property
    def boilerplate(self) -> list[Block]:
        """Navigation, footers, legal text, related links and other page chrome."""
        return [b for b in self.blocks if b.role is Role.BOILERPLATE]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def text(self) -> str:
        """Body paragraphs and headings joined by blank lines."""
        return "\n\n".join(b.text for b in self.body)

    def to_markdown(self, *, links: bool = False, formatting: bool = False) -> str:
        """Render the article as Markdown: title, a metadata line, headings, paragraphs,
        lists (nested), block quotes, code blocks, tables, and images with their captions
        in place. ``links``: the blocks' hyperlinks as ``[text](href)``; ``formatting``:
        bold, italic and inline code."""
        return article_to_markdown(self, links=links, formatting=formatting)


__all__ = [
    "Article",
    "Block",
    "Evidence",
    "Image",
    "ImageRole",
    "Kind",
    "Link",
    "Role",
    "Span",
    "SpanStyle",
    "trusted_block",
    "trusted_link",
    "trusted_span",
]
