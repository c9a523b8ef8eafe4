"""HTML -> candidate blocks and the metadata hints of the page head.

The page is parsed with lxml's HTML parser. Script, style and the other never-visible
elements (and ``display:none`` ones) are dropped; every block-level element (``p``,
``h1``-``h6``, ``li``, ``td``, ``blockquote``, ``figcaption``, a ``div`` with text of its
own ...) becomes one :class:`~newsparse.features.Unit`, in document order; a ``<br>``
ends a unit after a finished sentence or when doubled, else it is a line wrap. Each unit
carries what only the DOM knows:

* ``tag`` and ``link_density`` (share of its text inside ``<a>``);
* ``dom_kind``: the innermost mark of an ancestor or itself: ``<nav>``, ``<footer>``,
  ``<aside>``, ``<figcaption>``, an ARIA role, or class/id words (patterns.HTML_KIND_TOKENS:
  sidebar, related, comments, share, cookie consent ...). A mark on an element that holds
  the headline's ``<h1>``, a ``<main>`` or over 40% of the page's text is a layout
  wrapper's name and is dropped; an element named for the story ("article__content")
  clears its ancestors' marks;
* ``in_main``: inside (True) or outside (False, when anchored under the headline) the
  element that holds the article's paragraphs, or one of its same-class parts when the
  page splits the story around ads and boxes (:func:`mark_main`);
* for ``<img>``: the resolved ``src`` (lazy-loading attributes and ``srcset`` first) and
  ``alt``; the unit's text is "" and ``image_name`` is set.

The head gives :class:`~newsparse.metadata.Hints`: JSON-LD first, then OpenGraph and
``<meta>`` conventions (Chinese CMS names included), then ``<title>`` and ``<time>``.
From there on the pipeline is the same as for text dumps.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsparse import patterns as P
from newsparse.features import Unit, count_units
from newsparse.metadata import Hints, unescape_leftovers

#: An XML declaration: its encoding named the input bytes, not the UTF-8 that libxml2 is
#: handed (encode_page), so it is removed.
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
#: A token of a (lowercased) class or id name: "article__body-text" is article, body, text.
_CLASS_TOKEN: Final = re.compile(r"[a-z0-9]+")
_PX: Final = re.compile(r"^\s*(\d+)(?:px)?\s*$")
_LANG: Final = re.compile(r"^[a-z]{2,3}\b", re.I)


def segment_html(text: str, *, url: str | None, warnings: list[str]) -> tuple[list[Unit], Hints]:
    """Cut an HTML page into candidate units, in document order, and read its hints."""
    return segment_tree(parse_html(text, warnings), url=url, warnings=warnings)


def segment_tree(
    root: Element | None, *, url: str | None, warnings: list[str]
) -> tuple[list[Unit], Hints]:
    """:func:`segment_html` on a tree :func:`parse_html` made (so that the caller can let
    the page's string go before the walk)."""
    if root is None:
        return [], Hints()
    hints = read_hints(root, url)
    base = url or _base_href(root)
    body = root.find("body")
    start = body if body is not None else root
    walker = _Walker(base)
    walker.walk(start, start, (), False, False)
    walker.flush()
    headline = _title_unit(walker.units, hints.title)
    units = walker.finish(headline)
    elements = walker.elements
    visible = sum(len(u.text) for u in units)
    if walker.comments:
        units, elements = _read_comments(walker, units, visible, warnings)
        if units is not walker.units:  # comments' units went in: indices moved
            headline = _title_unit(units, hints.title)
    mark_main(units, elements, headline)
    _check_language(hints, units)
    if not visible:
        warnings.append("the HTML page holds no visible text")
        frames = [el.get("src") or "" for el in root.iter("frame", "iframe") if el.get("src")][
            : P.MAX_FRAMES_LISTED
        ]
        if frames:
            warnings.append(
                "the page's text is in the frames it loads, which newsparse does not fetch: "
                + ", ".join(frames)
            )
    return units, hints


# ======================================================================================
# Parsing
# ======================================================================================

#: How deep libxml2 nests elements without ``huge_tree``: past this depth it stops reading
#: the page (everything after is lost), so such a page is flattened (:func:`flatten`) and
#: read again. Real pages nest a few dozen levels deep.
MAX_DEPTH: Final = 256
#: A tag this long (characters) is checked for too many attributes; shorter ones cannot
#: hold patterns.MAX_ATTRIBUTES of them.
_LONG_TAG_CHARS: Final = 3 * P.MAX_ATTRIBUTES
_LONG_TAG: Final = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_TAG_CHARS}}}")
_ANGLE: Final = re.compile(r"[<>]")
_TAG_NAME: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9:-]*\s")
_ATTRIBUTE: Final = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")

Element = etree._Element


def encode_page(text: str, warnings: list[str], utf8: bytes | None = None) -> bytes:
    """The page as the UTF-8 bytes libxml2 reads: without an XML declaration, with
    over-long attribute lists cut (:func:`_limit_attributes`). libxml2 works in UTF-8; a
    ``str`` handed to lxml is passed on as UCS-2 or UCS-4 and converted, and the string
    itself is up to four bytes a character (one emoji makes the whole page so), so the
    caller encodes once and lets the string go before the tree is built. ``utf8``: the
    bytes ``text`` was decoded from, when they are its UTF-8 as they are; given back when
    nothing needs cutting (no second copy of the page is made)."""
    cut = _limit_attributes(_XML_DECL.sub("", text, count=1), warnings)
    if utf8 is not None and cut is text:
        return utf8
    return cut.encode("utf-8")


