"""Markdown dumps (:mod:`newsparse.segment.markdown`, :mod:`newsparse.rules.markdown`): the
bounds of the segmenter and the sniffer, and what a Markdown line's marks cost or earn."""

from __future__ import annotations

import re
from typing import Final

#: A link's text may span lines (html2text writes "[" / "* Home](/)[" for a list inside a
#: link); a bracket left open goes on for at most this many lines, so one stray "[" cannot
#: swallow a page, and only when a link's end "](" closes it within as many lines (a
#: forum's "作者： [name" that nothing closes holds no lines together).
MD_LINK_MAX_LINES: Final = 40
#: A link around paragraphs (html2text writes "[" ... "](url)" around a teaser card's
#: picture, label and summary) spans at most this many blocks in between; a bracket left
#: open longer is a stray one.
MD_LINK_MAX_BLOCKS: Final = 8
#: A line of pictures may end with a short credit ("![](a.jpg) Photo: AP"); longer text
#: beside a picture is a paragraph with an inline image.
MD_IMAGE_LINE_MAX_CHARS: Final = 60
#: How much of a text dump the Markdown sniffer reads (characters): converters put the
#: menus first, and menus are where the links are.
MD_SNIFF_CHARS: Final = 16384
#: A dump is Markdown when it shows at least MD_SNIFF_MIN_KINDS kinds of Markdown's marks
#: (headings, links, pictures, list items, fences, strong emphasis, table rules) and at
#: least MD_SNIFF_MIN_LINKS links or pictures "[..](..)": a plain dump shows no "](",
#: and one stray bracketed note is no evidence. Without links, more kinds are needed.
MD_SNIFF_MIN_KINDS: Final = 2
MD_SNIFF_MIN_LINKS: Final = 2
MD_SNIFF_MIN_KINDS_WITHOUT_LINKS: Final = 3
#: A Markdown level-1 heading is the page's own headline mark: it may be this short
#: ("Mission accomplished!"), where an unmarked line needs TITLE_MIN_UNITS.
MD_TITLE_H1_MIN_UNITS: Final = 2
#: A Markdown dump without a level-1 heading: of its top-level headings above the story, one
#: at most this many lines (non-blank) over the story's start heads it, where the first of
#: that level may be a menu's or a sidebar's (on the corpus's fold A it won one title and
#: lost none; fold B unchanged).
MD_TITLE_NEAR_LINES: Final = 3
#: A Markdown heading below level 1 with a dateline at most this many lines (non-blank)
#: over it is a sub-headline: the page's headline is a plain line above the dateline (no
#: <h1>), which the headline search of plain dumps finds.
MD_TITLE_DATELINE_REACH: Final = 4
#: A Markdown dump with several level-1 headings above the story: the first is the
#: headline when the story's start, a dateline or a byline is at most this many lines
#: (non-blank) under it; else a later one that stands so over the story is (the first is
#: a pop-up's or a panel's; on the corpus's fold A it won one page's headline back from
#: the body, fold B unchanged).
MD_TITLE_H1_REACH: Final = 4
#: A link to a site's home page ("/", "https://example.com/", "/index.html"): a heading
#: that is such a link is the site's name, not the story's headline.
MD_HOME_LINK: Final = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.\w{2,5})?(?:[?#].*)?$")
#: A Markdown line or item with at least this share of its text inside links is a menu or
#: a teaser, even inside the article region (on the corpus, 9 in 10 of such lines' text
#: is not the story's). A story's sentence around a long link (a headline quoted as the
#: link's text: "Prince [Harry made a heartbreaking response ...](/news/...)") keeps a
#: few words of its own outside it, more than a sixth of its text; at 0.8 such sentences
#: were cut from the story (0.85: Markdown body F1 up on both folds).
MD_LINK_LINE_SHARE: Final = 0.85
#: Markdown: what a short line of link text costs the region (REGION_SHORT_COST for a
#: plain dump's short line, which may be a link or not), and what a short line without
#: links costs.
MD_REGION_LINK_LINE_COST: Final = 18
MD_REGION_SHORT_COST: Final = 5
#: Markdown: a teaser card's summary (the text under a picture's linked sub-heading)
#: gains the region its text's score divided by this. html2text keeps the summaries that
#: a browser's dump of the page leaves out; scored in full, a list of cards below the story
#: reads as more story, and the region runs on to the sign-up pitch under it; scored at
#: nothing, two cards between the story's paragraphs cut off the paragraphs below them.
MD_REGION_TEASER_DIVISOR: Final = 2
#: Markdown: a line restating another is a photo description (caption_repeats_text) only
#: with a picture within this many units of it (or as a quote: a pull quote); a dump that
#: shows its pictures puts none by the story's key points or its table of contents, which
#: restate its lines too.
MD_REPEAT_PICTURE_REACH: Final = 2
#: The Markdown blocks that may echo an earlier one (find_echoes): paragraphs, items and
#: quotes of a paragraph's length (a table's rows and a heading may recur in a story).
MD_ECHO_TAGS: Final = frozenset({"p", "li", "blockquote"})
#: A list item that holds a heading ("* # Headline", "4. # Headline"): html2text's
#: <li><h1>, a page that puts its headline as the last item of a breadcrumb list. The
#: group is the heading's marks (its level).
MD_ITEM_HEADING: Final = re.compile(r"^[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+(#{1,6})[ \t]+\S")
#: The query parameters in which share links hand the page's headline to a service
#: (twitter/x "text", whatsapp and telegram "text", linkedin and reddit "title", a mail
#: link's "subject", facebook's "t"): a Markdown dump keeps the links, so it keeps the
#: headline the page declares, as an HTML page's head does.
MD_SHARE_PARAMS: Final = frozenset({"text", "title", "subject", "t"})
#: A share text ends with the page's address ("Headline https://..."); cut it off.
MD_SHARE_URL_TAIL: Final = re.compile(r"[\s:|\-–—]*(?:https?://|www\.)\S*$")
#: A share text shorter than this (characters) is a site's name or a call to action.
MD_SHARE_MIN_CHARS: Final = 10
#: A share text is taken as the headline only when a heading of the dump shows it, and
#: it is at most this many characters longer than that heading (the same headline with
#: other quotes, or without the heading's kicker; a longer one adds " via @site"). One
#: this close to the heading's length restates it: the title keeps the heading's words
#: as the page shows them (on the corpus's two folds, taking the share text's quotes
#: won 2 titles in one and lost 2 in the other); a shorter one drops its kicker.
MD_SHARE_SLACK_CHARS: Final = 2
#: The Markdown sub-headings (html2text's <h2>-<h6>) that markdown_link_heading reads: a
#: level-1 heading that links is the headline's own (the headline rules take it).
MD_SUBHEADING_TAGS: Final = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: A link's address that names its host ("https://...", "//host/...", "mailto:"): any
#: other is a path on the page's own site.
MD_ABSOLUTE_HREF: Final = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")
#: The first characters of a Markdown paragraph that marks its text (emphasis "**Bold**",
#: "_italic_"): a line that starts with none is the text of a bare <div> or <p>, which
#: recurring_label may read as a widget's label.
MD_MARKED_STARTS: Final = frozenset("*_")
#: A Markdown link "[text](destination)" on one line (for the patterns below).
_MD_LINK: Final = r"\[[^\[\]\n]{1,300}\]\([^()\n]{0,2000}\)"
#: Markdown: a line of two or more links joined only by CJK enumeration marks ("、", "："):
#: "[福岡県](..)：[久留米市](..)、[..](..)", a list of linked names in the story (a
#: report's places, people, companies), which menus do not write so (they part their
#: links with spaces, "|" or "·"). On the corpus's fold A it kept one report's rows of
#: places; fold B unchanged (with "," and ";" as joins too, both folds lost).
MD_LINKED_ENUMERATION: Final = re.compile(
    rf"^[ \t]*{_MD_LINK}(?:[ \t]*[、：][ \t]*{_MD_LINK})+[ \t]*$"
)
#: Markdown: a line of pictures whose text beside the picture is more than this share
#: CJK characters is a Chinese page's picture description or credit ("![](a.jpg)
#: 震中地形：...", "图片来源：..."), which the story's text holds as a line of its own
#: (markdown_picture_text). On the corpus's folds: fold A body F1 up (3 pages won, 2
#: lost), fold B up (its zh pages); taken for every script, fold B lost.
MD_PICTURE_TEXT_CJK_SHARE: Final = 0.5
#: Markdown: a list item's label ("Buying options:") is looked for at most this many
#: blocks above a nested item of links (markdown_link_line passes on the sub-list under a
#: label: the story's links, not a menu's).
MD_SUBLIST_REACH: Final = 30
