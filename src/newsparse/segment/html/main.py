"""The main container: which element holds the article's paragraphs.

Readability's vote: each paragraph-sized unit outside any mark scores its container and,
less, the container's parent; class/id names and ``<article>`` weigh in; far from the
headline counts less. The units inside the winner (and inside the other parts of a story
that the page splits into several same-class containers) get ``in_main=True``; when the
winner sits under the headline, the rest get ``in_main=False``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.marks import CLASS_TOKEN, TOKEN_KIND, class_names, says_nothing
from newsparse.units import Unit

Element = etree._Element

#: Block elements that hold their paragraphs' text directly (``<div>text<br>text</div>``):
#: the vote goes to the element itself, not to its parent.
_TEXT_CONTAINERS: Final = frozenset({"div", "td", "section", "article", "main", "body"})
#: Elements never taken as the story's common ancestor: that is the page.
_ROOTS: Final = frozenset({"html", "body"})


@dataclass(slots=True)
class _Votes:
    """What the paragraphs voted: each candidate element's score, and the first and last
    unit that voted for it."""

    scores: dict[Element, float] = field(default_factory=dict)
    first: dict[Element, int] = field(default_factory=dict)
    last: dict[Element, int] = field(default_factory=dict)


def mark_main(units: list[Unit], elements: list[Element], title: int | None = None) -> None:
    """Find the element that holds the article's paragraphs and set ``in_main`` on the
    units (``title``: the headline unit's index, when known)."""
    votes = _vote(units, elements)
    best, near = _choose(votes, title)
    if best is None:
        return
    parts = _chunks(best, votes.first, votes.last, units, title)
    inside = set(best.iter())
    for part in parts:
        inside.update(part.iter())
    spans = parts.values()
    lo, hi = (min(a for a, _ in spans), max(b for _, b in spans)) if parts else (0, -1)
    for k, (u, el) in enumerate(zip(units, elements, strict=False)):
        if el in inside or (u.dom_kind and lo < k < hi):
            u.in_main = True  # (a box between two parts of the story is chrome inside it)
        elif near:
            u.in_main = False  # anchored under the headline: the rest is not the story


def _vote(units: list[Unit], elements: list[Element]) -> _Votes:
    """Each unmarked unit of paragraph size with few links votes for its container (the
    element itself for a text container) and, by HTML_MAIN_PARENT_SHARE, its parent: one
    point, one per sentence mark, and up to HTML_MAIN_VOTE_LENGTH_CAP for its length."""
    votes = _Votes()
    for k, (u, el) in enumerate(zip(units, elements, strict=False)):
        if (
            u.dom_kind
            or len(u.text) < P.HTML_MAIN_MIN_CHARS
            or u.link_density > P.HTML_MAIN_MAX_LINK_DENSITY
        ):
            continue
        vote = (
            1.0
            + len(P.SENTENCE_PUNCT.findall(u.text))
            + min(P.HTML_MAIN_VOTE_LENGTH_CAP, len(u.text) / P.HTML_MAIN_VOTE_CHARS)
        )
        container = el if el.tag in _TEXT_CONTAINERS else el.getparent()
        if container is None:
            continue
        parent = container.getparent()
        for target, share in ((container, 1.0), (parent, P.HTML_MAIN_PARENT_SHARE)):
            if target is None:
                continue
            votes.scores[target] = votes.scores.get(target, 0.0) + vote * share
            votes.first.setdefault(target, k)
            votes.last[target] = k
    return votes


def _near(votes: _Votes, el: Element, title: int) -> bool:
    """Whether ``el``'s voters hold the headline or start right under it."""
    first, last = votes.first[el], votes.last[el]
    return (
        first - P.HTML_MAIN_TITLE_BEFORE <= title <= last
        or 0 <= first - title <= P.HTML_MAIN_TITLE_AFTER
    )


def _choose(votes: _Votes, title: int | None) -> tuple[Element | None, bool]:
    """(the winner, whether it sits by the headline). A candidate far from the headline
    counts HTML_MAIN_FAR_FACTOR of its score. When the winner is by the headline and
    another element outscores it on its own, the story's lead sits under the headline and
    its bulk further down (in a sibling block): the article is their common ancestor,
    unless that is the page."""
    best, best_score, best_near = None, 0.0, False
    top, top_score = None, 0.0
    for el, score in votes.scores.items():
        total = score + _content_weight(el)
        if total > top_score:
            top, top_score = el, total
        near = title is not None and _near(votes, el, title)
        if title is not None and not near:
            total *= P.HTML_MAIN_FAR_FACTOR
        if total > best_score:
            best, best_score, best_near = el, total, near
    if best is not None and best_near and top is not None and top is not best:
        common = _common_ancestor(best, top)
        if common is not None and common.tag not in _ROOTS:
            best = common
    return best, best_near


def _content_weight(el: Element) -> float:
    """Class/id and tag evidence that an element holds the story (+) or chrome (-)."""
    weight = 0.0
    if el.tag == "article" or el.get("itemprop") == "articleBody":
        weight += P.HTML_MAIN_ARTICLE_WEIGHT
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    for toks in () if says_nothing(names) else class_names(names, ""):
        for tok in reversed(toks):
            if tok in P.HTML_CONTENT_TOKENS:
                weight += P.HTML_MAIN_CLASS_WEIGHT
                break
            if tok in TOKEN_KIND:
                weight -= P.HTML_MAIN_CLASS_WEIGHT
                break
    return max(-P.HTML_MAIN_CLASS_WEIGHT, min(2 * P.HTML_MAIN_CLASS_WEIGHT, weight))


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
    if not cls or P.HTML_PART_TOKENS.isdisjoint(CLASS_TOKEN.findall(cls.lower())):
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
