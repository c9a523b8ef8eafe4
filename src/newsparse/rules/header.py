"""The header analyses: the paragraph indent, the headline, the standfirst under it and
the dateline of the story."""

from __future__ import annotations

from newsparse import patterns as P
from newsparse.rules.doc import (
    Doc,
    back,
    heading_like,
    hidden,
    is_marker,
    labelled_line,
    next_text,
    reads_as_text,
)
from newsparse.segment.markdown import markdown_heading
from newsparse.text import capitalised_name, count_units, hint_matches, norm_text, slug_cover
from newsparse.units import Unit


def find_para_indent(doc: Doc) -> None:
    """The indent most region lines of running text carry."""
    counts: dict[str, int] = {}
    for u in doc.units[doc.start : doc.end + 1]:
        if not u.slot and u.units >= P.PARAGRAPH_MIN_UNITS:
            counts[u.indent] = counts.get(u.indent, 0) + 1
    if counts:
        doc.para_indent = max(counts, key=lambda k: counts[k])


def find_text_end(doc: Doc) -> None:
    """The region's last unit of running text or content: a line that is no short line
    ending no sentence (:func:`~.doc.heading_like`), slot or picture, or a list's item, a
    table's row, a quote or code (HEADING_CONTENT_TAGS, a dump's table rows). A story's
    closing short lines (a blog's "ではまた！", "皆さんも是非行ってみてください😊") lie
    below it: no heading stands over them."""
    k = doc.end
    while k >= doc.start and not _text_or_content(doc, k):
        k -= 1
    doc.text_end = k if k >= doc.start else -1


def _text_or_content(doc: Doc, k: int) -> bool:
    """Unit ``k`` is running text or a structure's content (:func:`find_text_end`)."""
    u = doc.units[k]
    if u.slot or u.image_name:
        return False
    return not heading_like(u) or u.tag in P.HEADING_CONTENT_TAGS or k in doc.table_rows


def find_title(doc: Doc) -> None:
    """The headline: the line the page's metadata names (:func:`_title_from_hint`), else
    a Markdown dump's headline (:func:`markdown_title`), else a text dump's one top
    Markdown heading (:func:`_only_markdown_h1`), else the most
    headline-like line shortly above the region or above the dateline the region has
    over it (:func:`title_score`), best over a dateline or byline, or a line further up
    that the page's address spells (:func:`_slug_named`; a line one unit short of a
    headline's size only when the address spells all of it); else the region's first
    line when it reads as a headline. A dump's breadcrumb trail that ends with the same
    story's name just over the headline (:func:`_trail_end`) gives ``Doc.title_name``."""
    if doc.end < 0:
        return
    markdown = doc.units[0].markdown is not None
    if doc.title_hint and not markdown:
        found, doc.title = _title_from_hint(doc, doc.title_hint)
        if found:
            return
    if markdown:
        doc.title = markdown_title(doc)
        if doc.title is not None:
            return
    h1 = _only_markdown_h1(doc)
    if h1 is not None:
        doc.title = h1
        return
    best, best_score = None, 0.0
    top = doc.start if doc.dateline is None else min(doc.start, doc.dateline)
    lo = back(doc, top, P.HEADER_WINDOW)  # the headline stands above its dateline
    named = _slug_named(doc)
    for i in (*range(lo, doc.start), *(k for k in named if not lo <= k < doc.start)):
        shortest = P.TITLE_SHORT_UNITS if named.get(i, 0.0) >= 1.0 else P.TITLE_MIN_UNITS
        score = title_score(doc, i, shortest)
        if i in named and can_be_headline(doc.units[i], shortest):
            score += P.TITLE_SLUG_BONUS * named[i]  # the address spells it
        if score > best_score:
            best, best_score = i, score
    if best is None and doc.start <= doc.end:
        first = doc.units[doc.start]
        if title_score(doc, doc.start) > 0 and not first.sentence_end:
            best = doc.start
    doc.title = best
    doc.title_name = _trail_end(doc, best) if best is not None else None


