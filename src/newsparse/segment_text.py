"""Text dump -> candidate blocks.

Each non-blank line is a candidate. Renderers that wrap lines at a fixed width (``w3m
-dump``) split one paragraph over several lines; when a document shows such a hard
right margin, a line that reaches it is joined with the line that continues it. Lines
that are only whitespace are kept as *slots*: some renderers leave them where an
image stood.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse import patterns as P
from newsparse.features import Unit

#: Universal line ends: CRLF, lone CR, LF, and the Unicode line/paragraph separators.
_LINE_END: Final = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")


def split_lines(text: str) -> list[str]:
    """Split on every kind of line end (CRLF, CR, LF, U+2028, ...)."""
    return _LINE_END.split(text)


def display_width(s: str) -> int:
    """Terminal columns: CJK characters take two."""
    return len(s) if s.isascii() else len(s) + P.CJK_CHAR.subn("", s)[1]


def _wrap_margin(lines: list[str]) -> int | None:
    widths = [display_width(s.rstrip()) for s in lines if s.strip()]
    if not widths:
        return None
    margin = max(widths)
    if margin > P.WRAP_MAX_WIDTH:
        # Not every line of a wrapped dump is short: w3m leaves long URLs and <pre> intact.
        # Use the widest width that several lines share instead.
        shared = sorted(w for w in widths if w <= P.WRAP_MAX_WIDTH)
        if not shared:
            return None
        margin = shared[-1]
    if margin < P.WRAP_MIN_WIDTH:
        return None  # a page of short lines (menus, file names) is not wrapped text
    near = sum(1 for w in widths if margin - P.WRAP_SLACK <= w <= margin)
    return margin if near >= max(P.WRAP_MIN_LINES, len(widths) // 50) else None


def segment_text(text: str) -> list[Unit]:
    """Cut a text dump into candidate units, one per line (or wrapped paragraph)."""
    lines = split_lines(text)
    margin = _wrap_margin(lines)
    units: list[Unit] = []
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            if raw:
                units.append(Unit(line=i + 1, text="", indent=raw, slot=True))
            i += 1
            continue
        indent = raw[: len(raw) - len(raw.lstrip())]
        parts = [stripped]
        j = i
        if margin is not None:
            while (
                j + 1 < n
                and display_width(lines[j].rstrip()) >= margin - P.WRAP_SLACK
                and lines[j + 1].strip()
                and not P.BULLET.match(lines[j + 1].strip())
            ):
                j += 1
                parts.append(lines[j].strip())
        units.append(Unit(line=i + 1, text=_join(parts), indent=indent))
        i = j + 1
    return units


def _join(parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        # CJK text wraps mid-sentence without a space; Latin text wraps at a space.
        if P.CJK_CHAR.match(out[-1]) and P.CJK_CHAR.match(p[0]):
            out += p
        else:
            out += " " + p
    return out
