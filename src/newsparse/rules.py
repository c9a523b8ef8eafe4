"""Deciding what each candidate block is.

Two stages, both over one :class:`Doc` whose per-unit features were computed once:

1. *Document analyses* that need the whole page: where the article region is (the
   densest run of running text), the paragraph indent, which line is the headline,
   which lines repeat other text.
2. *The rule table* :data:`RULES`: an ordered list of small named functions. For each
   unit the first rule that returns a ``(role, kind)`` decides; its name becomes the
   block's ``reason``. A rule returns ``None`` to pass. New behaviour is a new rule in
   the table, not an edit of a big function.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

from newsparse import patterns as P
from newsparse.features import Unit
from newsparse.models import Block, Kind, Role, trusted_block

Decision = tuple[Role, Kind]


@dataclass(slots=True)
class Doc:
    """Everything the rules may read about one document."""

    units: list[Unit]
    start: int = 0
    """Index of the first unit of the article region."""
    end: int = -1
    """Index of the last unit of the article region (inclusive); -1 when there is none."""
    para_indent: str = ""
    """Leading whitespace that most body paragraphs carry (text dumps)."""
    title: int | None = None
    """Index of the headline unit."""
    title_hint: str | None = None
    """A headline known from elsewhere (HTML <title>, og:title), to find among the units."""
    repeats: set[int] = field(default_factory=set)
    """Units whose text mostly repeats another unit's (captions restated, galleries)."""
    zone: list[str | None] = field(default_factory=list)
    """For units after the region: the boilerplate kind of the section they sit in."""
    repeated_texts: set[str] = field(default_factory=set)
    """Normalised texts that occur on more than one line of the page."""
    recurring_labels: set[str] = field(default_factory=set)
    """Normalised short texts that occur on three lines or more."""
    dateline: int | None = None
    """The nearest dateline above the region, when one lies further up than the header."""
    standfirst: int | None = None
    """The lede under the headline, when the region starts below a byline or picture."""

    def in_region(self, i: int) -> bool:
        """Whether unit ``i`` lies inside the article region."""
        return self.start <= i <= self.end


# ======================================================================================
# Stage 1: document analyses
# ======================================================================================


def labelled_line(u: Unit) -> bool:
    """Mostly "label: value" fields, and short enough to be a metadata line (a longer one is
    a paragraph that opens with a label word: "作者：佚名 此诗写于元和六年，...")."""
    return (
        bool(u.fields) and u.field_cover >= P.LABELLED_MIN_COVER and u.units <= P.LABELLED_MAX_UNITS
    )


def is_marker(u: Unit) -> bool:
    """Boilerplate heads, labelled metadata, datelines and breadcrumbs: never body text."""
    return bool(u.boiler_kind or labelled_line(u) or u.breadcrumb or u.byline or u.dateline)


