"""Decided units -> the :class:`~newsparse.models.Article`.

Blocks come built from :func:`newsparse.rules.decide` (once, unvalidated), images are linked
to the caption that follows them, and metadata comes from :mod:`newsparse.metadata`.
"""

from __future__ import annotations

from newsparse.kinds import ImageRole, Kind, Role
from newsparse.metadata.meta import Meta
from newsparse.models import Article, Image
from newsparse.rules import Decided
from newsparse.units import Unit

#: Boilerplate kinds that an image file name outside the article can take.
PAGE_IMAGE_KINDS = frozenset({Kind.QR_CODE, Kind.REPORT, Kind.PAGE_IMAGE})


def build_images(units: list[Unit], decided: Decided) -> list[Image]:
    """Images in reading order; a caption block owns the image just before it (or, for
    a caption above a picture, the one just after it)."""
    images: list[tuple[int, Image]] = []
    captions: list[tuple[int, str]] = []
    for pos, (i, block) in enumerate(zip(decided.index, decided.blocks, strict=True)):
        u, role, kind = units[i], block.role, block.kind
        if role is Role.IMAGE:
            images.append((pos, _image(u, ImageRole.CONTENT)))
        elif kind in PAGE_IMAGE_KINDS and u.image_name:
            images.append((pos, _image(u, ImageRole.PAGE)))
        elif role is Role.CAPTION:
            captions.append((pos, u.text))
    owned: dict[int, str] = {}
    by_pos = {pos: k for k, (pos, _) in enumerate(images)}
    for pos, text in captions:
        k = _owner(pos, decided, by_pos)
        if k is not None and k not in owned:
            owned[k] = text
    return [
        img.model_copy(update={"caption": owned[k]}) if k in owned else img
        for k, (_, img) in enumerate(images)
    ]


def _owner(pos: int, decided: Decided, by_pos: dict[int, int]) -> int | None:
    """The image a caption at ``pos`` describes: the nearest image above it with only
    captions in between, else the image right below it."""
    k = pos - 1
    while k >= 0 and decided[k][1] is Role.CAPTION:
        k -= 1
    if k >= 0 and k in by_pos:
        return by_pos[k]
    if pos + 1 < len(decided) and pos + 1 in by_pos:
        return by_pos[pos + 1]
    return None


def _image(u: Unit, role: ImageRole) -> Image:
    src = u.src if u.src is not None else (u.text or None)
    return Image(src=src, alt=u.alt, role=role, line=u.line)


def build_article(
    units: list[Unit],
    decided: Decided,
    meta: Meta,
    *,
    url: str | None,
    encoding: str | None,
    warnings: list[str],
) -> Article:
    """Assemble the frozen Article from the blocks :func:`~newsparse.rules.decide` built."""
    images = build_images(units, decided)
    blocks = decided.blocks
    all_warnings = [*warnings, *meta.warnings]
    if not any(b.role in (Role.BODY, Role.HEADING) for b in blocks):
        all_warnings.append("no article body was found; every block is kept in `blocks`")
    return Article(
        **meta.article_fields(),
        url=url,
        encoding=encoding,
        warnings=all_warnings,
        blocks=blocks,
        images=images,
    )
