"""The repeat analyses: texts the page repeats (a headline in its share text, a widget's
label), region lines that restate another (captions), and the zones below the region."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsparse import patterns as P
from newsparse.rules.doc import Doc, hidden, sentences
from newsparse.text import norm_text


def find_repeated_texts(doc: Doc) -> None:
    """Short texts (up to a headline's length) that occur on more than one line of the
    page, and those that occur on three or more: a headline recurs in share text and
    related boxes; a widget's label recurs between paragraphs."""
    if doc.end < 0:
        return
    seen: set[str] = set()
    for u in doc.units:
        if u.text and u.units <= P.TITLE_MAX_UNITS and not hidden(u):
            key = norm_text(u.text)
            if key in seen:
                if key in doc.repeated_texts:
                    doc.recurring_labels.add(key)
                doc.repeated_texts.add(key)
            seen.add(key)


def find_echoes(doc: Doc) -> None:
    """Markdown: the paragraphs that repeat an earlier paragraph word for word. A page's
    HTML may hold its story more than once (a copy per screen size, an accessible
    version), with all but one hidden by its style sheet, which a browser's dump obeys and
    a Markdown converter does not; text of a paragraph's length does not recur word for
    word in one story, whether it ends a sentence or not (a teaser's headline, a pitch
    cut off with "...", an item of a promoted list, repeated by the hidden copy too)."""
    seen: set[int] = set()  # the texts' hashes: a big dump's paragraphs are not copied
    for i, u in enumerate(doc.units):
        if u.markdown is not None and u.tag in P.MD_ECHO_TAGS and u.units >= P.PARAGRAPH_MIN_UNITS:
            key = hash(norm_text(u.text))
            if key in seen:
                doc.echoes.add(i)
            seen.add(key)


def find_repeats(doc: Doc) -> None:
    """Short region lines whose 4-token shingles mostly occur in another region line:
    photo descriptions restating the text, gallery captions, pull quotes.

    Only the short lines' shingles are kept (a longer line counts where it shares one):
    memory stays proportional to the captions' text, not the whole region's. Each
    shingle maps to the one short line that holds it, or to ``_SHARED`` once a second
    line does; so each line is read once, and a short line's shared shingles are its
    count less those still mapped to it. A short line that is an earlier one's text again
    shares all its shingles, and so does the earlier line: it is not read twice."""
    lines = 0
    owner: dict[str, int] = {}  # a short line's shingle -> that line, or _SHARED
    sizes: dict[int, int] = {}  # short line that may be a caption -> its shingle count
    first: dict[str, int] = {}  # a short line's text -> the first line that holds it
    twinned: set[int] = set()  # short lines whose text recurs: no shingle of theirs alone
    others: list[int] = []
    for i in range(doc.start, doc.end + 1):
        u = doc.units[i]
        if u.slot or u.units < P.REPEAT_MIN_UNITS or hidden(u) or i in doc.echoes:
            continue  # (an echo is the same paragraph again, not a line restating it)
        lines += 1 if u.rows is None else sum(map(len, u.rows))  # a data table: its cells
        if u.units <= P.REPEAT_MAX_UNITS:
            k = first.get(u.text)
            if k is not None:
                twinned.add(k)
                if k in sizes:
                    sizes[i] = sizes[k]
                continue
            sh = _shingles(u.text)
            if sh:
                first[u.text] = i
                seen = owner.keys() & sh
                owner.update(dict.fromkeys(sh, i))
                owner.update(dict.fromkeys(seen, _SHARED))
                if sentences(u.text) <= P.CAPTION_MAX_SENTENCES:
                    sizes[i] = len(sh)
                continue
        others.append(i)
    if sizes:
        for i in others:
            owner.update(dict.fromkeys(owner.keys() & _shingles(doc.units[i].text), _SHARED))
        alone = Counter(owner.values())  # line -> shingles no other line holds
        for k in twinned:
            alone[k] = 0
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
    if text.isascii():  # (no CJK: the tokens are the runs of letters and digits)
        return text.translate(P.ASCII_TOKENS).split()
    return _TOKEN.findall(text.lower())


#: A token of a shingle: one CJK character, or a word.
_TOKEN: Final = re.compile(f"[{P.CJK_RANGES}]|[^\\W_]+")


def find_zones(doc: Doc) -> None:
    """After the region, each unit inherits the kind of the last boilerplate head above it
    ("相关新闻" -> related_links for the list that follows)."""
    doc.zone = [None] * len(doc.units)
    current: str | None = None
    for i in range(doc.end + 1, len(doc.units)):
        u = doc.units[i]
        if u.boiler_kind and not hidden(u):
            current = u.boiler_kind
        doc.zone[i] = current
