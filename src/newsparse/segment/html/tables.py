"""Data tables: a ``<table>`` of rows and cells read as one unit with its rows.

A page laid out in tables (old portals: menus, story and pictures in cells, tables in
tables) is not a data table: :func:`data_table_rows` says None for it, and the walk reads
its cells one unit each, as any block element. A data table's cells are read here, each
as its visible text (scripts, styles and hidden elements left out), and the unit's text
holds them all: tab-separated, one row a line.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urljoin

from lxml import etree

from newsparse import patterns as P
from newsparse.segment.html.marks import hidden_by_style
from newsparse.text import squash

Element = etree._Element

_CELLS: Final = frozenset({"td", "th"})


def data_table_rows(table: Element) -> list[list[Element]] | None:
    """The rows of cells of what may be a data table, or None for a layout table (too
    few rows of several cells, a table or a block of page layout inside it: the
    thresholds in :mod:`newsparse.patterns.html`). Its cells' texts have the last word
    (:func:`data_table_cells`)."""
    if next(table.iterdescendants(*P.HTML_LAYOUT_TABLE_TAGS), None) is not None:
        return None  # (lxml filters the tags: most tables stop at their first row)
    rows: list[list[Element]] = []
    for tr in table.iter("tr"):
        cells = [c for c in tr if c.tag in _CELLS]
        if cells:
            rows.append(cells)
    if sum(1 for r in rows if len(r) >= P.TABLE_MIN_COLUMNS) < P.TABLE_MIN_ROWS:
        return None
    # a first look at the cells' text, read by libxml2 (with any script text in them):
    # a page laid out in a table is ruled out before its cells are read one by one
    if not data_table_cells([[_all_text(c) for c in row] for row in rows]):
        return None
    return rows


def _all_text(cell: Element) -> str:
    """A cell's text as libxml2 reads it (with any script text), trimmed."""
    return etree.tostring(cell, method="text", encoding="unicode", with_tail=False).strip()


def data_table_cells(rows: list[list[str]]) -> bool:
    """Whether a table's cell texts are a data table's: few empty cells, short cells on
    average (TABLE_MAX_EMPTY_SHARE, TABLE_MAX_MEAN_CELL_CHARS)."""
    cells = [c for row in rows for c in row]
    empty = sum(1 for c in cells if not c)
    if empty > P.TABLE_MAX_EMPTY_SHARE * len(cells):
        return False
    return sum(map(len, cells)) <= P.TABLE_MAX_MEAN_CELL_CHARS * len(cells)


def cell_text(cell: Element) -> str:
    """A cell's visible text, squashed (``<br>`` is a space)."""
    parts: list[str] = []
    events = etree.iterwalk(cell, events=("start", "end"))
    for event, el in events:
        if event == "start":
            if el is not cell and (el.tag in P.HTML_DROP_TAGS or hidden_by_style(el)):
                events.skip_subtree()
                continue
            if el.tag == "br":
                parts.append(" ")
            if el.text and isinstance(el.tag, str):
                parts.append(el.text)
            if el is not cell:
                parts.append(" " if el.tag not in P.HTML_INLINE_TAGS else "")
        elif el is not cell and el.tail:
            parts.append(el.tail)
    return squash("".join(parts))


def read_table(
    rows: list[list[Element]], base: str | None
) -> tuple[list[list[str]], str, tuple[tuple[str, str, int], ...], int] | None:
    """A data table's rows of cell texts (rows without text left out), its text
    (tab-separated cells, one row a line), its links (text, href, offset in the text) and
    how many of its characters are inside links; None when its cells say it is a layout
    table after all."""
    texts = [[cell_text(c) for c in row] for row in rows]
    if not data_table_cells(texts):
        return None
    keep = [k for k, row in enumerate(texts) if any(row)]
    table = [texts[k] for k in keep]
    text = "\n".join("\t".join(row) for row in table)
    links: list[tuple[str, str, int]] = []
    link_chars = 0
    at = 0
    for k in keep:
        for cell in rows[k]:
            for a in cell.iter("a"):
                found = _link(a, text, at, base)
                if found is not None:
                    links.append(found)
                    at = found[2] + len(found[0])
                    link_chars += len(found[0]) - found[0].count(" ")
    return table, text, tuple(links), link_chars


def _link(a: Element, text: str, at: int, base: str | None) -> tuple[str, str, int] | None:
    """A link of the table: its text, address and where its text is in ``text`` (found
    from offset ``at`` on); None without a usable address or text."""
    label = cell_text(a)
    href = a.get("href")
    if not label or href is None or P.HTML_DEAD_HREF.match(href):
        return None
    start = text.find(label, at)
    if start < 0:
        return None
    return label, resolve_href(href, base), start


def resolve_href(href: str, base: str | None) -> str:
    """``href`` made absolute against ``base`` (as written when there is none, or when it
    does not parse as an address)."""
    href = href.strip()
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href