def _trail_end(doc: Doc, best: int) -> int | None:
    """The breadcrumb trail's last item ("Startseite" / "Fußball" / "Premier League" /
    "Rückschlag im Titelkampf - Liverpool verliert bei Everton") when it stands a few
    lines over the headline ``best`` and names the same story (most of its words are
    the headline's): the page's name for the story, as its metadata gives it, where the
    headline may add a kicker or drop one. Else None."""
    words = set(P.VALUE_WORD.findall(doc.units[best].text.lower()))
    for k in range(best - 1, back(doc, best, P.TRAIL_TITLE_REACH) - 1, -1):
        u = doc.units[k]
        if not (P.TITLE_MIN_UNITS <= u.units <= P.TITLE_MAX_UNITS) or not _ends_trail(doc, k):
            continue
        own = P.VALUE_WORD.findall(u.text.lower())
        if sum(w in words for w in own) >= P.TRAIL_TITLE_MIN_SHARE * len(own):
            return k
    return None


def _ends_trail(doc: Doc, k: int) -> bool:
    """Unit k closes a breadcrumb trail: the few lines over it are short items (a list's
    items in a w3m dump), the first of them the home page's ("Startseite", "HOME"), or
    the trail's items stand on one short line that opens with it ("Startseite Leben")."""
    j = k
    for _ in range(P.TRAIL_MAX_ITEMS):
        j -= 1
        while j >= 0 and doc.units[j].slot:
            j -= 1
        if j < 0 or doc.units[j].units > P.TRAIL_ITEM_MAX_UNITS:
            return False
        words = P.BULLET.sub("", doc.units[j].text).lower().split()
        if words and words[0] in P.HOME_WORDS:  # "Startseite", or "Startseite Leben"
            return True
    return False


def _slug_named(doc: Doc) -> dict[int, float]:
    """The headline-sized units above the article (a paragraph of the story may repeat
    the headline's words) that hold most of the words the page's address spells its
    headline with, and the share they hold; a line of TITLE_SHORT_UNITS must hold them
    all."""
    slug = doc.title_words
    named: dict[int, float] = {}
    if slug:
        need = P.TITLE_SLUG_MIN_COVER * len(slug)
        for i, u in enumerate(doc.units[: doc.start]):
            if P.TITLE_SHORT_UNITS <= u.units <= P.TITLE_MAX_UNITS:
                if u.text.isascii():  # (a word found inside another counts here: a bound)
                    low = u.text.lower()
                    if sum(w in low for w in slug) < need:
                        continue
                cover = slug_cover(u.text, slug)
                if cover >= (1.0 if u.units < P.TITLE_MIN_UNITS else P.TITLE_SLUG_MIN_COVER):
                    named[i] = cover
    return named


def markdown_title(doc: Doc) -> int | None:
    """Markdown: the top heading (:func:`_top_heading`), unless it is a sub-headline
    under the dateline (:func:`_under_dateline`: then None, and the headline is searched
    for as in a plain dump); of several level-1 headings, the one over the story
    (:func:`_story_h1`). A heading inside a list item ("4. # Headline": a breadcrumb
    whose last item is the page's <h1>) is the headline when it is the top heading with
    its kicker (:func:`_with_kicker`), when the dump has no heading of its own that can
    be, or when the page's share links name it (a breadcrumb's <h1> may be the search
    engines' headline, and the page show another)."""
    first = _top_heading(doc, items=False)
    if first is not None and _under_dateline(doc, first):
        return None  # a sub-headline under the dateline: the headline is an unmarked line
    if first is not None and doc.units[first].tag == "h1":
        first = _story_h1(doc, first)
    hint = doc.title_hint
    item = _top_heading(doc, items=True)
    if first is not None and item is not None and _with_kicker(doc, item, first):
        return item
    if first is not None and (not hint or hint_matches(doc.units[first].text, hint)):
        return first
    if first is None or (item is not None and hint and hint_matches(doc.units[item].text, hint)):
        return item
    return first


def _story_h1(doc: Doc, first: int) -> int:
    """Markdown: of several level-1 headings above the story, the one that stands over
    it (:func:`_over_story`) when the first does not: the first is a pop-up's or a
    panel's <h1> ("全新首页 焕新登场") above the page's own."""
    if _over_story(doc, first):
        return first
    for k in range(first + 1, doc.start):
        u = doc.units[k]
        if (
            u.tag == "h1"
            and P.MD_TITLE_H1_MIN_UNITS <= u.units <= P.TITLE_MAX_UNITS
            and u.link_density <= P.REGION_LINK_DENSITY_MAX
            and _over_story(doc, k)
        ):
            return k
    return first


