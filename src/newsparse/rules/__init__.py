"""Deciding what each candidate unit is, in two stages over one :class:`~.doc.Doc`:

1. *Document analyses* (:func:`analyse`) that need the whole page: the article region
   (:mod:`.region`), the paragraph indent, headline, standfirst and dateline
   (:mod:`.header`), texts the page repeats and the zones below the region
   (:mod:`.repeats`).
2. *The rule table* (:mod:`.table`): small named rules, one module per family
   (:mod:`.images`, :mod:`.fields`, :mod:`.captions`, :mod:`.body`, :mod:`.boilerplate`),
   tried in the table's order for every unit; the first that decides names the block.
"""

from __future__ import annotations

from newsparse.kinds import Role
from newsparse.rules.doc import Doc, Rule
from newsparse.rules.fields import line_name, name_under_label
from newsparse.rules.header import (
    find_byline_labels,
    find_dateline,
    find_lede_end,
    find_para_indent,
    find_standfirst,
    find_text_end,
    find_title,
)
from newsparse.rules.region import confidence, find_region, paragraphs, rescue_region
from newsparse.rules.repeats import find_echoes, find_repeated_texts, find_repeats, find_zones
from newsparse.rules.table import RULES, Decided, decide, meanings


def analyse(doc: Doc) -> None:
    """Run every document analysis, in dependency order."""
    find_region(doc)
    _analyse_in_region(doc)


def _analyse_in_region(doc: Doc) -> None:
    """The analyses that read the region, once it is found."""
    find_dateline(doc)
    find_byline_labels(doc)
    find_para_indent(doc)
    find_text_end(doc)
    find_repeated_texts(doc)
    find_title(doc)
    find_standfirst(doc)
    find_lede_end(doc)
    find_echoes(doc)
    find_repeats(doc)
    find_zones(doc)


#: The roles of the body's blocks.
_BODY = (Role.BODY, Role.HEADING)


def arbitrate(doc: Doc, decided: Decided) -> tuple[Doc, Decided]:
    """The safety net against whole-article loss: the decisions, or, when the body they
    make has lost the story (:func:`~.region.rescue_region`), the analyses and the rule
    table run again over the region decided again (``Doc.rescued`` says why), kept when
    their body holds more paragraphs than the first."""
    body = [i for i, role, _, _ in decided if role in _BODY]
    region = rescue_region(doc, body)
    if region is None:
        return doc, decided
    again = Doc(
        units=doc.units,
        title_hint=doc.title_hint,
        title_words=doc.title_words,
        host=doc.host,
        start=region[0],
        end=region[1],
        table_rows=doc.table_rows,
    )
    again.rescued = (
        f"the article region was decided again: the body held {len(body)} block(s), "
        f"the text's density profile finds the story at lines "
        f"{doc.units[region[0]].line}-{doc.units[region[1]].line}"
    )
    _analyse_in_region(again)
    redecided = decide(again)
    found = [i for i, role, _, _ in redecided if role in _BODY]
    if paragraphs(doc.units, found) <= paragraphs(doc.units, body):
        return doc, decided
    return again, _with_header(decided, redecided, min(doc.start, region[0]))


def _with_header(first: Decided, again: Decided, above: int) -> Decided:
    """The decisions made again, with the metadata (byline, dateline) the first decisions
    found above unit ``above``, over the first region: the safety net moves the body, not
    the story's header (a region decided again far below it may find a teaser's date
    nearer its top)."""
    kept = {
        i: first.blocks[pos]
        for pos, (i, role, _, _) in enumerate(first)
        if i < above and role is Role.METADATA
    }
    out = Decided()
    for pos, (i, _, _, _) in enumerate(again):
        out.index.append(i)
        out.blocks.append(kept.get(i, again.blocks[pos]))
    return out


__all__ = [
    "RULES",
    "Decided",
    "Doc",
    "Rule",
    "analyse",
    "arbitrate",
    "confidence",
    "decide",
    "line_name",
    "meanings",
    "name_under_label",
]