def region_score(u: Unit) -> int:
    """How much a unit says "this is the article": paragraphs gain, chrome costs."""
    if u.slot or u.boiler_kind in P.REGION_NEUTRAL_KINDS:
        return 0
    if u.dom_kind or u.in_main is not None:
        dom = html_region_score(u)  # HTML: what the DOM says, when it says enough
        if dom is not None:
            return dom
    if u.boiler_kind in P.REGION_BARRIER_KINDS:
        return -P.REGION_BARRIER_PENALTY
    if is_marker(u):
        return -P.REGION_MARKER_PENALTY
    if P.NUMERIC_LINE.match(u.text):
        return -P.REGION_NUMERIC_COST
    if u.image_name:
        return -(P.REGION_LINE_COST // 3)
    if not reads_as_text(u):
        # A short line with punctuation ("成人票原价：279元", "1、上海野生动物园") is a
        # list or table row of the story; a bare one is a menu item or a headline link.
        return -P.REGION_SHORT_PUNCT_COST if u.punct else -P.REGION_SHORT_COST
    # A word says more than a CJK character: weigh words by REGION_WORD_WEIGHT.
    size = u.cjk + int((u.units - u.cjk) * P.REGION_WORD_WEIGHT)
    score = min(size, P.REGION_LINE_CAP) - P.REGION_LINE_COST + P.REGION_SENTENCE_BONUS
    if u.link_density > P.REGION_LINK_DENSITY_MAX:
        score -= int(u.units * u.link_density)
    return score


def html_region_score(u: Unit) -> int | None:
    """HTML units: chrome (<nav>, <footer>, a sidebar ...) costs like a marker, less inside
    the element that holds the article's paragraphs (a related box between two paragraphs
    must not cut the story); inside that element, short lines and pictures are free.
    None: score the unit by its text."""
    if u.dom_kind in P.HTML_BOILERPLATE_KINDS:
        if u.image_name:
            return -(P.REGION_LINE_COST // 3)  # a teaser's picture: its text pays already
        return -(P.HTML_MAIN_CHROME_COST if u.in_main else P.REGION_MARKER_PENALTY)
    if u.in_main and u.boiler_kind:
        return -P.HTML_MAIN_CHROME_COST  # "READ MORE: ..." between two paragraphs
    if u.in_main and (u.image_name or (not is_marker(u) and not reads_as_text(u))):
        return 0
    if u.in_main is False and reads_as_text(u) and not is_marker(u):
        # running text outside the article's element (a recommended story): worth less
        size = min(u.units, P.REGION_LINE_CAP) - P.REGION_LINE_COST + P.REGION_SENTENCE_BONUS
        return max(1, int(size * P.HTML_OUTSIDE_MAIN_FACTOR))
    return None


def header_evidence(doc: Doc, start: int) -> bool:
    """A dateline, byline or labelled source right above (or at the top of) a region:
    what news pages put between the headline and the story."""
    lo = _back(doc, start, P.REGION_HEADER_LOOKBACK)
    for k in range(lo, min(len(doc.units), start + 2)):
        u = doc.units[k]
        if (
            not u.boiler_kind
            and u.dom_kind not in P.HTML_BOILERPLATE_KINDS
            and (u.dateline or u.byline or labelled_line(u))
        ):
            return True
    return False


def reads_as_text(u: Unit) -> bool:
    """Running text ends its sentences; headline lists, menus and labels do not."""
    return u.sentence_end or (u.punct >= 2 and u.units >= 2 * P.PARAGRAPH_MIN_UNITS)


def find_region(doc: Doc) -> None:
    """The article region: the run of units that maximises its total score plus a bonus
    when it starts right under a dateline or byline. One linear pass (Kadane's maximum
    subarray, with the option to restart at every unit with that unit's bonus); the
    region is then widened over image slots at its start."""
    best, best_s, best_e = 0, 0, -1
    run, run_s = 0, 0
    in_zone = False  # below a "related" / comments head: teasers, not the story
    in_refs = False  # below a bibliography's head: citations, whatever their dates
    for i, u in enumerate(doc.units):
        s = region_score(u)
        evidence = s > 0 and header_evidence(doc, i)
        if u.boiler_kind in P.REGION_ZONE_KINDS and best >= P.REGION_ZONE_AFTER:
            in_zone = True
        elif evidence:
            in_zone = False
        if best > 0 and _ends_story(u):
            in_refs = True
        if (in_zone or in_refs) and s > 0 and not u.in_main:
            s = -P.REGION_SHORT_COST
        restart = P.REGION_HEADER_BONUS if evidence else 0
        if restart >= run:
            run, run_s = restart, i
        run += s
        if run > best:
            best, best_s, best_e = run, run_s, i
    best_e = _closing_table(doc.units, best_e)
    while best_e >= 0 and best_s > 0 and _opening_line(doc.units[best_s - 1]):
        best_s -= 1  # the story's element opens with short points ("Key points" bullets)
    if best_e >= 0 and _below_main(doc.units, best_s):
        main = _main_region(doc.units)
        if main[0] > 0:
            best, best_s, best_e = main
    for k in range(best_s + 1, best_e + 1):
        if _ends_story(doc.units[k]):
            best_e = k - 1  # a bibliography follows the story's last paragraph
            break
    while best_s > 0 and doc.units[best_s - 1].slot:
        best_s -= 1
    doc.start, doc.end = best_s, best_e


def _closing_table(units: list[Unit], end: int) -> int:
    """HTML: the region's end moved over a table that closes the story inside its element
    (its short cells score nothing, so the text score stops at the last paragraph)."""
    if end < 0:
        return end
    k = end + 1
    while k < len(units) and units[k].in_main and units[k].tag in _TABLE_CELLS:
        k += 1
    return k - 1 if k - 1 - end >= P.CLOSING_TABLE_MIN_CELLS else end


#: The tags of a table's cells.
_TABLE_CELLS: Final = frozenset({"td", "th"})


def _opening_line(u: Unit) -> bool:
    """HTML: a short <p> or list item inside the story's element that the text score left
    out (it scores nothing there), with nothing that marks it as chrome or metadata."""
    return bool(
        u.in_main
        and u.tag in P.HTML_MAIN_TEXT_TAGS
        and u.text
        and not u.dom_kind
        and not is_marker(u)
        and region_score(u) == 0
    )


def _ends_story(u: Unit) -> bool:
    """A bibliography's head ("References", "参考文献[编辑]"), not a menu's link of that
    name."""
    return (
        u.boiler_kind in P.REGION_END_KINDS
        and not u.dom_kind
        and u.link_density <= P.REGION_LINK_DENSITY_MAX
    )


def _below_main(units: list[Unit], start: int) -> bool:
    """HTML: the element that holds the story sits under the headline (mark_main marked
    the rest ``in_main=False``), and the text region starts below all of it: the
    region is a teaser list or a footer, and the story is too short to outscore them."""
    return (
        units[start].in_main is False
        and any(units[k].in_main for k in range(start))
        and not any(units[k].in_main for k in range(start, len(units)))
    )


def _main_region(units: list[Unit]) -> tuple[int, int, int]:
    """The best run inside the story's element, where a short <p> or list item is the
    story's own text (a widget's line is a <div>): (score, start, end), end -1 for none."""
    best, best_s, best_e = 0, 0, -1
    run, run_s = 0, 0
    for i, u in enumerate(units):
        if not u.in_main:
            continue
        s = region_score(u)
        if s == 0 and u.tag in P.HTML_MAIN_TEXT_TAGS and u.text and not is_marker(u):
            s = u.units
        elif s == 0 and not u.slot and not u.image_name:
            s = -P.REGION_SHORT_COST
        if run <= 0:
            run, run_s = 0, i
        run += s
        if run > best:
            best, best_s, best_e = run, run_s, i
    return best, best_s, best_e


def find_para_indent(doc: Doc) -> None:
    """The indent most region lines of running text carry."""
    counts: dict[str, int] = {}
    for u in doc.units[doc.start : doc.end + 1]:
        if not u.slot and u.units >= P.PARAGRAPH_MIN_UNITS:
            counts[u.indent] = counts.get(u.indent, 0) + 1
    if counts:
        doc.para_indent = max(counts, key=lambda k: counts[k])


def find_title(doc: Doc) -> None:
    """The headline: a short line shortly above the region, best right above a dateline."""
    if doc.end < 0:
        return
    seen: set[str] = set()
    for u in doc.units:
        if u.text and u.units <= P.TITLE_MAX_UNITS:
            key = norm_text(u.text)
            if key in seen:
                if key in doc.repeated_texts:
                    doc.recurring_labels.add(key)
                doc.repeated_texts.add(key)
            seen.add(key)
    if doc.title_hint:
        hint = norm_text(doc.title_hint)
        for i, u in enumerate(doc.units[: doc.end + 1]):
            if u.text and norm_text(u.text) == hint:
                doc.title = i
                return
        # HTML: the first <h1> that the hint contains or that contains the hint; no
        # guessing when none does (the page's metadata names the headline)
        if any(u.tag for u in doc.units):
            h1s = [
                i
                for i, u in enumerate(doc.units[: doc.end + 1])
                if u.tag == "h1" and u.text and u.dom_kind not in P.HTML_BOILERPLATE_KINDS
            ]
            for i in h1s:
                if hint_matches(doc.units[i].text, doc.title_hint):
                    doc.title = i
                    return
            # else the first <h1> that reads as a headline (the metadata may carry an SEO
            # variant of it)
            for i in h1s:
                if P.TITLE_MIN_UNITS <= doc.units[i].units <= P.TITLE_MAX_UNITS and not (
                    _ends_statement(doc.units[i])
                ):
                    doc.title = i
                    return
            return
    best, best_score = None, 0.0
    lo = _back(doc, doc.start, P.HEADER_WINDOW)
    for i in range(lo, doc.start):
        score = title_score(doc, i)
        if score > best_score:
            best, best_score = i, score
    if best is None and doc.start <= doc.end:
        first = doc.units[doc.start]
        if title_score(doc, doc.start) > 0 and not first.sentence_end:
            best = doc.start
    doc.title = best


def _ends_statement(u: Unit) -> bool:
    """Ends a sentence, but not with a question or an exclamation (which headlines do):
    ledes and descriptions end this way, headlines rarely."""
    return u.sentence_end and not u.text.rstrip(P.CLOSING_MARKS).endswith(("?", "？", "!", "！"))


def _fold_quotes(s: str) -> str:
    """Typographic quotes and dashes as ASCII, soft hyphens dropped."""
    return s.translate(_QUOTE_FOLD)


_QUOTE_FOLD: Final = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xad": None}
)


def hint_matches(text: str, hint: str) -> bool:
    """HTML: a unit's text and a title hint are the same headline: one contains the other
    (quotes and dashes folded), and the shorter is not a mere fragment (a site logo)."""
    a, b = _fold_quotes(norm_text(text)), _fold_quotes(norm_text(hint))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and len(short) >= P.TITLE_HINT_MIN_SHARE * len(long)


def _back(doc: Doc, i: int, n: int) -> int:
    """Index n non-slot units before i."""
    k = i
    while k > 0 and n > 0:
        k -= 1
        if not doc.units[k].slot:
            n -= 1
    return k


def title_score(doc: Doc, i: int) -> float:
    """How headline-like unit i is; 0 when it cannot be the headline."""
    u = doc.units[i]
    if (
        u.slot
        or u.image_name
        or is_marker(u)
        or u.bullet
        or not (P.TITLE_MIN_UNITS <= u.units <= P.TITLE_MAX_UNITS)
        or u.text.lower() in P.NAV_WORDS
        or P.SUBTITLE_DASH.match(u.text)
        or P.CREDIT_TAIL.search(u.text)
    ):
        return 0.0
    score = float(min(u.units, 30))
    nxt = _next_text(doc, i)
    if nxt is not None and is_marker(doc.units[nxt]) and not doc.units[nxt].boiler_kind:
        score += 25  # a dateline or byline follows the headline
    if _ends_statement(u):
        score -= P.TITLE_SENTENCE_PENALTY  # headlines rarely end with a full stop; ledes do
    if u.punct > P.TITLE_MAX_PUNCT:
        score -= P.TITLE_SENTENCE_PENALTY  # several clauses: a lede or a caption
    if norm_text(u.text) in doc.repeated_texts:
        score += P.TITLE_REPEAT_BONUS  # headlines recur (share text, related box, breadcrumb)
    if u.text[0] == "#" and P.MARKDOWN_H1.match(u.text):
        score += P.TITLE_MARKDOWN_H1_BONUS  # a Markdown dump marks its <h1>
    # nearer the article is better
    score += 10 * (1.0 - min(1.0, (doc.start - i) / (P.HEADER_WINDOW + 1)))
    return score


def _next_text(doc: Doc, i: int) -> int | None:
    for k in range(i + 1, min(len(doc.units), i + 4)):
        if not doc.units[k].slot:
            return k
    return None


def norm_text(s: str) -> str:
    """``s`` with its whitespace runs as single spaces, case-folded: the key under which
    two renderings of one line compare equal."""
    return " ".join(s.split()).casefold()


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


def find_repeats(doc: Doc) -> None:
    """Short region lines whose 4-token shingles mostly occur in another region line:
    photo descriptions restating the text, gallery captions, pull quotes.

    Only the short lines' shingles are kept (a longer line counts where it shares one):
    memory stays proportional to the captions' text, not the whole region's. Each
    shingle maps to the one short line that holds it, or to ``_SHARED`` once a second
    line does; so each line is read once, and a short line's shared shingles are its
    count less those still mapped to it."""
    lines = 0
    owner: dict[str, int] = {}  # a short line's shingle -> that line, or _SHARED
    sizes: dict[int, int] = {}  # short line that may be a caption -> its shingle count
    others: list[int] = []
    for i in range(doc.start, doc.end + 1):
        u = doc.units[i]
        if u.slot or u.units < P.REPEAT_MIN_UNITS:
            continue
        lines += 1
        if u.units <= P.REPEAT_MAX_UNITS:
            sh = _shingles(u.text)
            if sh:
                seen = owner.keys() & sh
                owner.update(dict.fromkeys(sh, i))
                owner.update(dict.fromkeys(seen, _SHARED))
                if _sentences(u.text) <= P.CAPTION_MAX_SENTENCES:
                    sizes[i] = len(sh)
                continue
        others.append(i)
    if sizes:
        for i in others:
            owner.update(dict.fromkeys(owner.keys() & _shingles(doc.units[i].text), _SHARED))
        alone = Counter(owner.values())  # line -> shingles no other line holds
        for i, size in sizes.items():
            if (size - alone[i]) / size >= P.REPEAT_SHARE:
                doc.repeats.add(i)
    if len(doc.repeats) > P.REPEAT_MAX_REGION_SHARE * lines:
        doc.repeats.clear()  # a page that repeats itself throughout: no caption signal


#: find_repeats: the owner of a shingle that more than one line holds.
_SHARED: Final = -1


def _shingles(text: str) -> set[str]:
    """The 4-token shingles of ``text``, each one string (tokens joined by U+001F, which
    no token holds): a string costs less memory than a tuple of four."""
    toks = _tokens(text[: P.REPEAT_SCAN_CHARS])
    return set(map("\x1f".join, zip(toks, toks[1:], toks[2:], toks[3:], strict=False)))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


_TOKEN: Final = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|[^\W_]+"
)
_SENTENCE_SPLIT: Final = re.compile(r"[。！？!?]+|\.(?:\s|$)")


