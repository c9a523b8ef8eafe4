"""Shared test helpers."""

from __future__ import annotations

import re

from newsparse import Article
from newsparse.segment.text import split_lines
from newsparse.units import Unit

_WS = re.compile(r"\s+")
#: What the lossless check sets aside besides whitespace: the side borders w3m draws round a
#: bordered table ("│ text │"), which a paragraph is read without (segment.text._unframe).
_IGNORED = re.compile(r"[\s│┃]+")

#: Two paragraphs of an English story, for pages and dumps built in tests.
EN_PARA = (
    "The city council voted on Tuesday to approve the new budget, which includes "
    "funding for parks, schools and public transport across the region."
)
EN_PARA2 = (
    "Opponents said the plan raises property taxes too quickly, and they promised to "
    "bring the question back before the voters at the next election in November."
)


def assert_lossless(text: str, article: Article) -> None:
    """Every non-blank line of ``text`` lands in exactly one block, in order.

    Blocks start on strictly increasing lines; every non-blank line is either the start
    of a block or a continuation of the block before it; and the blocks' texts, read in
    order, hold exactly the non-blank lines' text (whitespace and a table's side borders
    aside).
    """
    lines = split_lines(text)
    starts = [b.line for b in article.blocks if b.text]
    assert starts == sorted(set(starts)), "blocks are not in reading order, or share a line"
    nonblank = [i + 1 for i, s in enumerate(lines) if s.strip()]
    if nonblank:
        assert starts and starts[0] == nonblank[0], "the first non-blank line is in no block"
    start_set = set(starts)
    for n in nonblank:
        assert n in start_set or any(s < n for s in starts), f"line {n} is in no block"
    got = _IGNORED.sub("", "".join(b.text for b in article.blocks))
    want = _IGNORED.sub("", "".join(lines[n - 1] for n in nonblank))
    assert got == want, "block texts differ from the input's non-blank lines"


def assert_markdown_lossless(text: str, article: Article) -> None:
    """Every non-blank line of Markdown ``text`` is in exactly one block: blocks start on
    strictly increasing lines, the first non-blank line starts one, and the blocks'
    Markdown sources, read in order, hold exactly the non-blank lines (whitespace aside)."""
    lines = split_lines(text)
    starts = [b.line for b in article.blocks]
    assert starts == sorted(set(starts)), "blocks are not in reading order, or share a line"
    nonblank = [i + 1 for i, s in enumerate(lines) if s.strip()]
    assert starts and starts[0] == nonblank[0]
    assert all(b.markdown is not None for b in article.blocks)
    got = _WS.sub("", "".join(b.markdown or "" for b in article.blocks))
    want = _WS.sub("", "".join(lines[n - 1] for n in nonblank))
    assert got == want, "block sources differ from the input's non-blank lines"


def html_units(html: str) -> list[Unit]:
    """An HTML page's units as the pipeline cuts them (its head's headline anchors the
    story's element), before their features are computed."""
    from newsparse.api import _encode_page, _segment_page

    return _segment_page(_encode_page(html, [], None), url=None, warnings=[])[0]