def parse_html(page: str | bytes, warnings: list[str]) -> Element | None:
    """The page's tree (None when it holds no element), re-read flattened or as a huge
    tree when libxml2 reports it stopped early; what was done goes to ``warnings``.
    ``page`` is the decoded page, or :func:`encode_page` of it."""
    if isinstance(page, str):
        page = encode_page(page, warnings)
    root, errors = _lxml_parse(page, huge=False)
    depth = any("depth" in e for e in errors)
    # libxml2 stops at a text node or attribute over 10 MB unless told the tree is huge
    huge = any("huge" in e or "limit" in e or "too long" in e for e in errors)
    if depth or huge:
        if depth:
            warnings.append(
                f"the page nests deeper than {MAX_DEPTH} elements; the tags below depth "
                f"{P.FLATTEN_DEPTH} were dropped and their text kept"
            )
        root, errors = _lxml_parse(flatten(page.decode("utf-8")).encode("utf-8"), huge=True)
    if root is None:
        warnings.append("the HTML holds no elements; no blocks were read")
    return root


def _lxml_parse(page: bytes, *, huge: bool) -> tuple[Element | None, list[str]]:
    # lxml's plain parser (the lxml.html element classes cost a lookup per node); one per
    # call, as parsers are not to be shared between threads. Comments are kept: a page
    # whose text is all inside <!-- --> is read from them (_read_comments).
    parser = etree.HTMLParser(
        remove_pis=True,
        huge_tree=huge,
        encoding="utf-8",
        collect_ids=False,  # no id lookups
    )
    try:
        root = etree.fromstring(page, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None  # libxml2 found no element at all ("<<<", "<!---->")
    return root, [e.message.lower() for e in parser.error_log]


def _limit_attributes(text: str, warnings: list[str]) -> str:
    """Drop the attributes of a tag beyond :data:`newsparse.patterns.MAX_ATTRIBUTES`
    (keeping its lines)."""
    out: list[str] = []
    pos = 0
    for start in _long_run_tags(text, _LONG_TAG_CHARS + 1):
        m = _LONG_TAG.match(text, start)
        if m is None or start < pos or not _TAG_NAME.match(text, start + 1):
            continue  # inside the tag cut just before, or "a<b.length;" in a script
        end_m = _ANGLE.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        for k, a in enumerate(_ATTRIBUTE.finditer(text, start + 1, end)):
            if k > P.MAX_ATTRIBUTES:  # the first match is the tag name
                if not _in_raw_text(text, start):  # "a<b.length;..." in a script
                    out += [text[pos : a.start()], "\n" * text.count("\n", a.start(), end)]
                    pos = end
                break
    if not out:
        return text
    warnings.append(
        f"{len(out) // 2} tag(s) have more than {P.MAX_ATTRIBUTES} attributes;"
        " the rest were dropped"
    )
    out.append(text[pos:])
    return "".join(out)


def _long_run_tags(text: str, n: int) -> list[int]:
    """Where a ``<`` opens ``n`` or more characters without ``<`` or ``>``: the only places
    :data:`_LONG_TAG` can match. Such a run holds a multiple of n // 2 with no ``<`` or
    ``>`` within n // 2 on one side of it, so only those positions are looked around (and
    a run found is measured and skipped): about a tenth of the time the pattern takes to
    rule out every tag of a page."""
    starts: list[int] = []
    step, size = n // 2, len(text)
    p = step
    while p < size:
        if (text.find("<", p, p + step) >= 0 or text.find(">", p, p + step) >= 0) and (
            text.rfind("<", p - step, p) >= 0 or text.rfind(">", p - step, p) >= 0
        ):
            p += step  # brackets close by on both sides: no run of n holds p
            continue
        opening = max(text.rfind("<", 0, p), text.rfind(">", 0, p))
        ends = [k for k in (text.find("<", p), text.find(">", p)) if k >= 0]
        end = min(ends) if ends else size
        if end - opening - 1 >= n and opening >= 0 and text[opening] == "<":
            starts.append(opening)
        p = (end // step + 1) * step
    return starts


#: How far back :func:`_in_raw_text` looks for the ``<script>`` or ``<style>`` it may be in.
_RAW_TEXT_LOOKBACK: Final = 1_000_000


def _in_raw_text(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a ``<script>`` or ``<style>`` (looking back a while)."""
    before = text[max(0, pos - _RAW_TEXT_LOOKBACK) : pos].lower()
    return any(before.rfind(f"<{t}") > before.rfind(f"</{t}") for t in ("script", "style"))


#: Tokens of :func:`flatten`: comments and raw-text elements (skipped whole), and tags.
_TOKEN: Final = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|plaintext|noembed|noframes|iframe)\b[^>]*>"
    r".*?(?:</\1\s*>|\Z)"
    r"|<(/?)([a-zA-Z][^\s/>]*)[^>]*>",
    re.S | re.I,
)
_VOID: Final = frozenset(
    {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input"}
    | {"isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"}
)
#: An open element the opening of another closes (<li> closes <li>, a block closes <p>).
_IMPLIED_CLOSE: Final[dict[str, frozenset[str]]] = {
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tr": frozenset({"tr", "td", "th"}),
    "option": frozenset({"option"}),
}


def flatten(text: str, depth: int = P.FLATTEN_DEPTH) -> str:
    """The markup with every tag nested deeper than ``depth`` removed: its text stays,
    a dropped block tag becomes ``<br><br>`` (a paragraph break), an inline one nothing;
    the line ends inside dropped tags are kept, so source lines stay right. Nesting is
    counted by a linear approximation of the HTML tree rules (void elements, implied
    closing of ``<p>``, ``<li>``, table cells ...), never below libxml2's count."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    pos = 0
    for m in _TOKEN.finditer(text):
        name = m.group(3)
        if name is None:
            continue  # a comment or a raw-text element: copied as it is
        name = name.lower()
        keep = True
        if m.group(2):  # a closing tag
            for k in range(len(stack) - 1, max(-1, len(stack) - 1 - P.CLOSE_REACH), -1):
                if stack[k][0] == name:
                    keep = stack[k][1]
                    del stack[k:]
                    break
        elif name not in _VOID:
            top = stack[-1][0] if stack else ""
            if top in _IMPLIED_CLOSE.get(name, ()) or (top == "p" and name not in _INLINE):
                stack.pop()
            keep = len(stack) < depth
            stack.append((name, keep))
        if not keep:
            out.append(text[pos : m.start()])
            out.append("" if name in _INLINE else "<br><br>")
            out.append("\n" * text.count("\n", m.start(), m.end()))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


#: The dom_kind of units read from ``<!-- -->`` comments: boilerplate (kind "other").
COMMENT_KIND: Final = "html_comment"


def _read_comments(
    walker: _Walker, units: list[Unit], visible: int, warnings: list[str]
) -> tuple[list[Unit], list[Element]]:
    """Text inside ``<!-- -->`` is not shown by browsers and is normally dropped. But when
    the comments hold more text than the visible page (a page whose article was commented
    out), the text of each comment of :data:`newsparse.patterns.COMMENT_MIN_CHARS`
    characters or more is read as boilerplate units (dom_kind :data:`COMMENT_KIND`) where
    the comments stand, with a warning, rather than lost."""
    if sum(len(c.text or "") for _, c in walker.comments) <= visible:
        return units, walker.elements  # cheap bound: markup is longer than its text
    found: list[tuple[int, Element, list[Unit]]] = []  # (units before it, owner, its units)
    chars = 0
    for at, comment in walker.comments:
        root, _ = _lxml_parse(flatten(comment.text or "").encode("utf-8"), huge=True)
        if root is None:
            continue
        body = root.find("body")
        start = body if body is not None else root
        sub = _Walker(walker.base)
        sub.walk(start, start, (), False, False)
        sub.flush()
        read = sub.finish()
        if sum(len(u.text) for u in read) < P.COMMENT_MIN_CHARS:
            continue  # "SUDA_CODE_START", "end .nav": a note in the markup, not page text
        line = _sourceline(comment, 1)
        for u in read:
            u.dom_kind = COMMENT_KIND
            u.line = line + u.line - 1
            chars += len(u.text)
        parent = comment.getparent()
        owner = parent if parent is not None else comment
        found.append((at, owner, read))
    if chars <= visible:
        return units, walker.elements
    out_units: list[Unit] = []
    out_elements: list[Element] = []
    prev = 0
    for at, owner, read in found:
        at = min(at, len(units))
        out_units += units[prev:at] + read
        out_elements += walker.elements[prev:at] + [owner] * len(read)
        prev = at
    out_units += units[prev:]
    out_elements += walker.elements[prev:]
    warnings.append(
        f"{chars} characters of the page's text are inside HTML comments (<!-- -->), more "
        "than it shows; they were read as boilerplate blocks"
    )
    return out_units, out_elements


def _base_href(root: Element) -> str | None:
    for el in root.iter("base"):
        href = el.get("href")
        if href and href.startswith(("http://", "https://")):
            return href
    return None


#: Elements never skipped as hidden (anti-flicker scripts hide the body until load).
#: Not the ``hidden`` attribute either: streaming renderers (React) park the real content
#: in ``<div hidden>`` until scripts move it into place.
_ROOTS: Final = frozenset({"html", "body"})
_COMMENT: Final = etree.Comment
_DROP: Final = P.HTML_DROP_TAGS
_INLINE: Final = P.HTML_INLINE_TAGS
_KIND_TAGS: Final = P.HTML_KIND_TAGS
#: Marks that name a part of whatever holds them: inside a <figure>, the figure's.
_FIGURE_PARTS: Final = frozenset({"header", "footer"})
_HIDDEN: Final = P.HTML_HIDDEN_STYLE
_HIDDEN_CLASS_HINT: Final = P.HTML_HIDDEN_CLASS_HINT


def _hidden_by_style(el: Element) -> bool:
    """An element that its style hides (display:none, visibility:hidden)."""
    style = el.get("style")
    return style is not None and _HIDDEN.search(style) is not None and el.tag not in _ROOTS


def _hidden_by_class(cls: str) -> bool:
    """A class the CSS frameworks define as display:none ("hidden", "d-none"), without a
    class that shows the element again at some screen size ("md:block", "d-md-flex")."""
    if not _HIDDEN_CLASS_HINT.search(cls):
        return False  # most class lists: no hiding name is even spelled in them
    names = cls.split()
    return not P.HTML_HIDDEN_CLASSES.isdisjoint(names) and not any(
        P.HTML_SHOWN_CLASS.match(n) for n in names
    )


def _sourceline(el: Element, default: int) -> int:
    line = el.sourceline
    return line if isinstance(line, int) and line > 0 else default


def _squash(s: str) -> str:
    return " ".join(s.split())


# ======================================================================================
# Walking the body
# ======================================================================================

#: The boilerplate marks in force at a point of the walk, outermost first:
#: (dom kind, mark id).
Marks = tuple[tuple[str, int], ...]


class _Walker:
    """Depth-first walk that collects inline text into block units.

    Marks (``<nav>``, ``class="sidebar"`` ...) are checked after the walk: a mark whose
    element holds the headline, a ``<main>`` or much of the page's text names a layout
    wrapper, not what the content is, and is ignored."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.units: list[Unit] = []
        self.elements: list[Element] = []
        """The block element each unit was read from (parallel to ``units``)."""
        self._unit_marks: list[Marks] = []
        self._bad_marks: set[int] = set()
        self._figures = 0
        """How many <figure> elements the walk is inside."""
        self._h1_marks: list[tuple[int, Marks]] = []
        """Each <h1>: the index its first unit will have, and the marks around it."""
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
        self.comments: list[tuple[int, Element]] = []
        """``<!-- -->`` comments met, with the number of units read before each."""

    # -- buffer ----------------------------------------------------------------------

    def add(self, s: str | None, at: Element, block: Element, marks: Marks, in_link: bool) -> None:
        """Add inline text ``s``; ``at`` is the element whose source line it starts on."""
        if not s:
            return
        if s.isspace():  # the indentation between tags: a space inside a block at most
            if self._parts:
                self._parts.append(s)
            return
        if not self._parts:
            self._line = _sourceline(at, self._line)
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
        if not self._parts:
            return
        text = _squash("".join(self._parts))
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
            self._unit_marks.append(self._marks)
        self._parts = []
        self._link_chars = 0

    def finish(self, headline: int | None = None) -> list[Unit]:
        """Drop implausible marks, then give each unit its innermost remaining one.

        Marks around the headline's <h1> (unit ``headline``; every <h1> when it is None)
        name layout wrappers: a "recommended" block may hold an <h1> of its own."""
        for at, marks in self._h1_marks:
            if headline is None or at == headline:
                self._bad_marks.update(m for _, m in marks)
        mass: dict[int, int] = {}
        total = 0
        for u, marks in zip(self.units, self._unit_marks, strict=False):
            n = len(u.text)
            total += n
            for _, m in marks:
                mass[m] = mass.get(m, 0) + n
        limit = P.HTML_MARK_MAX_SHARE * max(1, total)
        sure = {m for marks in self._unit_marks for k, m in marks if k in P.HTML_SURE_KINDS}
        bad = self._bad_marks | {m for m, n in mass.items() if n > limit and m not in sure}
        for u, marks in zip(self.units, self._unit_marks, strict=False):
            for kind, m in reversed(marks):
                if m not in bad or kind == "figcaption":
                    u.dom_kind = kind
                    break
        return self.units

    # -- tree ------------------------------------------------------------------------

    def walk(
        self,
        el: Element,
        block: Element,
        marks: Marks,
        in_link: bool,
        in_article: bool,
        depth: int = 0,
    ) -> None:
        tag: object = el.tag
        if tag.__class__ is not str:
            if tag is _COMMENT and el.text:
                self.comments.append((len(self.units) + (1 if self._parts else 0), el))
            return
        if tag in _DROP:
            return
        if depth > P.MAX_WALK_DEPTH:
            self.deep(el, block, marks, in_link)
            return
        if _hidden_by_style(el):  # (asked here, of the elements the walk meets: an
            return  # XPath pass beforehand would visit every element of the page)
        if tag in _INLINE:
            if tag == "br":
                self.line_break()
                return
            if tag == "img":
                self._image(el, marks)
                return
            if tag == "a":
                in_link = True
            text = el.text
            if text:
                self.add(text, el, block, marks, in_link)
            for child in el:
                self.walk(child, block, marks, in_link, in_article, depth + 1)
                text = child.tail
                if text:
                    self.add(text, child, block, marks, in_link)
            return
        cls = el.get("class")
        if cls and tag not in _ROOTS and _hidden_by_class(cls):
            return  # hidden by a framework class (read here: the walk reads it anyway)
        outer = marks
        if tag == "main":
            self._bad_marks.update(m for _, m in marks)
        kind = _KIND_TAGS.get(tag, "")
        if kind != "figcaption":
            ident = el.get("id")
            if cls or ident:
                class_mark, says_article = _class_info(cls or "", ident or "")
                if marks and says_article:
                    marks = ()  # <div class="article__content"> in "sidebar-grid" blocks
                if not kind:
                    kind = class_mark
            if not kind:
                role = el.get("role")
                if role:
                    kind = P.HTML_KIND_ROLES.get(role.strip().lower(), "")
            if kind == "header" and in_article:
                kind = ""  # <article><header><h1>: the article's own header
            if self._figures and kind in _FIGURE_PARTS:
                kind = ""  # <figure><div class="figure-footer">: the figure's, not the page's
        if tag == "figure":
            self._figures += 1
        if kind:
            marks = (*marks, (kind, self._n_marks))
            self._n_marks += 1
        if tag == "article" or tag == "main" or el.get("itemprop") == "articleBody":
            in_article = True
        if self._parts:
            self.flush()
        if tag == "h1":
            self._h1_marks.append((len(self.units), outer))
        text = el.text
        if text:
            self.add(text, el, el, marks, in_link)
        for child in el:
            self.walk(child, el, marks, in_link, in_article, depth + 1)
            text = child.tail
            if text:
                self.add(text, child, el, marks, in_link)
        if tag == "figure":
            self._figures -= 1
        if self._parts:
            self.flush()

    def deep(self, el: Element, block: Element, marks: Marks, in_link: bool) -> None:
        """A subtree below :data:`newsparse.patterns.MAX_WALK_DEPTH`, walked without
        recursion: its visible text in order, a unit per block element, images kept; no
        marks of its own."""
        todo: list[tuple[Element, bool]] = [(el, False)]
        blocks: list[Element] = [block]
        while todo:
            node, closing = todo.pop()
            tag = node.tag
            if closing:
                if tag not in _INLINE:
                    self.flush()
                    blocks.pop()
                if node is not el and node.tail:
                    self.add(node.tail, node, blocks[-1], marks, in_link)
                continue
            skip = (
                tag.__class__ is not str
                or tag in _DROP
                or _hidden_by_style(node)
                or (tag not in _INLINE and _hidden_by_class(node.get("class") or ""))
            )
            if skip or tag == "br" or tag == "img":
                if tag == "br":
                    self.line_break()
                elif tag == "img":
                    self._image(node, marks)
                if node is not el and node.tail:
                    self.add(node.tail, node, blocks[-1], marks, in_link)
                continue
            if tag not in _INLINE:
                self.flush()
                blocks.append(node)
            if node.text:
                self.add(node.text, node, blocks[-1], marks, in_link)
            todo.append((node, True))
            todo.extend((child, False) for child in reversed(node))

    def _image(self, el: Element, marks: Marks) -> None:
        if _tiny(el):
            return
        src = image_src(el, self.base)
        if src is None:
            return
        self.flush()
        alt = el.get("alt")
        unit = Unit(
            line=max(1, _sourceline(el, self._line)),
            text="",
            tag="img",
            src=src,
            alt=_squash(alt) if alt and alt.strip() else None,
        )
        unit.image_name = True  # features.compute() skips units without text
        self.units.append(unit)
        self.elements.append(el)
        self._unit_marks.append(marks)


def _title_unit(units: list[Unit], hint: str | None) -> int | None:
    """Index of the headline: the first <h1> that matches the title hint (one contains
    the other, the shorter at least half the longer)."""
    if not hint:
        return None
    h = hint.casefold()
    for k, u in enumerate(units):
        if u.tag == "h1" and u.text:
            t = u.text.casefold()
            short, long = (t, h) if len(t) <= len(h) else (h, t)
            if short in long and len(short) >= 0.5 * len(long):
                return k
    return None


@lru_cache(maxsize=4096)
def _class_names(cls: str, ident: str) -> tuple[tuple[str, ...], ...]:
    """Token lists of each class name and the id."""
    out: list[tuple[str, ...]] = []
    for name in f"{cls} {ident}".lower().split():
        toks = tuple(_CLASS_TOKEN.findall(name))
        if toks:
            out.append(toks)
    return tuple(out)


_TOKEN_KIND: Final[dict[str, str]] = {}
for _kind, _words in reversed(P.HTML_KIND_TOKENS):
    for _w in _words:
        _TOKEN_KIND[_w] = _kind


#: Every token that says something; most class lists (utility classes, hashed names)
#: hold none, and one set test over all their tokens settles them.
_TELLING: Final = frozenset(_TOKEN_KIND) | P.HTML_CONTENT_TOKENS | P.HTML_ARTICLE_TOKENS


def _says_nothing(names: str) -> bool:
    """No token of these class/id names is one the marks, the veto or the story test read."""
    return _TELLING.isdisjoint(_CLASS_TOKEN.findall(names.lower()))


def _class_info(cls: str, ident: str) -> tuple[str, bool]:
    """(DOM kind the class/id names declare, whether they name the story itself)."""
    kind, veto, story = _name_info(cls)
    if ident:
        kind2, veto2, story2 = _name_info(ident)
        kind, veto, story = kind or kind2, veto or veto2, story or story2
    return ("" if veto else kind), story


@lru_cache(maxsize=8192)
def _name_info(names: str) -> tuple[str, bool, bool]:
    """For a class (or id) attribute: the first mark its names declare, whether a name
    ends on a content word (which vetoes every mark), and whether a name is made of
    article words and no chrome word ("article__content", "entry-content").

    Within one name the last telling token decides ("article-related" is related,
    "comment-list" a comment list, "sidebar-grid__content" and "post-content" content)."""
    found, veto, story = "", False, False
    if _says_nothing(names):
        return found, veto, story
    for toks in _class_names(names, ""):
        for tok in reversed(toks):
            if tok in P.HTML_CONTENT_TOKENS:
                veto = True
                break
            kind = _TOKEN_KIND.get(tok)
            if kind:
                found = found or kind
                break
        if not story and any(t in P.HTML_ARTICLE_TOKENS for t in toks):
            story = not any(t in _TOKEN_KIND for t in toks)
    return found, veto, story


def class_kind(el: Element) -> str:
    """The DOM kind an element's class/id names declare, or ""."""
    return _class_info(el.get("class") or "", el.get("id") or "")[0]


def _content_weight(el: Element) -> float:
    """Class/id and tag evidence that an element holds the story (+) or chrome (-)."""
    weight = 0.0
    if el.tag == "article" or el.get("itemprop") == "articleBody":
        weight += P.HTML_MAIN_ARTICLE_WEIGHT
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    for toks in () if _says_nothing(names) else _class_names(names, ""):
        for tok in reversed(toks):
            if tok in P.HTML_CONTENT_TOKENS:
                weight += P.HTML_MAIN_CLASS_WEIGHT
                break
            if tok in _TOKEN_KIND:
                weight -= P.HTML_MAIN_CLASS_WEIGHT
                break
    return max(-P.HTML_MAIN_CLASS_WEIGHT, min(2 * P.HTML_MAIN_CLASS_WEIGHT, weight))


def mark_main(units: list[Unit], elements: list[Element], title: int | None = None) -> None:
    """Find the element that holds the article's paragraphs (readability's vote: each
    paragraph scores its container and, half, the container's parent; class names weigh
    in; far from the headline unit ``title`` counts less) and set ``in_main`` on the
    units inside it."""
    scores: dict[Element, float] = {}
    first: dict[Element, int] = {}
    last: dict[Element, int] = {}
    for k, (u, el) in enumerate(zip(units, elements, strict=False)):
        if (
            u.dom_kind
            or len(u.text) < P.HTML_MAIN_MIN_CHARS
            or u.link_density > P.HTML_MAIN_MAX_LINK_DENSITY
        ):
            continue
        vote = 1.0 + len(P.SENTENCE_PUNCT.findall(u.text)) + min(3.0, len(u.text) / 100)
        container = el if el.tag in _TEXT_CONTAINERS else el.getparent()
        if container is None:
            continue
        parent = container.getparent()
        for target, share in ((container, 1.0), (parent, 0.5)):
            if target is None:
                continue
            scores[target] = scores.get(target, 0.0) + vote * share
            first.setdefault(target, k)
            last[target] = k
    if not scores:
        return
    best, best_score, best_near = None, 0.0, False
    top, top_score = None, 0.0
    for el, score in scores.items():
        total = score + _content_weight(el)
        if total > top_score:
            top, top_score = el, total
        near = title is not None and (
            first[el] - P.HTML_MAIN_TITLE_BEFORE <= title <= last[el]
            or 0 <= first[el] - title <= P.HTML_MAIN_TITLE_AFTER
        )
        if title is not None and not near:
            total *= P.HTML_MAIN_FAR_FACTOR
        if total > best_score:
            best, best_score, best_near = el, total, near
    if best is None:
        return
    if best_near and top is not None and top is not best:
        # the story's lead sits under the headline and its bulk further down (in a
        # sibling block): the article is their common ancestor, unless that is the page
        common = _common_ancestor(best, top)
        if common is not None and common.tag not in _ROOTS:
            best = common
    inside = set(best.iter())
    parts = _chunks(best, first, last, units, title)
    for part in parts:
        inside.update(part.iter())
    spans = parts.values()
    lo, hi = (min(a for a, _ in spans), max(b for _, b in spans)) if parts else (0, -1)
    for k, (u, el) in enumerate(zip(units, elements, strict=False)):
        if el in inside or (u.dom_kind and lo < k < hi):
            u.in_main = True  # (a box between two parts of the story is chrome inside it)
        elif best_near:
            u.in_main = False  # anchored under the headline: the rest is not the story


def _chunks(
    best: Element,
    first: dict[Element, int],
    last: dict[Element, int],
    units: list[Unit],
    title: int | None,
) -> dict[Element, tuple[int, int]]:
    """The parts of a story whose page splits its text into several containers of one
    class (between them, ads and "most read" boxes): ``best`` and the other elements of
    its tag and class that hold two or more voting paragraphs each, below the headline
    and above the next <h1> (a story appended below); each with the span of units its
    voters cover. Only for a class named for the story's body ("body__inner-container",
    "story-block-content"). Empty when there is no other part."""
    cls = best.get("class")
    if not cls or P.HTML_PART_TOKENS.isdisjoint(_CLASS_TOKEN.findall(cls.lower())):
        return {}  # (a page builder's text-block class names every block of a page)
    spans: dict[Element, tuple[int, int]] = {}
    for el in first:
        part = el if el.tag == best.tag and el.get("class") == cls else None
        if part is None:
            part = next((a for a in el.iterancestors(best.tag) if a.get("class") == cls), None)
        if part is not None:
            lo, hi = spans.get(part, (first[el], last[el]))
            spans[part] = (min(lo, first[el]), max(hi, last[el]))
    lo, hi = spans.get(best, (0, 0))
    if lo == hi:
        return {}  # (one paragraph is a teaser's summary, not a part of a story)
    start = -1 if title is None else title
    stop = next((k for k in range(lo + 1, len(units)) if units[k].tag == "h1"), len(units))
    above = set(best.iterancestors())
    parts = {
        el: span
        for el, span in spans.items()
        if start < span[0] < span[1] < stop and el not in above and best not in el.iterancestors()
    }
    return parts if len(parts) > 1 else {}


def _common_ancestor(a: Element, b: Element) -> Element | None:
    # The set holds the proxies themselves, not their id()s: an ancestor's proxy that
    # nothing else holds is freed once looked at, and a later proxy (of another element)
    # could take its address, so ids matched wrongly depending on memory layout.
    seen = {a, *a.iterancestors()}
    if b in seen:
        return b
    for x in b.iterancestors():
        if x in seen:
            return x
    return None


#: Block elements that hold their paragraphs' text directly (``<div>text<br>text</div>``):
#: the vote goes to the element itself, not to its parent.
_TEXT_CONTAINERS: Final = frozenset({"div", "td", "section", "article", "main", "body"})


def _tiny(el: Element) -> bool:
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


# ======================================================================================
# Hints from the head
# ======================================================================================


def read_hints(root: Element, url: str | None = None) -> Hints:
    """Metadata the page declares: JSON-LD, OpenGraph, <meta>, <title>, <time>, lang."""
    host = _hostname(url)
    metas = _meta_map(root)
    ld = _jsonld_article(root)
    hints = Hints()

    site = _ld_name(ld.get("publisher")) if ld else None
    hints.site_name = site or _first_meta(metas, P.META_SITE_NAME)

    hints.description = _first_meta(metas, P.META_DESCRIPTION)
    raw_title: str | None = None
    if ld:
        raw_title = _ld_text(ld.get("headline")) or _ld_text(ld.get("name"))
    if raw_title and _is_description(raw_title, hints.description):
        raw_title = None
    raw_title = raw_title or _first_meta(metas, P.META_TITLE)
    declared = raw_title is not None
    if not raw_title:
        title_el = root.find(".//title")
        if title_el is not None:
            raw_title = _squash("".join(str(t) for t in title_el.itertext())) or None
    if raw_title:
        hints.title, suffix_site = strip_title(
            unescape_leftovers(raw_title), hints.site_name, host=host, declared=declared
        )
        hints.site_name = hints.site_name or suffix_site

    if ld:
        hints.published = _ld_text(ld.get("datePublished")) or _ld_text(ld.get("dateCreated"))
        hints.modified = _ld_text(ld.get("dateModified"))
        hints.authors = _ld_people(ld.get("author"))
        kw = ld.get("keywords")
        if isinstance(kw, list):
            hints.tags = [t for k in kw if isinstance(k, str) for t in _split_tags(k)]
        elif isinstance(kw, str):
            hints.tags = _split_tags(kw)
    hints.published = hints.published or _first_meta(metas, P.META_PUBLISHED) or _time_el(root)
    hints.modified = hints.modified or _first_meta(metas, P.META_MODIFIED)
    if not hints.authors:
        hints.authors = _meta_authors(metas, hints.site_name)
    source = _first_meta(metas, P.META_SOURCE)
    if source and len(source) <= P.NAME_MAX_CHARS and not source.startswith("http"):
        hints.source = source
    if not hints.tags:
        for name in P.META_TAGS:
            values = metas.get(name)
            if values:
                hints.tags = [t for v in values for t in _split_tags(v)]
                break
    hints.language = _language(root, metas)
    return hints


def _is_description(headline: str, description: str | None) -> bool:
    """A JSON-LD headline that is the page's description, word for word, and longer than a
    headline can be: an excerpt the CMS filled the headline field with."""
    return (
        description is not None
        and _squash(headline) == description
        and count_units(description)[0] > P.TITLE_DESCRIPTION_MIN_UNITS
    )


def _hostname(url: str | None) -> str | None:
    """The host of ``url``; None for no URL or one that does not parse ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _meta_map(root: Element) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(_squash(content))
    return out


def _first_meta(metas: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        values = metas.get(name)
        if values:
            return values[0]
    return None


def _time_el(root: Element) -> str | None:
    """``<time datetime>``: one marked as the publication time, else the first."""
    first: str | None = None
    for el in root.iter("time"):
        value = el.get("datetime")
        if not value:
            continue
        if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
            return value
        first = first or value
    return first


def _language(root: Element, metas: dict[str, list[str]]) -> str | None:
    for value in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _first_meta(metas, ("content-language", "og:locale", "language", "dc.language")),
    ):
        if value:
            m = _LANG.match(value.strip())
            if m:
                return m.group(0).lower()
    return None


def _check_language(hints: Hints, units: list[Unit]) -> None:
    """Templates often keep ``lang="en"`` on Chinese pages: drop a declared language that
    the script of the text contradicts (the text decides later)."""
    if hints.language is None:
        return
    sample = "".join(u.text for u in units if len(u.text) >= 20)[:4000]
    if not sample:
        return
    cjk = len(P.CJK_CHAR.findall(sample))
    text_is_cjk = cjk >= P.CJK_TEXT_MIN_SHARE * len(sample.replace(" ", ""))
    if (hints.language in ("zh", "ja", "ko")) != text_is_cjk:
        hints.language = None


def _split_tags(value: str) -> list[str]:
    return [t for t in P.META_TAG_SPLIT.split(value.strip()) if t]


def _meta_authors(metas: dict[str, list[str]], site: str | None) -> list[str]:
    for name in P.META_AUTHOR:
        for value in metas.get(name, []):
            value = re.sub(r"^by\s+", "", value, flags=re.I).strip()
            if (
                not any(ch.isalpha() for ch in value)
                or value.startswith(("http://", "https://", "@", "www."))
                or (site and value.casefold() == site.casefold())
                or len(value) > 2 * P.NAME_MAX_CHARS
            ):
                continue
            splitter = P.NAME_SPLIT_CJK if P.CJK_CHAR.match(value) else P.NAME_SPLIT
            names = [n.strip() for n in splitter.split(value) if n.strip()]
            if names:
                return names
    return []


def strip_title(
    title: str, site: str | None, *, host: str | None = None, declared: bool = False
) -> tuple[str, str | None]:
    """(headline, site name) from a page title: " - Site", "_频道_站点", " | Site"
    suffixes (and a "Site | " prefix) are cut off.

    A trailing part that names the site (``site`` or the page's ``host``) is cut with
    everything after it. Otherwise, for a ``<title>`` (``declared=False``), short trailing
    parts are cut; a ``declared`` headline (JSON-LD, og:title) keeps them: "Zwei
    Rücktritte - und viele offene Fragen" is one headline."""
    title = _squash(title)
    pieces = [(m.start(), m.end()) for m in P.TITLE_SEPARATOR.finditer(title)]
    if not pieces:
        return title, None
    bounds = [0, *[x for s, e in pieces for x in (s, e)], len(title)]
    parts = [title[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    names = _site_names(site, host)
    lo, hi = 0, len(parts)
    removed_site: str | None = None
    # a leading site name: "Site | Headline"
    if hi > 1 and _names_site(parts[0], names):
        lo = 1
    for k in range(hi - 1, lo, -1):
        if _names_site(parts[k], names):
            removed_site, hi = parts[k], k
            # "标题_频道_站点": the channel names go with the site
            while hi - lo > 1 and title[bounds[2 * hi - 1] : bounds[2 * hi]].strip() == "_":
                hi -= 1
            break
    else:
        while not declared and hi - lo > 1:
            last = parts[hi - 1]
            head = title[bounds[2 * lo] : bounds[2 * (hi - 1) - 1]]
            if last and (len(last) > P.TITLE_SUFFIX_MAX_CHARS or len(last) >= len(head)):
                break
            removed_site = removed_site or last or None
            hi -= 1
    headline = title[bounds[2 * lo] : bounds[2 * hi - 1]].strip()
    return (headline or title), removed_site


def _site_names(site: str | None, host: str | None) -> set[str]:
    names: set[str] = set()
    if site:
        names.add(site.casefold())
    if host:
        h = host.casefold().removeprefix("www.")
        names.add(h)
        label = h.split(".")[0]
        if len(label) >= 3:
            names.add(label)
    return names


def _names_site(part: str, names: set[str]) -> bool:
    p = part.casefold()
    if not p:
        return False
    joined = p.replace(" ", "")  # "The Nutrition Source" is host nutritionsource.…
    if p in names or joined in names:
        return True
    return any(len(n) >= 4 and (n in p or n in joined) and len(p) <= len(n) + 12 for n in names)


# -- JSON-LD ---------------------------------------------------------------------------


def _jsonld_article(root: Element) -> dict[str, Any] | None:
    """The first JSON-LD object of an article type (searching @graph lists too)."""
    fallback: dict[str, Any] | None = None
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _load_json(el.text or "")
        if data is None:
            continue
        for obj in _ld_objects(data):
            types = obj.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            lowered = {t.lower() for t in names if isinstance(t, str)}
            if lowered & P.JSONLD_ARTICLE_TYPES or any(t.endswith("article") for t in lowered):
                return obj
            if fallback is None and "webpage" in lowered and obj.get("datePublished"):
                fallback = obj
    return fallback


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past the stack
        return None


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            sub = data.get(key)
            if isinstance(sub, (list, dict)):
                yield from _ld_objects(sub, depth + 1)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and str(value).strip():
        # CMSs often write JSON-LD strings HTML-escaped ("zerst&ouml;ren", "&#8217;")
        return _squash(html.unescape(str(value)))
    return None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _ld_people(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        name = _ld_name(item)
        if name and not name.startswith(("http://", "https://")):
            out.append(name)
    return out
