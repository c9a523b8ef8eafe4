"""Markdown rendering of an Article.

Below :mod:`newsparse.models` (whose ``Article.to_markdown`` calls it): it knows the
Article's types only for type checking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsparse.kinds import Kind, Role

if TYPE_CHECKING:
    from newsparse.models import Article, Block, Image

#: What opens and closes each inline style in Markdown.
_STYLE_MARKS: Final[dict[str, str]] = {"bold": "**", "italic": "*", "code": "`"}
#: Kinds whose consecutive blocks are one Markdown block (no blank line between them).
_RUNS: Final = frozenset({Kind.LIST_ITEM, Kind.QUOTE})


def article_to_markdown(article: Article, *, links: bool = False, formatting: bool = False) -> str:
    """Title, a metadata line, then headings, paragraphs, lists, quotes, code blocks,
    tables and images (with captions) in reading order. Boilerplate and metadata blocks
    are left out. ``links``: hyperlinks as ``[text](href)``; ``formatting``: bold, italic
    and inline code. A block read from a Markdown input is written as it came
    (``Block.markdown``), with its links, marks and structure."""
    out: list[str] = _head(article)
    images = {img.line: img for img in article.images}
    last: Kind | None = None
    for b in article.blocks:
        if b.markdown is not None and b.role in (Role.BODY, Role.HEADING):
            piece: str | None = _markdown_source(b)
        elif b.role is Role.IMAGE:
            img = images.get(b.line)
            piece = _image(img) if img is not None else None
        elif b.role is Role.HEADING:
            piece = "## " + inline(b, links=links, formatting=formatting)
        elif b.role is Role.BODY:
            piece = _body(b, links=links, formatting=formatting)
        else:
            continue
        if piece is None:
            continue
        joint = _joint(b, last) if out else None
        if joint is not None:
            out[-1] += joint + piece
        else:
            out.append(piece)
        last = b.kind
    return "\n\n".join(out) + "\n"


def _joint(b: Block, last: Kind | None) -> str | None:
    """What joins block ``b`` to the piece before it, when they are one run: the items of
    a list, the paragraphs of a quote, the rows of a Markdown input's table."""
    if b.kind is not last:
        return None
    if b.kind is Kind.QUOTE:
        return "\n>\n"
    if b.kind in _RUNS or (b.kind is Kind.TABLE and b.markdown is not None):
        return "\n"
    return None


def _head(article: Article) -> list[str]:
    """The title, the subtitle and a line of metadata."""
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    if article.subtitle:
        out.append(f"*{article.subtitle}*")
    meta = [
        x
        for x in (
            article.published.isoformat() if article.published else None,
            article.source,
            ", ".join(article.authors) or None,
        )
        if x
    ]
    if meta:
        out.append(" · ".join(meta))
    return out


def _body(b: Block, *, links: bool, formatting: bool) -> str:
    """A body block: a paragraph, a list item at its depth, a quote, code, a table."""
    kind = b.kind
    if kind is Kind.CODE:
        fence = "````" if "```" in b.text else "```"
        return f"{fence}\n{b.text}\n{fence}"
    if kind is Kind.TABLE and b.rows:
        return table_markdown(b.rows)
    text = inline(b, links=links, formatting=formatting)
    if kind is Kind.LIST_ITEM:
        return "  " * b.depth + "- " + text
    if kind is Kind.QUOTE:
        return "\n".join("> " + line for line in text.split("\n"))
    return text


def _image(img: Image) -> str | None:
    """An image and its caption; a slot with no file name has nothing to link to:
    caption only."""
    caption = f"*{img.caption}*" if img.caption else ""
    if img.src:
        alt = img.alt or img.caption or ""
        return f"![{alt}]({img.src})" + (f"\n{caption}" if caption else "")
    return caption or None


def inline(b: Block, *, links: bool, formatting: bool) -> str:
    """A block's text with its links (``[text](href)``) and emphasis (``**bold**``,
    ``*italic*``, `` `code` ``) written in, as asked."""
    # (offset, 0 for a close and 1 for an open, then innermost close first and outermost
    # open first, text): marks nest as the elements did
    inserts: list[tuple[int, int, int, str]] = []
    stretches: list[tuple[int, int, str, str]] = []
    if links:
        stretches += [(k.start, k.start + len(k.text), "[", f"]({k.href})") for k in b.links]
    if formatting:
        stretches += [
            (s.start, s.end, _STYLE_MARKS[s.style], _STYLE_MARKS[s.style]) for s in b.spans
        ]
    if not stretches:
        return b.text
    for start, end, opening, closing in stretches:
        inserts.append((start, 1, -end, opening))
        inserts.append((end, 0, -start, closing))
    inserts.sort(key=lambda x: x[:3])
    out: list[str] = []
    at = 0
    for offset, _, _, mark in inserts:
        out.append(b.text[at:offset])
        out.append(mark)
        at = offset
    out.append(b.text[at:])
    return "".join(out)


def table_markdown(rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table: the first row is its head; short rows are
    padded, and pipes inside cells escaped."""
    width = max(map(len, rows))

    def line(cells: list[str]) -> str:
        padded = [c.replace("|", "\\|") for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    lines = [line(rows[0]), "| " + " | ".join(["---"] * width) + " |"]
    lines.extend(line(r) for r in rows[1:])
    return "\n".join(lines)


def _markdown_source(b: Block) -> str:
    """A Markdown input's block as it came; a short line the rules took for a heading is
    marked as one."""
    source = b.markdown or b.text
    if b.role is Role.HEADING and not _marked_heading(source):
        return f"## {source}"
    return source


def _marked_heading(markdown: str) -> bool:
    """Whether Markdown source is a heading already: "## Title", or "Title" over "===" or
    "---"."""
    last = markdown.rsplit("\n", 1)[-1].strip()
    return markdown.startswith("#") or (len(last) >= 3 and set(last) <= {"=", "-"})
