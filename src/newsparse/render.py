"""Markdown rendering of an Article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.models import Role

if TYPE_CHECKING:
    from newsparse.models import Article


def article_to_markdown(article: Article) -> str:
    """Title, a metadata line, then headings, paragraphs and images (with captions) in
    reading order. Boilerplate and metadata blocks are left out."""
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
    for b in article.blocks:
        if b.role is Role.HEADING:
            out.append(f"## {b.text}")
        elif b.role is Role.BODY:
            out.append(f"- {b.text}" if b.kind.value == "list_item" else b.text)
        elif b.role is Role.IMAGE:
            img = images.get(b.line)
            alt = (img.caption or img.alt or "") if img else ""
            src = (img.src if img else None) or ""
            out.append(f"![{alt}]({src})" + (f"\n*{img.caption}*" if img and img.caption else ""))
    return "\n\n".join(out) + "\n"
