"""Markdown rendering of an Article.

Below :mod:`newsparse.models` (whose ``Article.to_markdown`` calls it): it knows the
Article's type only for type checking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.kinds import Kind, Role

if TYPE_CHECKING:
    from newsparse.models import Article


def article_to_markdown(article: Article) -> str:
    """Title, a metadata line, then headings, paragraphs and images (with captions) in
    reading order. Boilerplate and metadata blocks are left out. A block read from a
    Markdown input is written as it came (``Block.markdown``), with its links, marks and
    structure; the rows of one table stay together."""
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
    images = {img.line: img for img in article.images}
    table = False  # the block before was a row of a Markdown table
    for b in article.blocks:
        if b.markdown is not None and b.role in (Role.BODY, Role.HEADING):
            if table and b.kind is Kind.TABLE:
                out[-1] += "\n" + b.markdown
            elif b.role is Role.HEADING and not _marked_heading(b.markdown):
                out.append(f"## {b.markdown}")  # a short line the rules took for a heading
            else:
                out.append(b.markdown)
            table = b.kind is Kind.TABLE
            continue
        table = False
        if b.role is Role.HEADING:
            out.append(f"## {b.text}")
        elif b.role is Role.BODY:
            out.append(f"- {b.text}" if b.kind.value == "list_item" else b.text)
        elif b.role is Role.IMAGE:
            img = images.get(b.line)
            if img is None:
                continue
            caption = f"*{img.caption}*" if img.caption else ""
            if img.src:  # a slot with no file name has nothing to link to: caption only
                alt = img.alt or img.caption or ""
                out.append(f"![{alt}]({img.src})" + (f"\n{caption}" if caption else ""))
            elif caption:
                out.append(caption)
    return "\n\n".join(out) + "\n"


def _marked_heading(markdown: str) -> bool:
    """Whether Markdown source is a heading already: "## Title", or "Title" over "===" or
    "---"."""
    last = markdown.rsplit("\n", 1)[-1].strip()
    return markdown.startswith("#") or (len(last) >= 3 and set(last) <= {"=", "-"})