def _over_story(doc: Doc, i: int) -> bool:
    """Markdown: the story's start, a dateline or a byline within MD_TITLE_H1_REACH
    lines (non-blank, pictures and slots aside) under heading ``i``."""
    seen = 0
    for k in range(i + 1, len(doc.units)):
        u = doc.units[k]
        if u.slot or u.image_name:
            continue
        seen += 1
        if seen > P.MD_TITLE_H1_REACH:
            return False
        if k >= doc.start or u.dateline or u.byline:
            return True
    return False


def _with_kicker(doc: Doc, item: int, first: int) -> bool:
    """Markdown: the heading in a list item (a breadcrumb's <h1>) holds the whole text of
    the dump's top heading and more ("4. # Election: Rivals trade blows" over "## Rivals
    trade blows"): the same headline with its kicker, the page's full <h1>."""
    whole, part = doc.units[item].text, doc.units[first].text
    return item != first and len(whole) > len(part) and norm_text(part) in norm_text(whole)


def _under_dateline(doc: Doc, i: int) -> bool:
    """Markdown: heading ``i`` is a sub-headline below the story's header: a lower level
    than the top one, with a dateline among the MD_TITLE_DATELINE_REACH lines over it (a
    page whose headline is no <h1> shows it as a plain line above its dateline; the
    text dumps' headline search finds it)."""
    if doc.units[i].tag == "h1":
        return False
    lo = back(doc, i, P.MD_TITLE_DATELINE_REACH)
    return any(doc.units[k].dateline for k in range(lo, i))


def _top_heading(doc: Doc, *, items: bool) -> int | None:
    """Markdown: the first heading of the top level the page uses for headline-sized
    text, above the story's end (a level-1 heading) or above its start (a lower level:
    inside the story it is a section's head); of lower-level headings, one that stands
    right over the story's start (within MD_TITLE_NEAR_LINES lines) rather than one of
    the menus' further up. Menus' headings are links (a level-1 heading may link to the
    story itself, not to the home page) or single words; a logo's is a picture (no
    text). ``items``: list items that hold a heading count."""
    best: int | None = None
    best_tag = ""
    near = back(doc, doc.start, P.MD_TITLE_NEAR_LINES)
    for i, u in enumerate(doc.units[: doc.end + 1]):
        tag = markdown_heading(u) if items else (u.tag if u.tag[:1] == "h" else "")
        h1 = tag == "h1"
        if (
            not tag
            or not (P.MD_TITLE_H1_MIN_UNITS if h1 else P.TITLE_MIN_UNITS)
            <= u.units
            <= P.TITLE_MAX_UNITS
            or (
                u.link_density > P.REGION_LINK_DENSITY_MAX
                and not (h1 and u.href and not P.MD_HOME_LINK.match(u.href))
            )
            or is_marker(u)
            or (not h1 and i > doc.start)
        ):
            continue
        if best is None or tag < best_tag or (tag == best_tag and i >= near):
            best, best_tag = i, tag
            if h1:
                break
    return best


def _title_from_hint(doc: Doc, hint: str) -> tuple[bool, int | None]:
    """(whether the hint settles it, the headline unit). A unit whose text is the hint
    settles it; on an HTML page so does the first <h1> that matches the hint
    (:func:`~newsparse.text.hint_matches`), else the first <h1> that reads as a headline
    (the metadata may carry an SEO variant of it), else nothing: no guessing when the
    page's metadata names a headline that no <h1> shows. A text dump goes on to guess."""
    key = norm_text(hint)
    for i, u in enumerate(doc.units[: doc.end + 1]):
        if u.text and norm_text(u.text) == key:
            return True, i
    if not any(u.tag for u in doc.units):
        return False, None
    h1s = [
        i
        for i, u in enumerate(doc.units[: doc.end + 1])
        if u.tag == "h1" and u.text and u.dom_kind not in P.HTML_BOILERPLATE_KINDS
    ]
    for i in h1s:
        if hint_matches(doc.units[i].text, hint):
            return True, i
    for i in h1s:
        u = doc.units[i]
        if P.TITLE_MIN_UNITS <= u.units <= P.TITLE_MAX_UNITS and not _ends_statement(u):
            return True, i
    return True, None


def _only_markdown_h1(doc: Doc) -> int | None:
    """A Markdown dump's one top heading ("# Headline", the page's <h1>) above the
    region's end, when the dump has exactly one there and it can be a headline: wherever
    the menus put it, it is the headline."""
    found: int | None = None
    for i, u in enumerate(doc.units[: doc.end + 1]):
        if u.text[:1] == "#" and P.MARKDOWN_H1.match(u.text):
            if found is not None:
                return None
            found = i
    if found is None or title_score(doc, found) <= 0:
        return None
    return found


