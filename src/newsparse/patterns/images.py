"""Image references in text dumps, page-chrome images, and the marks of a caption."""

from __future__ import annotations

import re
from typing import Final

from newsparse.patterns.text import WordsHint, words_hint

#: A line that is only an image file name or URL (how dumps show <img> they could not
#: render).
IMAGE_NAME: Final = re.compile(
    r"^\S{0,200}\.(?:jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(?:\?\S{0,200})?$", re.IGNORECASE
)
#: A Markdown dump's picture, ![alt](src "title"), and a line of them (a credit may
#: follow): the line is an image; its last picture is taken (lazy-loading pages put a
#: placeholder first).
_MD_IMAGE: Final = r'!\[(?P<alt>[^\[\]]{0,300})\]\((?P<src>[^()\s]{1,2000})(?:\s+"[^"]*")?\)'
MARKDOWN_IMAGE: Final = re.compile(_MD_IMAGE)
#: A Markdown dump's top heading, "# Headline": the page's <h1>.
MARKDOWN_H1: Final = re.compile(r"^#\s+\S")
#: A Markdown link or picture, its text in group 1: "[Home](/) > [News](/news)" reads as
#: "Home > News" (the slashes of the addresses are no breadcrumb's separators).
MARKDOWN_LINK: Final = re.compile(r"!?\[([^\[\]]{0,300})\]\([^()\s]{0,2000}(?:\s+\"[^\"]*\")?\)")
#: A line that is one Markdown link and nothing else ("[Jane Doe](/author/jane)", a menu
#: item): a link, never the headline (a dump marks its headline "# ...").
MARKDOWN_LINK_LINE: Final = re.compile(r"^\[[^\[\]]{0,300}\]\([^()\s]{0,2000}(?:\s+\"[^\"]*\")?\)$")
#: Markdown around a headline's text ("# ", "**...**"), left out of Article.title.
MARKDOWN_TITLE_MARKS: Final = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)$")
MARKDOWN_IMAGE_LINE: Final = re.compile(
    rf"^(?:{_MD_IMAGE.replace('?P<alt>', '').replace('?P<src>', '')}\s*)+[^\[\]()]{{0,60}}$"
)
#: w3m renders <img alt> as "[alt]"; a line that is only such brackets is an image.
W3M_IMAGE: Final = re.compile(r"^(?:\[[^\[\]]{0,80}\]\s*)+$")
#: Page-chrome images by what their name says (QR codes, report badges, logos).
QR_MARKERS: Final = re.compile(r"二维码|qr[_-]?code|(?<![a-z])qr(?![a-z])|扫码|扫一扫", re.I)
REPORT_MARKERS: Final = re.compile(r"jubao|jbapp|wyjb|举报|不良信息|12377|piyao|辟谣", re.I)
LOGO_MARKERS: Final = re.compile(r"logo|icon|banner|badge|标识|徽标", re.I)
#: Every QR_MARKERS, REPORT_MARKERS and LOGO_MARKERS alternative holds one of these: an
#: image's name (its address and alt, up to 4,000 characters) is searched once, not three
#: times under re.I, and most names hold none.
IMAGE_CHROME_HINT: Final = words_hint(
    (
        *("二维码", "qr", "扫码", "扫一扫"),
        *("jubao", "jbapp", "wyjb", "举报", "不良信息", "12377", "piyao", "辟谣"),
        *("logo", "icon", "banner", "badge", "标识", "徽标"),
    )
)

# --- Captions ----------------------------------------------------------------------

#: Photo credits that end a caption: "（新华社记者 张三 摄）", "Photo: Reuters". (A
#: credit is found by its 摄 at the end; what stands before it needs no pattern, and
#: spelling it out made the engine try 16 characters at every position.)
PHOTO_CREDIT: Final = re.compile(
    r"(?:摄\s*[）)]?\s*$|^(?:图|图片|图为|photo|image|picture)\s*[:：|]"
    r"|\((?:photo|image|picture)[^)]{0,40}\)$|(?:photo|image|picture)\s*(?:credit|by)?\s*[:：]"
    r"|/\s*(?:getty|reuters|ap|afp|epa|shutterstock)\b)",
    re.I,
)
#: A picture credit closing a line: "... Kolonialherrschaft  © AP/dpa | Richard Drew",
#: "(Foto: REUTERS)", "Photo by David Kawai/Bloomberg", "Getty Images/Juanmonino". A
#: caption ends this way, a headline never: text dumps put the lead picture's caption
#: between the headline and the story.
CREDIT_TAIL: Final = re.compile(
    r"(?:(?<=\S)\s*©|\((?:foto|photo|picture|bild|image|archivbild|quelle)\b[^)]*\)|"
    r"\b(?:foto|fotos|photo|photos|bild|bildrechte|rechte|credit|credits)\s*:|\bphoto by\b|"
    r"\btous droits réservés\b|"
    r"\b(?:getty images|imago|picture alliance|shutterstock|istock|dpa|ap photo)\b)"
    r"[^©]{0,80}$",
    re.I,
)
#: Every CREDIT_TAIL alternative holds one of these.
CREDIT_TAIL_HINT: Final = words_hint(
    (
        *("©", "foto", "photo", "picture", "bild", "image", "quelle", "rechte", "credit"),
        *("droits", "getty", "imago", "shutterstock", "istock", "dpa"),
    )
)
#: ... but a line mostly of link text that reads so ("[Photos: the docks through the
#: years](/local/docks-photos)") is a link to a gallery, not a caption's credit.
CREDIT_TAIL_MAX_LINK: Final = 0.5
#: The alt text of a writer's portrait, which w3m prints where the picture stands
#: ("Manoel Cortes Mendez Profile Image", "Jane Doe avatar"): a picture, not a headline.
PORTRAIT_ALT: Final = re.compile(
    r"\b(?:profile (?:image|picture|photo|pic)|avatar|headshot|author (?:image|photo))$",
    re.I,
)
#: Every PHOTO_CREDIT alternative holds one of these (substring searches: cheaper than a
#: regex's scan).
PHOTO_CREDIT_HINT: Final = WordsHint(("摄", "图", "photo", "image", "picture", "/"))
#: A date at the very start of a line: Chinese photo descriptions open this way
#: ("5月13日，...", "2024年5月13日，..."). A year alone ("2024年春节档，...", "2005年，是...")
#: opens a story's paragraph as often: it is no date of a picture.
LEADING_DATE: Final = re.compile(r"^\s*(?:(?:19|20)\d{2}年\d{1,2}月|\d{1,2}月\d{1,2}日)")
#: A caption is one or two sentences; more is a paragraph.
CAPTION_MAX_SENTENCES: Final = 2
#: A caption's image may stand this many blocks of page chrome above it: a picture's
#: overlay ("View 6 Images", "Expand", a share button) comes between the <img> and its
#: <figcaption> when the page sets the caption outside the <figure>.
CAPTION_OWNER_MAX_CHROME: Final = 2
