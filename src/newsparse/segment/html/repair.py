"""Getting a tree out of any page: the bytes libxml2 reads, and the repairs for pages it
chokes on.

libxml2 stops reading at a nesting depth of 256 (everything after is lost), past a text
node or attribute of 10 MB unless told the tree is huge, and slows down quadratically on a
tag with a hundred thousand attributes. :func:`parse_html` reads the page, notices when
libxml2 stopped early, and reads it again flattened (:func:`flatten`) or as a huge tree;
:func:`encode_page` cuts over-long attribute lists before that.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from newsparse import patterns as P

Element = etree._Element

#: An XML declaration: its encoding named the input bytes, not the UTF-8 that libxml2 is
#: handed (encode_page), so it is removed.
_XML_DECL: Final = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
#: A tag this long (characters) is checked for too many attributes; shorter ones cannot
#: hold patterns.MAX_ATTRIBUTES of them.
_LONG_TAG_CHARS: Final = 3 * P.MAX_ATTRIBUTES
_LONG_TAG: Final = re.compile(rf"<[a-zA-Z][^<>]{{{_LONG_TAG_CHARS}}}")
_ANGLE: Final = re.compile(r"[<>]")
_TAG_NAME: Final = re.compile(r"[a-zA-Z][a-zA-Z0-9:-]*\s")
_ATTRIBUTE: Final = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")


def encode_page(text: str, warnings: list[str], utf8: bytes | None = None) -> bytes:
    """The page as the UTF-8 bytes libxml2 reads: without an XML declaration, with
    over-long attribute lists cut (:func:`_limit_attributes`). libxml2 works in UTF-8; a
    ``str`` handed to lxml is passed on as UCS-2 or UCS-4 and converted, and the string
    itself is up to four bytes a character (one emoji makes the whole page so), so the
    caller encodes once and lets the string go before the tree is built. ``utf8``: the
    bytes ``text`` was decoded from, when they are its UTF-8 as they are; given back when
    nothing needs cutting (no second copy of the page is made)."""
    cut = _limit_attributes(_XML_DECL.sub("", text, count=1), warnings)
    if utf8 is not None and cut is text:
        return utf8
    return cut.encode("utf-8")


def parse_html(page: str | bytes, warnings: list[str]) -> Element | None:
    """The page's tree (None when it holds no element), re-read flattened or as a huge
    tree when libxml2 reports it stopped early; what was done goes to ``warnings``.
    ``page`` is the decoded page, or :func:`encode_page` of it."""
    if isinstance(page, str):
        page = encode_page(page, warnings)
    root, errors = lxml_parse(page, huge=False)
    depth = any("depth" in e for e in errors)
    # libxml2 stops at a text node or attribute over 10 MB unless told the tree is huge
    huge = any("huge" in e or "limit" in e or "too long" in e for e in errors)
    if depth or huge:
        if depth:
            warnings.append(
                f"the page nests deeper than {P.LIBXML2_MAX_DEPTH} elements; the tags below depth "
                f"{P.FLATTEN_DEPTH} were dropped and their text kept"
            )
        root, errors = lxml_parse(flatten(page.decode("utf-8")).encode("utf-8"), huge=True)
    if root is None:
        warnings.append("the HTML holds no elements; no blocks were read")
    return root


def lxml_parse(page: bytes, *, huge: bool) -> tuple[Element | None, list[str]]:
    # lxml's plain parser (the lxml.html element classes cost a lookup per node); one per
    # call, as parsers are not to be shared between threads. Comments are kept: a page
    # whose text is all inside <!-- --> is read from them (_read_comments).
    parser = etree.HTMLParser(
        remove_pis=True,
        huge_tree=huge,
        encoding="utf-8",
        collect_ids=False,  # no id lookups
    )
    try:
        root = etree.fromstring(page, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None  # libxml2 found no element at all ("<<<", "<!---->")
    return root, [e.message.lower() for e in parser.error_log]


def _limit_attributes(text: str, warnings: list[str]) -> str:
    """Drop the attributes of a tag beyond :data:`newsparse.patterns.MAX_ATTRIBUTES`
    (keeping its lines)."""
    out: list[str] = []
    pos = 0
    for start in _long_run_tags(text, _LONG_TAG_CHARS + 1):
        m = _LONG_TAG.match(text, start)
        if m is None or start < pos or not _TAG_NAME.match(text, start + 1):
            continue  # inside the tag cut just before, or "a<b.length;" in a script
        end_m = _ANGLE.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        for k, a in enumerate(_ATTRIBUTE.finditer(text, start + 1, end)):
            if k > P.MAX_ATTRIBUTES:  # the first match is the tag name
                if not _in_raw_text(text, start):  # "a<b.length;..." in a script
                    out += [text[pos : a.start()], "\n" * text.count("\n", a.start(), end)]
                    pos = end
                break
    if not out:
        return text
    warnings.append(
        f"{len(out) // 2} tag(s) have more than {P.MAX_ATTRIBUTES} attributes;"
        " the rest were dropped"
    )
    out.append(text[pos:])
    return "".join(out)


def _long_run_tags(text: str, n: int) -> list[int]:
    """Where a ``<`` opens ``n`` or more characters without ``<`` or ``>``: the only places
    :data:`_LONG_TAG` can match. Such a run holds a multiple of n // 2 with no ``<`` or
    ``>`` within n // 2 on one side of it, so only those positions are looked around (and
    a run found is measured and skipped): about a tenth of the time the pattern takes to
    rule out every tag of a page."""
    starts: list[int] = []
    step, size = n // 2, len(text)
    p = step
    while p < size:
        if (text.find("<", p, p + step) >= 0 or text.find(">", p, p + step) >= 0) and (
            text.rfind("<", p - step, p) >= 0 or text.rfind(">", p - step, p) >= 0
        ):
            p += step  # brackets close by on both sides: no run of n holds p
            continue
        opening = max(text.rfind("<", 0, p), text.rfind(">", 0, p))
        ends = [k for k in (text.find("<", p), text.find(">", p)) if k >= 0]
        end = min(ends) if ends else size
        if end - opening - 1 >= n and opening >= 0 and text[opening] == "<":
            starts.append(opening)
        p = (end // step + 1) * step
    return starts


def _in_raw_text(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a ``<script>`` or ``<style>`` (looking back a while)."""
    before = text[max(0, pos - P.RAW_TEXT_LOOKBACK) : pos].lower()
    return any(before.rfind(f"<{t}") > before.rfind(f"</{t}") for t in ("script", "style"))


