"""Markdown dump -> candidate units.

Page-to-Markdown converters (html2text, markdownify, turndown) and reader services hand
pages over as Markdown, menus and all. Markdown keeps what a plain dump loses: which text
is a link, where the pictures are, the heading levels, list items, quotes, code and
tables. Each Markdown block becomes one :class:`~newsparse.units.Unit`, as a line of a
plain dump does, with:

* ``text``: the block's text without Markdown syntax (``[text](url)`` -> ``text``, no
  ``**``, no ``#``, no list marker, escapes undone);
* ``markdown``: the block's source lines as written (so nothing is lost, and
  :meth:`~newsparse.models.Article.to_markdown` keeps the story's links);
* ``tag``: the HTML element the block stands for (``h1``-``h6``, ``li``, ``blockquote``,
  ``pre``, ``td`` for a table row, ``img`` for a line of pictures, ``p``), so the rules
  that read headings, lists and tables of HTML read them here too;
* ``link_density``: the share of the text inside links;
* ``src``/``alt``: a picture line's last picture (lazy-loading pages put a placeholder
  first).

A block may span lines: a paragraph goes on over lines that do not end in a hard break
(CommonMark's lazy continuation; html2text wraps when asked to), and over a hard break
(``<br>``) that cuts a sentence: the next line goes on in lower case, or the page breaks
its text at a fixed width (the margin found as for a hard-wrapped plain dump). A link's
text may hold line breaks (html2text writes ``[`` / ``* Home](/)[`` for a list inside a
link); a fenced code block runs to its closing fence; a line with no text of its own (a
table's ``---|---``, a rule ``* * *``, an empty link ``[](/)``, a reference link's
definition ``[1]: https://...``) belongs to the block above it. Every non-blank line is in
exactly one unit.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse import patterns as P
from newsparse.segment.text import display_width, join_parts, split_lines, wrap_margin
from newsparse.units import Unit

# --- block syntax --------------------------------------------------------------------

#: An ATX heading: "## Title", up to three spaces before it.
_HEADING: Final = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
#: A heading's closing hashes ("## Title ##").
_HEADING_CLOSE: Final = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
#: A list item's marker: "* ", "- ", "+ ", "1. ", "1) ".
_LIST_ITEM: Final = re.compile(r"^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+(?=\S)")
#: A block quote's markers ("> ", "> > ").
_QUOTE: Final = re.compile(r"^[ \t]*(?:>[ \t]?)+")
#: A code fence: three or more backticks or tildes.
_FENCE: Final = re.compile(r"^[ \t]*(`{3,}|~{3,})")
#: A table's delimiter row: "---|---", "| :--- | ---: |".
_CELL_RULE: Final = r"[ \t]*:?-{3,}:?[ \t]*"
_TABLE_RULE: Final = re.compile(rf"^[ \t]*\|?{_CELL_RULE}(?:\|{_CELL_RULE})+\|?[ \t]*$")
#: A thematic break: "* * *", "---", "___".
_RULE: Final = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
#: A setext heading's underline ("=====" under a level-1 heading, "-----" under a level 2).
_SETEXT: Final = re.compile(r"^ {0,3}(?:(={3,})|-{3,})[ \t]*$")
#: A list or heading marker opening a link's text or a line of it (html2text: "[" /
#: "* Home](/)", "[#### Headline](/a)").
_INNER_MARKER: Final = re.compile(r"(?m)^(?:[*+-]|\d{1,9}[.)]|#{1,6})[ \t]+")
#: A reference link's definition: "[1]: https://example.com/ "title"".
_REF_DEF: Final = re.compile(r"^ {0,3}\[(?P<label>[^\]]{1,200})\]:[ \t]*\S")

# --- inline syntax -------------------------------------------------------------------

#: A backslash escape of an ASCII punctuation mark.
_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")
#: Escaped marks are kept out of the way of the link and emphasis patterns as private-use
#: characters (U+F0000 plus the mark's code), turned back at the end. (Plane 15, not the
#: BMP's private use area, where GB18030 puts the user-defined characters of old pages.)
_ESCAPED_BASE: Final = 0xF0000
_UNESCAPE: Final = {_ESCAPED_BASE + c: chr(c) for c in range(0x21, 0x7F)}
#: A link destination: no unbalanced parentheses (html2text leaves spaces in some, and
#: breaks long ones over lines when it wraps).
_DEST: Final = r"(?:[^()]|\([^()]*\))*"
#: Link text: brackets may nest one level ("[![alt](src)](href)").
_LINK_TEXT: Final = r"(?:[^\[\]]|\[[^\[\]]*\])*"
#: An image ![alt](src "title").
_IMAGE: Final = re.compile(rf"!\[(?P<alt>[^\[\]]*)\]\((?P<src>{_DEST})\)")
#: A link [text](href), [text][ref] or [text][]; or an autolink <https://...>.
_LINK: Final = re.compile(
    rf"\[(?P<text>{_LINK_TEXT})\](?:\((?P<dest>{_DEST})\)|\[[^\[\]\n]*\])"
    r"|<(?P<auto>(?:https?|ftp|mailto):[^<>\s]+)>"
)
#: Inline code: `code`, ``code``.
_CODE: Final = re.compile(r"(?<!`)(`+)(?!`)(?P<code>.+?)(?<!`)\1(?!`)")
#: Strong emphasis marks, and single ones at a word's edge ("_word_", "*word*"): an
#: underscore or asterisk inside a word (snake_case, 2*3) is text.
_EMPHASIS: Final = re.compile(r"\*\*+|__+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
#: A bracket, or an escape (which hides the bracket it escapes).
_BRACKET: Final = re.compile(r"\\.|[\[\]]")
#: A table row's cell borders: " | " between cells, "|" at the row's ends.
_CELL_BORDER: Final = re.compile(r"[ \t]*\|[ \t]*")


def segment_markdown(text: str) -> list[Unit]:
    """Cut a Markdown dump into candidate units, one per Markdown block."""
    lines = split_lines(text)
    table = _table_lines(lines)
    # a page that breaks its text with <br> at a fixed width (old pages, <pre>): the
    # margin, as for a hard-wrapped plain dump; a line that reaches it goes on
    widths = [display_width(line.rstrip()) for line in lines]
    margin = wrap_margin(lines, widths)
    wrapped = {k for k, w in enumerate(widths) if margin is not None and w >= margin - P.WRAP_SLACK}
    units: list[Unit] = []
    waiting: list[int] = []  # lines with no text of their own, above the first unit
    n = len(lines)
    i = 0
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        fence = _FENCE.match(lines[i])
        close = _fence_end(lines, i, fence.group(1)) if fence is not None else None
        if close is not None:
            end = close
            unit = Unit(line=i + 1, text="\n".join(lines[i + 1 : end]).strip(), tag="pre")
        else:
            end = _block_end(lines, i, table, wrapped)
            unit = _unit(lines, i, end, table)
        if not unit.text and not unit.image_name:
            if units:  # a line with no text of its own goes with the block above
                _extend(units[-1], lines, i, end)
            else:
                waiting.extend(range(i, end + 1))
            i = end + 1
            continue
        unit.markdown = "\n".join(lines[k] for k in range(i, end + 1) if lines[k].strip()).strip()
        if waiting:
            first = waiting[0]
            unit.line = first + 1
            unit.markdown = "\n".join([*(lines[k].strip() for k in waiting), unit.markdown])
            waiting = []
        units.append(unit)
        i = end + 1
    if waiting:  # the whole input is syntax without text
        units.append(
            Unit(
                line=waiting[0] + 1,
                text="",
                tag="p",
                markdown="\n".join(lines[k].strip() for k in waiting),
            )
        )
    return units


def _extend(unit: Unit, lines: list[str], start: int, end: int) -> None:
    """Add lines ``start``..``end`` to ``unit``'s source."""
    more = "\n".join(lines[k] for k in range(start, end + 1) if lines[k].strip()).strip()
    unit.markdown = f"{unit.markdown}\n{more}" if unit.markdown else more


