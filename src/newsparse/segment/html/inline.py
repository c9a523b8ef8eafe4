"""Inline marks inside a block's text: links and emphasis, read in the walk's one pass.

The walk (:mod:`.walk`) writes a *mark* character into the text it collects where an
``<a>``, ``<b>``, ``<em>``, ``<code>``, ... opens, and :data:`CLOSE` where it closes
(elements nest, so a close always ends the innermost open mark). When the block ends,
:func:`read_marks` takes them out again while it squashes the whitespace, and says where
each link and each emphasised stretch sits in the squashed text. A block without marks
never comes here (the walk squashes it as before).

The mark characters are Unicode *noncharacters* (U+FDD0 ...), which no text is meant to
hold; a block whose text holds them anyway is read without its marks.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final

from newsparse import patterns as P

#: The mark that closes the innermost open mark.
CLOSE: Final = "\ufdd4"
#: The mark a link opens with.
LINK: Final = "\ufdd3"
#: Inline tags -> the mark they open (the style it means: :data:`STYLES`).
MARK_OF_TAG: Final[dict[str, str]] = {
    tag: {"bold": "\ufdd0", "italic": "\ufdd1", "code": "\ufdd2"}[style]
    for tag, style in P.HTML_EMPHASIS_TAGS.items()
}
STYLES: Final[dict[str, str]] = {"\ufdd0": "bold", "\ufdd1": "italic", "\ufdd2": "code"}
#: The marks that open (a unit opening with one and closing at its end is wrapped whole).
STARTS: Final = frozenset({LINK, *STYLES})
_MARKS: Final = re.compile("([\ufdd0-\ufdd4])")

_START: Final = itemgetter(1)
Links = tuple[tuple[str, str, int], ...]
Spans = tuple[tuple[int, int, str], ...]


def read_marks(raw: str, hrefs: list[str | None], marks: int) -> tuple[str, Links, Spans]:
    """``raw`` squashed (whitespace runs as one space, trimmed) without its marks, and
    the links and spans the marks delimit. ``hrefs``: each link mark's address in order
    (None: an ``<a>`` without a usable one); ``marks``: how many marks the walk wrote (a
    count that disagrees means the page's own text holds mark characters: then the text
    is read without them).

    The whitespace is squashed first, marks and all (they are not whitespace); taking
    the marks out then leaves at most a space too many beside one, dropped here."""
    squashed = " ".join(raw.split())
    if marks == 2 and squashed[-1:] == CLOSE and squashed[:1] in STARTS:
        whole = _whole(squashed, hrefs)  # most marked units: a menu's link, a bold line
        if whole is not None:
            return whole
    pieces = _MARKS.split(squashed)
    if len(pieces) != 2 * marks + 1:
        return " ".join(_MARKS.sub("", raw).split()), (), ()
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int, str | None]] = []
    found: list[tuple[str, int, int, str | None]] = []
    links_seen = 0
    for k, piece in enumerate(pieces):
        if k % 2 == 0:  # text
            if piece[:1] == " " and (not length or out[-1][-1] == " "):
                piece = piece[1:]
            if piece:
                out.append(piece)
                length += len(piece)
        elif piece == CLOSE:
            if stack:
                mark, start, href = stack.pop()
                found.append((mark, start, length, href))
        else:
            href = None
            if piece == LINK:
                href = hrefs[links_seen] if links_seen < len(hrefs) else None
                links_seen += 1
            stack.append((piece, length, href))
    found.extend((mark, start, length, href) for mark, start, href in reversed(stack))
    text = "".join(out)
    if text[-1:] == " ":
        text = text[:-1]
    return text, *_placed(text, found)


def _whole(squashed: str, hrefs: list[str | None]) -> tuple[str, Links, Spans] | None:
    """A unit that one mark wraps whole (``squashed``: its squashed text, marks and all),
    read without the general pass; None when its text holds mark characters itself."""
    text = squashed[1:-1].strip(" ")
    if not text or _MARKS.search(text):
        return None
    mark = squashed[0]
    if mark != LINK:
        return text, (), ((0, len(text), STYLES[mark]),)
    href = hrefs[0] if hrefs else None
    return text, (((text, href, 0),) if href is not None else ()), ()


def _placed(text: str, found: list[tuple[str, int, int, str | None]]) -> tuple[Links, Spans]:
    """The links (with an address) and spans of ``found`` that hold text, in reading
    order, trimmed of the spaces at their edges."""
    links: list[tuple[str, str, int]] = []
    spans: list[tuple[int, int, str]] = []
    size = len(text)
    found.sort(key=_START)  # (stable: at one start, an inner mark closed first)
    for mark, start, end, href in found:
        if end > size:
            end = size
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if start >= end:
            continue
        if mark == LINK:
            if href is not None:
                links.append((text[start:end], href, start))
        else:
            spans.append((start, end, STYLES[mark]))
    return tuple(links), tuple(spans)


def strip_marks(raw: str) -> str:
    """``raw`` without its marks (a code block keeps its text as written)."""
    return _MARKS.sub("", raw)