#: Tokens of :func:`flatten`: comments and raw-text elements (skipped whole), and tags.
_TOKEN: Final = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|plaintext|noembed|noframes|iframe)\b[^>]*>"
    r".*?(?:</\1\s*>|\Z)"
    r"|<(/?)([a-zA-Z][^\s/>]*)[^>]*>",
    re.S | re.I,
)
_VOID: Final = frozenset(
    {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input"}
    | {"isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"}
)
#: An open element the opening of another closes (<li> closes <li>, a block closes <p>).
_IMPLIED_CLOSE: Final[dict[str, frozenset[str]]] = {
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "tr": frozenset({"tr", "td", "th"}),
    "option": frozenset({"option"}),
}


def flatten(text: str, depth: int = P.FLATTEN_DEPTH) -> str:
    """The markup with every tag nested deeper than ``depth`` removed: its text stays,
    a dropped block tag becomes ``<br><br>`` (a paragraph break), an inline one nothing;
    the line ends inside dropped tags are kept, so source lines stay right. Nesting is
    counted by a linear approximation of the HTML tree rules (void elements, implied
    closing of ``<p>``, ``<li>``, table cells ...), never below libxml2's count."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    pos = 0
    for m in _TOKEN.finditer(text):
        name = m.group(3)
        if name is None:
            continue  # a comment or a raw-text element: copied as it is
        name = name.lower()
        keep = True
        if m.group(2):  # a closing tag
            for k in range(len(stack) - 1, max(-1, len(stack) - 1 - P.CLOSE_REACH), -1):
                if stack[k][0] == name:
                    keep = stack[k][1]
                    del stack[k:]
                    break
        elif name not in _VOID:
            top = stack[-1][0] if stack else ""
            if top in _IMPLIED_CLOSE.get(name, ()) or (
                top == "p" and name not in P.HTML_INLINE_TAGS
            ):
                stack.pop()
            keep = len(stack) < depth
            stack.append((name, keep))
        if not keep:
            out.append(text[pos : m.start()])
            out.append("" if name in P.HTML_INLINE_TAGS else "<br><br>")
            out.append("\n" * text.count("\n", m.start(), m.end()))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)
