"""The vocabulary of a parse: :class:`Role`, :class:`Kind` and :class:`ImageRole`."""

from __future__ import annotations

from enum import Enum


class Role(str, Enum):
    """What a block is for, coarsely. The finer label is :class:`Kind`."""

    TITLE = "title"
    METADATA = "metadata"
    BODY = "body"
    HEADING = "heading"
    CAPTION = "caption"
    IMAGE = "image"
    BOILERPLATE = "boilerplate"


class Kind(str, Enum):
    """What a block is, finely: a paragraph, a byline, a copyright notice, ..."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"
    CAPTION = "caption"
    IMAGE = "image"
    BREADCRUMB = "breadcrumb"
    DATELINE = "dateline"
    BYLINE = "byline"
    EDITOR = "editor"
    SOURCE = "source"
    TAGS = "tags"
    COPYRIGHT = "copyright"
    DISCLAIMER = "disclaimer"
    RELATED_LINKS = "related_links"
    NAVIGATION = "navigation"
    SHARE = "share"
    QR_CODE = "qr_code"
    REPORT = "report"
    AD = "ad"
    COMMENT = "comment"
    FOOTER = "footer"
    PAGE_IMAGE = "page_image"
    HIDDEN = "hidden"
    OTHER = "other"


class ImageRole(str, Enum):
    """Whether an image belongs to the story or to the page around it."""

    CONTENT = "content"
    PAGE = "page"
