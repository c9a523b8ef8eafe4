"""Marks: what an element says it is (``<nav>``, ``role="complementary"``,
``class="sidebar"`` ...), and which marks to believe once the whole page is read.

A mark is a *dom kind* (navigation, footer, related, comment, share, figcaption ...) with
an id; the walk keeps the marks in force at each point, outermost first. After the walk,
:func:`resolve` drops the marks that name a layout wrapper rather than what the content
is (a mark around the headline's ``<h1>``, inside a ``<main>``, or over much of the page's
text) and gives each unit its innermost remaining one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from lxml import etree

from newsparse import patterns as P
from newsparse.units import Unit

Element = etree._Element

#: The boilerplate marks in force at a point of the walk, outermost first:
#: (dom kind, mark id).
Marks = tuple[tuple[str, int], ...]

#: A token of a (lowercased) class or id name: "article__body-text" is article, body, text.
CLASS_TOKEN: Final = re.compile(r"[a-z0-9]+")
#: Marks that name a part of whatever holds them: inside a <figure>, the figure's.
_FIGURE_PARTS: Final = frozenset({"header", "footer"})


#: Elements never taken as hidden (anti-flicker scripts hide the body until load).
#: Not the ``hidden`` attribute either: streaming renderers (React) park the real content
#: in ``<div hidden>`` until scripts move it into place.
ROOTS: Final = frozenset({"html", "body"})


def hidden_by_style(el: Element) -> bool:
    """An element that its style hides (display:none, visibility:hidden)."""
    style = el.get("style")
    if style is None or el.tag in ROOTS:
        return False
    return P.HTML_HIDDEN_STYLE.search(style) is not None


def hidden_by_class(cls: str) -> bool:
    """A class the CSS frameworks define as display:none ("hidden", "d-none"), without a
    class that shows the element again at some screen size ("md:block", "d-md-flex")."""
    for hint in P.HTML_HIDDEN_CLASS_HINTS:
        if hint in cls:
            break
    else:
        return False  # most class lists: no hiding name is even spelled in them
    names = cls.split()
    return not P.HTML_HIDDEN_CLASSES.isdisjoint(names) and not any(
        P.HTML_SHOWN_CLASS.match(n) for n in names
    )


@lru_cache(maxsize=4096)
def class_names(cls: str, ident: str) -> tuple[tuple[str, ...], ...]:
    """Token lists of each class name and the id."""
    out: list[tuple[str, ...]] = []
    for name in f"{cls} {ident}".lower().split():
        toks = tuple(CLASS_TOKEN.findall(name))
        if toks:
            out.append(toks)
    return tuple(out)


TOKEN_KIND: Final[dict[str, str]] = {}
for _kind, _words in reversed(P.HTML_KIND_TOKENS):
    for _w in _words:
        TOKEN_KIND[_w] = _kind


#: Every token that says something; most class lists (utility classes, hashed names)
#: hold none, and one set test over all their tokens settles them.
_TELLING: Final = frozenset(TOKEN_KIND) | P.HTML_CONTENT_TOKENS | P.HTML_ARTICLE_TOKENS


def says_nothing(names: str) -> bool:
    """No token of these class/id names is one the marks, the veto or the story test read."""
    return _TELLING.isdisjoint(CLASS_TOKEN.findall(names.lower()))


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
    lowered = names.lower()
    if _TELLING.isdisjoint(CLASS_TOKEN.findall(lowered)):
        return found, veto, story  # (most: utility classes, hashed names)
    for name in lowered.split():
        toks = CLASS_TOKEN.findall(name)
        if _TELLING.isdisjoint(toks):
            continue  # a name no token of which says anything (most, even here)
        for tok in reversed(toks):
            if tok in P.HTML_CONTENT_TOKENS:
                veto = True
                break
            kind = TOKEN_KIND.get(tok)
            if kind:
                found = found or kind
                break
        if not story and any(t in P.HTML_ARTICLE_TOKENS for t in toks):
            story = not any(t in TOKEN_KIND for t in toks)
    return found, veto, story


def signup_widgets(root: Element) -> set[Element]:
    """The sign-up widgets of a page: for each input asking for an e-mail address
    (:data:`~newsparse.patterns.SIGNUP_INPUT_TYPES`), the largest element around it that
    holds at most :data:`~newsparse.patterns.SIGNUP_MAX_CHARS` characters of text."""
    found: set[Element] = set()
    for field in root.iter("input"):
        if (field.get("type") or "").strip().lower() not in P.SIGNUP_INPUT_TYPES:
            continue
        widget = None
        up = field.getparent()
        while up is not None and up.tag not in ROOTS and _text_within(up, P.SIGNUP_MAX_CHARS):
            widget, up = up, up.getparent()
        if widget is not None:
            found.add(widget)
    return found


def _text_within(el: Element, limit: int) -> bool:
    """Whether the element holds at most ``limit`` characters of text (blanks aside)."""
    n = 0
    for piece in el.itertext():
        n += len(piece.strip())
        if n > limit:
            return False
    return True


def element_mark(
    el: Element,
    tag: str,
    cls: str | None,
    names: Sequence[str | bytes],
    *,
    in_article: bool,
    in_figure: bool,
) -> tuple[str, bool]:
    """(the dom kind the element declares by tag, class/id or ARIA role, or ""; whether
    its class/id names the story itself). ``cls``: its class, ``names``: its attributes'
    names (``el.keys()``: what is not among them is not read). ``<header>`` inside an
    ``<article>`` is the article's own header, and a header or footer inside a
    ``<figure>`` the figure's: no mark."""
    kind = P.HTML_KIND_TAGS.get(tag, "")
    if kind == "figcaption":
        return kind, False
    story = False
    if names:
        ident = el.get("id") if "id" in names else None
        if cls or ident:
            class_mark, story = _class_info(cls or "", ident or "")
            kind = kind or class_mark
        if not kind and "role" in names:
            role = el.get("role")
            if role:
                kind = P.HTML_KIND_ROLES.get(role.strip().lower(), "")
    if (kind == "header" and in_article) or (in_figure and kind in _FIGURE_PARTS):
        kind = ""
    return kind, story


