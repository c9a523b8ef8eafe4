"""Markdown rules: the lines a Markdown input's marks decide (see
:mod:`newsparse.segment.markdown`): link lines, quotes, the lead picture and its caption,
a caption that restates a picture's alt text, a picture's line of CJK text, and the lede
above the region.

Every rule here passes on a unit that did not come from Markdown (``Unit.markdown`` is
None), so HTML and plain dumps are decided as before (their units skip the rules of the
region here: :func:`_markdown_input`). The two analyses that read
Markdown's marks live with their kind: :func:`~newsparse.rules.region.markdown_short_score`
(what a short line costs the region) and :func:`~newsparse.rules.header.markdown_title`
(the headline).
"""

from __future__ import annotations

from typing import Final

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import (
    REGION,
    Decision,
    Doc,
    is_marker,
    labelled_sublist,
    name_and_role,
    names_only,
    next_text,
    reads_as_text,
    rule,
    teaser_heading,
    teaser_summary,
)
from newsparse.rules.images import image_chrome_kind, image_label
from newsparse.text import hint_matches
from newsparse.units import Unit


def _markdown_input(doc: Doc) -> range:
    """Where a rule of the article region that reads Markdown's marks may decide: every
    unit of a Markdown input (one with a unit that has its Markdown source), none of an
    HTML page's or a plain dump's (their region's units then skip those rules)."""
    return range(len(doc.units)) if doc.markdown_input else range(0)


@rule("markdown")
def markdown_echo(doc: Doc, i: int) -> Decision | None:
    """Markdown: a paragraph that repeats an earlier one word for word: another copy of
    the page's layout, which its style sheet hides (see
    :func:`~newsparse.rules.repeats.find_echoes`)."""
    if i in doc.echoes:
        return (Role.BOILERPLATE, Kind.OTHER)
    return None


@rule(REGION, _markdown_input)
def markdown_link_line(doc: Doc, i: int) -> Decision | None:
    """Markdown: a line or list item that is (nearly) all link text, inside the article
    region: a menu, a teaser or a "read more" between the story's paragraphs; not a list
    of linked names that CJK enumeration marks join ("[福岡県](..)：[久留米市](..)、[..](..)"),
    a row of the story's data."""
    u = doc.units[i]
    if (
        u.markdown is not None
        and u.link_density >= P.MD_LINK_LINE_SHARE
        and doc.in_region(i)
        and P.MD_LINKED_ENUMERATION.match(u.markdown) is None
        and not labelled_sublist(doc, i)
    ):
        return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


@rule(REGION, _markdown_input)
def markdown_link_heading(doc: Doc, i: int) -> Decision | None:
    """Markdown: a sub-heading inside the article, right under a picture, that is (nearly)
    all a link to another page of the same site ("![](a.jpg)" / "### [Headline](/story)"):
    a teaser card's headline. A section's head links nowhere or to its own anchor; a
    list's item that links out ("### [Product](https://shop.example)") is the story's."""
    if doc.in_region(i) and teaser_heading(doc, i):
        return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


@rule(REGION, _markdown_input)
def markdown_teaser_text(doc: Doc, i: int) -> Decision | None:
    """Markdown: a teaser card's summary: the text under a teaser's headline
    (:func:`markdown_link_heading`; past the card's line of links, its labels) that the
    next card's picture, or the article's end, follows."""
    u = doc.units[i]
    if u.markdown is None or u.image_name or not u.text or not doc.in_region(i):
        return None
    if not teaser_summary(doc, i):
        return None
    n = i + 1
    while n <= doc.end and doc.units[n].slot:
        n += 1
    if n > doc.end or doc.units[n].image_name:
        return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


@rule(REGION, _markdown_input)
def markdown_quote(doc: Doc, i: int) -> Decision | None:
    """Markdown: a block quote ("> ...") inside the article."""
    u = doc.units[i]
    if u.markdown is not None and u.tag == "blockquote" and doc.in_region(i):
        return (Role.BODY, Kind.QUOTE)
    return None


