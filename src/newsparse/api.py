"""The public entry points: :func:`parse` and :func:`parse_file`.

One pipeline for every format, each stage a module (or package) of its own, read in this
order (docs/architecture.md):

decode -> segment (text dump, or HTML page and its head's hints) -> features of each unit,
once -> rules (document analyses, then the rule table) -> metadata -> assemble the
:class:`~newsparse.models.Article`.
"""

from __future__ import annotations

import os
import re
from typing import Final, Literal

from newsparse import features, rules
from newsparse import patterns as P
from newsparse.assemble import build_article
from newsparse.decode import decode
from newsparse.errors import EmptyInputError, NewsparseError
from newsparse.kinds import Role
from newsparse.metadata import extract
from newsparse.models import Article
from newsparse.segment.markdown import looks_like_markdown, segment_markdown, share_title
from newsparse.segment.text import segment_text
from newsparse.text import host_name, url_slug
from newsparse.units import Hints, Unit

#: The roles of the blocks that make the body (Article.body, Article.text).
_BODY: Final = (Role.BODY, Role.HEADING)

Format = Literal["auto", "html", "text", "markdown"]

#: Tags that, near the start of the input, say it is HTML rather than a text dump.
_HTML_SNIFF: Final = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|script|style|table|article)[\s>/]",
    re.I,
)
#: How much of the input the HTML sniffer reads.
SNIFF_CHARS: Final = 4096


def sniff_format(text: str) -> Literal["html", "text", "markdown"]:
    """ "html" when the start of the input has HTML tags, "markdown" when it shows
    Markdown's marks (:func:`~newsparse.segment.markdown.looks_like_markdown`), else
    "text"."""
    head = text[:SNIFF_CHARS]
    if len(_HTML_SNIFF.findall(head)) >= 2:
        return "html"
    return "markdown" if looks_like_markdown(text[: P.MD_SNIFF_CHARS]) else "text"


def parse(
    data: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    format: Format = "auto",
) -> Article:
    """Parse one page (HTML) or text dump into an :class:`~newsparse.models.Article`.

    ``data`` may be ``bytes`` in any encoding (decoded as described in
    :mod:`newsparse.decode`) or ``str``. ``content_type`` is the HTTP header, whose charset
    is trusted first. ``format`` forces ``"html"``, ``"text"`` (a plain dump) or
    ``"markdown"`` (a page converted to Markdown); ``"auto"`` sniffs.

    Raises :class:`~newsparse.errors.EmptyInputError` for empty input and
    :class:`~newsparse.errors.NotAPageError` for binary payloads; any other problem ends
    in an article with ``warnings``.
    """
    if format not in ("auto", "html", "text", "markdown"):
        raise ValueError(f"format must be 'auto', 'html', 'text' or 'markdown', not {format!r}")
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        head = raw[: max(SNIFF_CHARS, P.MD_SNIFF_CHARS)].decode("latin-1")
        fmt = format if format != "auto" else sniff_format(head)
        decoded = decode(raw, content_type=content_type, html=fmt == "html")
        text, encoding, warnings = decoded.text, decoded.encoding, list(decoded.warnings)
        utf8 = raw if decoded.as_is and encoding == "utf-8" and fmt == "html" else None
        del raw, decoded
    elif isinstance(data, str):
        text, encoding, warnings = _clean_str(data)
        fmt = format if format != "auto" else sniff_format(text)
        utf8 = None
    else:
        raise TypeError(f"parse() takes bytes or str, not {type(data).__name__}")
    if not text or text.isspace():  # (strip() would copy a whole page)
        raise EmptyInputError("the input holds no text")
    # The decoded string is let go as soon as it is read (``del``): the units hold every
    # line's text, and on a big input the whole string beside them is a second copy.
    if fmt == "html":
        page = _encode_page(text, warnings, utf8)
        del text, utf8
        units, hints = _segment_page(page, url=url, warnings=warnings)
    elif fmt == "markdown":
        units = segment_markdown(text)
        hints = _markdown_hints(text, units)
        del text
    else:
        units = segment_text(text)
        del text
        hints = Hints()
    return _decide_and_build(units, hints, url=url, encoding=encoding, warnings=warnings)


def _markdown_hints(text: str, units: list[Unit]) -> Hints:
    """What a Markdown dump (``text``, cut into ``units``) declares besides its blocks:
    the headline its share links carry (:func:`~newsparse.segment.markdown.share_title`)."""
    title = share_title(text, units)
    if title is None:
        return Hints()
    return Hints(title=title, origins={"title": "markdown:share-link"})


def _clean_str(data: str) -> tuple[str, None, list[str]]:
    """A ``str`` argument without NULs and without lone surrogates (which no encoder, lxml
    or JSON output accepts): a surrogate pair is joined into its character, a lone
    surrogate becomes U+FFFD, with a warning."""
    text = data.replace("\x00", "")
    warnings: list[str] = []
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        bad = fixed.count("\ufffd") - text.count("\ufffd")
        text = fixed
        if bad:
            warnings.append(f"{bad} lone surrogate code point(s) replaced with U+FFFD")
    return text, None, warnings


def _encode_page(text: str, warnings: list[str], utf8: bytes | None) -> bytes:
    """The page as the bytes libxml2 reads (:func:`~newsparse.segment.html.encode_page`).
    The HTML path's modules are imported on its first use: a text dump needs no lxml."""
    from newsparse.segment.html import encode_page

    return encode_page(text, warnings, utf8)


def _segment_page(page: bytes, *, url: str | None, warnings: list[str]) -> tuple[list[Unit], Hints]:
    """An HTML page's units and the hints its head declares: the tree is parsed, its head
    read, its body walked, and the declared language checked against the text."""
    from newsparse.metadata.head import check_language, read_hints
    from newsparse.segment.html import parse_html, segment_tree

    root = parse_html(page, warnings)
    del page  # (the tree holds the page now)
    hints = read_hints(root, url) if root is not None else Hints()
    units = segment_tree(root, url=url, title=hints.title, warnings=warnings)
    check_language(hints, units)
    return units, hints


def _decide_and_build(
    units: list[Unit],
    hints: Hints,
    *,
    url: str | None,
    encoding: str | None,
    warnings: list[str],
) -> Article:
    features.compute_all(units)
    doc = rules.Doc(
        units=units, title_hint=hints.title, title_words=url_slug(url), host=host_name(url)
    )
    rules.analyse(doc)
    doc, decided = rules.arbitrate(doc, rules.decide(doc))
    if doc.rescued:
        warnings.append(doc.rescued)
    meta = extract(doc, decided, hints, url=url)
    return build_article(
        units,
        decided,
        meta,
        confidence=rules.confidence(doc, [i for i, role, _, _ in decided if role in _BODY]),
        url=url,
        encoding=encoding,
        warnings=warnings,
    )


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    content_type: str | None = None,
    format: Format = "auto",
) -> Article:
    """Read ``path`` as bytes and :func:`parse` it."""
    with open(path, "rb") as fh:
        data = fh.read()
    return parse(data, url=url, content_type=content_type, format=format)


__all__ = ["NewsparseError", "parse", "parse_file", "sniff_format"]