def _sentences(text: str) -> int:
    return max(1, len([s for s in _SENTENCE_SPLIT.split(text) if s.strip()]))


def find_zones(doc: Doc) -> None:
    """After the region, each unit inherits the kind of the last boilerplate head above it
    ("相关新闻" -> related_links for the list that follows)."""
    doc.zone = [None] * len(doc.units)
    current: str | None = None
    for i in range(doc.end + 1, len(doc.units)):
        u = doc.units[i]
        if u.boiler_kind:
            current = u.boiler_kind
        doc.zone[i] = current


def find_dateline(doc: Doc) -> None:
    """The nearest line above the region that is mostly a date: pages put pictures,
    teasers and share bars between the dateline and the story."""
    lo = _back(doc, doc.start, P.DATELINE_WINDOW)
    for k in range(doc.start - 1, lo - 1, -1):
        u = doc.units[k]
        if doc.dateline is not None and doc.dateline - k > P.DATELINE_PAIR_GAP:
            return
        if not u.boiler_kind and u.dateline:
            if doc.dateline is None:
                doc.dateline = k
            if _date_label(doc, k) not in P.MODIFIED_LABELS:
                doc.dateline = k  # "Posted on May 2 · Updated May 4": the posted date
                return
    if doc.dateline is None and doc.end >= 0:
        # none above: blogs sign the story off with its date ("Posted in News on ...")
        for k in range(doc.end + 1, min(len(doc.units), doc.end + 1 + P.DATELINE_BELOW)):
            u = doc.units[k]
            if not u.boiler_kind and u.dateline:
                doc.dateline = k
                return


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


