"""Caption rules: the lines that describe a picture, by a photo credit, by where they stand
(under an image), by a leading date, by restating the text, or by the DOM (<figcaption>)."""

from __future__ import annotations

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import (
    REGION,
    Decision,
    Doc,
    among,
    heading_like,
    near_article,
    next_text,
    rule,
    sentences,
)
from newsparse.rules.images import image_slot
from newsparse.text import norm_text
from newsparse.units import Unit


def _is_image(u: Unit | None, doc: Doc, i: int) -> bool:
    if u is None:
        return False
    if u.slot:
        return image_slot(doc, i) is not None
    return u.image_name


def _prev_is_image(doc: Doc, i: int) -> bool:
    return i > 0 and _is_image(doc.units[i - 1], doc, i - 1)


def _caption_sized(u: Unit) -> bool:
    return u.units <= P.CAPTION_SENTENCE_MAX_UNITS and sentences(u.text) <= P.CAPTION_MAX_SENTENCES


@rule(REGION)
def caption_photo_credit(doc: Doc, i: int) -> Decision | None:
    """ "（新华社记者 张三 摄）", "Photo: Reuters", "... Bildrechte: MDR/David Straub": a
    credit marks a caption (one that opens it, or one that closes it)."""
    u = doc.units[i]
    if not doc.in_region(i) or u.units > P.CAPTION_SENTENCE_MAX_UNITS:
        return None
    folded = P.fold(u.text)
    if (
        (P.hinted(P.PHOTO_CREDIT_HINT, u.text, folded) and P.PHOTO_CREDIT.search(u.text))
        or (
            u.link_density < P.CREDIT_TAIL_MAX_LINK
            and P.hinted(P.CREDIT_TAIL_HINT, u.text, folded)
            and P.CREDIT_TAIL.search(u.text)
        )
    ) and _caption_sized(u):
        return (Role.CAPTION, Kind.CAPTION)
    return None


@rule(REGION)
def caption_under_image(doc: Doc, i: int) -> Decision | None:
    """A short unpunctuated line right under an image, followed by running text (a run
    of short lines is a heading block instead)."""
    u = doc.units[i]
    if not doc.in_region(i) or not _prev_is_image(doc, i):
        return None
    if u.sentence_end or u.units > P.CAPTION_MAX_UNITS or u.bullet:
        return None
    if u.text.endswith((":", "：")):
        return None  # "My top choices are:" leads into what follows
    if not _other_text(doc, i):
        return None  # a picture and one line: the line is the whole post, not a caption
    nxt = next_text(doc, i)
    if nxt is not None and heading_like(doc.units[nxt]) and doc.in_region(nxt):
        return None
    return (Role.CAPTION, Kind.CAPTION)


def _other_text(doc: Doc, i: int) -> bool:
    """Whether the region holds a line of text besides unit ``i`` (stops at the first)."""
    for k in range(doc.start, doc.end + 1):
        u = doc.units[k]
        if k != i and u.text and not u.slot and not u.image_name:
            return True
    return False


@rule(REGION)
def caption_dated_under_image(doc: Doc, i: int) -> Decision | None:
    """ "7月22日，...": a dated one- or two-sentence description right under an image."""
    u = doc.units[i]
    if (
        doc.in_region(i)
        and _prev_is_image(doc, i)
        and _caption_sized(u)
        and P.LEADING_DATE.match(u.text)
    ):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def _repeats(doc: Doc) -> range:
    """Where :func:`caption_repeats_text` may decide: among the lines that repeat others."""
    return among(doc.repeats)


@rule(REGION, _repeats)
def caption_repeats_text(doc: Doc, i: int) -> Decision | None:
    """A short line restating another line of the article: a photo description or a
    gallery caption. In a Markdown dump, which shows its pictures, one by a picture or a
    quote (a pull quote); the rest (key points, a table of contents) are the story's."""
    if i in doc.repeats and (not doc.markdown_input or _restates_aside(doc, i)):
        return (Role.CAPTION, Kind.CAPTION)
    return None


def _restates_aside(doc: Doc, i: int) -> bool:
    """Markdown: a picture within MD_REPEAT_PICTURE_REACH units of unit ``i`` (a Markdown
    dump shows its pictures: a photo description stands by one); a quote (a pull quote,
    which Markdown marks) or a text the page repeats word for word at three places or more
    (a widget's placeholder) restates the story wherever it stands."""
    u = doc.units[i]
    if u.tag == "blockquote" or norm_text(u.text) in doc.recurring_labels:
        return True
    lo = max(0, i - P.MD_REPEAT_PICTURE_REACH)
    return any(v.image_name for v in doc.units[lo : i + 1 + P.MD_REPEAT_PICTURE_REACH])


@rule("dom_kind")
def dom_caption(doc: Doc, i: int) -> Decision | None:
    """HTML: a <figcaption> in or near the article."""
    u = doc.units[i]
    if u.dom_kind == "figcaption" and u.text and near_article(doc, i):
        return (Role.CAPTION, Kind.CAPTION)
    return None