def _fence_end(lines: list[str], start: int, fence: str) -> int | None:
    """The line that closes the fence opened at ``start``; None when none does (a stray
    fence is read as a line of text rather than swallowing the rest of the page)."""
    for k in range(start + 1, len(lines)):
        s = lines[k].strip()
        if s.startswith(fence[0] * len(fence)) and not s.strip(fence[0]):
            return k
    return None


def _table_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of tables: a run of non-blank lines with a delimiter row."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if "-" not in line or "|" not in line or not _TABLE_RULE.match(line) or k in out:
            continue
        lo = k
        while lo > 0 and lines[lo - 1].strip() and "|" in lines[lo - 1]:
            lo -= 1
        hi = k
        while hi + 1 < len(lines) and lines[hi + 1].strip() and "|" in lines[hi + 1]:
            hi += 1
        out.update(range(lo, hi + 1))
    return out


def _starts_block(line: str) -> bool:
    """Whether ``line`` opens a block of its own (heading, item, quote, fence, rule)."""
    return bool(
        _HEADING.match(line)
        or _LIST_ITEM.match(line)
        or _QUOTE.match(line)
        or _FENCE.match(line)
        or _RULE.match(line)
        or _REF_DEF.match(line)
        or _is_image_line(line)
    )


def _hard_break(line: str) -> bool:
    """A line that ends in a hard line break: two spaces or a backslash."""
    return line.endswith(("  ", "\\", "\t"))