@rule(REGION, _markdown_input)
def markdown_picture_text(doc: Doc, i: int) -> Decision | None:
    """Markdown: a line of a picture and CJK text beside it inside the article
    ("![](a.jpg)震中地形：..."): a Chinese page's picture description or credit on the
    picture's line, the story's own line (as a browser's dump shows it), with its picture."""
    u = doc.units[i]
    if (
        u.markdown is not None
        and u.image_name
        and u.text
        and u.cjk > u.units * P.MD_PICTURE_TEXT_CJK_SHARE
        and doc.in_region(i)
        and image_chrome_kind(image_label(u)) is None
    ):
        return (Role.BODY, Kind.PARAGRAPH)
    return None


@rule("markdown")
def markdown_lead_picture(doc: Doc, i: int) -> Decision | None:
    """Markdown: a picture between the headline and the story (the lead picture), and
    the short line right under it (its caption), or a line that restates its alt text;
    not the writer's name under the writer's portrait (a name line with a role or beside
    a dateline)."""
    u = doc.units[i]
    if u.markdown is None or doc.title is None or not doc.title < i < doc.start:
        return None
    if u.image_name:
        if image_chrome_kind(image_label(u)) is None:
            return (Role.IMAGE, Kind.IMAGE)
        return None
    above = doc.units[i - 1]
    if (
        above.image_name
        and markdown_lead_picture(doc, i - 1) is not None
        and not u.image_name
        and u.text
        and not is_marker(u)
        and ((u.units <= P.CAPTION_MAX_UNITS and not u.sentence_end) or _restates_alt(doc, i))
        and not _writer(doc, i)
    ):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def _writer(doc: Doc, i: int) -> bool:
    """Markdown: the line under a lead picture is the writer's name under the writer's
    portrait, not a caption: a name line with the writer's role ("Mathias Hagen –
    Journalist") or beside a dateline ("Noora Mykkanen" / "Published November 18")."""
    name, role = name_and_role(doc.units[i].text)
    if not names_only(name):
        return False
    k = next_text(doc, i)
    return role or (k is not None and doc.units[k].dateline)


def _restates_alt(doc: Doc, i: int) -> bool:
    """Markdown: unit ``i`` restates the alt text of the picture right above it (a
    converter writes <img alt="..."> and its <figcaption> with the same words)."""
    above = doc.units[i - 1] if i > 0 else None
    return bool(
        above is not None
        and above.markdown is not None
        and above.image_name
        and above.alt
        and doc.units[i].text
        and hint_matches(doc.units[i].text, above.alt)
    )


@rule(REGION, _markdown_input)
def markdown_alt_caption(doc: Doc, i: int) -> Decision | None:
    """Markdown: a line inside the article that restates the alt text of the picture
    right above it is the picture's caption, however long; not a paragraph of the story
    (a sentence of a paragraph's length, which a page repeats as its picture's alt)."""
    if doc.in_region(i) and _restates_alt(doc, i) and not _story_paragraph(doc.units[i]):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def _story_paragraph(u: Unit) -> bool:
    """A unit of running text: a sentence of PARAGRAPH_MIN_UNITS units or more."""
    return u.sentence_end and u.units >= P.PARAGRAPH_MIN_UNITS


@rule("markdown")
def markdown_lede(doc: Doc, i: int) -> Decision | None:
    """Markdown: running text between the headline and the region (a lede, an opening
    paragraph or point the text score left out), not a link, a table row or metadata, and
    not below a "related", comments or consent head there (``Doc.lede_end``: a feed of
    other stories, as html2text writes it, between the story's opening and the region)."""
    u = doc.units[i]
    if (
        u.markdown is not None
        and doc.title is not None
        and doc.title < i < doc.start
        and (doc.lede_end is None or i < doc.lede_end)
        and u.tag in _MARKDOWN_LEDE_TAGS
        and u.link_density <= P.REGION_LINK_DENSITY_MAX
        and reads_as_text(u)
        and not is_marker(u)
    ):
        return (Role.BODY, Kind.LIST_ITEM if u.tag == "li" else Kind.PARAGRAPH)
    return None


#: The Markdown blocks that markdown_lede may take: paragraphs, items and quotes (a table
#: row above the story is the page's layout).
_MARKDOWN_LEDE_TAGS: Final = frozenset({"p", "li", "blockquote"})
