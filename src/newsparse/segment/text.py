"""Text dump -> candidate blocks.

Each non-blank line is a candidate. Renderers that wrap lines at a fixed width (``w3m
-dump``, ``lynx -dump``) split one paragraph over several lines; when a document shows
such a hard right margin, a line that reaches it is joined with the line that continues
it. The margin is not always the widest line: lynx leaves URLs unbroken past it. Lines
that are only whitespace are kept as *slots*: some renderers leave them where an
image stood.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, islice
from typing import Final
from unicodedata import east_asian_width

from newsparse import patterns as P
from newsparse.units import Unit

#: Universal line ends: CRLF, lone CR, LF, and the Unicode line/paragraph separators.
_LINE_END: Final = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")


def split_lines(text: str) -> list[str]:
    """Split on every kind of line end (CRLF, CR, LF, U+2028, ...)."""
    return _LINE_END.split(text)


def display_width(s: str) -> int:
    """Terminal columns: CJK characters take two."""
    return len(s) if s.isascii() else len(s) + P.CJK_CHAR.subn("", s)[1]


def wrap_margin(lines: list[str], line_widths: list[int]) -> int | None:
    """The column a renderer hard-wrapped the dump at, or None when it is not wrapped: a
    cliff in the line widths that wraps prose (:func:`_cliff_margin`, :func:`_wraps_prose`),
    else the widest line (or the widest that several lines share) when enough lines
    reach it. ``line_widths``: the display width of each line (0 for a blank one)."""
    widths = [w for w in line_widths if w]
    if not widths:
        return None
    enough = max(P.WRAP_MIN_LINES, len(widths) // 50)
    cliff = _cliff_margin(widths, max(enough, int(P.WRAP_CLIFF_MIN_SHARE * len(widths))))
    if cliff is not None and _wraps_prose(lines, line_widths, cliff):
        return cliff
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
    return margin if near >= enough else None


def _sparse_margin(lines: list[str], line_widths: list[int]) -> int | None:
    """The margin of a dump in which only a few lines wrapped (w3m at a wide ``-cols``:
    only the longest paragraphs reach it): its widest line, when several of the lines
    that reach it, and most, stop mid-sentence with text on the next line
    (WRAP_SPARSE_BAND, WRAP_SPARSE_MIN_LINES, WRAP_SPARSE_MIN_SHARE). ``line_widths``
    as for :func:`wrap_margin`."""
    widths = [w for w in line_widths if P.WRAP_MIN_WIDTH <= w <= P.WRAP_MAX_WIDTH]
    if not widths:
        return None
    margin = max(widths)
    reach = going_on = 0
    last = len(lines) - 1
    for k, w in enumerate(line_widths):
        if margin - P.WRAP_SPARSE_BAND <= w <= margin:
            reach += 1
            if k < last and lines[k + 1].strip() and not P.ends_sentence(lines[k].rstrip()):
                going_on += 1
    enough = going_on >= max(P.WRAP_SPARSE_MIN_LINES, P.WRAP_SPARSE_MIN_SHARE * reach)
    return margin if enough else None


def _wraps_prose(lines: list[str], line_widths: list[int], margin: int) -> bool:
    """Whether the lines that reach ``margin`` are wrapped sentences: several stretches of
    text (between blank lines) open with such a line and go on below it, and most of them
    end with a sentence's end, as paragraphs do. A list of headlines of about the margin's
    length ends no sentence. ``line_widths`` as for :func:`wrap_margin`."""
    reach = margin - P.WRAP_CLIFF_BAND
    stretches = ended = size = 0
    first_width = 0  # of the stretch's first line; 0 between stretches
    last = ""
    for s, width in zip(chain(lines, ("",)), chain(line_widths, (0,)), strict=True):
        if width:
            if not first_width:
                first_width, size = width, 0
            last, size = s, size + 1
            continue
        if first_width and size > 1 and first_width >= reach:
            stretches += 1
            ended += P.ends_sentence(last.rstrip())
        first_width = 0
    return stretches >= P.WRAP_MIN_LINES and ended >= P.WRAP_PROSE_MIN_SHARE * stretches


def _cliff_margin(widths: list[int], enough: int) -> int | None:
    """The widest column at which at least ``enough`` lines end (within WRAP_CLIFF_BAND
    below it) and next to none just past it: the margin of a dump whose unbreakable lines
    overflow it. One pass over a histogram of the widths (cumulative counts)."""
    band, slack = P.WRAP_CLIFF_BAND, P.WRAP_SLACK
    top = P.WRAP_MAX_WIDTH + slack + 1  # wider lines are all counted here
    hist = [0] * (top + 1)
    for w in widths:
        hist[min(w, top)] += 1
    cum = list(accumulate(hist))

    def between(lo: int, hi: int) -> int:  # lines of width lo..hi
        return cum[hi] - cum[lo - 1] if lo > 0 else cum[hi]

    for m in range(P.WRAP_MAX_WIDTH, P.WRAP_MIN_WIDTH - 1, -1):
        if not hist[m]:
            continue
        below = between(m - band, m)
        above = between(m + 1, m + slack)
        lower = between(m - 2 * band - 1, m - band - 1)
        wider = len(widths) - cum[m + slack]
        if (
            below >= enough
            and above * (band + 1) <= P.WRAP_CLIFF_MAX_ABOVE * below * slack
            and below >= P.WRAP_CLIFF_PEAK * lower
            and wider <= below
            and sum(1 for w in range(m - band, m + 1) if hist[w]) >= P.WRAP_CLIFF_MIN_WIDTHS
        ):
            return m
    return None


def segment_text(text: str) -> list[Unit]:
    """Cut a text dump into candidate units, one per line (or wrapped paragraph)."""
    raw_lines = split_lines(text)
    framed = any(c in text for c in P.BOX_LINES)  # (most dumps draw no frame)
    lines = [_unframe(s) for s in raw_lines] if framed else raw_lines
    # a bare address is never wrapped (lynx lists hundreds of them past its margin): it
    # counts as no width, for finding the margin and for joining
    line_widths = [0 if P.link_list_line(s) else display_width(s.rstrip()) for s in raw_lines]
    margin, sparse = _margin(raw_lines, line_widths)
    slack = P.WRAP_SPARSE_BAND if sparse else P.WRAP_SLACK
    split = _splits_inline(lines)
    units: list[Unit] = []
    i, n = 0, len(lines)
    cell_seen = -1  # the last line a look for a paragraph in a narrow column reached
    cjk = sum(line_widths) != sum(map(len, map(str.rstrip, raw_lines)))  # (_cell_wrap)
    while i < n:
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            if raw_lines[i].strip():  # a table's border alone: a unit of its own
                units.append(Unit(line=i + 1, text=raw_lines[i].strip()))
            elif raw:
                units.append(Unit(line=i + 1, text="", indent=raw, slot=True))
            i += 1
            continue
        indent = raw[: len(raw) - len(raw.lstrip())]
        parts = [stripped]
        j = i
        if margin is not None:
            while (
                j + 1 < n
                and line_widths[j] >= margin - slack
                and lines[j + 1].strip()
                and not P.BULLET.match(lines[j + 1].strip())
                and not (sparse and P.ends_sentence(lines[j].rstrip()))
                and _goes_on(lines[j], lines[j + 1])
            ):
                j += 1
                parts.append(lines[j].strip())
        if (
            cjk
            and j == i
            and i > cell_seen
            and i + 2 < n
            and line_widths[i] >= P.CELL_WRAP_MIN_WIDTH
            and abs(line_widths[i + 1] - line_widths[i]) <= P.CELL_WRAP_NEAR
        ):  # (most lines: the next is blank, or of another width)
            j, cell_seen = _cell_wrap(lines, line_widths, i)
            parts.extend(s.strip() for s in lines[i + 1 : j + 1])
        text = join_parts(parts)
        while split and j + 1 < n and _inline_split(lines[j], lines[j + 1]):
            if lines[j][-1].isspace():
                text += " "  # the piece's own space, stripped from the text so far
            j += 1
            text += lines[j].rstrip()
        units.append(Unit(line=i + 1, text=text.strip(), indent=indent))
        i = j + 1
    return units


def _margin(raw_lines: list[str], line_widths: list[int]) -> tuple[int | None, bool]:
    """The dump's wrap margin (:func:`wrap_margin`, else :func:`_sparse_margin`) and
    whether it is the sparse one."""
    margin = wrap_margin(raw_lines, line_widths)
    if margin is not None:
        return margin, False
    return _sparse_margin(raw_lines, line_widths), True


def _cell_wrap(lines: list[str], line_widths: list[int], i: int) -> tuple[int, int]:
    """The last line of a CJK paragraph wrapped at a column of its own that opens at line
    ``i`` (CELL_WRAP_*: lines of one width in terminal columns that end no sentence, then
    a line no wider that ends one), else ``i``; and the last line looked at (a paragraph
    opening on a line before it would end there too). Called for a line whose next line
    is about as wide, in a dump where a CJK character widens some line (the sums of its
    line widths and lengths differ; a bare address, counted 0, may make them differ in a
    dump without any: harmless)."""
    if P.ends_sentence(lines[i].rstrip()) or not P.CJK_CHAR.search(lines[i]):
        return i, i
    width = cols = _columns(lines[i])
    k, last = i, min(len(lines), i + P.CELL_WRAP_MAX_LINES) - 1
    while k < last and abs(cols - width) <= P.CELL_WRAP_SLACK:
        nxt = lines[k + 1]
        if P.ends_sentence(lines[k].rstrip()) or not nxt.strip():
            break
        cols = _columns(nxt)
        if cols > width + P.CELL_WRAP_SLACK:
            break
        k += 1
    if k - i + 1 >= P.CELL_WRAP_MIN_LINES and P.ends_sentence(lines[k].rstrip()):
        return k, k
    return i, k


def _goes_on(line: str, nxt: str) -> bool:
    """Whether ``nxt`` may continue the paragraph ``line`` wraps: it does not open as
    ``line`` does (then it is its copy: REPEAT_PREFIX_CHARS), nor in another column
    (WRAP_INDENT_SLACK)."""
    if nxt.lstrip().startswith(line.strip()[: P.REPEAT_PREFIX_CHARS]):
        return False
    return abs(_lead(nxt) - _lead(line)) <= P.WRAP_INDENT_SLACK


def _lead(line: str) -> int:
    """The terminal columns of a line's indent (an ideographic space takes two): where a
    wrapped paragraph's lines open (WRAP_INDENT_SLACK)."""
    body = line.lstrip()
    lead = line[: len(line) - len(body)]
    return len(lead) + lead.count("\u3000")


