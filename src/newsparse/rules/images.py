"""Image rules: pictures of the story and page-chrome images (QR codes, report badges,
logos)."""

from __future__ import annotations

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.rules.doc import Decision, Doc, rule
from newsparse.units import Unit


@rule("slot")
def image_slot(doc: Doc, i: int) -> Decision | None:
    """A whitespace-only line with the paragraph indent, between paragraphs of the
    article: the renderer left it where an image stood."""
    u = doc.units[i]
    if not u.slot:
        return None
    if not doc.para_indent or u.indent != doc.para_indent or not doc.in_region(i):
        return None
    for k in range(i + 1, doc.end + 1):
        if not doc.units[k].slot:
            return (Role.IMAGE, Kind.IMAGE)
    return None


@rule("icon")
def icon_image(doc: Doc, i: int) -> Decision | None:
    """An image declared icon-sized (``HTML_ICON_MAX_PX``) is page chrome wherever it
    stands: an icon, a spacer, a tracking pixel or a logo strip."""
    u = doc.units[i]
    return _page_image(u) if u.icon else None


@rule("image_name")
def content_image_name(doc: Doc, i: int) -> Decision | None:
    """An image file name inside the article is a picture of the story."""
    u = doc.units[i]
    if u.image_name and doc.in_region(i) and image_chrome_kind(image_label(u)) is None:
        return (Role.IMAGE, Kind.IMAGE)
    return None


@rule("image_name")
def page_image_name(doc: Doc, i: int) -> Decision | None:
    """An image file name outside the article is page chrome: QR codes, report badges,
    logos."""
    u = doc.units[i]
    return _page_image(u) if u.image_name else None


def _page_image(u: Unit) -> Decision:
    """An image of the page's chrome: a QR code, a report badge, else a page image."""
    return (Role.BOILERPLATE, image_chrome_kind(image_label(u)) or Kind.PAGE_IMAGE)


def image_label(u: Unit) -> str:
    """What names an image: its text (a dump's file name), else (HTML) its src and alt."""
    n = P.IMAGE_LABEL_MAX_CHARS
    return u.text or f"{(u.src or '')[:n]} {(u.alt or '')[:n]}"


def image_chrome_kind(text: str) -> Kind | None:
    """QR code / report badge / logo, by what the image's name says."""
    if not P.hinted(P.IMAGE_CHROME_HINT, text):
        return None  # (most names)
    if P.QR_MARKERS.search(text):
        return Kind.QR_CODE
    if P.REPORT_MARKERS.search(text):
        return Kind.REPORT
    if P.LOGO_MARKERS.search(text):
        return Kind.PAGE_IMAGE
    return None