def analyse(doc: Doc) -> None:
    """Run every document analysis, in dependency order."""
    find_region(doc)
    find_dateline(doc)
    find_para_indent(doc)
    find_title(doc)
    find_standfirst(doc)
    find_repeats(doc)
    find_zones(doc)


# ======================================================================================
# Stage 2: the rule table
# ======================================================================================

Rule = Callable[[Doc, int], "Decision | None"]


def image_slot(doc: Doc, i: int) -> Decision | None:
    """A whitespace-only line with the paragraph indent, between paragraphs of the
    article: the renderer left it where an image stood."""
    u = doc.units[i]
    if not u.slot:
        return None
    if not doc.para_indent or u.indent != doc.para_indent or not doc.in_region(i):
        return None
    for k in range(i + 1, doc.end + 1):
        if not doc.units[k].slot:
            return (Role.IMAGE, Kind.IMAGE)
    return None


def content_image_name(doc: Doc, i: int) -> Decision | None:
    """An image file name inside the article is a picture of the story."""
    u = doc.units[i]
    if u.image_name and doc.in_region(i) and image_chrome_kind(_image_label(u)) is None:
        return (Role.IMAGE, Kind.IMAGE)
    return None


def page_image_name(doc: Doc, i: int) -> Decision | None:
    """An image file name outside the article is page chrome: QR codes, report badges,
    logos."""
    u = doc.units[i]
    if not u.image_name:
        return None
    return (Role.BOILERPLATE, image_chrome_kind(_image_label(u)) or Kind.PAGE_IMAGE)


