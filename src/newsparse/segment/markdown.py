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
link), when a link's end ``](`` closes it (a stray ``[``, an old forum's "作者： [name",
holds no lines together); a fenced code block runs to its closing fence; a line with no
text of its own (a table's ``---|---``, a rule ``* * *``, an empty link ``[](/)``, a
reference link's definition ``[1]: https://...``) belongs to the block above it. Every
non-blank line is in exactly one unit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Final
from urllib.parse import parse_qs, urlsplit

from newsparse import patterns as P
from newsparse.segment.text import display_width, join_parts, split_lines, wrap_margin
from newsparse.text import fold_quotes, norm_text
from newsparse.units import Unit

# --- block syntax --------------------------------------------------------------------

#: An ATX heading: "## Title", up to three spaces before it.
_HEADING: Final = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
#: A heading's closing hashes ("## Title ##").
_HEADING_CLOSE: Final = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
#: A list item's marker: "* ", "- ", "+ ", "1. ", "1) ".
_LIST_ITEM: Final = re.compile(r"^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+(?=\S)")
#: The marks of a heading at the start of a list item's text ("* ## Title").
_ITEM_HEADING: Final = re.compile(r"^#{1,6}[ \t]+(?=\S)")
#: The query parameters of :data:`~newsparse.patterns.markdown.MD_SHARE_PARAMS` as a
#: link's destination writes them.
_SHARE_KEYS: Final = tuple(f"{c}{name}=" for name in sorted(P.MD_SHARE_PARAMS) for c in "?&")
#: The longest of them, "&subject=", without its "=".
_SHARE_KEY_CHARS: Final = max(map(len, _SHARE_KEYS)) - 1
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
#: The end of a link opened in a block above: text with no bracket, then "](url)".
_LINK_TAIL: Final = re.compile(rf"^(?P<text>[^\[\]]*)\]\((?P<dest>{_DEST})\)")
#: A link left open at the block's end: a "[" and text with no bracket after it.
_LINK_HEAD: Final = re.compile(r"\[(?P<text>[^\[\]]*)$")
#: Inline code: `code`, ``code``.
_CODE: Final = re.compile(r"(?<!`)(`+)(?!`)(?P<code>.+?)(?<!`)\1(?!`)")
#: Strong emphasis marks, and single ones at a word's edge ("_word_", "*word*"): an
#: underscore or asterisk inside a word (snake_case, 2*3) is text.
_EMPHASIS: Final = re.compile(r"\*\*+|__+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
#: The first characters of a list or heading marker (:data:`_INNER_MARKER`).
_MARKER_STARTS: Final = frozenset("*+-#0123456789")
#: The characters of inline syntax that :func:`_plain` undoes (a link text without any
#: is its own text).
_INLINE_MARKS: Final = ("[", "<", "!", "`", "*", "_", "\n")
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
    levels: list[int] = []  # the indents of the lists open at this line (:func:`_nest`)
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
        _nest(unit, lines[i], levels)
        units.append(unit)
        i = end + 1
    _mark_link_runs(units)
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


def _nest(unit: Unit, first: str, levels: list[int]) -> None:
    """A list item's ``depth``: how many lists around its own, told by its marker's
    indent against the indents of the lists open above it (``levels``, updated: an item
    indented further opens a list, one indented less closes those it stands left of; a
    block at the margin that is no item closes them all)."""
    indent = len(first[: len(first) - len(first.lstrip())].expandtabs(4))
    if unit.tag != "li":
        if not indent:
            levels.clear()
        return
    while levels and indent < levels[-1]:
        levels.pop()
    if not levels or indent > levels[-1]:
        levels.append(indent)
    unit.depth = len(levels) - 1


def _mark_link_runs(units: list[Unit]) -> None:
    """The blocks between a block that leaves a link open and the block that closes it
    (:func:`_link_state`; a teaser card's "* Video" label and summary inside one
    link) are link text, all of them."""
    inside: list[int] | None = None
    for k, u in enumerate(units):
        md = u.markdown
        if md is None or (inside is None and ("[" not in md or md.count("[") <= md.count("]"))):
            continue  # (a block that opens a link above none has more "[" than "]")
        closes, opens = _link_state(md)
        if inside is not None:
            if closes:
                for j in inside:
                    if units[j].text:
                        units[j].link_density = 1.0
                inside = None
            elif len(inside) < P.MD_LINK_MAX_BLOCKS:
                inside.append(k)
            else:
                inside = None  # no end in sight: a stray bracket
        if opens:
            inside = []


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
    if depth and not _closes(lines, start, depth):
        depth = 0  # a stray "[" that no "](" closes: no link's text holds the lines below
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


def _closes(lines: list[str], start: int, depth: int) -> bool:
    """Whether the brackets left open at line ``start`` are closed by a link's end ("](")
    within MD_LINK_MAX_LINES lines (blank ones too: a link may hold paragraphs)."""
    for k in range(start + 1, min(len(lines), start + 1 + P.MD_LINK_MAX_LINES)):
        line = lines[k]
        if "]" not in line and "[" not in line:
            continue
        before = depth
        depth = _open_brackets(line, depth)
        if depth < before and "](" in line:
            return True
    return False


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
        # an item that holds a heading ("* # Headline", html2text's <li><h1>): its text
        # without the heading's marks too
        src = _LIST_ITEM.sub("", src, count=1)
        if src[:1] == "#":
            src = _ITEM_HEADING.sub("", src, count=1)
    elif first.lstrip().startswith("|"):
        src = src.lstrip("| \t")  # a one-column table's border
    protected = _protect(src)
    images = list(_IMAGE.finditer(protected)) if "![" in protected else []
    if images and tag == "p" and _is_image_line(first) and start == end:
        last = images[-1]
        text, _ = _link_parts(_IMAGE.sub("", protected))
        unit = Unit(line=start + 1, text=text, tag="img", src=_unprotect(last["src"]).strip())
        alt = _unprotect(last["alt"]).strip()
        unit.alt = alt or None
        unit.image_name = True  # features.compute() skips units without text
        return unit
    if "[" in protected or "](" in protected:
        text, linked = _link_parts(protected)
    else:
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


def _link_parts(s: str) -> tuple[str, int]:
    """:func:`_plain` of a block whose links may open or close in another block: a link
    around paragraphs (html2text writes "[" ... blank lines ... "](url)", a teaser card)
    leaves a block that starts with the link's end (:data:`_LINK_TAIL`) or ends inside
    it (:data:`_LINK_HEAD`); that text is link text too, and the brackets go."""
    tail = _link_tail(s) if "](" in s else None
    rest = s if tail is None else s[tail.end() :]
    head = _link_head(rest) if "[" in rest else None
    if tail is None and head is None:
        return _plain(s)
    text, linked = _plain(rest if head is None else head[0])
    if tail is not None:
        closed, _ = _plain(tail.group("text"))
        linked += len(closed) - closed.count(" ")
        text = f"{closed} {text}" if text and closed else closed or text
    if head is not None:
        opened, _ = _plain(head[1])
        linked += len(opened) - opened.count(" ")
        text = f"{text} {opened}" if text and opened else text or opened
    return text, linked


def _link_tail(s: str) -> re.Match[str] | None:
    """The end of a link opened in a block above, at the start of ``s``: its first "]("
    comes before any "["."""
    k = s.find("](")
    return _LINK_TAIL.match(s) if k >= 0 and s.find("[", 0, k) < 0 else None


def _link_head(s: str) -> tuple[str, str] | None:
    """(the text before, the text after) a link left open at the end of ``s`` (pictures
    aside), or None."""
    k = s.rfind("[")
    if k < 0:
        return None
    if s.find("]", k) < 0:
        return s[:k], s[k + 1 :]
    if "![" not in s or s.count("[") <= s.count("]"):
        return None  # every bracket closed
    bare = _IMAGE.sub("", s)  # "[![alt](src)Title": the picture goes
    m = _LINK_HEAD.search(bare)
    return None if m is None else (bare[: m.start()], m.group("text"))


def _link_state(markdown: str) -> tuple[bool, bool]:
    """(whether a block starts with the end of a link opened above, whether it ends
    inside a link that a block below closes): see :func:`_link_parts`."""
    s = _protect(markdown)
    tail = _link_tail(s) if "](" in s else None
    rest = s if tail is None else s[tail.end() :]
    return tail is not None, "[" in rest and _link_head(rest) is not None


def _plain(s: str) -> tuple[str, int]:
    """The text of Markdown ``s`` (already :func:`_protect`-ed) without its syntax, and
    how many of its characters (spaces aside) are link text."""
    linked = 0

    def link(m: re.Match[str]) -> str:
        nonlocal linked
        raw = m.group("text") or m.group("auto") or ""
        bare = (_IMAGE.sub("", raw) if "![" in raw else raw).lstrip()
        if "\n" in bare or bare[:1] in _MARKER_STARTS:
            bare = _INNER_MARKER.sub("", bare)
        if bare.isascii() and not any(c in bare for c in _INLINE_MARKS):
            inner = " ".join(bare.split())  # plain link text: what _plain would give
        else:
            inner, _ = _plain(bare)
        linked += len(inner.replace(" ", ""))
        # a line break (or space) at the text's edge parts it from its neighbours
        return f"{' ' if raw[:1].isspace() else ''}{inner}{' ' if raw[-1:].isspace() else ''}"

    if "[" in s or "<" in s:
        s = _LINK.sub(link, _IMAGE.sub("", s) if "![" in s else s)
    elif "!" in s:
        s = _IMAGE.sub("", s)
    if "`" in s:
        s = _CODE.sub(lambda m: m.group("code"), s)
    if "*" in s or "_" in s:
        s = _EMPHASIS.sub("", s)
    parts = [p.strip() for p in s.split("\n")]
    joined = join_parts([p for p in parts if p]) if any(parts) else ""
    return _unprotect(" ".join(joined.split())), linked


def share_title(text: str, units: list[Unit]) -> str | None:
    """Markdown: the headline the page hands its share buttons (the text of a tweet, a
    mail's subject: :data:`~newsparse.patterns.markdown.MD_SHARE_PARAMS`), the one its
    share links give most often, when a heading of the dump (``units``, the blocks of
    ``text``) shows it (the same words, up to quotes, or fewer: the heading's kicker left
    out); None when none does."""
    counts: Counter[str] = Counter()
    for k in _share_keys(text):
        dest = _destination(text, k)
        if dest is not None:
            counts.update(_share_texts(dest))
    if not counts:
        return None
    headings = [u.text for u in units if u.text and markdown_heading(u)]
    normal: dict[str, str] = {}
    for text, _ in counts.most_common():
        key = fold_quotes(norm_text(text))
        # (a heading less than half or more than twice as long cannot show it)
        lo, hi = len(text) * P.TITLE_HINT_MIN_SHARE - 1, len(text) / P.TITLE_HINT_MIN_SHARE + 1
        for h in headings:
            if lo <= len(h) <= hi:
                if h not in normal:
                    normal[h] = fold_quotes(norm_text(h))
                if _shows(normal[h], key):
                    return text
    return None


def _shows(heading: str, key: str) -> bool:
    """Whether a heading (normalised) shows the share text ``key``: the same words up to
    quotes, or fewer (the heading adds a kicker), and not a mere fragment of it."""
    return (
        bool(key)
        and len(key) <= len(heading) + P.MD_SHARE_SLACK_CHARS
        and (key in heading or heading in key)
        and min(len(key), len(heading)) >= P.TITLE_HINT_MIN_SHARE * max(len(key), len(heading))
    )


def _share_keys(text: str) -> Iterator[int]:
    """Where ``text`` has a query parameter of
    :data:`~newsparse.patterns.markdown.MD_SHARE_PARAMS` ("?text=", "&subject=", ...):
    found by string search for the ends "t=" (text, subject, t) and "title=", then
    checked (a pattern's search over a whole page is many times slower)."""
    for end in ("t=", "title="):
        k = text.find(end)
        while k >= 0:
            head = text[max(0, k - _SHARE_KEY_CHARS) : k + len(end)]
            if head.endswith(_SHARE_KEYS):
                yield k
            k = text.find(end, k + len(end))


def _destination(text: str, k: int) -> str | None:
    """The link destination ("](...)") around position ``k`` of ``text``, on one line and
    without parentheses; None when ``k`` is in none."""
    start = text.rfind("](", 0, k)
    end = text.find(")", k)
    if start < 0 or end < 0:
        return None
    dest = text[start + 2 : end]
    if "\n" in dest or "(" in dest or ")" in dest:
        return None
    return dest.strip()


def _share_texts(dest: str) -> list[str]:
    """The headline-like values a link's query hands a share service."""
    # a mail link's subject may hold spaces (html2text leaves them); elsewhere a space
    # ends the address and starts the link's title
    url = dest if dest.startswith("mailto:") else dest.split(" ", 1)[0]
    try:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
    except ValueError:
        return []
    if parts.scheme == "mailto" and parts.path:
        return []  # a mail to an address: its subject is a form's, not the page's
    out = []
    for name in P.MD_SHARE_PARAMS & query.keys():
        for value in query[name]:
            text = " ".join(P.MD_SHARE_URL_TAIL.sub("", value).split())
            if len(text) >= P.MD_SHARE_MIN_CHARS:
                out.append(text)
    return out


def markdown_heading(u: Unit) -> str:
    """The heading tag a Markdown block stands for ("h1"-"h6"), also for a list item
    that holds a heading ("4. # Headline": a breadcrumb list whose last item is the
    page's <h1>); "" for any other block."""
    if u.tag[:1] == "h":
        return u.tag
    if u.tag == "li" and u.markdown is not None and "#" in u.markdown:
        m = P.MD_ITEM_HEADING.match(u.markdown)
        if m is not None:
            return f"h{len(m.group(1))}"
    return ""


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
