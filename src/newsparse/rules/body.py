"""Body rules: the story's headings, list items, table cells and paragraphs, and the
standfirst above its region."""

from __future__ import annotations

from typing import Final

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import (
    REGION,
    Decision,
    Doc,
    having,
    heading_like,
    introduces_list,
    only,
    rule,
)


@rule(REGION)
def heading(doc: Doc, i: int) -> Decision | None:
    """A short unpunctuated line inside the article that stands over running text of the
    article (not the sentence that announces a list, nor a clause that ends with a comma):
    the short lines that close a story, with no text under them, are no headings."""
    u = doc.units[i]
    if not doc.in_region(i) or not heading_like(u) or u.punct > P.HEADING_MAX_PUNCT:
        return None
    if u.text[-1] in P.CLAUSE_END:
        return None  # a sentence's clause, its line wrapped by hand
    if introduces_list(u):
        return None
    if i >= doc.text_end:
        return None  # no running text below: a story's closing line (find_text_end)
    return (Role.HEADING, Kind.HEADING)


@rule(REGION)
def list_item(doc: Doc, i: int) -> Decision | None:
    """A bulleted line inside the article."""
    if doc.in_region(i) and doc.units[i].bullet:
        return (Role.BODY, Kind.LIST_ITEM)
    return None


def _rescued(doc: Doc) -> range:
    """Where :func:`rescued_paragraph` may decide: every unit once the safety net decided
    the region again, none before."""
    return range(len(doc.units)) if doc.rescued else range(0)


@rule(REGION, _rescued)
def rescued_paragraph(doc: Doc, i: int) -> Decision | None:
    """Running text inside a region that the safety net decided again (the first estimate
    had lost the story; rules/region.py, rescue_region)."""
    if doc.rescued and doc.in_region(i) and not doc.units[i].slot:
        return (Role.BODY, Kind.PARAGRAPH)
    return None


@rule(REGION)
def paragraph(doc: Doc, i: int) -> Decision | None:
    """Anything else inside the article region is running text."""
    if doc.in_region(i) and not doc.units[i].slot:
        return (Role.BODY, Kind.PARAGRAPH)
    return None


def _standfirst_line(doc: Doc) -> range:
    """Where :func:`standfirst` may decide: the standfirst's unit."""
    return only(doc.standfirst)


@rule(scope=_standfirst_line)
def standfirst(doc: Doc, i: int) -> Decision | None:
    """The standfirst: the paragraph-sized first line of running text under the headline,
    above the article region (find_standfirst)."""
    return (Role.BODY, Kind.PARAGRAPH) if i == doc.standfirst else None


#: Heading elements below the headline's <h1>.
_HTML_HEADING_TAGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})


@rule("tag")
def html_heading(doc: Doc, i: int) -> Decision | None:
    """HTML: an <h2>-<h6> inside the article."""
    u = doc.units[i]
    if u.tag in _HTML_HEADING_TAGS and u.text and doc.in_region(i):
        return (Role.HEADING, Kind.HEADING)
    return None


#: HTML block tags whose text inside the article is a list item or a table cell.
_HTML_BODY_KINDS: Final[dict[str, Kind]] = {
    "li": Kind.LIST_ITEM,
    "dd": Kind.LIST_ITEM,
    "td": Kind.TABLE,
    "th": Kind.TABLE,
    "table": Kind.TABLE,
}


@rule(REGION, having("tag"))
def html_list_or_table(doc: Doc, i: int) -> Decision | None:
    """HTML: an <li> (or <dd>), a table cell or a data table inside the article."""
    u = doc.units[i]
    kind = _HTML_BODY_KINDS.get(u.tag)
    if kind is not None and u.text and doc.in_region(i):
        return (Role.BODY, kind)
    return None


@rule(REGION)
def dump_table_row(doc: Doc, i: int) -> Decision | None:
    """A text dump's row of a data table inside the article: a line of cells (set apart
    by tabs or, in w3m's columns, by spaces) among others of its shape (rules/region.py,
    dump_table_rows)."""
    if i in doc.table_rows and doc.in_region(i):
        return (Role.BODY, Kind.TABLE)
    return None


#: The structures the HTML segmenter reads (``Unit.form``) -> the kind of their blocks.
_HTML_FORM_KINDS: Final[dict[str, Kind]] = {"quote": Kind.QUOTE, "code": Kind.CODE}


@rule("form")
def html_quote_or_code(doc: Doc, i: int) -> Decision | None:
    """HTML: a block quote, or a <pre> of code, inside the article."""
    u = doc.units[i]
    kind = _HTML_FORM_KINDS.get(u.form)
    if kind is not None and u.text and doc.in_region(i):
        return (Role.BODY, kind)
    return None