def _image_label(u: Unit) -> str:
    """What names an image: its text (a dump's file name), else (HTML) its src and alt."""
    n = P.IMAGE_LABEL_MAX_CHARS
    return u.text or f"{(u.src or '')[:n]} {(u.alt or '')[:n]}"


def image_chrome_kind(text: str) -> Kind | None:
    """QR code / report badge / logo, by what the image's name says."""
    if P.QR_MARKERS.search(text):
        return Kind.QR_CODE
    if P.REPORT_MARKERS.search(text):
        return Kind.REPORT
    if P.LOGO_MARKERS.search(text):
        return Kind.PAGE_IMAGE
    return None


def headline(doc: Doc, i: int) -> Decision | None:
    """The headline: the line the title analysis (find_title) chose."""
    return (Role.TITLE, Kind.TITLE) if i == doc.title else None


def dash_subtitle(doc: Doc, i: int) -> Decision | None:
    """ "——记连云港市网络社会组织党建工作": a dash-led line right under the headline is its
    sub-headline (副题)."""
    if doc.title is None or not doc.title < i <= doc.title + 3:
        return None
    u = doc.units[i]
    if (
        P.SUBTITLE_DASH.match(u.text)
        and u.units <= P.TITLE_MAX_UNITS
        and i == _next_text(doc, doc.title)
    ):
        return (Role.TITLE, Kind.SUBTITLE)
    return None


