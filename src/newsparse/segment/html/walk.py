"""The walk over a page's body: its text, cut into block units in document order.

Script, style and the other never-visible elements (and those an inline style or a CSS
framework class hides) are skipped; every block-level element (``p``, ``h1``-``h6``,
``li``, ``td``, ``blockquote``, ``figcaption``, a ``div`` with text of its own ...) becomes
one :class:`~newsparse.units.Unit`; a ``<br>`` ends a unit after a finished sentence or
when doubled, else it is a line wrap. Each unit carries its ``tag``, its ``link_density``
(share of its text inside ``<a>``) and the marks in force around it (:mod:`.marks`);
an ``<img>`` becomes a unit of its own with its resolved ``src`` and ``alt``.

One pass of lxml's ``iterwalk`` (start and end events, no recursion), so a page nested
however deep is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final
from urllib.parse import urljoin

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.inline import CLOSE, LINK, MARK_OF_TAG, read_marks, strip_marks
from newsparse.segment.html.marks import (
    ROOTS,
    Marks,
    element_mark,
    hidden_by_class,
    hidden_by_style,
)
from newsparse.segment.html.tables import data_table_rows, read_table, resolve_href
from newsparse.text import squash
from newsparse.units import Unit

Element = etree._Element

#: What an element hands the elements and text inside it: the block their text goes to,
#: the marks in force, whether they are inside a link, whether inside an <article>.
Frame = tuple[Element, Marks, bool, bool]

_DROP: Final = P.HTML_DROP_TAGS
_INLINE: Final = P.HTML_INLINE_TAGS
_VOID: Final = P.HTML_LIBXML2_VOID_TAGS
#: Elements whose content is a structure the units carry (``Unit.form``, ``depth``,
#: ``rows``): lists, quotes, preformatted code, tables.
_LISTS: Final = frozenset({"ul", "ol", "dl"})
_STRUCTURES: Final = _LISTS | {"blockquote", "pre", "table"}
_PX: Final = re.compile(r"^\s*(\d+)(?:px)?\s*$")


def sourceline(el: Element, default: int) -> int:
    """The element's source line, or ``default`` when libxml2 gives none."""
    line = el.sourceline
    return line if isinstance(line, int) and line > 0 else default


