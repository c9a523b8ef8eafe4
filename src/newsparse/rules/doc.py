"""The state every analysis and rule reads: :class:`Doc`, the shared predicates over its
units, and :class:`Rule`, a rule with its name and precondition.

A rule is a small function ``(doc, i) -> (Role, Kind) | None`` in the module of its family
(:mod:`.images`, :mod:`.fields`, :mod:`.captions`, :mod:`.body`, :mod:`.boilerplate`),
declared with :func:`rule`, which names the unit feature it cannot fire without; the table
(:mod:`.table`) owns the order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Final

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.text import bare_host, cjk_names, host_name
from newsparse.units import Unit

#: What a rule decides: the unit's role and kind.
Decision = tuple[Role, Kind]


@dataclass(slots=True)
class Doc:
    """Everything the rules may read about one document."""

    units: list[Unit]
    start: int = 0
    """Index of the first unit of the article region."""
    end: int = -1
    """Index of the last unit of the article region (inclusive); -1 when there is none."""
    text_end: int = -1
    """The region's last unit of running text (:func:`.header.find_text_end`); -1 when
    it has none. A heading stands above it."""
    para_indent: str = ""
    """Leading whitespace that most body paragraphs carry (text dumps)."""
    title: int | None = None
    """Index of the headline unit."""
    title_name: int | None = None
    """A dump's unit that names the story as the page's metadata does, where the headline
    shows it in other words (a breadcrumb trail's last item: :func:`.header.find_title`);
    the article's title reads it, the rules read the headline."""
    title_hint: str | None = None
    """A headline known from elsewhere (HTML <title>, og:title), to find among the units."""
    title_words: tuple[str, ...] = ()
    """The words the page's address spells its headline with (:func:`~newsparse.text.url_slug`)."""
    host: str | None = None
    """The host of the page's address, when known (:func:`~newsparse.text.host_name`)."""
    repeats: set[int] = field(default_factory=set)
    """Units whose text mostly repeats another unit's (captions restated, galleries)."""
    zone: list[str | None] = field(default_factory=list)
    """For units after the region: the boilerplate kind of the section they sit in."""
    repeated_texts: set[str] = field(default_factory=set)
    """Normalised texts that occur on more than one line of the page."""
    recurring_labels: set[str] = field(default_factory=set)
    """Normalised short texts that occur on three lines or more."""
    echoes: set[int] = field(default_factory=set)
    """Markdown: units of running text that repeat an earlier unit word for word (a
    converter writes every copy of a page's layout, shown or hidden)."""
    dateline: int | None = None
    """The nearest dateline above the region, when one lies further up than the header."""
    standfirst: int | None = None
    """The lede under the headline, when the region starts below a byline or picture."""
    lede_end: int | None = None
    """The first "related", comments or consent head between the headline and the region
    (REGION_ZONE_KINDS), when there is one: the running text below it is a widget's, not
    the story's lede (rules/markdown.py, markdown_lede)."""
    byline_labels: set[int] = field(default_factory=set)
    """Lines that are only a byline's label ("By", "Posted by:"): the name is on the next."""
    table_rows: frozenset[int] = frozenset()
    """Text dumps: the rows of data tables, one line each (rules/region.py,
    dump_table_rows)."""
    markdown_input: bool = field(init=False, default=False)
    """A Markdown input: some unit has its Markdown source (set once, at creation)."""
    main_from: int = field(init=False, default=-1)
    """HTML: the first unit inside the element that holds the story (``Unit.in_main``),
    -1 when none is (set once, at creation)."""
    rescued: str = ""
    """Why the safety net decided the region again (rules/region.py, rescue_region), as
    the article's warning says it; "" when it did not."""

    def __post_init__(self) -> None:
        units = self.units
        self.markdown_input = list(map(_MARKDOWN_SOURCE, units)).count(None) < len(units)
        in_main = list(map(_IN_MAIN, units))
        self.main_from = in_main.index(True) if True in in_main else -1

    def in_region(self, i: int) -> bool:
        """Whether unit ``i`` lies inside the article region."""
        return self.start <= i <= self.end


def labelled_line(u: Unit) -> bool:
    """Mostly "label: value" fields, and short enough to be a metadata line (a longer one is
    a paragraph that opens with a label word: "作者：佚名 此诗写于元和六年，...")."""
    return (
        bool(u.fields) and u.field_cover >= P.LABELLED_MIN_COVER and u.units <= P.LABELLED_MAX_UNITS
    )


def is_marker(u: Unit) -> bool:
    """Boilerplate heads, labelled metadata, datelines and breadcrumbs: never body text."""
    return bool(u.boiler_kind or labelled_line(u) or u.breadcrumb or u.byline or u.dateline)


def hidden(u: Unit) -> bool:
    """HTML: text the page's style hides: it neither counts in nor decides the analyses
    of what the page shows (repeats, zones, datelines)."""
    return u.dom_kind == P.HTML_HIDDEN_KIND


def reads_as_text(u: Unit) -> bool:
    """Running text ends its sentences; headline lists, menus and labels do not."""
    return u.sentence_end or (u.punct >= 2 and u.units >= 2 * P.PARAGRAPH_MIN_UNITS)


def back(doc: Doc, i: int, n: int) -> int:
    """Index n non-slot units before i."""
    k = i
    while k > 0 and n > 0:
        k -= 1
        if not doc.units[k].slot:
            n -= 1
    return k


def next_text(doc: Doc, i: int) -> int | None:
    """The next unit after ``i`` that is not a slot, within NEXT_TEXT_REACH units."""
    for k in range(i + 1, min(len(doc.units), i + 1 + P.NEXT_TEXT_REACH)):
        if not doc.units[k].slot:
            return k
    return None


def near_article(doc: Doc, i: int) -> bool:
    """Whether unit ``i`` lies in the article, its header window or its footer window."""
    if doc.end < 0:
        return False
    return back(doc, doc.start, P.HEADER_WINDOW) <= i <= doc.end + P.FOOTER_WINDOW


def introduces_list(u: Unit) -> bool:
    """A sentence that announces a list ("Here are some of the courses:"): a line of
    LIST_INTRO_MIN_UNITS units or more ending with a colon, mostly outside links."""
    return (
        u.text.endswith(P.LIST_INTRO_ENDS)  # (a unit's text comes stripped)
        and u.units >= P.LIST_INTRO_MIN_UNITS
        and u.link_density <= P.REGION_LINK_DENSITY_MAX
        and not u.boiler_kind
    )


def labelled_sublist(doc: Doc, i: int) -> bool:
    """Markdown: item ``i`` is in a list nested under an item of plain text that ends
    with a colon ("* **Buying options:**" / "  * [Shop (Brand)](https://...)"): the
    links a story's item lists under its label (where to buy, its sources), not a menu,
    whose sub-lists hang under links."""
    u = doc.units[i]
    if not u.depth:
        return False
    for k in range(i - 1, max(-1, i - 1 - P.MD_SUBLIST_REACH), -1):
        v = doc.units[k]
        if v.slot:
            continue
        if v.tag != "li" or v.depth < u.depth - 1:
            return False
        if v.depth == u.depth - 1:
            label = v.link_density <= P.REGION_LINK_DENSITY_MAX
            return label and v.text.endswith(P.LIST_INTRO_ENDS)
    return False


def teaser_summary(doc: Doc, i: int) -> bool:
    """Markdown: unit ``i`` stands under a teaser card's headline (:func:`teaser_heading`),
    past the card's line of labels: another story's summary."""
    k = i - 1
    while k > 0 and _card_label(doc.units[k]):
        k -= 1
    return teaser_heading(doc, k)


def _card_label(u: Unit) -> bool:
    """A teaser card's line of labels between its headline and its summary ("[Politics]
    (/politics/), [World](/world/)"): link text, no heading."""
    return u.link_density >= P.MD_LINK_LINE_SHARE and u.tag[:1] != "h"


def teaser_heading(doc: Doc, i: int) -> bool:
    """Unit ``i`` is a teaser card's headline: a sub-heading that is (nearly) all a link to
    another page of the same site, right under a picture (Markdown), or under a picture
    and at most a kicker (HTML: a short line over the headline, "Entwarnung")."""
    u = doc.units[i]
    if u.tag not in P.MD_SUBHEADING_TAGS or u.link_density < P.MD_LINK_LINE_SHARE or i == 0:
        return False
    if u.markdown is not None:
        return bool(u.href and doc.units[i - 1].image_name and _same_site(doc, u.href))
    return _card_picture(doc, i - 1) and links_to_site(doc, u)


def links_to_site(doc: Doc, u: Unit) -> bool:
    """HTML: unit ``u`` is (nearly) all a link to another page of the page's own site."""
    return (
        bool(u.links) and u.link_density >= P.MD_LINK_LINE_SHARE and _same_site(doc, u.links[0][1])
    )


def _card_picture(doc: Doc, k: int) -> bool:
    """HTML: unit ``k`` is a picture, or a kicker right under one (a short line that ends
    no sentence and is no link)."""
    v = doc.units[k]
    if v.image_name or k == 0:
        return v.image_name
    return (
        not v.sentence_end
        and not v.links
        and v.units <= P.HTML_CARD_KICKER_MAX_UNITS
        and doc.units[k - 1].image_name
    )


def _same_site(doc: Doc, href: str) -> bool:
    """Whether ``href`` leads to another page of the page's own site: a path ("/news/x",
    "story.html"), or an address on the page's host (a "www." aside)."""
    if href.startswith("#"):
        return False
    if not P.MD_ABSOLUTE_HREF.match(href):
        return True
    host, page = host_name(href), doc.host
    if not host or not page:
        return False
    return bare_host(host) == bare_host(page)


def heading_like(u: Unit) -> bool:
    """A short line of text without a sentence's end or a bullet."""
    return (
        not u.slot
        and not u.image_name
        and not u.sentence_end
        and 0 < u.units <= P.HEADING_MAX_UNITS
        and not u.bullet
    )


_SENTENCE_SPLIT: Final = re.compile(r"[。！？!?]+|\.(?:\s|$)")


def sentences(text: str) -> int:
    """How many sentences ``text`` holds (one at least)."""
    return max(1, len([s for s in _SENTENCE_SPLIT.split(text) if s.strip()]))


#: A rule's precondition for rules that only decide inside the article region.
REGION: Final = "@region"
_MARKDOWN_SOURCE: Final = attrgetter("markdown")
_IN_MAIN: Final = attrgetter("in_main")

RuleFunction = Callable[[Doc, int], "Decision | None"]
#: Where in a document a rule may decide: a range of unit indices, found once per document.
Scope = Callable[[Doc], range]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the table: its name (a block's ``reason``), its function, and what it
    cannot fire without: a :class:`~newsparse.units.Unit` feature that must be truthy,
    :data:`REGION` for a rule that only decides inside the article region, or None; and
    its ``scope``, the units it may decide at all, when the document's analyses bound them
    (the headline's line, the header above the region), or None. Every rule checks its
    precondition and its scope itself, so they change no decision (tests/test_rules.py
    holds it to that); they only let :func:`~newsparse.rules.table.decide` skip calls: most
    units of a page are menus that no rule but the last two can take."""

    name: str
    function: RuleFunction
    needs: str | None = None
    scope: Scope | None = None

    def __call__(self, doc: Doc, i: int) -> Decision | None:
        """Decide unit ``i`` of ``doc``, or pass (None)."""
        return self.function(doc, i)

    @property
    def meaning(self) -> str:
        """What the rule decides, in one line: the first paragraph of its docstring."""
        return " ".join((self.function.__doc__ or "").strip().split("\n\n")[0].split())


def rule(needs: str | None = None, scope: Scope | None = None) -> Callable[[RuleFunction], Rule]:
    """Declare a rule: ``@rule("image_name")`` over ``def content_image_name(doc, i)``;
    ``@rule(scope=...)`` with a function of the document that bounds where it decides."""

    def declare(function: RuleFunction) -> Rule:
        return Rule(function.__name__, function, needs, scope)

    return declare


def only(i: int | None) -> range:
    """Unit ``i`` alone as a rule's scope; no unit when ``i`` is None."""
    return range(0) if i is None else range(i, i + 1)


def among(indices: set[int]) -> range:
    """The units from the first of ``indices`` to the last as a rule's scope; no unit when
    there are none."""
    return range(min(indices), max(indices) + 1) if indices else range(0)


def hull(*spans: range) -> range:
    """The smallest scope that holds every unit of ``spans`` (no unit when they hold none)."""
    held = [s for s in spans if s]
    if not held:
        return range(0)
    return range(min(s.start for s in held), max(s.stop for s in held))


def having(feature: str) -> Scope:
    """The scope of a rule that reads a unit feature most inputs never set (a tag: HTML
    and Markdown only): every unit of a document where some unit has it, none of any
    other."""
    of = attrgetter(feature)

    def scope(doc: Doc) -> range:
        return range(len(doc.units)) if any(map(of, doc.units)) else range(0)

    return scope


def name_and_role(text: str) -> tuple[str, bool]:
    """The names a name line holds (:func:`~newsparse.rules.fields.line_name`), and
    whether the writer's role followed them."""
    text = P.NAME_LINE_HANDLE.sub("", P.NAME_LINE_BULLET.sub("", text))
    if names_only(text):
        return text, False
    parts = P.NAME_ROLE_SEP.split(text, maxsplit=1)
    if len(parts) == 2:  # a name and a role
        head, role = parts
        words = role.lower().split()
        if len(words) <= P.NAME_ROLE_MAX_WORDS and any(
            w.strip(".,") in P.NAME_ROLE_WORDS for w in words
        ):
            return head, True
    return text, False


def names_only(text: str) -> bool:
    """Capitalised words and name connectors ("and", "&") only, a few of them, or a few
    Chinese names (:func:`~newsparse.text.cjk_names`)."""
    if text and P.CJK_CHAR.match(text):
        return cjk_names(text) is not None
    words = text.split()
    if len(text) > P.NAME_LINE_MAX_CHARS or not (
        P.NAME_LINE_MIN_WORDS <= len(words) <= P.NAME_LINE_MAX_WORDS
    ):
        return False
    if any(w.lower().strip(",") in P.NAME_LINE_NOT_NAMES for w in words):
        return False  # "Teilen Twittern Senden": a share bar's buttons
    return all(w in P.NAME_LINE_CONNECTORS or P.NAME_LINE_WORD.match(w) for w in words)
