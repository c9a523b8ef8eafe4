"""Metadata-line rules: the headline and its sub-headline, datelines, breadcrumbs,
labelled fields ("来源：", "责编：") and English bylines."""

from __future__ import annotations

from typing import Final

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import (
    Decision,
    Doc,
    back,
    hull,
    labelled_line,
    name_and_role,
    names_only,
    near_article,
    next_text,
    only,
    rule,
)
from newsparse.text import cjk_names


def _title_line(doc: Doc) -> range:
    """Where :func:`headline` may decide: the headline's unit."""
    return only(doc.title)


@rule(scope=_title_line)
def headline(doc: Doc, i: int) -> Decision | None:
    """The headline: the line the title analysis (find_title) chose."""
    return (Role.TITLE, Kind.TITLE) if i == doc.title else None


def _under_title(doc: Doc) -> range:
    """Where :func:`dash_subtitle` may decide: the UNDER_TITLE_WINDOW units under the
    headline."""
    if doc.title is None:
        return range(0)
    return range(doc.title + 1, doc.title + 1 + P.UNDER_TITLE_WINDOW)


@rule(scope=_under_title)
def dash_subtitle(doc: Doc, i: int) -> Decision | None:
    """ "——记连云港市网络社会组织党建工作": a dash-led line right under the headline is its
    sub-headline (副题)."""
    if doc.title is None or not doc.title < i <= doc.title + P.UNDER_TITLE_WINDOW:
        return None
    u = doc.units[i]
    if (
        P.SUBTITLE_DASH.match(u.text)
        and u.units <= P.TITLE_MAX_UNITS
        and i == next_text(doc, doc.title)
    ):
        return (Role.TITLE, Kind.SUBTITLE)
    return None


@rule("breadcrumb")
def breadcrumb(doc: Doc, i: int) -> Decision | None:
    """ "Home > News > Story" above the article."""
    if doc.units[i].breadcrumb and i < doc.start:
        return (Role.METADATA, Kind.BREADCRUMB)
    return None


_FIELD_KIND: Final[dict[str, Kind]] = {
    "source": Kind.SOURCE,
    "authors": Kind.BYLINE,
    "photo": Kind.BYLINE,  # a photo credit is a byline, of the pictures
    "editors": Kind.EDITOR,
    "published": Kind.DATELINE,
    "tags": Kind.TAGS,
    "original_title": Kind.OTHER,
    "subtitle": Kind.SUBTITLE,
}


@rule("fields")
def labelled_metadata(doc: Doc, i: int) -> Decision | None:
    """ "来源：新华社", "责编：张三", "标签：..." near or inside the article."""
    u = doc.units[i]
    if not labelled_line(u):
        return None
    if not near_article(doc, i):
        return None
    field = u.fields[0][0]
    if field == "photo" and doc.start < i <= doc.end:
        return None  # a picture's credit inside the story: the caption rules read it
    return (Role.METADATA, _FIELD_KIND[field])


@rule("dateline")
def dateline(doc: Doc, i: int) -> Decision | None:
    """A line that is a date (plus maybe a source) just above or at the top of the
    article, right under the headline or a few lines above it, or the date that signs it
    off when none stands above (find_dateline)."""
    u = doc.units[i]
    if not u.dateline:
        return None
    if (
        back(doc, doc.start, P.HEADER_WINDOW) <= i <= doc.start + P.DATELINE_INTO_REGION
        or (doc.title is not None and doc.title < i <= doc.title + P.UNDER_TITLE_WINDOW)
        or (doc.title is not None and back(doc, doc.title, P.ABOVE_TITLE_WINDOW) <= i < doc.title)
        or i == doc.dateline
    ):
        return (Role.METADATA, Kind.DATELINE)
    return None


def _header_and_story(doc: Doc) -> range:
    """From the headline (or, without one, the region's start) to the region's end."""
    if doc.end < 0:
        return range(0)
    top = doc.start if doc.title is None else min(doc.title + 1, doc.start)
    return range(top, doc.end + 1)


@rule(scope=_header_and_story)
def relative_time(doc: Doc, i: int) -> Decision | None:
    """ "Vandaag om 20:07", "5 hours ago": a line that is only a relative time, under the
    headline or inside the article: when the page says the story was posted (no date to
    read), never the story's text."""
    t = doc.units[i].text
    if len(t) > P.RELATIVE_TIME_MAX_CHARS or not P.RELATIVE_TIME_LINE.match(t):
        return None
    return (Role.METADATA, Kind.DATELINE) if i in _header_and_story(doc) else None


@rule("byline")
def english_byline(doc: Doc, i: int) -> Decision | None:
    """ "By Jane Doe" (or "新京报记者 彭冲 北京报道") near the article, or anywhere
    between its headline and its first paragraph (pictures and share bars may stand
    between)."""
    if doc.units[i].byline and (
        near_article(doc, i) or (doc.title is not None and doc.title < i < doc.start)
    ):
        return (Role.METADATA, Kind.BYLINE)
    return None


def _under_labels(doc: Doc) -> range:
    """Where :func:`labelled_name` may decide: from the first bare byline label to
    NEXT_TEXT_REACH units under the last (a name under a label is at most that far)."""
    if not doc.byline_labels:
        return range(0)
    return range(min(doc.byline_labels), max(doc.byline_labels) + 1 + P.NEXT_TEXT_REACH)


