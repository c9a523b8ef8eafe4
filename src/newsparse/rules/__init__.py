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

from newsparse.rules.doc import Doc, Rule
from newsparse.rules.fields import name_under_label
from newsparse.rules.header import (
    find_byline_labels,
    find_dateline,
    find_para_indent,
    find_standfirst,
    find_title,
)
from newsparse.rules.region import confidence, find_region
from newsparse.rules.repeats import find_echoes, find_repeated_texts, find_repeats, find_zones
from newsparse.rules.table import RULES, Decided, decide, meanings


def analyse(doc: Doc) -> None:
    """Run every document analysis, in dependency order."""
    find_region(doc)
    find_dateline(doc)
    find_byline_labels(doc)
    find_para_indent(doc)
    find_repeated_texts(doc)
    find_title(doc)
    find_standfirst(doc)
    find_echoes(doc)
    find_repeats(doc)
    find_zones(doc)


__all__ = [
    "RULES",
    "Decided",
    "Doc",
    "Rule",
    "analyse",
    "confidence",
    "decide",
    "meanings",
    "name_under_label",
]
