"""Boilerplate rules: legal notices and related-link heads by their words, page chrome by
the DOM, widget labels, and what lies above and below the article."""

from __future__ import annotations

from typing import Final

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import (
    REGION,
    Decision,
    Doc,
    back,
    having,
    hidden,
    links_to_site,
    next_text,
    reads_as_text,
    rule,
    teaser_heading,
    teaser_summary,
)
from newsparse.segment.text import display_width
from newsparse.text import norm_text
from newsparse.units import Unit

#: The Kind of a boilerplate head's or a DOM mark's kind name, the finer names by their
#: alias (one dict lookup: building an Enum from its value costs as much as a rule).
_KIND_OF: Final[dict[str, Kind]] = {
    **{k.value: k for k in Kind},
    **{name: Kind(alias) for name, alias in P.KIND_ALIASES.items()},
}


@rule("dom_kind")
def hidden_text(doc: Doc, i: int) -> Decision | None:
    """HTML: text the page's style hides (display:none, visibility:hidden, a CSS
    framework's hidden class), a menu or panel a script opens: kept, as boilerplate."""
    if hidden(doc.units[i]):
        return (Role.BOILERPLATE, Kind.HIDDEN)
    return None


@rule("boiler_kind")
def boilerplate_head(doc: Doc, i: int) -> Decision | None:
    """Legal notices, related-link heads, share bars ...: by their marker words."""
    kind = doc.units[i].boiler_kind
    return (Role.BOILERPLATE, _KIND_OF[kind]) if kind else None


@rule("marks_only")
def renderer_marks(doc: Doc, i: int) -> Decision | None:
    """A text dump's line made only of a renderer's marks: w3m's "[INS::INS]" (an empty
    <ins>, most often an ad's slot), "[DEL:...:DEL]", a table's border ("└───┘"), lynx's
    "[12]" link numbers."""
    return (Role.BOILERPLATE, Kind.OTHER) if doc.units[i].marks_only else None


def _above_region(doc: Doc) -> range:
    """Where :func:`before_article` may decide: above the region."""
    return range(doc.start)


@rule(scope=_above_region)
def before_article(doc: Doc, i: int) -> Decision | None:
    """Above the article: menus and page header."""
    if i < doc.start and not doc.units[i].slot:
        return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


@rule(REGION)
def side_column(doc: Doc, i: int) -> Decision | None:
    """A text dump's narrow line inside the article that opens far right of the story's
    paragraphs, in line with a cell that a neighbouring line holds past a gap of spaces: a
    sidebar's cell that w3m set beside the story's, between its lines (SIDE_COLUMN_*)."""
    u = doc.units[i]
    if len(u.indent) < P.SIDE_COLUMN_MIN_OFFSET // 2 or u.slot or u.tag or not doc.in_region(i):
        return None
    opens = display_width(u.indent)
    if opens - display_width(doc.para_indent) < P.SIDE_COLUMN_MIN_OFFSET:
        return None
    if display_width(u.text) > P.SIDE_COLUMN_MAX_WIDTH:
        return None
    for k in (back(doc, i, 1), next_text(doc, i)):
        v = doc.units[k] if k is not None and k != i else None
        if v is not None and any(
            abs(display_width(v.indent + v.text[: m.end()]) - opens) <= P.SIDE_COLUMN_ALIGN
            for m in P.SIDE_COLUMN_GAP.finditer(v.text)
        ):
            return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


@rule()
def after_article(doc: Doc, i: int) -> Decision | None:
    """Below the article: related lists, comments, footers, by the section they sit in."""
    if doc.units[i].slot:
        return None
    zone = doc.zone[i] if doc.zone else None
    return (Role.BOILERPLATE, _KIND_OF[zone] if zone else Kind.FOOTER)


@rule("dom_kind")
def dom_boilerplate(doc: Doc, i: int) -> Decision | None:
    """HTML: inside <nav>, <footer>, <aside>, a comment thread, a share bar ... (by tag,
    ARIA role or class/id): page chrome, whatever its text says."""
    kind = P.HTML_BOILERPLATE_KINDS.get(doc.units[i].dom_kind)
    return (Role.BOILERPLATE, _KIND_OF[kind]) if kind else None