def boilerplate_head(doc: Doc, i: int) -> Decision | None:
    """Legal notices, related-link heads, share bars ...: by their marker words."""
    kind = doc.units[i].boiler_kind
    return (Role.BOILERPLATE, Kind(P.KIND_ALIASES.get(kind, kind))) if kind else None


def breadcrumb(doc: Doc, i: int) -> Decision | None:
    """ "Home > News > Story" above the article."""
    if doc.units[i].breadcrumb and i < doc.start:
        return (Role.METADATA, Kind.BREADCRUMB)
    return None


_FIELD_KIND: Final[dict[str, Kind]] = {
    "source": Kind.SOURCE,
    "authors": Kind.BYLINE,
    "editors": Kind.EDITOR,
    "published": Kind.DATELINE,
    "tags": Kind.TAGS,
    "original_title": Kind.OTHER,
    "subtitle": Kind.SUBTITLE,
}


def labelled_metadata(doc: Doc, i: int) -> Decision | None:
    """ "来源：新华社", "责编：张三", "标签：..." near or inside the article."""
    u = doc.units[i]
    if not labelled_line(u):
        return None
    if not _near_article(doc, i):
        return None
    return (Role.METADATA, _FIELD_KIND[u.fields[0][0]])


def _near_article(doc: Doc, i: int) -> bool:
    if doc.end < 0:
        return False
    return _back(doc, doc.start, P.HEADER_WINDOW) <= i <= doc.end + P.FOOTER_WINDOW


def dateline(doc: Doc, i: int) -> Decision | None:
    """A line that is a date (plus maybe a source) just above or at the top of the
    article, or the date that signs it off when none stands above (find_dateline)."""
    u = doc.units[i]
    if not u.dateline:
        return None
    if (
        _back(doc, doc.start, P.HEADER_WINDOW) <= i <= doc.start + 2
        or (doc.title is not None and doc.title < i <= doc.title + 3)
        or i == doc.dateline
    ):
        return (Role.METADATA, Kind.DATELINE)
    return None


def english_byline(doc: Doc, i: int) -> Decision | None:
    """ "By Jane Doe" near the top of the article."""
    if doc.units[i].byline and _near_article(doc, i):
        return (Role.METADATA, Kind.BYLINE)
    return None


def _is_image(u: Unit | None, doc: Doc, i: int) -> bool:
    if u is None:
        return False
    if u.slot:
        return image_slot(doc, i) is not None
    return u.image_name


def _prev_is_image(doc: Doc, i: int) -> bool:
    return i > 0 and _is_image(doc.units[i - 1], doc, i - 1)


def _caption_sized(u: Unit) -> bool:
    return u.units <= P.CAPTION_SENTENCE_MAX_UNITS and _sentences(u.text) <= P.CAPTION_MAX_SENTENCES


def caption_photo_credit(doc: Doc, i: int) -> Decision | None:
    """ "（新华社记者 张三 摄）", "Photo: Reuters": a credit marks a caption."""
    u = doc.units[i]
    if (
        doc.in_region(i)
        and P.hinted(P.PHOTO_CREDIT_HINT, u.text)
        and P.PHOTO_CREDIT.search(u.text)
        and _caption_sized(u)
    ):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def caption_under_image(doc: Doc, i: int) -> Decision | None:
    """A short unpunctuated line right under an image, followed by running text (a run
    of short lines is a heading block instead)."""
    u = doc.units[i]
    if not doc.in_region(i) or not _prev_is_image(doc, i):
        return None
    if u.sentence_end or u.units > P.CAPTION_MAX_UNITS or u.bullet:
        return None
    if u.text.endswith((":", "：")):
        return None  # "My top choices are:" leads into what follows
    if not _other_text(doc, i):
        return None  # a picture and one line: the line is the whole post, not a caption
    nxt = _next_text(doc, i)
    if nxt is not None and _heading_like(doc.units[nxt]) and doc.in_region(nxt):
        return None
    return (Role.CAPTION, Kind.CAPTION)


def _other_text(doc: Doc, i: int) -> bool:
    """Whether the region holds a line of text besides unit ``i`` (stops at the first)."""
    for k in range(doc.start, doc.end + 1):
        u = doc.units[k]
        if k != i and u.text and not u.slot and not u.image_name:
            return True
    return False