def _columns(line: str) -> int:
    """The terminal columns a line takes, wide and full-width characters (CJK text, its
    punctuation, the ideographic space) two each."""
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in line.rstrip())


def _unframe(line: str) -> str:
    """A line of a table that w3m draws with borders ("│ text │"): its text between the
    borders, so that the border's padding neither wraps nor joins paragraphs; a line of
    border alone ("│      │", "└────┘") comes out blank. Any other line as it is, a row
    of a table of several columns too."""
    body = line.strip()
    if not body or body[0] not in P.BOX_DRAWING:
        return line
    inner = body.strip(P.BOX_DRAWING)
    if not inner.strip():
        return ""
    if body[0] in P.BOX_VERTICALS and not any(v in inner for v in P.BOX_VERTICALS):
        return inner.rstrip()
    return line  # (a row of several cells stays as it is)


def _splits_inline(lines: list[str]) -> bool:
    """Whether the dump breaks its lines at inline elements (links, bold) rather than at
    blocks: a link's text alone on a line between a line that ends with a space and one
    that opens with one ("The " / "New England Patriots" / " hope they ..."), several
    times. Renderers' dumps never show this; ``get_text("\\n")`` shows it wherever a
    paragraph holds a link."""
    seen = 0
    nexts, afters = islice(lines, 1, None), islice(lines, 2, None)
    for before, piece, after in zip(lines, nexts, afters, strict=False):
        if (
            before.endswith(" ")
            and before.strip()
            and piece.strip() == piece
            and piece
            and after[:1] == " "
            and after[1:2].strip()
        ):
            seen += 1
            if seen >= P.INLINE_SPLIT_MIN_LINKS:
                return True
    return False


def _inline_split(line: str, nxt: str) -> bool:
    """Whether ``nxt`` goes on with the sentence ``line`` is in, in a dump broken at
    inline elements (:func:`_splits_inline`): the pieces keep their own spaces, so a
    line that ends with one, or a next line that opens with one or with a closing mark
    (", but ...", "."), is the same sentence."""
    if not nxt.strip() or not line.strip():
        return False
    return (
        line[-1] == " " or (nxt[0] == " " and nxt[1:2] != " ") or nxt[0] in P.CLOSING_MARKS_AT_START
    )


def join_parts(parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        # CJK text wraps between any two characters, without a space (beside Han and
        # kana, and their punctuation, even next to a digit or a Latin word); Latin text
        # wraps at a space.
        a, b = out[-1], p[0]
        if (
            P.WRAP_TIGHT.match(a)
            or P.WRAP_TIGHT.match(b)
            or (P.CJK_CHAR.match(a) and P.CJK_CHAR.match(b))
        ):
            out += p
        else:
            out += " " + p
    return out