class Walker:
    """Reads a subtree into units (:meth:`walk`), collecting inline text into blocks.

    The marks each unit is read under are kept beside it (``unit_marks``); which of them
    to believe is decided once the page is read (:func:`.marks.resolve`)."""

    def __init__(self, base: str | None, widgets: set[Element] | None = None) -> None:
        self.base = base
        self.widgets = widgets or set()
        """The page's sign-up widgets (:func:`.marks.signup_widgets`): marked so."""
        self.units: list[Unit] = []
        self.elements: list[Element] = []
        """The block element each unit was read from (parallel to ``units``)."""
        self.unit_marks: list[Marks] = []
        """The marks in force where each unit was read (parallel to ``units``)."""
        self.bad_marks: set[int] = set()
        """Marks around a ``<main>``: a layout wrapper's names."""
        self.h1_marks: list[tuple[int, Marks]] = []
        """Each <h1>: the index its first unit will have, and the marks around it."""
        self.comments: list[tuple[int, Element]] = []
        """``<!-- -->`` comments met, with the number of units read before each."""
        self.hidden_inline_chars = 0
        """Characters of text inside hidden inline elements, left out."""
        self._figures: list[int] = []
        """The <figure> elements the walk is inside, by number (from 1)."""
        self._n_figures = 0
        self._loose: list[Element] = []
        """The <figcaption> elements outside a <figure> that open one (:meth:`_loose_caption`)."""
        self._n_marks = 0
        self._parts: list[str] = []
        self._inline_images: list[tuple[Unit, Element, Marks]] = []
        self._link_chars = 0
        self._line = 1
        self._block: Element | None = None
        self._marks: Marks = ()
        self._pieces = 0
        """Pieces of text read so far (a <br> with none since the last one is a break)."""
        self._pieces_at_br = -1
        self._last = ""
        self._lists = 0
        """How many lists the walk is inside."""
        self._quotes = 0
        """How many <blockquote> elements the walk is inside."""
        self._code: list[Element] = []
        """The <pre> elements of code the walk is inside."""
        self._inline: list[Element] = []
        """The open inline elements that wrote a mark (:mod:`.inline`)."""
        self._pending: list[tuple[str, str | None]] = []
        """Marks opened before the unit's first text (written with it)."""
        self._hrefs: list[str | None] = []
        """The address of each link mark written in the unit being read."""
        self._n_inline = 0
        """Marks written in the unit being read."""

    # -- the tree ----------------------------------------------------------------------

    def walk(self, start: Element) -> None:
        """Read ``start``'s subtree: each element is entered (:meth:`_enter`: its own
        text), its children read, and left (:meth:`_leave`); then its tail text goes to
        the block around it. A skipped element's subtree is not visited."""
        events = etree.iterwalk(start, events=("start", "end", "comment"))
        # the frame each open element hands its content (a skipped one: the one around it)
        frames: list[Frame] = [(start, (), False, False)]
        enter, parts, inline = self._enter, self._parts, self._inline
        for event, el in events:
            if event == "start":
                frame = enter(el, frames[-1])
                if frame is None:
                    events.skip_subtree()
                    frame = frames[-1]
                frames.append(frame)
                continue
            if event == "end":
                if frames.pop()[0] is el:
                    self._leave(el)  # (a block element: its frame's block is itself)
                elif inline and inline[-1] is el:
                    self._close_mark()
                if el is start:
                    continue  # its tail is not its text
            elif el.text:  # a comment: its text may be the page's (.comments)
                self.comments.append((len(self.units) + (1 if parts else 0), el))
            tail = el.tail
            if tail:
                if tail.isspace():  # (the indentation between tags: as add() does)
                    if parts:
                        parts.append(tail)
                    continue
                block, marks, in_link, _ = frames[-1]
                self.add(tail, el, block, marks, in_link)
        self.flush()

    def _enter(self, el: Element, outer: Frame) -> Frame | None:
        """Enter an element inside ``outer``: what it hands its content, or None to skip
        it (never visible, hidden inside a sentence, a data table read whole, or a <br>
        or <img>, read here)."""
        tag = el.tag
        if tag in _DROP:
            if tag == "noscript":
                self._noscript(el, outer[1])
            return None
        # the attribute names, read once: most elements have none, and then none is asked
        names = el.keys()
        hidden = bool(names) and "style" in names and hidden_by_style(el)
        if hidden and (tag in _INLINE or tag in _VOID):  # inside a sentence: left out
            self.hidden_inline_chars += sum(len(s) for s in el.itertext())  # (and counted)
            self._hidden_images(el, outer[1])
            return None
        if tag in _VOID:  # what libxml2 nested inside it follows it in the page
            if el.text:
                self.add(el.text, el, outer[0], outer[1], outer[2])
            return outer
        if tag not in _INLINE:
            return self._enter_block(el, tag, names, outer, hidden)
        block, marks, in_link, in_article = outer
        if tag == "br":
            self.line_break()
            return None
        if tag in P.HTML_IMAGE_TAGS:
            self._image(el, marks)
            return None
        if tag == "a":
            href = el.get("href")
            if href is None or P.HTML_DEAD_HREF.match(href):
                href = None
            elif self.base:
                href = resolve_href(href, self.base)
            self._open_mark(el, LINK, href)
            if not in_link:
                in_link = True
                outer = (block, marks, True, in_article)
        elif tag in MARK_OF_TAG:
            self._open_mark(el, MARK_OF_TAG[tag], None)
        text = el.text
        if text:
            self.add(text, el, block, marks, in_link)
        return outer

    def _enter_block(
        self, el: Element, tag: str, names: Sequence[str | bytes], outer: Frame, hidden: bool
    ) -> Frame | None:
        """Enter a block element (``names``: its attributes' names): the unit before it
        ends, and its marks are added to those in force (or reset, when its class names the
        story itself); an element its style (``hidden``) or a CSS framework class hides
        gets the innermost mark, "hidden". None: a data table, read here whole."""
        cls = el.get("class") if names and "class" in names else None
        if cls and not hidden and tag not in ROOTS:
            hidden = hidden_by_class(cls)  # (read here: the walk reads the class anyway)
        _, marks, in_link, in_article = outer
        if tag == "main":
            self.bad_marks.update(m for _, m in marks)
        in_figure = bool(self._figures)
        kind, story = element_mark(el, tag, cls, names, in_article=in_article, in_figure=in_figure)
        if self.widgets and el in self.widgets:
            kind, story = P.SIGNUP_KIND, False
        around = marks
        if story and marks:  # <div class="article__content"> in "sidebar-grid" blocks
            marks = tuple(m for m in marks if m[0] == P.HTML_HIDDEN_KIND)  # (hidden stays)
        loose = tag == "figcaption" and not self._figures and self._loose_caption(el)
        if tag == "figure" or loose:
            self._n_figures += 1
            self._figures.append(self._n_figures)
        if kind:
            marks = (*marks, (kind, self._n_marks))
            self._n_marks += 1
        if hidden:
            marks = (*marks, (P.HTML_HIDDEN_KIND, self._n_marks))
            self._n_marks += 1
        if (
            tag == "article"
            or tag == "main"
            or ("itemprop" in names and el.get("itemprop") == "articleBody")
        ):
            in_article = True
        if self._parts:
            self.flush()
        if tag in _STRUCTURES and self._open_structure(el, tag, marks):
            return None  # a data table, read whole
        if tag == "h1":
            self.h1_marks.append((len(self.units), around))
        text = el.text
        if text:
            self.add(text, el, el, marks, in_link)
        return (el, marks, in_link, in_article)

    def _leave(self, el: Element) -> None:
        """Leave a block element: its unit ends."""
        tag = el.tag
        if self._parts:
            self.flush()
        if tag == "figure":
            self._figures.pop()
        elif self._loose and self._loose[-1] is el:
            self._loose.pop()
            self._figures.pop()
        if tag in _LISTS:
            self._lists -= 1
        elif tag == "blockquote":
            self._quotes -= 1
        elif self._code and self._code[-1] is el:
            self._code.pop()

    def _loose_caption(self, el: Element) -> bool:
        """A <figcaption> outside any <figure>: the element LOOSE_CAPTION_MAX_UP levels
        above it stands for the figure when an image inside it was read at most
        LOOSE_CAPTION_REACH units before; that image joins the figure about to open. True
        when there is one."""
        holder = el
        for _ in range(P.LOOSE_CAPTION_MAX_UP):
            up = holder.getparent()
            if up is None:
                break
            holder = up
        units, elements = self.units, self.elements
        for k in range(len(units) - 1, max(-1, len(units) - 1 - P.LOOSE_CAPTION_REACH), -1):
            if not _within(elements[k], holder):
                return False
            if units[k].tag == "img":
                if units[k].figure:
                    return False
                units[k].figure = self._n_figures + 1  # (the figure about to open)
                self._loose.append(el)
                return True
        return False

    def _open_structure(self, el: Element, tag: str, marks: Marks) -> bool:
        """Enter a list, a quote, a <pre> or a table: what the units inside will carry.
        True for a data table, read here whole (:mod:`.tables`)."""
        if tag in _LISTS:
            self._lists += 1
        elif tag == "blockquote":
            self._quotes += 1
        elif tag == "pre":
            cls = el.get("class") or ""
            if el.find(".//code") is not None or P.HTML_CODE_CLASS.search(cls):
                self._code.append(el)
        else:
            rows = data_table_rows(el)
            if rows is not None:
                return self._table(el, rows, marks)
        return False

    def _table(self, el: Element, cells: list[list[Element]], marks: Marks) -> bool:
        """A data table as one unit: its rows, and its cells' text. False when its cells
        say it is a layout table after all."""
        table = read_table(cells, self.base)
        if table is None:
            return False
        rows, text, links, link_chars = table
        if not text:
            return True
        chars = len(text) - text.count(" ") - text.count("\t") - text.count("\n")
        unit = Unit(
            line=max(1, sourceline(el, self._line)),
            text=text,
            tag="table",
            link_density=min(1.0, link_chars / chars) if link_chars and chars else 0.0,
        )
        unit.rows, unit.links = rows, links
        self._append(unit, el, marks)
        return True

    def _noscript(self, el: Element, marks: Marks) -> None:
        """The images of a ``<noscript>``: a lazy-loading page's fallback for the image
        before it. Read when that image was not, or gives it its address when its only
        one was a placeholder."""
        images = list(el.iter("img"))
        if not images:
            return
        last = self.units[-1] if self.units else None
        if last is not None and last.tag == "img":
            before = self.elements[-1]
            if before.getparent() is el.getparent() or before is el.getprevious():
                if last.src is not None:
                    return  # its image was read
                fallback, images = images[0], images[1:]  # a placeholder's real image
                last.src = image_src(fallback, self.base)
                alt = fallback.get("alt")
                if last.alt is None and alt and alt.strip():
                    last.alt = squash(alt)
        for img in images:
            self._image(img, marks)

    def _hidden_images(self, el: Element, marks: Marks) -> None:
        """The images of a hidden element inside a sentence: page images, kept."""
        images = list(el.iter("img"))
        if not images:
            return
        marks = (*marks, (P.HTML_HIDDEN_KIND, self._n_marks))
        self._n_marks += 1
        for img in images:
            self._image(img, marks, inline=True)

    def _image(self, el: Element, marks: Marks, inline: bool = False) -> None:
        """An image unit; one inside a sentence (``inline``) or icon-sized does not end
        the text around it, and follows it."""
        src = image_src(el, self.base)
        if src is None:
            src = _picture_src(el, self.base)  # (None: an image without an address, kept)
        alt = el.get("alt")
        unit = Unit(
            line=max(1, sourceline(el, self._line)),
            text="",
            tag="img",
            src=src,
            alt=squash(alt) if alt and alt.strip() else None,
            icon=_tiny(el),
        )
        unit.image_name = True  # features.compute() skips units without text
        if (inline or unit.icon) and self._parts:
            self._inline_images.append((unit, el, marks))
            return
        self.flush()
        self._append(unit, el, marks)

    def _append(self, unit: Unit, el: Element, marks: Marks) -> None:
        """A unit read from ``el`` under ``marks``."""
        if self._figures:
            unit.figure = self._figures[-1]
        self.units.append(unit)
        self.elements.append(el)
        self.unit_marks.append(marks)

    # -- inline marks (links, emphasis) ------------------------------------------------

    def _open_mark(self, el: Element, mark: str, href: str | None) -> None:
        """An inline element opens ``mark`` (a link's ``href``, when it has one)."""
        self._inline.append(el)
        if self._parts:
            self._parts.append(mark)
            self._n_inline += 1
            if mark == LINK:
                self._hrefs.append(href)
        else:
            self._pending.append((mark, href))

    def _write_mark(self, mark: str, href: str | None) -> None:
        self._parts.append(mark)
        self._n_inline += 1
        if mark == LINK:
            self._hrefs.append(href)

    def _close_mark(self) -> None:
        """The inline element that opened the innermost mark ends."""
        self._inline.pop()
        if self._parts:
            self._parts.append(CLOSE)
            self._n_inline += 1
        elif self._pending:
            self._pending.pop()  # it held no text

    # -- the text buffer ---------------------------------------------------------------

    def add(self, s: str | None, at: Element, block: Element, marks: Marks, in_link: bool) -> None:
        """Add inline text ``s``; ``at`` is the element whose source line it starts on."""
        if not s:
            return
        if s.isspace():  # the indentation between tags: a space inside a block at most
            if self._parts:
                self._parts.append(s)
            return
        if not self._parts:
            self._line = sourceline(at, self._line)
            self._block, self._marks = block, marks
            if self._pending:
                for mark, href in self._pending:
                    self._write_mark(mark, href)
                self._pending = []
        self._parts.append(s)
        self._pieces += 1
        self._last = s
        if in_link:
            self._link_chars += len("".join(s.split()))  # its characters but spaces

    def line_break(self) -> None:
        """``<br>``: a paragraph break after a finished sentence or a second ``<br>``;
        otherwise a line wrapped inside one paragraph (a space)."""
        if not self._parts:
            return
        if self._code:
            self._parts.append("\n")  # a line of the code
            return
        if self._pieces == self._pieces_at_br or P.ends_sentence(self._last.rstrip()):
            self.flush()
            return
        self._parts.append(" ")
        self._pieces_at_br = self._pieces

    def flush(self) -> None:
        """End the unit being read (if any text was read)."""
        if not self._parts:
            return
        raw = "".join(self._parts)
        links: tuple[tuple[str, str, int], ...] = ()
        spans: tuple[tuple[int, int, str], ...] = ()
        if self._code:
            text = _code_text(strip_marks(raw) if self._n_inline else raw)
        elif self._n_inline:
            text, links, spans = read_marks(raw, self._hrefs, self._n_inline)
        else:
            text = squash(raw)
        if text and self._block is not None:
            chars = len(text) - text.count(" ")
            n_link = self._link_chars
            tag = self._block.tag
            unit = Unit(
                line=max(1, self._line),
                text=text,
                tag=tag if isinstance(tag, str) else "",
                link_density=min(1.0, n_link / chars) if n_link and chars else 0.0,
            )
            self._structure(unit, links, spans)
            self._append(unit, self._block, self._marks)
        self._parts.clear()  # (in place: the walk holds the list)
        self._link_chars = 0
        if self._inline_images:  # the images read inside the text, after it
            for image in self._inline_images:
                self._append(*image)
            self._inline_images = []
        if self._n_inline:
            self._hrefs = []
            self._n_inline = 0

    def _structure(
        self,
        unit: Unit,
        links: tuple[tuple[str, str, int], ...],
        spans: tuple[tuple[int, int, str], ...],
    ) -> None:
        """What a unit read from inline text carries of the structure around it."""
        if self._code:
            unit.form = "code"
        elif self._quotes:
            unit.form = "quote"
        if self._lists:
            unit.depth = self._lists - 1
        if links:
            unit.links = links
        if spans:
            unit.spans = spans