def resolve(
    units: list[Unit],
    unit_marks: list[Marks],
    bad_marks: set[int],
    h1_marks: list[tuple[int, Marks]],
    headline: int | None,
) -> int:
    """Give each unit the innermost of its marks that names what the content is; return
    how many characters of hidden text this reads as visible (a story a script reveals).

    Dropped: ``bad_marks`` (those around a ``<main>``), the marks around the headline's
    ``<h1>`` (unit ``headline``; around every ``<h1>`` when it is None: a "recommended"
    block may hold an ``<h1>`` of its own), and marks over more than
    :data:`~newsparse.patterns.HTML_MARK_MAX_SHARE` of the page's text unless their kind
    is sure (:data:`~newsparse.patterns.HTML_SURE_KINDS`); but a hidden mark stays unless
    it holds more text than the page shows elsewhere (:func:`_still_hidden`). A
    figcaption mark always holds; a mark of HTML_PROSE_ONLY_KINDS holds only for a unit
    that ends a sentence."""
    bad = set(bad_marks)
    for at, marks in h1_marks:
        if headline is None or at == headline:
            bad.update(m for _, m in marks)
    mass: dict[int, int] = {}
    total = 0
    for u, marks in zip(units, unit_marks, strict=False):
        n = len(u.text)
        total += n
        for _, m in marks:
            mass[m] = mass.get(m, 0) + n
    limit = P.HTML_MARK_MAX_SHARE * max(1, total)
    sure = {m for marks in unit_marks for k, m in marks if k in P.HTML_SURE_KINDS}
    bad.update(m for m, n in mass.items() if n > limit and m not in sure)
    hidden = {m for marks in unit_marks for k, m in marks if k == P.HTML_HIDDEN_KIND}
    if hidden:
        bad -= _still_hidden(units, unit_marks, mass, hidden)
    revealed_marks = hidden & bad
    revealed = 0
    for u, marks in zip(units, unit_marks, strict=False):
        for kind, m in reversed(marks):
            if kind in P.HTML_PROSE_ONLY_KINDS and not P.ends_sentence(u.text):
                continue  # an author box's name or link: the byline rules read it
            if m not in bad or kind == "figcaption":
                u.dom_kind = kind
                break
        if (
            revealed_marks
            and u.dom_kind != P.HTML_HIDDEN_KIND
            and not revealed_marks.isdisjoint(m for _, m in marks)
        ):
            revealed += len(u.text)
    return revealed


def _still_hidden(
    units: list[Unit], unit_marks: list[Marks], mass: dict[int, int], hidden: set[int]
) -> set[int]:
    """The ``hidden`` marks that stay, however much text they hold: those holding no more
    text than the page shows outside every hidden element (a page that shows its story
    hides a copy or a panel; only a page that shows next to nothing waits for a script to
    reveal its story)."""
    shown = sum(
        len(u.text)
        for u, marks in zip(units, unit_marks, strict=False)
        if hidden.isdisjoint(m for _, m in marks)
    )
    return {m for m in hidden if mass.get(m, 0) <= shown}