def caption_dated_under_image(doc: Doc, i: int) -> Decision | None:
    """ "7月22日，...": a dated one- or two-sentence description right under an image."""
    u = doc.units[i]
    if (
        doc.in_region(i)
        and _prev_is_image(doc, i)
        and _caption_sized(u)
        and P.LEADING_DATE.match(u.text)
    ):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def caption_repeats_text(doc: Doc, i: int) -> Decision | None:
    """A short line restating another line of the article: a photo description or a
    gallery caption."""
    if i in doc.repeats:
        return (Role.CAPTION, Kind.CAPTION)
    return None


def _heading_like(u: Unit) -> bool:
    return (
        not u.slot
        and not u.image_name
        and not u.sentence_end
        and 0 < u.units <= P.HEADING_MAX_UNITS
        and not u.bullet
    )


def heading(doc: Doc, i: int) -> Decision | None:
    """A short unpunctuated line inside the article with more article after it."""
    u = doc.units[i]
    if not doc.in_region(i) or not _heading_like(u) or u.punct > P.HEADING_MAX_PUNCT:
        return None
    for k in range(i + 1, doc.end + 1):
        v = doc.units[k]
        if not v.slot and not v.image_name:
            return (Role.HEADING, Kind.HEADING)
    return None


def list_item(doc: Doc, i: int) -> Decision | None:
    """A bulleted line inside the article."""
    if doc.in_region(i) and doc.units[i].bullet:
        return (Role.BODY, Kind.LIST_ITEM)
    return None


def paragraph(doc: Doc, i: int) -> Decision | None:
    """Anything else inside the article region is running text."""
    if doc.in_region(i) and not doc.units[i].slot:
        return (Role.BODY, Kind.PARAGRAPH)
    return None


def standfirst(doc: Doc, i: int) -> Decision | None:
    """The standfirst: the paragraph-sized first line of running text under the headline,
    above the article region (find_standfirst)."""
    return (Role.BODY, Kind.PARAGRAPH) if i == doc.standfirst else None


def before_article(doc: Doc, i: int) -> Decision | None:
    """Above the article: menus and page header."""
    if i < doc.start and not doc.units[i].slot:
        return (Role.BOILERPLATE, Kind.NAVIGATION)
    return None


def after_article(doc: Doc, i: int) -> Decision | None:
    """Below the article: related lists, comments, footers, by the section they sit in."""
    if doc.units[i].slot:
        return None
    zone = doc.zone[i] if doc.zone else None
    return (Role.BOILERPLATE, Kind(P.KIND_ALIASES.get(zone, zone)) if zone else Kind.FOOTER)


# --- HTML-only rules: text dumps have tag == "" and dom_kind == "", so these pass ---------

#: Heading elements below the headline's <h1>.
_HTML_HEADING_TAGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})


def dom_boilerplate(doc: Doc, i: int) -> Decision | None:
    """HTML: inside <nav>, <footer>, <aside>, a comment thread, a share bar ... (by tag,
    ARIA role or class/id): page chrome, whatever its text says."""
    kind = P.HTML_BOILERPLATE_KINDS.get(doc.units[i].dom_kind)
    return (Role.BOILERPLATE, Kind(kind)) if kind else None


def dom_caption(doc: Doc, i: int) -> Decision | None:
    """HTML: a <figcaption> in or near the article."""
    u = doc.units[i]
    if u.dom_kind == "figcaption" and u.text and _near_article(doc, i):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def recurring_label(doc: Doc, i: int) -> Decision | None:
    """HTML: a short <div> without a sentence whose text the page repeats three times or
    more ("Article content", "Add to Wishlist", "Advertisement"): a widget's label between
    the story's paragraphs (a sub-heading is an <h3> or a <strong>, not a bare <div>)."""
    u = doc.units[i]
    if (
        doc.recurring_labels
        and u.tag == "div"
        and doc.in_region(i)
        and not u.sentence_end
        and u.units <= P.HEADING_MAX_UNITS
        and norm_text(u.text) in doc.recurring_labels
    ):
        return (Role.BOILERPLATE, Kind.OTHER)
    return None


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
}


def html_list_or_table(doc: Doc, i: int) -> Decision | None:
    """HTML: an <li> or a table cell inside the article."""
    u = doc.units[i]
    kind = _HTML_BODY_KINDS.get(u.tag)
    if kind is not None and u.text and doc.in_region(i):
        return (Role.BODY, kind)
    return None