def _nav_bar(text: str) -> bool:
    """A menu written as one line of short items between bars ("首页|新闻|图片|评论")."""
    if text.count("|") + text.count("｜") < P.NAV_BAR_MIN_BARS:
        return False
    items = P.NAV_BAR_SEP.split(text)
    short = sum(len(p) <= P.NAV_BAR_ITEM_MAX_CHARS for p in items)
    return short >= P.NAV_BAR_MIN_SHORT_SHARE * len(items)


def _ends_statement(u: Unit) -> bool:
    """Ends a sentence, but not with a question or an exclamation (which headlines do):
    ledes and descriptions end this way, headlines rarely."""
    return u.sentence_end and not u.text.rstrip(P.CLOSING_MARKS).endswith(("?", "？", "!", "！"))


def _heads_story(doc: Doc, i: int) -> bool:
    """A dateline or byline stands within TITLE_HEADER_REACH lines of text under unit i
    (a standfirst or a bare label may come between). A source or a photo credit does
    not count: the one may follow a story, the other follows a picture's caption."""
    k = i
    for _ in range(P.TITLE_HEADER_REACH):
        n = next_text(doc, k)
        if n is None or doc.units[n].boiler_kind:
            return False
        v = doc.units[k := n]
        if v.dateline or v.byline or (labelled_line(v) and v.fields[0][0] in P.HEADER_FIELDS):
            return True
        if k in doc.byline_labels:
            return True  # "By" on a line of its own, the name on the next
    return False


def can_be_headline(u: Unit, shortest: int = P.TITLE_MIN_UNITS) -> bool:
    """Whether a unit can be the headline at all: headline-sized text (``shortest`` units
    or more) that is no picture, marker, list item, menu word, sub-headline, credit, link
    or nav bar."""
    return not (
        u.slot
        or u.image_name
        or is_marker(u)
        or u.bullet
        or not (shortest <= u.units <= P.TITLE_MAX_UNITS)
        or u.text.lower() in P.NAV_WORDS
        or P.SUBTITLE_DASH.match(u.text)
        or P.CREDIT_TAIL.search(u.text)
        or P.PORTRAIT_ALT.search(u.text)
        or (u.text[0] == "[" and P.MARKDOWN_LINK_LINE.match(u.text))
        or _nav_bar(u.text)
        or _lower_case(u.text)
        or _names_list(u.text)
    )


def _names_list(text: str) -> bool:
    """Several people's names, listed ("Rui Ma, Heba Ledwon, Manoel Cortes Mendez &
    Suparn Patra"): a byline without its "By", which a Title Case headline, a few
    capitalised words, is not (no headline lists NAMES_LIST_MIN names)."""
    parts = P.NAMES_LIST_SEP.split(text)
    return len(parts) >= P.NAMES_LIST_MIN and all(capitalised_name(p) for p in parts)


def _lower_case(text: str) -> bool:
    """Letters, all of them small ("digital marketing service charges"): a tag or a
    search phrase; a headline in a script with capitals has some. (Letters without case,
    Chinese or Arabic, make no such line.)"""
    return text.islower() and all(c.islower() for c in text if c.isalpha())


def title_score(doc: Doc, i: int, shortest: int = P.TITLE_MIN_UNITS) -> float:
    """How headline-like unit i is; 0 when it cannot be the headline (``shortest``: the
    fewest units it may have)."""
    u = doc.units[i]
    if not can_be_headline(u, shortest):
        return 0.0
    score = float(min(u.units, P.TITLE_LENGTH_CAP))
    if _heads_story(doc, i):
        score += P.TITLE_HEADER_BONUS  # a dateline or byline follows the headline
    if _ends_statement(u):
        score -= P.TITLE_SENTENCE_PENALTY  # headlines rarely end with a full stop; ledes do
    if u.punct > P.TITLE_MAX_PUNCT:
        score -= P.TITLE_SENTENCE_PENALTY  # several clauses: a lede or a caption
    if norm_text(u.text) in doc.repeated_texts:
        score += P.TITLE_REPEAT_BONUS  # headlines recur (share text, related box, breadcrumb)
    if u.text[0] == "#" and P.MARKDOWN_H1.match(u.text):
        score += P.TITLE_MARKDOWN_H1_BONUS  # a Markdown dump marks its <h1>
    # nearer the article is better
    gap = max(0, doc.start - i)
    score += P.TITLE_NEARNESS_BONUS * (1.0 - min(1.0, gap / (P.HEADER_WINDOW + 1)))
    return score


