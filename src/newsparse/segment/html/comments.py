"""Text inside ``<!-- -->``: read when a page's text is commented out.

Browsers do not show comments and the walk keeps only where they stand. But when the
comments hold more text than the visible page (a page whose article was commented out),
the text of each comment of :data:`~newsparse.patterns.COMMENT_MIN_CHARS` characters or
more is read as boilerplate units (dom_kind :data:`COMMENT_KIND`) where the comments
stand, with a warning, rather than lost.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.repair import flatten, lxml_parse
from newsparse.segment.html.walk import Walker, sourceline
from newsparse.units import Unit

Element = etree._Element

#: The dom_kind of units read from ``<!-- -->`` comments: boilerplate (kind "other").
COMMENT_KIND: Final = "html_comment"


def read_comments(
    walker: Walker, visible: int, warnings: list[str]
) -> tuple[list[Unit], list[Element]]:
    """The walker's units and their elements, with the comments' units among them when
    the comments hold more text than the ``visible`` characters of the page."""
    units = walker.units
    if sum(len(c.text or "") for _, c in walker.comments) <= visible:
        return units, walker.elements  # cheap bound: markup is longer than its text
    found, chars = _comment_units(walker)
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


def _comment_units(walker: Walker) -> tuple[list[tuple[int, Element, list[Unit]]], int]:
    """Each comment with text enough: (units read before it, the element that holds it,
    its units), and their characters in all."""
    found: list[tuple[int, Element, list[Unit]]] = []
    chars = 0
    for at, comment in walker.comments:
        root, _ = lxml_parse(flatten(comment.text or "").encode("utf-8"), huge=True)
        if root is None:
            continue
        body = root.find("body")
        sub = Walker(walker.base)
        sub.walk(body if body is not None else root)
        read = sub.units
        if sum(len(u.text) for u in read) < P.COMMENT_MIN_CHARS:
            continue  # "SUDA_CODE_START", "end .nav": a note in the markup, not page text
        line = sourceline(comment, 1)
        for u in read:
            u.dom_kind = COMMENT_KIND
            u.line = line + u.line - 1
            chars += len(u.text)
        parent = comment.getparent()
        found.append((at, parent if parent is not None else comment, read))
    return found, chars
