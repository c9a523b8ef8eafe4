"""The article region: the run of units that reads most like the story.

Each unit scores (:func:`region_score`): paragraphs gain, chrome and markers cost, and on
HTML pages what the DOM says (marks, the story's element) weighs first. The region is the
run with the highest total (:func:`best_run`), adjusted at its ends (:func:`find_region`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Final

from newsparse import patterns as P
from newsparse.rules.doc import (
    Doc,
    back,
    hidden,
    introduces_list,
    is_marker,
    labelled_line,
    labelled_sublist,
    reads_as_text,
    teaser_summary,
)
from newsparse.text import count_units
from newsparse.units import Unit


def region_score(u: Unit) -> int:
    """How much a unit says "this is the article": paragraphs gain, chrome costs."""
    if u.slot or u.boiler_kind in P.REGION_NEUTRAL_KINDS:
        return 0
    if u.links and not u.in_main and _teaser_card(u):
        return -P.REGION_SHORT_COST  # a teaser outside the story's element: another story
    if u.dom_kind or u.in_main is not None:
        dom = html_region_score(u)  # HTML: what the DOM says, when it says enough
        if dom is not None:
            return dom
    if u.boiler_kind in P.REGION_BARRIER_KINDS:
        return -P.REGION_BARRIER_PENALTY
    if _code_line(u):
        return 0  # a story's code block, one statement a line: no sign of chrome
    if is_marker(u):
        return -P.REGION_MARKER_PENALTY
    if P.NUMERIC_LINE.match(u.text):
        return -P.REGION_NUMERIC_COST
    if u.image_name:
        return -(P.REGION_LINE_COST // 3)
    if (not reads_as_text(u) and not _list_intro_paragraph(u)) or _doubled(u):
        # A short line with punctuation ("成人票原价：279元", "1、上海野生动物园") is a
        # list or table row of the story; a bare one is a menu item or a headline link
        # (so is a teaser that says its headline twice, long as it is).
        if u.markdown is not None:
            return markdown_short_score(u)
        return -P.REGION_SHORT_PUNCT_COST if u.punct else -P.REGION_SHORT_COST
    # A word says more than a CJK character: weigh words by REGION_WORD_WEIGHT.
    size = u.cjk + int((u.units - u.cjk) * P.REGION_WORD_WEIGHT)
    score = min(size, P.REGION_LINE_CAP) - P.REGION_LINE_COST + P.REGION_SENTENCE_BONUS
    if u.link_density > P.REGION_LINK_DENSITY_MAX:
        score -= int(u.units * u.link_density)
    return score


def _doubled(u: Unit) -> bool:
    """A plain dump's line that says its opening twice ("学費のため　3カ国に家族別居の
    ネパール人女性学費のため　3カ国に..."): a teaser's picture, whose alt text w3m writes
    before the headline that repeats it, on one line; what it says before the repeat
    ends no statement (DOUBLED_STATEMENT_END). Prose does not repeat itself so."""
    t = u.text
    if u.tag or u.markdown is not None or len(t) < 2 * P.DOUBLED_MIN_CHARS:
        return False
    if u.bullet:
        t = P.BULLET.sub("", t, count=1)
    n = len(t)
    j = t.find(t[: P.DOUBLED_MIN_CHARS], max(P.DOUBLED_MIN_CHARS, n // 3))
    if j < 0:
        return False
    k = min(j, n - j)
    return (
        k >= P.DOUBLED_MIN_CHARS
        and t[j : j + k] == t[:k]
        and P.DOUBLED_STATEMENT_END.search(t, 0, j) is None
    )


def _list_intro_paragraph(u: Unit) -> bool:
    """Markdown: a paragraph of a sentence's length that ends with a colon ("With
    clients across the globe, we deliver the following services, all under one roof:"):
    running text that announces the story's list, though it ends no sentence. (A plain
    dump's line may be a fragment a renderer wrapped: there the folds disagreed.)"""
    return u.units >= P.PARAGRAPH_MIN_UNITS and u.markdown is not None and introduces_list(u)


