"""The rule table: every rule, in the order they are tried, and :func:`decide`, which runs it.

For each unit the first rule that returns a ``(role, kind)`` decides; its name becomes the
block's ``reason``. A rule returns None to pass. New behaviour is a new rule in its
family's module, declared with :func:`~newsparse.rules.doc.rule` and placed here, not an
edit of a big function.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise, starmap
from operator import attrgetter
from typing import Final

from newsparse.kinds import Kind, Role
from newsparse.models import (
    Block,
    Link,
    Span,
    SpanStyle,
    trusted_block,
    trusted_link,
    trusted_span,
)
from newsparse.rules.body import (
    dump_table_row,
    heading,
    html_heading,
    html_list_or_table,
    html_quote_or_code,
    list_item,
    paragraph,
    rescued_paragraph,
    standfirst,
)
from newsparse.rules.boilerplate import (
    after_article,
    before_article,
    boilerplate_head,
    dom_boilerplate,
    hidden_text,
    html_link_item,
    html_teaser_card,
    recurring_label,
    renderer_marks,
    side_column,
)
from newsparse.rules.captions import (
    caption_dated_under_image,
    caption_photo_credit,
    caption_repeats_text,
    caption_under_image,
    dom_caption,
)
from newsparse.rules.doc import REGION, Doc, Rule, RuleFunction, Scope
from newsparse.rules.fields import (
    breadcrumb,
    cjk_name_line,
    dash_subtitle,
    dateline,
    english_byline,
    headline,
    labelled_metadata,
    labelled_name,
    name_line,
    relative_time,
)
from newsparse.rules.images import content_image_name, icon_image, image_slot, page_image_name
from newsparse.rules.markdown import (
    markdown_alt_caption,
    markdown_echo,
    markdown_lead_picture,
    markdown_lede,
    markdown_link_heading,
    markdown_link_line,
    markdown_picture_text,
    markdown_quote,
    markdown_teaser_text,
)
from newsparse.units import Unit

#: The rule table, in order. The first rule that decides wins.
RULES: Final[tuple[Rule, ...]] = (
    hidden_text,
    renderer_marks,
    image_slot,
    icon_image,
    markdown_picture_text,
    content_image_name,
    markdown_lead_picture,
    page_image_name,
    headline,
    dash_subtitle,
    boilerplate_head,
    dateline,
    relative_time,
    breadcrumb,
    labelled_metadata,
    english_byline,
    labelled_name,
    cjk_name_line,
    dom_boilerplate,
    dom_caption,
    recurring_label,
    markdown_link_heading,
    markdown_teaser_text,
    html_teaser_card,
    html_heading,
    markdown_echo,
    markdown_alt_caption,
    caption_photo_credit,
    caption_under_image,
    caption_dated_under_image,
    caption_repeats_text,
    markdown_link_line,
    markdown_quote,
    html_quote_or_code,
    html_link_item,
    html_list_or_table,
    dump_table_row,
    side_column,
    heading,
    list_item,
    rescued_paragraph,
    paragraph,
    standfirst,
    markdown_lede,
    name_line,
    before_article,
    after_article,
)

_Table = tuple[tuple[str, RuleFunction, "str | None"], ...]
#: The table as decide() walks it: for a unit inside the region (the region precondition
#: always holds there), for a unit outside it (rules that need the region left out), and
#: with no preconditions at all.
_INSIDE: Final[_Table] = tuple(
    (r.name, r.function, None if r.needs == REGION else r.needs) for r in RULES
)
_OUTSIDE: Final[_Table] = tuple((r.name, r.function, r.needs) for r in RULES if r.needs != REGION)
_ALL: Final[_Table] = tuple((r.name, r.function, None) for r in RULES)
#: The rules that declare a scope, by name.
_SCOPES: Final[dict[str, Scope]] = {r.name: r.scope for r in RULES if r.scope is not None}
#: The unit features the rules need, each with its getter.
_NEEDS: Final[dict[str, attrgetter[object]]] = {
    r.needs: attrgetter(r.needs) for r in RULES if r.needs not in (None, REGION)
}


def meanings() -> dict[str, str]:
    """Each rule's name and its one-line meaning (its docstring's first paragraph)."""
    return {r.name: r.meaning for r in RULES}


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
        if u.rows is None and not u.depth and not u.links and not u.spans:
            block = trusted_block(role, kind, u.text, u.line, reason, markdown=u.markdown)
        else:
            block = trusted_block(role, kind, u.text, u.line, reason, _extra(u, kind), u.markdown)
        self.blocks.append(block)

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


def _extra(
    u: Unit, kind: Kind
) -> tuple[list[list[str]] | None, int, tuple[Link, ...], tuple[Span, ...]]:
    """A block's structure, from its unit: rows (a table), depth (a list item), links
    and spans."""
    return (
        u.rows if kind is Kind.TABLE else None,
        u.depth if kind is Kind.LIST_ITEM else 0,
        tuple(starmap(trusted_link, u.links)),
        tuple([trusted_span(start, end, _STYLES[style]) for start, end, style in u.spans]),
    )


#: Unit span styles -> the model's literal names (checked by mypy).
_STYLES: Final[dict[str, SpanStyle]] = {"bold": "bold", "italic": "italic", "code": "code"}


def decide(doc: Doc, *, use_triggers: bool = True) -> Decided:
    """Run the rule table over every unit; the first rule that decides names the block.
    Slots no rule claims are dropped (they are blank lines). ``use_triggers=False`` calls
    every rule on every unit, whatever its precondition and scope (for tests: the result
    must be the same)."""
    out = Decided()
    units = doc.units
    stretches = _stretches(doc) if use_triggers else [(0, len(units), _ALL)]
    for lo, hi, table in stretches:
        for i in range(lo, hi):
            u = units[i]
            for name, function, needs in table:
                if needs is not None and not getattr(u, needs):
                    continue
                d = function(doc, i)
                if d is not None:
                    out.add(i, d[0], d[1], name, u)
                    break
    return out


def _stretches(doc: Doc) -> list[tuple[int, int, _Table]]:
    """The document's units as stretches ``range(lo, hi)`` over which the same rules may
    decide, each with its table: inside or outside the region, without the rules whose
    scope leaves the stretch out (most units of a page lie far from its header) and
    without those whose precondition no unit of the stretch meets (a plain dump has no
    tags, no DOM kinds, no Markdown)."""
    units = doc.units
    n = len(units)
    scopes = [(name, scope(doc)) for name, scope in _SCOPES.items()]
    cuts = {0, n, doc.start, doc.end + 1}
    for _, s in scopes:
        cuts.update((s.start, s.stop))
    bounds = sorted(c for c in cuts if 0 <= c <= n)
    out = []
    for lo, hi in pairwise(bounds):
        stretch = units[lo:hi]
        met = frozenset([need for need, of in _NEEDS.items() if any(map(of, stretch))])
        left_out = frozenset([name for name, s in scopes if lo not in s])
        out.append((lo, hi, _table(doc.start <= lo <= doc.end, met, left_out)))
    return out


# (600 of the corpus's documents, 200 of each format, need about 900 tables, and four
# stretches in five find theirs here)
@lru_cache(maxsize=2048)
def _table(inside: bool, met: frozenset[str], left_out: frozenset[str]) -> _Table:
    """The rules tried on a stretch: inside the region or not, whose precondition some
    unit meets (``met``), without the rules whose scope leaves the stretch out."""
    return tuple(
        (name, function, needs)
        for name, function, needs in (_INSIDE if inside else _OUTSIDE)
        if (needs is None or needs in met) and name not in left_out
    )