def _within(el: Element, holder: Element) -> bool:
    """Whether ``el`` is ``holder`` or inside it."""
    return el is holder or any(a is holder for a in el.iterancestors())


def _tiny(el: Element) -> bool:
    """An image declared icon-sized: an icon, a spacer or a tracking pixel."""
    for attr in ("width", "height"):
        m = _PX.match(el.get(attr) or "")
        if m and int(m.group(1)) <= P.HTML_ICON_MAX_PX:
            return True
    return False


def _code_text(raw: str) -> str:
    """A <pre>'s text as written: its lines (trailing spaces cut) without the blank lines
    around them."""
    return "\n".join(line.rstrip() for line in raw.split("\n")).strip("\n")


def largest_candidate(srcset: str) -> str | None:
    """The address of a ``srcset``'s largest candidate (by its ``w`` or ``x``
    descriptor; one without counts as ``1x``); None for an empty one."""
    best, size = None, -1.0
    for candidate in P.HTML_SRCSET_SPLIT.split(srcset.strip()):
        bits = candidate.split()
        if not bits:
            continue
        m = P.HTML_SRCSET_DESCRIPTOR.match(bits[-1]) if len(bits) > 1 else None
        value = float(m.group(1)) if m else 1.0
        if value > size:
            best, size = bits[0], value
    return best


