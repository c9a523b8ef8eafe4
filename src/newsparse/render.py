"""Markdown rendering of an Article.

Below :mod:`newsparse.models` (whose ``Article.to_markdown`` calls it): it knows the
Article's type only for type checking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.kinds import Role

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
            if img is None:
                continue
            caption = f"*{img.caption}*" if img.caption else ""
            if img.src:  # a slot with no file name has nothing to link to: caption only
                alt = img.alt or img.caption or ""
                out.append(f"![{alt}]({img.src})" + (f"\n{caption}" if caption else ""))
            elif caption:
                out.append(caption)
    return "\n\n".join(out) + "\n"