def find_standfirst(doc: Doc) -> None:
    """The first line of running text under the headline (past kickers, bylines, dates,
    pictures and chrome), when the region starts further down and the line is paragraph
    sized: the lede or standfirst that opens the story."""
    if doc.title is None:
        return
    for k in range(doc.title + 1, doc.start):
        u = doc.units[k]
        if u.dom_kind or is_marker(u) or not reads_as_text(u):
            continue  # (slots and pictures have no text, so they do not read as text)
        if u.units >= P.PARAGRAPH_MIN_UNITS:
            doc.standfirst = k
        return


def find_lede_end(doc: Doc) -> None:
    """The first zone head (a "related", comments or consent head: REGION_ZONE_KINDS)
    between the headline and the region: the lede above the region ends over it (a feed
    of other stories injected between the story's opening and the region)."""
    if doc.title is None:
        return
    for k in range(doc.title + 1, doc.start):
        if doc.units[k].boiler_kind in P.REGION_ZONE_KINDS:
            doc.lede_end = k
            return


def find_dateline(doc: Doc) -> None:
    """The nearest line above the region that is mostly a date: pages put pictures,
    teasers and share bars between the dateline and the story."""
    lo = back(doc, doc.start, P.DATELINE_WINDOW)
    for k in range(doc.start - 1, lo - 1, -1):
        u = doc.units[k]
        if doc.dateline is not None and doc.dateline - k > P.DATELINE_PAIR_GAP:
            return
        if not u.boiler_kind and u.dateline and not hidden(u) and not _dated_teaser(doc, k):
            if doc.dateline is None:
                doc.dateline = k
            if _date_label(doc, k) not in P.MODIFIED_LABELS:
                doc.dateline = k  # "Posted on May 2 · Updated May 4": the posted date
                return
    if doc.dateline is None and doc.end >= 0:
        # none above: blogs sign the story off with its date ("Posted in News on ...")
        for k in range(doc.end + 1, min(len(doc.units), doc.end + 1 + P.DATELINE_BELOW)):
            u = doc.units[k]
            if not u.boiler_kind and u.dateline and not hidden(u) and not _dated_teaser(doc, k):
                doc.dateline = k
                return


def _dated_teaser(doc: Doc, k: int) -> bool:
    """Whether dated line ``k`` is one of a list of dated teasers: it ends with its date
    after words of its own (:data:`~newsparse.patterns.TEASER_DATE_MIN_UNITS`), and so
    does a line next to it ("·Headline（2005-04-01 09:56）" in related stories)."""
    near = doc.units[max(k - 1, 0) : k + 2]
    return _ends_dated(doc.units[k]) and sum(map(_ends_dated, near)) >= 2


def _ends_dated(u: Unit) -> bool:
    """Whether ``u`` ends with its date (then only closing marks) after
    TEASER_DATE_MIN_UNITS words or CJK characters of its own."""
    hit = u.date
    return (
        hit is not None
        and not u.text[hit.end :].strip(P.CLOSING_MARKS + "】 ")
        and count_units(u.text[: hit.start])[0] >= P.TEASER_DATE_MIN_UNITS
    )


def _date_label(doc: Doc, k: int) -> str | None:
    """The label of date line k, lower case: its own ("Updated: May 4") or a bare label
    line just above it ("Posted on" / "Nov 21, 2018", as a page's elements split it)."""
    m = P.EN_DATE_LABEL.match(doc.units[k].text)
    if m is None and k > 0:
        above = doc.units[k - 1].text
        m = P.EN_DATE_LABEL.match(above)
        if m is not None and m.end() != len(above):
            m = None
    return m.group("label").lower() if m else None


def find_byline_labels(doc: Doc) -> None:
    """The lines that are only a byline's label ("By", "Von", "Author of the article:";
    :data:`~newsparse.patterns.BYLINE_LABEL_LINE`), whose name the next line holds."""
    doc.byline_labels = {
        i
        for i, u in enumerate(doc.units)
        if len(u.text) <= P.BYLINE_LABEL_MAX_CHARS and P.BYLINE_LABEL_LINE.match(u.text)
    }