def _picture_src(el: Element, base: str | None) -> str | None:
    """For an ``<img>`` without an address of its own: the largest candidate of the
    ``<source>`` elements of the ``<picture>`` around it (libxml2 may nest the ``<img>``
    inside them)."""
    picture = el.getparent()
    while picture is not None and picture.tag == "source":
        picture = picture.getparent()
    if picture is None or picture.tag != "picture":
        return None
    for source in picture.iter("source"):
        for a in P.HTML_SRCSET_ATTRS:
            best = largest_candidate(source.get(a) or "")
            if best and not best.startswith("data:"):
                return resolve_href(best, base)
    return None


def image_src(el: Element, base: str | None) -> str | None:
    """The image's real address: lazy-loading attributes, then srcset's largest
    candidate, then ``src``; resolved against ``base``. None for inline data and empty
    sources."""
    candidates: list[str] = [el.get(a) or "" for a in P.HTML_LAZY_SRC_ATTRS]
    for a in P.HTML_SRCSET_ATTRS:
        value = el.get(a)
        if value:
            best = largest_candidate(value)
            if best:
                candidates.append(best)
    candidates.append(el.get("src") or "")
    found = _first_address(candidates, base)
    if found is None:
        found = _first_address(_lazy_attributes(el), base)
    return found


def _lazy_attributes(el: Element) -> list[str]:
    """The addresses of the other ``data-*`` attributes that lazy-loading scripts read
    (P.HTML_LAZY_ATTR_WORDS): a srcset's largest candidate, or the value."""
    out: list[str] = []
    for name, value in el.attrib.items():
        if not isinstance(name, str) or not isinstance(value, str):
            continue
        if name.startswith("data-") and P.HTML_LAZY_ATTR_WORDS.search(name[5:]) and value:
            best = largest_candidate(value) if "," in value else value.strip()
            if best and "/" in best:
                out.append(best)
    return out


def _first_address(candidates: list[str], base: str | None) -> str | None:
    """The first candidate that is an address (not inline data, a script or "#"),
    resolved against ``base``."""
    for c in candidates:
        c = c.strip()
        if not c or c.startswith(("data:", "javascript:", "about:")) or c == "#":
            continue
        if base:
            try:
                return urljoin(base, c)
            except ValueError:
                return c
        return c
    return None
