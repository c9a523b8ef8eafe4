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
from typing import Final
from urllib.parse import urljoin

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.marks import Marks, element_mark
from newsparse.text import squash
from newsparse.units import Unit

Element = etree._Element

#: What an element hands the elements and text inside it: the block their text goes to,
#: the marks in force, whether they are inside a link, whether inside an <article>.
Frame = tuple[Element, Marks, bool, bool]

#: Elements never skipped as hidden (anti-flicker scripts hide the body until load).
#: Not the ``hidden`` attribute either: streaming renderers (React) park the real content
#: in ``<div hidden>`` until scripts move it into place.
_ROOTS: Final = frozenset({"html", "body"})
_DROP: Final = P.HTML_DROP_TAGS
_INLINE: Final = P.HTML_INLINE_TAGS
_HIDDEN: Final = P.HTML_HIDDEN_STYLE
_PX: Final = re.compile(r"^\s*(\d+)(?:px)?\s*$")


def hidden_by_class(cls: str) -> bool:
    """A class the CSS frameworks define as display:none ("hidden", "d-none"), without a
    class that shows the element again at some screen size ("md:block", "d-md-flex")."""
    if not P.HTML_HIDDEN_CLASS_HINT.search(cls):
        return False  # most class lists: no hiding name is even spelled in them
    names = cls.split()
    return not P.HTML_HIDDEN_CLASSES.isdisjoint(names) and not any(
        P.HTML_SHOWN_CLASS.match(n) for n in names
    )


def sourceline(el: Element, default: int) -> int:
    """The element's source line, or ``default`` when libxml2 gives none."""
    line = el.sourceline
    return line if isinstance(line, int) and line > 0 else default


