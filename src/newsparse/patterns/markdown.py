"""Markdown dumps (:mod:`newsparse.segment.markdown`, :mod:`newsparse.rules.markdown`): the
bounds of the segmenter and the sniffer, and what a Markdown line's marks cost or earn."""

from __future__ import annotations

import re
from typing import Final

#: A link's text may span lines (html2text writes "[" / "* Home](/)[" for a list inside a
#: link); a bracket left open goes on for at most this many lines, so one stray "[" cannot
#: swallow a page.
MD_LINK_MAX_LINES: Final = 40
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
#: A link to a site's home page ("/", "https://example.com/", "/index.html"): a heading
#: that is such a link is the site's name, not the story's headline.
MD_HOME_LINK: Final = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.\w{2,5})?(?:[?#].*)?$")
#: A Markdown line or item with at least this share of its text inside links is a menu or
#: a teaser, even inside the article region (on the corpus, 9 in 10 of such lines' text
#: is not the story's).
MD_LINK_LINE_SHARE: Final = 0.8
#: Markdown: what a short line of link text costs the region (REGION_SHORT_COST for a
#: plain dump's short line, which may be a link or not), and what a short line without
#: links costs.
MD_REGION_LINK_LINE_COST: Final = 18
MD_REGION_SHORT_COST: Final = 5
#: The Markdown blocks that may echo an earlier one (find_echoes): paragraphs, items and
#: quotes of running text (a table's rows and a heading may recur in a story).
MD_ECHO_TAGS: Final = frozenset({"p", "li", "blockquote"})