def _broken_sentence(line: str, nxt: str) -> bool:
    """Whether a hard break cuts a sentence: the line ends no sentence and the next one
    goes on in lower case (a page that breaks its text with <br> at a fixed width)."""
    tail = line.rstrip(" \t\\")
    head = nxt.lstrip()
    return (
        bool(tail)
        and not P.ends_sentence(tail)
        and tail[-1] not in ":："
        and head[:1].islower()
        and _starts_block(nxt) is False
    )


def _block_end(lines: list[str], start: int, table: set[int], wrapped: set[int]) -> int:
    """The last line of the block that starts at ``start``: a link left open goes on to
    the line that closes it; a paragraph (or item, or quote) goes on over lines that do
    not open a block, unless its line ends in a hard break."""
    end = start
    if (
        start + 1 < len(lines)
        and _SETEXT.match(lines[start + 1])
        and start not in table
        and not _starts_block(lines[start])
    ):
        return start + 1  # "Title" / "=====": a heading and its underline
    depth = _open_brackets(lines[start], 0)
    lazy = start not in table and not _HEADING.match(lines[start]) and not _RULE.match(lines[start])
    quote = _QUOTE.match(lines[start]) is not None
    while end + 1 < len(lines) and lines[end + 1].strip():
        nxt = lines[end + 1]
        if depth > 0 and end - start < P.MD_LINK_MAX_LINES:
            pass  # inside a link's text
        elif (
            not lazy
            or (
                _hard_break(lines[end])
                and end not in wrapped
                and not _broken_sentence(lines[end], nxt)
            )
            or end + 1 in table
            or (_QUOTE.match(nxt) is None if quote else _starts_block(nxt))
            or _is_image_line(lines[end])
        ):
            break
        end += 1
        depth = _open_brackets(nxt, depth)
    return end


def _open_brackets(line: str, depth: int) -> int:
    """``depth`` plus the line's unclosed '[' (escaped ones left out), never below 0."""
    if "[" not in line and (not depth or "]" not in line):
        return depth
    for m in _BRACKET.finditer(line):
        if m.group() == "[":
            depth += 1
        elif m.group() == "]" and depth > 0:
            depth -= 1
    return depth


def _is_image_line(line: str) -> bool:
    """A line of pictures: only images (or linked images), and a short credit at most."""
    if "![" not in line:
        return False
    rest, images = _IMAGE.subn("", _protect(line.strip()))
    if not images:
        return False
    rest = _LINK.sub(lambda m: "" if not (m.group("text") or "").strip() else "\x00", rest)
    return "\x00" not in rest and len(_plain(rest)[0]) <= P.MD_IMAGE_LINE_MAX_CHARS


def _unit(lines: list[str], start: int, end: int, table: set[int]) -> Unit:
    """The unit of the block on lines ``start``..``end``."""
    first = lines[start]
    tag = "p"
    src = "\n".join(line.strip() for line in lines[start : end + 1])
    if start < end:
        head, _, rest = src.partition("\n")
        src = f"{head}\n{_INNER_MARKER.sub('', rest)}"
    heading = _HEADING.match(first)
    setext = _SETEXT.match(lines[end]) if end == start + 1 else None
    if start in table:
        tag = "td"
        if _TABLE_RULE.match(first):
            src = ""
        src = " ".join(c for c in _CELL_BORDER.split(src.replace("\n", " ")) if c)
    elif setext is not None and not _starts_block(first):
        tag = "h1" if setext.group(1) else "h2"
        src = first.strip()
    elif (_RULE.match(first) or _REF_DEF.match(first)) and start == end:
        src = ""  # a rule, or a reference link's definition: no text of its own
    elif heading is not None:
        tag = f"h{len(heading.group(1))}"
        src = _HEADING_CLOSE.sub("", src[len(heading.group(0).lstrip()) :])
    elif _QUOTE.match(first):
        tag = "blockquote"
        src = "\n".join(_QUOTE.sub("", line, count=1) for line in src.split("\n"))
    elif _LIST_ITEM.match(first):
        tag = "li"
        src = _LIST_ITEM.sub("", src, count=1)
    elif first.lstrip().startswith("|"):
        src = src.lstrip("| \t")  # a one-column table's border
    protected = _protect(src)
    images = list(_IMAGE.finditer(protected)) if "![" in protected else []
    if images and tag == "p" and _is_image_line(first) and start == end:
        last = images[-1]
        text, _ = _plain(_IMAGE.sub("", protected))
        unit = Unit(line=start + 1, text=text, tag="img", src=_unprotect(last["src"]).strip())
        alt = _unprotect(last["alt"]).strip()
        unit.alt = alt or None
        unit.image_name = True  # features.compute() skips units without text
        return unit
    text, linked = _plain(protected)
    unit = Unit(line=start + 1, text=text, tag=tag, bullet=tag == "li")
    whole = _LINK.fullmatch(protected.strip()) if protected.lstrip()[:1] == "[" else None
    if whole is not None and whole.group("dest") is not None:
        unit.href = _unprotect(whole.group("dest")).strip().split(" ", 1)[0] or None
    letters = len(text) - text.count(" ")
    if letters:
        unit.link_density = min(1.0, linked / letters)
    return unit