class Walker:
    """Reads a subtree into units (:meth:`walk`), collecting inline text into blocks.

    The marks each unit is read under are kept beside it (``unit_marks``); which of them
    to believe is decided once the page is read (:func:`.marks.resolve`)."""

    def __init__(self, base: str | None) -> None:
        self.base = base
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
        self._figures = 0
        """How many <figure> elements the walk is inside."""
        self._n_marks = 0
        self._parts: list[str] = []
        self._link_chars = 0
        self._line = 1
        self._block: Element | None = None
        self._marks: Marks = ()
        self._pieces = 0
        """Pieces of text read so far (a <br> with none since the last one is a break)."""
        self._pieces_at_br = -1
        self._last = ""

    # -- the tree ----------------------------------------------------------------------

    def walk(self, start: Element) -> None:
        """Read ``start``'s subtree: each element is entered (:meth:`_enter`: its own
        text), its children read, and left (a block element's unit ends); then its tail
        text goes to the block around it. A skipped element's subtree is not visited."""
        events = etree.iterwalk(start, events=("start", "end", "comment"))
        # the frame each open element hands its content (a skipped one: the one around it)
        frames: list[Frame] = [(start, (), False, False)]
        for event, el in events:
            if event == "start":
                frame = self._enter(el, frames[-1])
                if frame is None:
                    events.skip_subtree()
                    frame = frames[-1]
                frames.append(frame)
                continue
            if event == "end":
                if frames.pop()[0] is el:  # a block element ends: so does its unit
                    if el.tag == "figure":
                        self._figures -= 1
                    if self._parts:
                        self.flush()
                if el is start:
                    continue  # its tail is not its text
            elif el.text:  # a comment: its text may be the page's (.comments)
                self.comments.append((len(self.units) + (1 if self._parts else 0), el))
            tail = el.tail
            if tail:
                block, marks, in_link, _ = frames[-1]
                self.add(tail, el, block, marks, in_link)
        self.flush()

    def _enter(self, el: Element, outer: Frame) -> Frame | None:
        """Enter an element inside ``outer``: what it hands its content, or None to skip
        it (never visible, hidden, or a <br> or <img>, read here)."""
        tag = el.tag
        if tag in _DROP:
            return None
        style = el.get("style")  # hidden by its style (display:none, visibility:hidden)
        hidden = style is not None and _HIDDEN.search(style) is not None and tag not in _ROOTS
        if tag not in _INLINE:
            return self._enter_block(el, tag, outer, hidden)
        if hidden:  # inside a sentence: left out, and counted for a warning
            self.hidden_inline_chars += sum(len(s) for s in el.itertext())
            return None
        block, marks, in_link, in_article = outer
        if tag == "br":
            self.line_break()
            return None
        if tag == "img":
            self._image(el, marks)
            return None
        if tag == "a" and not in_link:
            in_link = True
            outer = (block, marks, True, in_article)
        text = el.text
        if text:
            self.add(text, el, block, marks, in_link)
        return outer

    def _enter_block(self, el: Element, tag: str, outer: Frame, hidden: bool) -> Frame:
        """Enter a block element: the unit before it ends, and its marks are added to
        those in force (or reset, when its class names the story itself); an element its
        style (``hidden``) or a CSS framework class hides gets the innermost mark, "hidden"."""
        cls = el.get("class")
        if cls and not hidden and tag not in _ROOTS:
            hidden = hidden_by_class(cls)  # (read here: the walk reads the class anyway)
        _, marks, in_link, in_article = outer
        if tag == "main":
            self.bad_marks.update(m for _, m in marks)
        kind, story = element_mark(el, tag, cls, in_article=in_article, in_figure=self._figures > 0)
        around = marks
        if story and marks:  # <div class="article__content"> in "sidebar-grid" blocks
            marks = tuple(m for m in marks if m[0] == P.HTML_HIDDEN_KIND)  # (hidden stays)
        if tag == "figure":
            self._figures += 1
        if kind:
            marks = (*marks, (kind, self._n_marks))
            self._n_marks += 1
        if hidden:
            marks = (*marks, (P.HTML_HIDDEN_KIND, self._n_marks))
            self._n_marks += 1
        if tag == "article" or tag == "main" or el.get("itemprop") == "articleBody":
            in_article = True
        if self._parts:
            self.flush()
        if tag == "h1":
            self.h1_marks.append((len(self.units), around))
        text = el.text
        if text:
            self.add(text, el, el, marks, in_link)
        return (el, marks, in_link, in_article)

    def _image(self, el: Element, marks: Marks) -> None:
        if _tiny(el):
            return
        src = image_src(el, self.base)
        if src is None:
            return
        self.flush()
        alt = el.get("alt")
        unit = Unit(
            line=max(1, sourceline(el, self._line)),
            text="",
            tag="img",
            src=src,
            alt=squash(alt) if alt and alt.strip() else None,
        )
        unit.image_name = True  # features.compute() skips units without text
        self.units.append(unit)
        self.elements.append(el)
        self.unit_marks.append(marks)

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
        if self._pieces == self._pieces_at_br or P.ends_sentence(self._last.rstrip()):
            self.flush()
            return
        self._parts.append(" ")
        self._pieces_at_br = self._pieces

    def flush(self) -> None:
        """End the unit being read (if any text was read)."""
        if not self._parts:
            return
        text = squash("".join(self._parts))
        if text and self._block is not None:
            chars = len(text) - text.count(" ")
            links = self._link_chars
            tag = self._block.tag
            self.units.append(
                Unit(
                    line=max(1, self._line),
                    text=text,
                    tag=tag if isinstance(tag, str) else "",
                    link_density=min(1.0, links / chars) if links and chars else 0.0,
                )
            )
            self.elements.append(self._block)
            self.unit_marks.append(self._marks)
        self._parts = []
        self._link_chars = 0


def _tiny(el: Element) -> bool:
    """An image declared icon-sized: an icon, a spacer or a tracking pixel."""
    for attr in ("width", "height"):
        m = _PX.match(el.get(attr) or "")
        if m and int(m.group(1)) <= P.HTML_ICON_MAX_PX:
            return True
    return False


def image_src(el: Element, base: str | None) -> str | None:
    """The image's real address: lazy-loading attributes, then srcset's first candidate,
    then ``src``; resolved against ``base``. None for inline data and empty sources."""
    candidates: list[str] = [el.get(a) or "" for a in P.HTML_LAZY_SRC_ATTRS]
    for a in P.HTML_SRCSET_ATTRS:
        value = (el.get(a) or "").strip()
        if value:
            candidates.append(value.split(",")[0].strip().split(" ")[0])
    candidates.append(el.get("src") or "")
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