#: The rule table, in order. The first rule that decides wins.
RULES: Final[tuple[tuple[str, Rule], ...]] = (
    ("image_slot", image_slot),
    ("content_image_name", content_image_name),
    ("page_image_name", page_image_name),
    ("headline", headline),
    ("dash_subtitle", dash_subtitle),
    ("boilerplate_head", boilerplate_head),
    ("dateline", dateline),
    ("breadcrumb", breadcrumb),
    ("labelled_metadata", labelled_metadata),
    ("english_byline", english_byline),
    ("dom_boilerplate", dom_boilerplate),
    ("dom_caption", dom_caption),
    ("recurring_label", recurring_label),
    ("html_heading", html_heading),
    ("caption_photo_credit", caption_photo_credit),
    ("caption_under_image", caption_under_image),
    ("caption_dated_under_image", caption_dated_under_image),
    ("caption_repeats_text", caption_repeats_text),
    ("html_list_or_table", html_list_or_table),
    ("heading", heading),
    ("list_item", list_item),
    ("paragraph", paragraph),
    ("standfirst", standfirst),
    ("before_article", before_article),
    ("after_article", after_article),
)


#: What a rule cannot fire without: a unit feature that must be truthy, or ``REGION`` for
#: rules that only decide inside the article region. Every rule checks this itself, so
#: the table changes no decision (tests/test_rules.py holds it to that); it only lets
#: :func:`decide` skip calls: most units of a page are menus that no rule but the last
#: two can take.
REGION: Final = "@region"
TRIGGERS: Final[dict[str, str]] = {
    "image_slot": "slot",
    "content_image_name": "image_name",
    "page_image_name": "image_name",
    "boilerplate_head": "boiler_kind",
    "dateline": "dateline",
    "breadcrumb": "breadcrumb",
    "labelled_metadata": "fields",
    "english_byline": "byline",
    "dom_boilerplate": "dom_kind",
    "dom_caption": "dom_kind",
    "recurring_label": "tag",
    "html_heading": "tag",
    "caption_photo_credit": REGION,
    "caption_under_image": REGION,
    "caption_dated_under_image": REGION,
    "caption_repeats_text": REGION,
    "html_list_or_table": REGION,
    "heading": REGION,
    "list_item": REGION,
    "paragraph": REGION,
}
_Table = tuple[tuple[str, Rule, "str | None"], ...]
#: The table as decide() walks it: for a unit inside the region (the region trigger
#: always holds there), for a unit outside it (rules that need the region left out), and
#: with no triggers at all.
_INSIDE: Final[_Table] = tuple(
    (name, rule, None if TRIGGERS.get(name) is REGION else TRIGGERS.get(name))
    for name, rule in RULES
)
_OUTSIDE: Final[_Table] = tuple(
    (name, rule, TRIGGERS.get(name)) for name, rule in RULES if TRIGGERS.get(name) is not REGION
)
_UNTRIGGERED: Final[_Table] = tuple((name, rule, None) for name, rule in RULES)


class Decided:
    """What :func:`decide` found: one :class:`~newsparse.models.Block` per claimed unit,
    in reading order, and the unit each came from. Iterating gives ``(unit index, role,
    kind, rule name)``.

    The blocks are the article's own (built once, here); the indices are a C array, not
    a tuple and an int object per unit (on a 50 MB dump, 650,000 of each)."""

    __slots__ = ("blocks", "index")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.index: array[int] = array("l")

    def add(self, i: int, role: Role, kind: Kind, reason: str, u: Unit) -> None:
        """Record that unit ``i`` (``u``) is ``role``/``kind`` by rule ``reason``."""
        self.index.append(i)
        self.blocks.append(trusted_block(role, kind, u.text, u.line, reason))

    def __len__(self) -> int:
        return len(self.blocks)

    def __getitem__(self, pos: int) -> tuple[int, Role, Kind, str]:
        b = self.blocks[pos]
        return self.index[pos], b.role, b.kind, b.reason

    def __iter__(self) -> Iterator[tuple[int, Role, Kind, str]]:
        for i, b in zip(self.index, self.blocks, strict=True):
            yield i, b.role, b.kind, b.reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Decided) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value


def decide(doc: Doc, *, use_triggers: bool = True) -> Decided:
    """Run the rule table over every unit; the first rule that decides names the block.
    Slots no rule claims are dropped (they are blank lines). ``use_triggers=False`` calls
    every rule on every unit (for tests: the result must be the same)."""
    out = Decided()
    start, end = doc.start, doc.end
    inside, outside = (_INSIDE, _OUTSIDE) if use_triggers else (_UNTRIGGERED, _UNTRIGGERED)
    for i, u in enumerate(doc.units):
        for name, rule, trigger in inside if start <= i <= end else outside:
            if trigger is not None and not getattr(u, trigger):
                continue
            d = rule(doc, i)
            if d is not None:
                out.add(i, d[0], d[1], name, u)
                break
    return out