def _protect(s: str) -> str:
    """Backslash escapes as private-use characters, out of the inline patterns' way."""
    if "\\" not in s:
        return s
    return _ESCAPE.sub(lambda m: chr(_ESCAPED_BASE + ord(m.group(1))), s)


def _unprotect(s: str) -> str:
    """Escaped marks back as the marks."""
    return s.translate(_UNESCAPE)


def _plain(s: str) -> tuple[str, int]:
    """The text of Markdown ``s`` (already :func:`_protect`-ed) without its syntax, and
    how many of its characters (spaces aside) are link text."""
    linked = 0

    def link(m: re.Match[str]) -> str:
        nonlocal linked
        raw = m.group("text") or m.group("auto") or ""
        inner, _ = _plain(_INNER_MARKER.sub("", _IMAGE.sub("", raw).lstrip()))
        linked += len(inner.replace(" ", ""))
        # a line break (or space) at the text's edge parts it from its neighbours
        return f"{' ' if raw[:1].isspace() else ''}{inner}{' ' if raw[-1:].isspace() else ''}"

    if "[" in s or "<" in s:
        s = _LINK.sub(link, _IMAGE.sub("", s))
    elif "!" in s:
        s = _IMAGE.sub("", s)
    if "`" in s:
        s = _CODE.sub(lambda m: m.group("code"), s)
    if "*" in s or "_" in s:
        s = _EMPHASIS.sub("", s)
    parts = [p.strip() for p in s.split("\n")]
    joined = join_parts([p for p in parts if p]) if any(parts) else ""
    return _unprotect(" ".join(joined.split())), linked


#: What a Markdown text shows and a plain dump does not, one pattern a kind of mark:
#: headings, links, pictures, list items, fenced code, strong emphasis, table rules.
_SIGNALS: Final = (
    re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S"),
    re.compile(r'(?<!!)\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)'),
    re.compile(r'!\[[^\[\]\n]{0,300}\]\([^()\s]{1,2000}(?:[ \t]+"[^"\n]{0,300}")?\)'),
    re.compile(r"(?m)^[ \t]{0,8}[*+-][ \t]+\S"),
    re.compile(r"(?m)^ {0,3}(?:```|~~~)"),
    re.compile(r"\*\*[^*\s][^*\n]{0,200}\*\*|__[^_\s][^_\n]{0,200}__"),
    re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|"),
)
#: _SIGNALS' indices of the link and picture patterns.
_LINK_SIGNALS: Final = (1, 2)


def looks_like_markdown(head: str) -> bool:
    """Whether the start of a text dump is Markdown: several kinds of Markdown's marks
    (:data:`_SIGNALS`), with links or pictures among them, or more kinds without."""
    kinds = 0
    links = 0
    for k, pattern in enumerate(_SIGNALS):
        found = (
            len(pattern.findall(head)) if k in _LINK_SIGNALS else pattern.search(head) is not None
        )
        if found:
            kinds += 1
            if k in _LINK_SIGNALS:
                links += found
    return (links >= P.MD_SNIFF_MIN_LINKS and kinds >= P.MD_SNIFF_MIN_KINDS) or (
        kinds >= P.MD_SNIFF_MIN_KINDS_WITHOUT_LINKS
    )
