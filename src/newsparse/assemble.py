"""Decided units -> the :class:`~newsparse.models.Article`.

Blocks come built from :func:`newsparse.rules.decide` (once, unvalidated), images are linked
to the caption that follows them, and metadata comes from :mod:`newsparse.metadata`.
"""

from __future__ import annotations

from newsparse import patterns as P
from newsparse.kinds import ImageRole, Kind, Role
from newsparse.metadata.meta import Meta
from newsparse.models import Article, Image
from newsparse.rules import Decided
from newsparse.units import Unit

#: Boilerplate kinds that an image file name outside the article can take.
PAGE_IMAGE_KINDS = frozenset({Kind.QR_CODE, Kind.REPORT, Kind.PAGE_IMAGE})


def build_images(units: list[Unit], decided: Decided) -> list[Image]:
    """Images in reading order (every HTML ``<img>``, the chrome's as ``page``), each
    with its caption (:func:`_captions`)."""
    images: list[tuple[int, Image]] = []
    captions: list[tuple[int, Unit]] = []
    in_figure: dict[int, int] = {}  # HTML: a <figure> -> its first image
    for pos, (i, block) in enumerate(zip(decided.index, decided.blocks, strict=True)):
        u, role, kind = units[i], block.role, block.kind
        if role is Role.IMAGE or (role is Role.BODY and u.image_name and u.markdown is not None):
            # (Markdown: a picture's line whose text is the story's, markdown_picture_text)
            images.append((pos, _image(u, ImageRole.CONTENT)))
        elif (kind in PAGE_IMAGE_KINDS and u.image_name) or u.tag == "img":
            images.append((pos, _image(u, ImageRole.PAGE)))  # (an <img> of the chrome too)
        elif role is Role.CAPTION:
            captions.append((pos, u))
            continue
        else:
            continue
        if u.figure:
            in_figure.setdefault(u.figure, len(images) - 1)
    owned = _captions(captions, decided, images, in_figure)
    return [
        img.model_copy(update={"caption": owned[k]}) if k in owned else img
        for k, (_, img) in enumerate(images)
    ]


def _captions(
    captions: list[tuple[int, Unit]],
    decided: Decided,
    images: list[tuple[int, Image]],
    in_figure: dict[int, int],
) -> dict[int, str]:
    """Each image's caption: the caption blocks of its <figure> (HTML), else the caption
    block next to it (:func:`_owner`) and the caption blocks right after that one."""
    owned: dict[int, str] = {}
    last: dict[int, int] = {}  # image -> the position of the last caption it owns
    by_pos = {pos: k for k, (pos, _) in enumerate(images)}
    for pos, u in captions:
        k = in_figure.get(u.figure) if u.figure else None
        figure = k is not None
        if k is None:
            k = _owner(pos, decided, by_pos)
            if k is None:
                continue
        if k not in owned:
            owned[k] = u.text
        elif figure or last[k] == pos - 1:  # a caption in several blocks (a title, a text)
            owned[k] += " " + u.text
        else:
            continue
        last[k] = pos
    return owned


def _owner(pos: int, decided: Decided, by_pos: dict[int, int]) -> int | None:
    """The image a caption at ``pos`` describes: the nearest image above it with only
    captions and at most CAPTION_OWNER_MAX_CHROME blocks of page chrome in between, else
    the image right below it."""
    k, chrome = pos - 1, 0
    while k >= 0 and k not in by_pos:
        role = decided[k][1]
        if role is Role.BOILERPLATE and chrome < P.CAPTION_OWNER_MAX_CHROME:
            chrome += 1
        elif role is not Role.CAPTION:
            break
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
    confidence: float,
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
        confidence=confidence,
        warnings=all_warnings,
        blocks=blocks,
        images=images,
    )
