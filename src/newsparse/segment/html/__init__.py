"""HTML page -> candidate units, in document order.

The page's tree (:mod:`.repair`: the bytes libxml2 reads and the repairs for pages it
chokes on) is walked once (:mod:`.walk`); the marks around each unit are resolved
(:mod:`.marks`); the text of a page that is all inside comments is read from them
(:mod:`.comments`); and the element that holds the story is found (:mod:`.main`). Each
unit carries what only the DOM knows:

* ``tag`` and ``link_density`` (share of its text inside ``<a>``);
* ``dom_kind``: the innermost believed mark of an ancestor or itself: ``<nav>``,
  ``<footer>``, ``<aside>``, ``<figcaption>``, an ARIA role, or class/id words
  (patterns.HTML_KIND_TOKENS: sidebar, related, comments, share, cookie consent ...);
* ``in_main``: inside (True) or outside (False, when anchored under the headline) the
  element that holds the article's paragraphs;
* for ``<img>``: the resolved ``src`` and ``alt``; the unit's text is "".

What the page's head declares is read by :mod:`newsparse.metadata.head`. From here on the
pipeline is the same as for text dumps.
"""

from __future__ import annotations

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.comments import read_comments
from newsparse.segment.html.main import mark_main
from newsparse.segment.html.marks import resolve, signup_widgets
from newsparse.segment.html.repair import encode_page, parse_html
from newsparse.segment.html.walk import Walker
from newsparse.text import hint_matches
from newsparse.units import Unit

Element = etree._Element


def segment_tree(
    root: Element | None, *, url: str | None, title: str | None, warnings: list[str]
) -> list[Unit]:
    """Cut the page's tree (:func:`parse_html`) into candidate units. ``title``: the
    headline the page's head declares, to find its ``<h1>`` by."""
    if root is None:
        return []
    body = root.find("body")
    start = body if body is not None else root
    walker = Walker(url or _base_href(root), signup_widgets(start))
    walker.walk(start)
    headline = headline_unit(walker.units, title)
    revealed = resolve(walker.units, walker.unit_marks, walker.bad_marks, walker.h1_marks, headline)
    _hidden_warnings(revealed, walker.hidden_inline_chars, warnings)
    visible = sum(len(u.text) for u in walker.units)
    units, elements = walker.units, walker.elements
    if walker.comments:
        units, elements = read_comments(walker, visible, warnings)
        if units is not walker.units:  # comments' units went in: indices moved
            headline = headline_unit(units, title)
    mark_main(units, elements, headline)
    if not visible:
        _no_text(root, warnings)
    return units


def headline_unit(units: list[Unit], title: str | None) -> int | None:
    """Index of the headline: the first <h1> that matches the title (:func:`hint_matches`)."""
    if not title:
        return None
    for k, u in enumerate(units):
        if u.tag == "h1" and u.text and hint_matches(u.text, title):
            return k
    return None


def _base_href(root: Element) -> str | None:
    """The page's ``<base href>``, when it is an absolute address."""
    for el in root.iter("base"):
        href = el.get("href")
        if href and href.startswith(("http://", "https://")):
            return href
    return None


def _hidden_warnings(revealed: int, inline: int, warnings: list[str]) -> None:
    """Say what of the text the page's style hides was read as visible, or left out."""
    if revealed:
        warnings.append(
            f"{revealed} characters of text the page's style hides were read as visible: the "
            "hidden element holds most of the page's text (a script shows it)"
        )
    if inline:
        warnings.append(
            f"{inline} characters of text hidden inside sentences (display:none) were left out"
        )


def _no_text(root: Element, warnings: list[str]) -> None:
    """Say that the page shows no text, and which frames it loads its text from."""
    warnings.append("the HTML page holds no visible text")
    frames = [el.get("src") or "" for el in root.iter("frame", "iframe") if el.get("src")]
    if frames:
        warnings.append(
            "the page's text is in the frames it loads, which newsparse does not fetch: "
            + ", ".join(frames[: P.MAX_FRAMES_LISTED])
        )


__all__ = ["encode_page", "headline_unit", "parse_html", "segment_tree"]