@rule("tag")
def html_teaser_card(doc: Doc, i: int) -> Decision | None:
    """HTML: a teaser card inside the article region: its headline, a sub-heading all a
    link to another page of the site under a picture (and its kicker), inside the story's
    element when no running text follows it (a card's labels and date do), or outside that
    element below it; and there its kicker (the line between its picture and headline)
    and the summary under the headline (past the card's line of links) when the next
    card's picture or the article's end follows."""
    u = doc.units[i]
    if u.markdown is not None or not doc.in_region(i):
        return None
    if u.tag in P.MD_SUBHEADING_TAGS:
        if not teaser_heading(doc, i):
            return None
        if u.in_main:
            n = next_text(doc, i)
            text = n is not None and reads_as_text(doc.units[n]) and not doc.units[n].links
            return None if text else (Role.BOILERPLATE, Kind.NAVIGATION)
    elif u.in_main or u.image_name or u.link_density >= P.MD_LINK_LINE_SHARE:
        return None  # (a card's line of links is no summary: and the walk up stays short)
    elif not teaser_summary(doc, i):
        if not (i and doc.units[i - 1].image_name and _next_card(doc, i - 1)):
            return None  # (else a kicker: the line between a card's picture and headline)
    else:
        n = next_text(doc, i)
        if not (n is None or n > doc.end or (doc.units[n].image_name and _next_card(doc, n))):
            return None
    if 0 <= doc.main_from < i:
        return (Role.BOILERPLATE, Kind.NAVIGATION)  # below the story's element
    return None


@rule(REGION, having("tag"))
def html_link_item(doc: Doc, i: int) -> Decision | None:
    """HTML: a list item inside the article that is (nearly) all a link to another page
    of the site, with a headline's words (LINK_ITEM_MIN_UNITS): a list of the site's
    other stories ("More on World"), not the story's (which names things: its courses,
    products or places, each in a few words)."""
    u = doc.units[i]
    if u.tag == "li" and u.units >= P.LINK_ITEM_MIN_UNITS and doc.in_region(i):
        return (Role.BOILERPLATE, Kind.RELATED_LINKS) if links_to_site(doc, u) else None
    return None


def _next_card(doc: Doc, n: int) -> bool:
    """HTML: picture ``n`` opens the next teaser card: a teaser's headline stands right
    under it or under its kicker (a story's picture has its caption or text there)."""
    return any(teaser_heading(doc, k) for k in range(n + 1, min(n + 3, len(doc.units))))


@rule("tag")
def recurring_label(doc: Doc, i: int) -> Decision | None:
    """HTML: a short <div> without a sentence whose text the page repeats three times or
    more ("Article content", "Add to Wishlist", "Advertisement"): a widget's label between
    the story's paragraphs (a sub-heading is an <h3> or a <strong>, not a bare <div>).
    Markdown: a plain line of words (:func:`_plain_markdown_line`), as which html2text
    writes a <div>'s text."""
    u = doc.units[i]
    if (
        doc.recurring_labels
        and (u.tag == "div" or _plain_markdown_line(u))
        and doc.in_region(i)
        and not u.sentence_end
        and u.units <= P.HEADING_MAX_UNITS
        and norm_text(u.text) in doc.recurring_labels
    ):
        return (Role.BOILERPLATE, Kind.OTHER)
    return None


def _plain_markdown_line(u: Unit) -> bool:
    """Markdown: a paragraph of bare words: no heading or emphasis marks (a sub-heading
    shows them), no punctuation and not a number (a data table's labelled value
    "Adult ticket: 30", a list's step number recur in a story)."""
    return (
        u.markdown is not None
        and u.tag == "p"
        and not u.punct
        and u.markdown[:1] not in P.MD_MARKED_STARTS
        and P.NUMERIC_LINE.match(u.text) is None
    )