@rule(scope=_under_labels)
def labelled_name(doc: Doc, i: int) -> Decision | None:
    """ "By" (or "Von", "Posted by:", "Author of the article:") alone on a line and the
    author's name on the next, near the article or between its headline and its story:
    the label and the name are a byline the page's layout set on two lines."""
    if not doc.byline_labels:
        return None  # (most pages: no label line)
    if i in doc.byline_labels:
        k = next_text(doc, i)
        if k is None or name_under_label(doc, k) is None:
            return None
    elif name_under_label(doc, i) is None:
        return None
    if near_article(doc, i) or (doc.title is not None and doc.title < i < doc.start):
        return (Role.METADATA, Kind.BYLINE)
    return None


def name_under_label(doc: Doc, i: int) -> str | None:
    """The text of unit ``i`` without a dump's bullet or image mark, when it is a short
    line of names right under a bare byline label (:data:`~newsparse.patterns.BYLINE_LABEL_LINE`),
    else None. Its first letter is a capital (or a letter without case: 张三): a
    lower-case word under "by" is the next line of a sentence or of code."""
    if not doc.byline_labels or _prev_text(doc, i) not in doc.byline_labels:
        return None
    u = doc.units[i]
    if u.fields or u.date is not None or u.boiler_kind or u.byline or u.sentence_end:
        return None
    text = P.LABELLED_NAME_LEAD.sub("", u.text.strip()).strip()
    if not text or len(text) > P.LABELLED_NAME_MAX_CHARS or P.BYLINE_LABEL_LINE.match(text):
        return None
    first = next((ch for ch in text if ch.isalpha()), "")
    if not first or first.islower():
        return None  # "by" / "intro ⟨h1, h2⟩": a proof's code; a name starts capitalised
    return text


def _header(doc: Doc) -> range:
    """Where :func:`cjk_name_line` may decide: the header window above the region and the
    region's first HEADER_INTO_REGION units; nowhere when there is no region."""
    if doc.end < 0:
        return range(0)
    return range(back(doc, doc.start, P.HEADER_WINDOW), doc.start + P.HEADER_INTO_REGION + 1)


@rule("cjk", _header)
def cjk_name_line(doc: Doc, i: int) -> Decision | None:
    """ "胡平": a line of Chinese names (:func:`~newsparse.text.cjk_names`) in the header
    above the story or at its top, before its first sentence: the author's, as essays
    and papers set it under their title, unlabelled."""
    if i > doc.start + P.HEADER_INTO_REGION or doc.end < 0:
        return None
    u = doc.units[i]
    if not u.cjk or u.units > P.CJK_NAME_LINE_MAX_UNITS or u.fields or u.byline:
        return None
    if i < back(doc, doc.start, P.HEADER_WINDOW) or cjk_names(u.text) is None:
        return None
    if any(doc.units[k].sentence_end for k in range(doc.start, i)):
        return None  # inside the story
    return (Role.METADATA, Kind.BYLINE)


def _name_line_scope(doc: Doc) -> range:
    """Where :func:`name_line` may decide: between the headline and the region, and
    NEXT_TEXT_REACH units either side of the dateline."""
    around = range(0)
    if doc.dateline is not None:
        around = range(doc.dateline - P.NEXT_TEXT_REACH, doc.dateline + P.NEXT_TEXT_REACH + 1)
    return hull(around, range(doc.title + 1, doc.start) if doc.title is not None else range(0))


@rule(scope=_name_line_scope)
def name_line(doc: Doc, i: int) -> Decision | None:
    """ "Trevor Jackins": a line of capitalised names only, between the headline and the
    story, right under the headline or beside a dateline or a byline, or anywhere there
    when the writer's role follows ("Mathias Hagen – Journalist"), or beside the
    dateline that dates the page: the author's name, unlabelled."""
    at_dateline = (
        doc.dateline is not None
        and abs(i - doc.dateline) <= P.NEXT_TEXT_REACH
        and i in (next_text(doc, doc.dateline), _prev_text(doc, doc.dateline))
    )
    if not at_dateline and (doc.title is None or not doc.title < i < doc.start):
        return None
    u = doc.units[i]
    name, role = name_and_role(u.text)
    if u.boiler_kind or not names_only(name):
        return None
    if at_dateline or doc.title is None or role:
        return (Role.METADATA, Kind.BYLINE)  # "Jane Doe" / "17.05.2026, 19:06 Uhr"
    if i == next_text(doc, doc.title):
        return (Role.METADATA, Kind.BYLINE)  # right under the headline
    for k in (next_text(doc, i), _prev_text(doc, i)):
        if k is not None and (doc.units[k].dateline or doc.units[k].byline):
            return (Role.METADATA, Kind.BYLINE)
    return None


def line_name(text: str) -> str:
    """The names a name line holds: its text without a list bullet ("• Tanyel Mustafa"),
    a social handle a dump glued on ("Greg Iacurci@GregIacurci") and the writer's role
    after them ("Audrey Huang, Print Managing Editor": :data:`~newsparse.patterns.NAME_ROLE_WORDS`);
    the text itself when it is none of these."""
    return name_and_role(text)[0]


def _prev_text(doc: Doc, i: int) -> int | None:
    """The unit before ``i`` that is not a slot, within NEXT_TEXT_REACH units."""
    for k in range(i - 1, max(-1, i - 1 - P.NEXT_TEXT_REACH), -1):
        if not doc.units[k].slot:
            return k
    return None