def _code_line(u: Unit) -> bool:
    """A plain dump's line of program source ("id: number;", "};"): a story's code block,
    which the dump keeps one short line a statement."""
    if u.tag or u.markdown is not None or u.units > P.CODE_LINE_MAX_UNITS:
        return False
    t = u.text
    if t.endswith(P.CODE_LINE_ENDS):
        return True
    if t[:1] in P.CODE_LINE_FIRST:
        return P.CODE_LINE_START.match(t) is not None
    return "=" in t and P.CODE_ATTRIBUTE.match(t) is not None


def markdown_short_score(u: Unit) -> int:
    """Markdown: what a short line costs the region. Menus and teasers show themselves as
    links and pay more; a table's row of plain cells (a story's data table) is free."""
    if u.link_density >= P.MD_LINK_LINE_SHARE:
        return -P.MD_REGION_LINK_LINE_COST
    if u.tag == "td" and not u.link_density:
        return 0
    return -P.REGION_SHORT_PUNCT_COST if u.punct else -P.MD_REGION_SHORT_COST


def html_region_score(u: Unit) -> int | None:
    """HTML units: chrome (<nav>, <footer>, a sidebar ...) costs like a marker, less inside
    the element that holds the article's paragraphs (a related box between two paragraphs
    must not cut the story); inside that element, short lines, pictures and lines
    without a word (a separator: ".", "***") are free.
    None: score the unit by its text."""
    if hidden(u):
        return 0
    if u.dom_kind in P.HTML_BOILERPLATE_KINDS:
        if u.image_name:
            return -(P.REGION_LINE_COST // 3)  # a teaser's picture: its text pays already
        return -(P.HTML_MAIN_CHROME_COST if u.in_main else P.REGION_MARKER_PENALTY)
    if u.in_main and u.boiler_kind:
        return -P.HTML_MAIN_CHROME_COST  # "READ MORE: ..." between two paragraphs
    if u.in_main and (u.image_name or not u.units or (not is_marker(u) and not reads_as_text(u))):
        return 0  # (no word at all: a separator, ".", "***")
    if u.in_main is False and reads_as_text(u) and not is_marker(u):
        # running text outside the article's element (a recommended story): worth less
        size = min(u.units, P.REGION_LINE_CAP) - P.REGION_LINE_COST + P.REGION_SENTENCE_BONUS
        return max(1, int(size * P.HTML_OUTSIDE_MAIN_FACTOR))
    return None


def _teaser_card(u: Unit) -> bool:
    """HTML: a teaser card's headline, a link of HTML_TEASER_HEAD_MIN_UNITS or more that
    ends no sentence, opening a unit alone or with a summary of a sentence or two after
    it ("全省春运客流创新高 铁路、公路、民航部门全力保障旅客平安有序出行。[详细]"). A
    story's paragraph that opens with a link opens with a name, not a headline, and runs
    on past a summary's length."""
    if u.links[0][2] != 0:
        return False
    head = u.links[0][0]
    # (a text's units are no more than its characters: most units leave before counting)
    if len(head) < P.HTML_TEASER_HEAD_MIN_UNITS or head[-1:] in P.SENTENCE_FINAL:
        return False
    if head == u.text:
        return u.units >= P.HTML_TEASER_HEAD_MIN_UNITS  # the headline alone
    if u.units - P.HTML_TEASER_SUMMARY_MAX_UNITS > len(head):
        return False
    n = count_units(head)[0]
    return n >= P.HTML_TEASER_HEAD_MIN_UNITS and u.units - n <= P.HTML_TEASER_SUMMARY_MAX_UNITS


def header_evidence(doc: Doc, start: int) -> bool:
    """A dateline, byline or labelled source right above (or at the top of) a region:
    what news pages put between the headline and the story."""
    lo = back(doc, start, P.REGION_HEADER_LOOKBACK)
    for k in range(lo, min(len(doc.units), start + 1 + P.HEADER_INTO_REGION)):
        u = doc.units[k]
        if (
            not u.boiler_kind
            and u.dom_kind not in P.HTML_BOILERPLATE_KINDS
            and (u.dateline or u.byline or labelled_line(u))
            and not (u.dateline and _dated_series(doc, k))
        ):
            return True
    return False


def _dated_series(doc: Doc, k: int) -> bool:
    """A dateline one of a series: a line of its shape (its digits aside) a few units
    before or after it, as each comment's or reply's signature repeats ("新浪网友 (
    2005-08-20 10:15:31 )", "第2楼 发表于 ..."): it heads a comment, not a story, and
    gives no header evidence. (A story's "Published" and "Updated" lines differ.)"""
    shape = P.DIGIT_RUN.sub("0", doc.units[k].text)
    lo = max(0, k - P.DATED_SERIES_REACH)
    for j in range(lo, min(len(doc.units), k + 1 + P.DATED_SERIES_REACH)):
        v = doc.units[j]
        if j != k and v.dateline and P.DIGIT_RUN.sub("0", v.text) == shape:
            return True
    return False


def best_run(n: int, score: Callable[[int, int], tuple[int, int] | None]) -> tuple[int, int, int]:
    """The run of units ``0..n-1`` with the highest total score: one linear pass
    (Kadane's maximum subarray). ``score(i, best)`` gives unit ``i``'s score and the bonus
    a run restarting at it starts with (it does when the bonus is at least the run so
    far), or None to leave the unit out; ``best`` is the best total so far. Returns
    (total, first, last); last is -1 when no run scores above zero."""
    best, best_s, best_e = 0, 0, -1
    run, run_s = 0, 0
    for i in range(n):
        scored = score(i, best)
        if scored is None:
            continue
        s, bonus = scored
        if bonus >= run:
            run, run_s = bonus, i
        run += s
        if run > best:
            best, best_s, best_e = run, run_s, i
    return best, best_s, best_e


def find_region(doc: Doc) -> None:
    """The article region: the best run (:func:`best_run`) of :class:`_TextScore`, which
    scores each unit by :func:`region_score` with a bonus for starting right under a
    dateline or byline; then widened over a closing table, the story element's short
    opening lines, its short closing lines without a link and image slots, taken from
    inside the story's element when it lies wholly below it (:func:`_below_main`), and
    cut above a bibliography."""
    units = doc.units
    doc.table_rows = dump_table_rows(units)
    _, start, end = best_run(len(units), _TextScore(doc))
    end = _closing_dump_table(units, _closing_table(units, end), doc.table_rows)
    if end >= 0:
        start = _opening_start(units, start)
        end = _closing_end(units, end)
    if end >= 0 and _below_main(units, start):
        main = best_run(len(units), lambda i, _: _main_score(units[i]))
        if main[0] > 0:
            _, start, end = main
    for k in range(start + 1, end + 1):
        if _ends_story(units[k]):
            end = k - 1  # a bibliography follows the story's last paragraph
            break
    while start > 0 and units[start - 1].slot:
        start -= 1
    doc.start, doc.end = start, end


def rescue_region(doc: Doc, body: Sequence[int]) -> tuple[int, int] | None:
    """The safety net against whole-article loss: the region to decide again with, or
    None to keep the decisions. Once the rule table has decided, the body (the units
    ``body``) is checked against a second, independent estimate of where the story is
    (:func:`dense_stretch`). On clear loss only: the body is no story of its own (at most
    RESCUE_MAX_BODY_PARAGRAPHS paragraphs, or paragraphs in under RESCUE_THIN_BODY of its
    blocks: a paywall's pitch, a list of teasers, a cookie notice), the estimate finds
    RESCUE_MIN_PARAGRAPHS paragraphs or more, the body holds none of them and its
    paragraphs less than RESCUE_SHARE of the stretch's. The new region is the stretch,
    joined with the old one when the two touch."""
    units = doc.units
    held = [i for i in body if _dense_paragraph(units[i])]
    if len(held) > max(P.RESCUE_MAX_BODY_PARAGRAPHS, len(body) * P.RESCUE_THIN_BODY):
        return None  # (first: most bodies hold a story, and the profile is not needed)
    found, first, last = dense_stretch(units)
    if found < P.RESCUE_MIN_PARAGRAPHS or any(first <= i <= last for i in body):
        return None
    mass = sum(units[i].units for i in range(first, last + 1) if _dense_paragraph(units[i]))
    if sum(units[i].units for i in held) >= mass * P.RESCUE_SHARE:
        return None
    if doc.end >= 0 and doc.start <= last + 1 and first <= doc.end + 1:
        first, last = min(first, doc.start), max(last, doc.end)
    return first, last


def _line_weight(u: Unit) -> float:
    """A line's weight in the density profile: its length in units outside links (none
    for what no region can make body: :func:`_never_body`)."""
    if u.slot or u.image_name or _never_body(u):
        return 0.0
    return u.units * (1.0 - u.link_density)


def _never_body(u: Unit) -> bool:
    """HTML: text the page hides or puts in its chrome (<nav>, <aside> ...), which the
    rule table makes boilerplate wherever the region is."""
    return bool(u.dom_kind) and (hidden(u) or u.dom_kind in P.HTML_BOILERPLATE_KINDS)


def _dense_paragraph(u: Unit) -> bool:
    """A paragraph as the density profile counts them: a sentence-ending, link-poor line
    of RESCUE_PARAGRAPH_UNITS units or more."""
    return (
        u.sentence_end
        and u.units >= P.RESCUE_PARAGRAPH_UNITS
        and u.link_density <= P.REGION_LINK_DENSITY_MAX
        and not _never_body(u)
    )


def paragraphs(units: Sequence[Unit], body: Sequence[int]) -> int:
    """How many of the units ``body`` are paragraphs as the density profile counts them."""
    return sum(1 for i in body if _dense_paragraph(units[i]))


def dense_stretch(units: Sequence[Unit]) -> tuple[int, int, int]:
    """The second estimate of where the story is, from the text's density alone (no mark,
    header, boilerplate word or DOM vote): each line's weight (:func:`_line_weight`)
    averaged over RESCUE_WINDOW lines on each side; the run of lines whose average
    reaches RESCUE_DENSITY_MIN (through gaps of RESCUE_GAP lines at most) that holds the
    most paragraphs. Returns (paragraphs,
    first paragraph, last paragraph); (0, 0, -1) when there is none."""
    lines = [i for i, u in enumerate(units) if not u.slot]
    w = P.RESCUE_WINDOW
    sums = [0.0]
    for i in lines:
        sums.append(sums[-1] + _line_weight(units[i]))
    floor = P.RESCUE_DENSITY_MIN * (2 * w + 1)
    best = (0, 0, -1)
    run, first, sparse = 0, -1, 0
    for j, i in enumerate(lines):
        if sums[min(len(lines), j + w + 1)] - sums[max(0, j - w)] < floor:
            sparse += 1
            if sparse > P.RESCUE_GAP:
                run, first = 0, -1
            continue
        sparse = 0
        if _dense_paragraph(units[i]):
            run += 1
            first = i if first < 0 else first
            if run > best[0]:
                best = (run, first, i)
    return best


def prose_units(u: Unit) -> int:
    """A unit's length when it is prose (it ends a sentence, is shown, is not a marker,
    boilerplate, mostly links or a config file's comment), else 0: what
    :func:`confidence` counts."""
    if (
        not reads_as_text(u)  # (first: most lines of a page are not prose)
        or u.boiler_kind
        or u.link_density > P.REGION_LINK_DENSITY_MAX
        or (u.dom_kind and (hidden(u) or u.dom_kind in P.HTML_BOILERPLATE_KINDS))
        or is_marker(u)
        or u.text.startswith(P.COMMENT_MARKS)
    ):
        return 0
    return u.units


def confidence(doc: Doc, body: Sequence[int]) -> float:
    """``Article.confidence`` of a page whose body blocks are the units ``body`` (in
    order): the cube root of three shares, each 0-1. Agreement: of the prose in the body
    and in a second, independent estimate of where the story is (the best run of prose
    lines, where every other line of text costs PROSE_GAP_COST and no mark, header or DOM
    vote counts), the share both hold. Prose: the share of the body's text that is prose.
    Size: the body's prose against CONFIDENCE_FULL_UNITS. An index page, a form or a
    config file has little prose; a page whose two estimates disagree may have lost its
    story. 0 when the body holds no prose."""
    units = doc.units
    mass = [prose_units(u) for u in units]
    gap = -P.PROSE_GAP_COST
    _, s, e = best_run(len(units), lambda i, _: (mass[i] or (0 if units[i].slot else gap), 0))
    found = sum(mass[i] for i in body)
    if e < 0 or found == 0:
        return 0.0
    both = sum(mass[i] for i in body if s <= i <= e)
    agreement = both / (found + sum(mass[s : e + 1]) - both)
    prose = found / sum(units[i].units for i in body)
    size = min(1.0, found / P.CONFIDENCE_FULL_UNITS)
    return round(float((agreement * prose * size) ** (1 / 3)), 3)


class _TextScore:
    """:func:`region_score` as :func:`find_region` weighs it: a unit with header evidence
    above it restarts a run with REGION_HEADER_BONUS; below a "related"/comments head
    (once a story has been seen) and below a bibliography's head or a Chinese page's
    reprint notice under a story ("未经授权不得转载": it signs the story off), running text
    outside the story's element scores as a teaser, and so does a line mostly of links that
    ends no sentence inside it (:func:`_link_list`: the zone's list, which starts no story
    either, and costs as a short line even where the story's element makes links free),
    until header evidence starts a story again, which a comments head's zone
    ignores: every comment is dated and signed; a related head with running paragraphs
    right below it is a box inside the story and opens no zone; below a blog post's footer
    or a forum reply's header (:func:`_next_post`) every later line of running text
    scores as a teaser too, inside the story's element or not: another post;
    the items of a list that a sentence of the story introduces cost as a story's rows;
    once a story has been seen, a dated or labelled line inside the story's element (a
    video widget's title and source) costs what chrome there costs (HTML_MAIN_CHROME_COST).
    """

    __slots__ = ("cards", "doc", "in_list", "in_posts", "in_refs", "in_zone", "table")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.table = doc.table_rows  # a text dump's data table rows: free, as Markdown's
        self.cards = dump_teaser_cards(doc.units)  # a dump's teaser summaries
        self.in_zone = ""  # the kind of the "related" / comments head above: not the story
        self.in_refs = False  # below a bibliography's head (citations, whatever their
        # dates) or a story's reprint notice
        self.in_list = False  # in a list under "Here are the courses:": the story's items
        self.in_posts = False  # below a post's footer or a reply's header: other posts

    def __call__(self, i: int, best: int) -> tuple[int, int]:
        u = self.doc.units[i]
        s = region_score(u)
        if s < 0 and i in self.table:
            s = 0
        elif s == -P.REGION_MARKER_PENALTY and u.in_main and best >= P.REGION_ZONE_AFTER:
            s = -P.HTML_MAIN_CHROME_COST  # a widget's date or source inside the story
        if not u.slot:
            if self.in_list and _list_item(u) and -P.REGION_SHORT_COST <= s < 0:
                s = -P.REGION_SHORT_PUNCT_COST
            elif s < 0 and u.depth and u.markdown is not None and labelled_sublist(self.doc, i):
                s = -P.REGION_SHORT_PUNCT_COST  # links a story's item lists under its label
            self.in_list = introduces_list(u) or (self.in_list and _list_item(u))
        # (under a head, the zone's list of links starts no story)
        evidence = s > 0 and not (self.in_zone and _link_list(u)) and header_evidence(self.doc, i)
        if u.boiler_kind in P.REGION_ZONE_KINDS and best >= P.REGION_ZONE_AFTER:
            if u.boiler_kind == "related_links" and _inline_box(self.doc.units, i):
                s = -P.REGION_SHORT_COST
            else:
                self.in_zone = u.boiler_kind
        elif evidence and self.in_zone not in P.REGION_STICKY_ZONE_KINDS:
            self.in_zone = ""
        if u.boiler_kind and (
            (best > 0 and _ends_story(u)) or (best >= P.REGION_ZONE_AFTER and _reprint_notice(u))
        ):
            self.in_refs = True
        if best > 0 and not self.in_posts and u.date is not None and _next_post(self.doc, i):
            self.in_posts = True
        zone = self.in_zone or self.in_refs
        if (s > 0 and (self.in_posts or (zone and not u.in_main))) or (
            s >= 0 and zone and _link_list(u)  # the zone's list costs, free chrome or not
        ):
            s = -P.REGION_SHORT_COST
        if s > 0 and (i in self.cards or (u.markdown is not None and teaser_summary(self.doc, i))):
            s //= P.MD_REGION_TEASER_DIVISOR
        return s, (P.REGION_HEADER_BONUS if evidence else 0)


def _link_list(u: Unit) -> bool:
    """A line mostly of links that ends no sentence: under a "related" or comments head,
    the zone's list even inside the story's element (an old table-laid page's content
    cell holds the story and, under "相关报道：", its links with their dates as one cell),
    and no story's first paragraph."""
    return u.link_density > P.REGION_ZONE_LINK_SHARE and not u.sentence_end


def _next_post(doc: Doc, i: int) -> bool:
    """A dated line where the story's post ends and the next begins: a forum reply's
    header (``POST_REPLY_FLOOR``); right under the post's last paragraph, the next
    poster's profile (``POSTER_PROFILE_LABEL``: "等级：论坛游侠 积分：1280 注册：2004年3月12日";
    the first poster's stands over the thread's head, not under a paragraph); or a blog
    post's footer (``POST_COUNT``) right under the post's last paragraph and over no
    paragraph (a news page's dateline with its read count stands between a summary and
    the story, and has the story right under it)."""
    u = doc.units[i]
    if reads_as_text(u):
        return False
    if P.POST_REPLY_FLOOR.search(u.text):
        return True
    profile = len(P.POSTER_PROFILE_LABEL.findall(u.text)) >= P.POSTER_PROFILE_MIN_LABELS
    if not profile and not P.POST_COUNT.search(u.text):
        return False
    above = _near_text(doc, range(i - 1, back(doc, i, P.POST_FOOTER_REACH) - 1, -1))
    if profile:
        return above
    below = _near_text(doc, range(i + 1, min(len(doc.units), i + 1 + P.POST_FOOTER_REACH)))
    return above and not below


def _near_text(doc: Doc, ks: range) -> bool:
    """Whether the first unit of ``ks`` that is no slot or picture is running text that
    the region counts."""
    for k in ks:
        v = doc.units[k]
        if not v.slot and not v.image_name:
            return reads_as_text(v) and region_score(v) > 0
    return False


def dump_teaser_cards(units: Sequence[Unit]) -> frozenset[int]:
    """A dump's list of teaser cards: a kicker and a headline (two short lines that end
    no sentence; or three, as a kicker, a date and a headline: :func:`_card_above`) over a
    one-paragraph summary (a plain line, or a Markdown paragraph:
    a card whose headline is no linked sub-heading, which :func:`teaser_summary` reads),
    card after card, DUMP_CARD_MIN_RUN of them in a row or more. The summaries' indexes.
    A story's sub-heading stands over several paragraphs, seldom under a second short
    line, and not card after card."""
    cards: set[int] = set()
    run: list[int] = []  # the summaries of the cards in a row so far
    near: deque[tuple[int, bool]] = deque(maxlen=4)  # the last four lines: (index, text)
    for k, u in enumerate(units):
        if u.slot:
            continue
        text = reads_as_text(u)
        if text and len(near) >= 2 and not (near[-1][1] or near[-2][1]) and _summary_block(u):
            if run and not _card_above(near, run[-1]):  # the last card is not right above
                if len(run) >= P.DUMP_CARD_MIN_RUN:
                    cards.update(run)
                run = []
            run.append(k)
        near.append((k, text))
    if len(run) >= P.DUMP_CARD_MIN_RUN:
        cards.update(run)
    return frozenset(cards)


def _card_above(near: deque[tuple[int, bool]], last: int) -> bool:
    """The last card's summary ``last`` right above a card's short lines (``near``, the
    last four lines: a kicker and a headline, or a kicker, a date and a headline)."""
    if len(near) >= 3 and near[-3] == (last, True):
        return True
    return len(near) == 4 and not near[-3][1] and near[0] == (last, True)


def _summary_block(u: Unit) -> bool:
    """A card's summary may be a plain dump's line or a Markdown paragraph; not an HTML
    block (the DOM tells its cards) nor a Markdown item, heading or quote."""
    return u.tag == "p" if u.markdown is not None else not u.tag


def dump_table_rows(units: Sequence[Unit]) -> frozenset[int]:
    """A text dump's data tables: runs of DUMP_TABLE_MIN_ROWS lines or more that are rows
    of one table (:func:`_dump_row`: Chromium's tab-separated cells, as many on each
    line; w3m's cells set apart by spaces, starting at the same columns, a cell that
    fills its column with a single space after it too: :func:`_fills_columns`). Their
    indexes."""
    rows: set[int] = set()
    run: list[int] = []
    shape: tuple[int, ...] = ()
    last = -1
    sep = P.DUMP_CELL_SEP
    for i in [k for k, u in enumerate(units) if sep in u.text or "  " in u.text]:
        row = _dump_row(units[i])
        between = [k for k in range(last + 1, i) if not units[k].slot]
        if (
            row
            and (row == shape or _fills_columns(units[i], shape))
            and all(_fills_columns(units[k], shape) for k in between)
        ):
            run.extend(between)
            run.append(i)
        else:
            if len(run) >= P.DUMP_TABLE_MIN_ROWS:
                rows.update(run)
            run, shape = ([i] if row else []), row
        last = i
    if len(run) >= P.DUMP_TABLE_MIN_ROWS:
        rows.update(run)
    return frozenset(rows)


def _dump_row(u: Unit) -> tuple[int, ...]:
    """A plain dump's line as a table row, by its shape: (the number of its
    tab-separated cells,) or, for w3m's cells set apart by DUMP_CELL_GAP (each with a
    letter or digit), the columns where its second and later cells start (negative, not
    to pass for a count); () when it is no row. Read only for a line that holds a tab or
    two spaces in a row (:func:`dump_table_rows` picks those)."""
    t = u.text
    if u.tag or u.markdown is not None:
        return ()
    if P.DUMP_CELL_SEP in t:
        return (t.count(P.DUMP_CELL_SEP) + 1,)
    if u.image_name:
        return ()
    if not all(any(c.isalnum() for c in cell) for cell in P.DUMP_CELL_GAP.split(t)):
        return ()  # a form's empty fields ("[          ]"), a rule of dashes
    return tuple(-(len(u.indent) + m.end()) for m in P.DUMP_CELL_GAP.finditer(t))


def _fills_columns(u: Unit, shape: tuple[int, ...]) -> bool:
    """A w3m row of a table of the shape ``shape`` (:func:`_dump_row`) whose cell fills
    its column: a single space, not DUMP_CELL_GAP, sets the next cell apart, which starts
    at the table's column all the same."""
    if not shape or shape[0] > 0 or u.tag or u.markdown is not None:
        return False
    line = u.indent + u.text
    return all(len(line) > -c and line[-c - 1] == " " and line[-c] != " " for c in shape)


def _inline_box(units: list[Unit], i: int) -> bool:
    """A "related" head over a box inside the story: running paragraphs in a row resume
    the story a few lines below it."""
    row = 0
    for u in units[i + 1 : i + 1 + P.INLINE_BOX_REACH]:
        if u.slot:
            continue
        if u.boiler_kind in P.REGION_ZONE_KINDS:
            return False
        row = row + 1 if region_score(u) > 0 and reads_as_text(u) else 0
        if row >= P.INLINE_BOX_PROSE:
            return True
    return False


def _list_item(u: Unit) -> bool:
    """An item of a list: a bulleted line, a page's or a Markdown dump's list item, or in a
    plain dump, any short line that is no picture (a Chromium dump drops the bullets)."""
    if u.bullet or u.tag == "li":
        return True
    return not u.tag and u.markdown is None and not u.image_name and not reads_as_text(u)


def _closing_table(units: list[Unit], end: int) -> int:
    """HTML: the region's end moved over a table that closes the story inside its element
    (its short cells score nothing, so the text score stops at the last paragraph)."""
    if end < 0:
        return end
    k = end + 1
    cells = 0
    while k < len(units) and units[k].in_main and units[k].tag in _TABLE_CELLS:
        rows = units[k].rows
        cells += 1 if rows is None else sum(map(len, rows))  # a data table: its cells
        k += 1
    return k - 1 if cells >= P.CLOSING_TABLE_MIN_CELLS else end


def _closing_dump_table(units: list[Unit], end: int, table: frozenset[int]) -> int:
    """A text dump: the region's end moved over a data table (:func:`dump_table_rows`)
    that follows the story's last paragraph, or the sentence under it that announces
    the table ("The survey also counted:"), or the table's head row
    (:func:`_head_row`)."""
    if end < 0:
        return end
    k = _past_slots(units, end + 1)
    if k < len(units) and k not in table:
        k = _past_slots(units, k + (introduces_list(units[k]) or _head_row(units, k, table)))
    if k not in table:
        return end
    while k + 1 < len(units) and (k + 1 in table or units[k + 1].slot):
        k += 1
    while units[k].slot:
        k -= 1
    return k


def _head_row(units: list[Unit], k: int, table: frozenset[int]) -> bool:
    """A table's head row over its data rows: a line of cells (:func:`_dump_row`) whose
    cells start elsewhere than the rows' (w3m centres a head's cells), right above them."""
    t = units[k].text
    if "  " not in t and P.DUMP_CELL_SEP not in t:
        return False  # (what _dump_row reads)
    return _past_slots(units, k + 1) in table and bool(_dump_row(units[k]))


def _past_slots(units: list[Unit], k: int) -> int:
    """The first unit from ``k`` on that is no slot (``len(units)`` when none is)."""
    while k < len(units) and units[k].slot:
        k += 1
    return k


#: The tags of a table's cells (and of a data table, read whole).
_TABLE_CELLS: Final = frozenset({"td", "th", "table"})


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


def _opening_start(units: list[Unit], start: int) -> int:
    """The region's start moved up over the short opening lines of the story's element
    (:func:`_opening_line`: "Key points" bullets) and the hidden text between them."""
    k = start
    while k > 0 and (hidden(units[k - 1]) or _opening_line(units[k - 1])):
        k -= 1
        if not hidden(units[k]):
            start = k
    return start


def _closing_end(units: list[Unit], end: int) -> int:
    """The region's end moved down over the short closing lines of the story's element
    (:func:`_opening_line` without a link: a blog's last lines, which end no sentence)."""
    while end + 1 < len(units) and _opening_line(units[end + 1]) and not units[end + 1].links:
        end += 1
    return end


def _ends_story(u: Unit) -> bool:
    """A bibliography's head ("References", "参考文献[编辑]"), not a menu's link of that
    name."""
    return (
        u.boiler_kind in P.REGION_END_KINDS
        and not u.dom_kind
        and u.link_density <= P.REGION_LINK_DENSITY_MAX
    )


def _reprint_notice(u: Unit) -> bool:
    """A Chinese page's reprint notice ("39健康网专稿，未经书面授权请勿转载。"), which signs
    the story off."""
    return u.boiler_kind == "copyright" and P.REPRINT_NOTICE.search(u.text) is not None


def _below_main(units: list[Unit], start: int) -> bool:
    """HTML: the element that holds the story sits under the headline (mark_main marked
    the rest ``in_main=False``), and the text region starts below all of it: the
    region is a teaser list or a footer, and the story is too short to outscore them."""
    return (
        units[start].in_main is False
        and any(units[k].in_main for k in range(start))
        and not any(units[k].in_main for k in range(start, len(units)))
    )


def _main_score(u: Unit) -> tuple[int, int] | None:
    """A unit's score for the best run inside the story's element (None outside it): a
    short <p> or list item there is the story's own text, worth its length (a widget's
    line is a <div>, and costs)."""
    if not u.in_main:
        return None
    s = region_score(u)
    if s == 0 and u.tag in P.HTML_MAIN_TEXT_TAGS and u.text and not is_marker(u):
        s = u.units
    elif s == 0 and not u.slot and not u.image_name:
        s = -P.REGION_SHORT_COST
    return s, 0
