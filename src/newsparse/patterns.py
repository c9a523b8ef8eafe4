"""Heuristics as data: every marker word, pattern and threshold the rules use.

Rules in :mod:`newsparse.rules` and :mod:`newsparse.metadata` read these names; nothing
else in the package hard-codes a marker. Each entry says why it exists. Patterns are
compiled once at import time; none of them has nested unbounded quantifiers, so matching
is linear in the line length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# --------------------------------------------------------------------------------------
# Characters and sizes
# --------------------------------------------------------------------------------------

#: Han ideographs (incl. ext. A and compatibility), kana and hangul: one CJK character
#: carries about as much text as one Latin word, so it is counted as a word.
_CJK_RANGES: Final = (
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
)
CJK_CHAR: Final = re.compile(f"[{_CJK_RANGES}]")
KANA: Final = re.compile(r"[\u3040-\u30ff]")
HANGUL: Final = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
#: A Latin/Cyrillic/... word; weighted as one unit like a CJK character.
WORD: Final = re.compile(r"[^\W\d_]+", re.UNICODE)
#: For ASCII lines: letters -> "a", anything else -> " ", so that the words can be
#: counted by str.split() (twice as fast as finding them with WORD).
ASCII_WORDS: Final = {i: "a" if chr(i).isalpha() else " " for i in range(128)}

# Hints. Under re.I, an alternation of words is tried word by word at every position of a
# line (about 0.1 µs a character); without re.I the engine skips ahead to the characters
# that can start one of the words. So each slow case-insensitive pattern below that only
# rarely matches has a *hint*: its words case-folded, searched case-sensitively in the
# case-folded line. A hint finds at least every line its pattern finds (tests check it);
# only lines the hint finds run the full pattern. re.I also equates "ı" and "İ" with "i",
# which casefold() does not: a line holding either always passes (:func:`hinted`).


def fold(text: str) -> str:
    """``text`` as the hints read it."""
    return text.casefold()


def hinted(hint: re.Pattern[str], text: str, folded: str | None = None) -> bool:
    """Whether ``text`` may match the pattern ``hint`` stands for; ``folded`` is
    ``fold(text)`` when the caller has it already."""
    folded = fold(text) if folded is None else folded
    return hint.search(folded) is not None or "ı" in folded or "\u0307" in folded


def words_hint(words: Iterable[str], before: str = "") -> re.Pattern[str]:
    """A hint for an alternation of ``words``, each preceded by ``before``. The words are
    grouped by their first character ("a(?:uthors|uthor)|w(?:ritten by|ords by)|..."): the
    engine tries an alternative only where its first character stands, so a position
    costs one test per first character, not one per word (a hint only says whether some
    word is there, not which)."""
    return re.compile(before + "(?:" + _grouped(words) + ")")


def _grouped(words: Iterable[str]) -> str:
    """An alternation of the case-folded ``words``, grouped by first character."""
    by_first: dict[str, list[str]] = {}
    for w in sorted({fold(w) for w in words}, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())


#: Units (CJK characters + words) a line needs before it reads as running text. Below
#: it a line is a label, a menu item, a heading or a caption.
PARAGRAPH_MIN_UNITS: Final = 20
#: A text line's contribution to the article-region score is capped, so that one very
#: long line (a terms-of-service blob) cannot pull a whole footer into the article.
REGION_LINE_CAP: Final = 120
#: A word of an alphabetic script carries about as much as 1.5 CJK characters (a
#: 20-word English sentence and a 30-character Chinese one say about as much).
REGION_WORD_WEIGHT: Final = 1.5
#: Every non-blank line costs this much in the region score: short lines (menus, lists of
#: links, comment metadata) make a region lose score, paragraphs make it gain.
REGION_LINE_COST: Final = 18
#: HTML: a block with more of its text inside links than this is a link list, and pays
#: for its linked words.
REGION_LINK_DENSITY_MAX: Final = 0.5
#: What a short line that does not read as running text costs: bare (menu items,
#: headline links) or punctuated (list and table rows inside a story).
REGION_SHORT_COST: Final = 9
REGION_SHORT_PUNCT_COST: Final = 1
#: Lines with a boilerplate or metadata marker count this much against a region.
REGION_MARKER_PENALTY: Final = 40
#: A sentence-punctuated line is text even when short; this bonus lets a short but real
#: paragraph ("He declined to comment.") pay for itself.
REGION_SENTENCE_BONUS: Final = 6

#: The longest line (in units) that can be a heading or a caption without sentence end.
HEADING_MAX_UNITS: Final = 30
CAPTION_MAX_UNITS: Final = 60
#: What a line marked as a Markdown dump's top heading ("# ...") adds to its title score.
TITLE_MARKDOWN_H1_BONUS: Final = 25
#: How far above the article region (in non-blank lines) the title and dateline are looked
#: for: news pages put them right above the first paragraph, after the menus.
HEADER_WINDOW: Final = 12
#: How far above the region (in non-blank lines) the nearest dateline is still the
#: story's: beyond the header window, pictures, teasers and share bars may intervene.
DATELINE_WINDOW: Final = 40
#: With no dateline above the region, how far below its end (in lines) one is still the
#: story's: blogs sign a post off with its date, before the related posts and footer.
DATELINE_BELOW: Final = 8
#: Lines between a dateline labelled "Updated" and the publication date above it
#: ("Posted on" / date / "Updated at" / date, as a page's elements split them).
DATELINE_PAIR_GAP: Final = 4
#: How far past the region's end metadata (责编, tags) is still looked for.
FOOTER_WINDOW: Final = 12
#: Title length bounds in units: shorter is a menu item, longer is a paragraph.
TITLE_MIN_UNITS: Final = 4
TITLE_MAX_UNITS: Final = 60
#: A JSON-LD headline that repeats the page's description and is longer than this (in
#: units) is an excerpt put in the headline field (og:title then names the headline);
#: a short one is a headline that the description repeats.
TITLE_DESCRIPTION_MIN_UNITS: Final = 30

#: Quotes and brackets that may close a sentence after its final mark.
CLOSING_MARKS: Final = "\"'”’」』）)]"
#: Sentence-final punctuation (CJK and Latin).
SENTENCE_FINAL: Final = "。！？!?….；;।۔؟"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation, possibly followed by closing
    marks (and one final newline): the last character but those, not a scan of the line
    (tests/test_patterns.py holds it to the pattern it replaced)."""
    if text.endswith("\n"):
        text = text[:-1]
    last = text.rstrip(CLOSING_MARKS)[-1:]
    return last != "" and last in SENTENCE_FINAL


#: Any sentence-internal punctuation: running text has it, menus rarely do. A full stop
#: counts when white space follows it. (One character class, the full stop's condition
#: after it: twice as fast as "[...]|\.\s", which tests/test_patterns.py holds it to.)
SENTENCE_PUNCT: Final = re.compile(r"[。！？!?，,；;：:、।۔؟،.](?:(?<=\.)(?=\s)|(?<!\.))")

# --------------------------------------------------------------------------------------
# Image references in text dumps
# --------------------------------------------------------------------------------------

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

# --------------------------------------------------------------------------------------
# Boilerplate markers: (kind, pattern). A line that *starts* with one of these, or is
# short and contains one, is page chrome, whatever its length.
# --------------------------------------------------------------------------------------

#: Legal text, related-content blocks and page furniture, by the words that head them:
#: (kind, pattern, longest line in units it may head or None for any length). Heads
#: that could also open a sentence of the story ("评论员...", "Share prices ...") only
#: count on short lines. Order matters: the first matching kind wins.
BOILERPLATE_HEADS: Final[tuple[tuple[str, re.Pattern[str], int | None], ...]] = (
    (
        "disclaimer",
        re.compile(
            r"^\W{0,3}(免责声明|免责申明|特别声明|郑重声明|免責聲明|disclaimer\b|"
            r"notice: the content above)",
            re.I,
        ),
        None,
    ),
    (
        "copyright",
        re.compile(
            r"^\W{0,3}(版权声明|版权和免责声明|版权所有|版权归|copyright\b|©|\(c\)\s*\d{4}"
            r"|all rights reserved|本网站所刊载|未经.{0,12}授权.{0,12}不得|本文系.{0,20}原创)",
            re.I,
        ),
        None,
    ),
    (
        "related_links",
        re.compile(
            r"^\W{0,3}(相关网站|相关链接|友情链接|相关阅读|相关新闻|相关文章|相关推荐|相关资讯|相关报道|"
            r"相关内容|相关专题|延伸阅读|推荐阅读|"
            r"热门推荐|猜你喜欢|更多精彩|热点新闻|热门文章|排行榜?|精彩推荐|你可能还想看|你可能也喜欢|"
            r"相關新聞|相關文章|相關閱讀|相關報導|延伸閱讀|推薦閱讀|熱門|你可能還想看|你可能也喜歡|"
            r"更多新聞|"
            r"related (articles|stories|news|links|content|topics)|"
            r"recommended|you may also like|you might also like|most (read|popular|viewed)|"
            r"trending|latest news|more stories|top stories)",
            re.I,
        ),
        30,
    ),
    # Inline "read more" links inside a story: chrome, but the story goes on below them.
    (
        "related_inline",
        re.compile(
            r"^\W{0,3}(read more|more from|see also|related:|related article|also read|read also|"
            r"lesen sie (auch|hier|mehr)|mehr zum thema|lire aussi|à lire aussi|leer más|"
            r"leia também|leggi anche)",
            re.I,
        ),
        40,
    ),
    (
        "share",
        re.compile(
            r"^\W{0,3}(分享到|分享至|分享|打印|字号|字体|字大|字小|收藏|纠错|"
            r"share( this| on|$)|tweet$|print$|email$|copy link)",
            re.I,
        ),
        8,
    ),
    (
        "qr_code",
        re.compile(r"^\W{0,3}(扫一扫|扫码|扫描二维码|微信扫一扫|长按识别|二维码)", re.I),
        20,
    ),
    (
        "report",
        re.compile(
            r"^\W{0,3}(举报|违法和不良信息|网上有害信息|不良信息举报|report (this|an?)\b)", re.I
        ),
        20,
    ),
    (
        "comment",
        re.compile(
            r"^\W{0,3}(评论\s*\d*$|发表评论|网友评论|我要评论|查看全部\d*条评论|文明上网|"
            r"評論\s*\d*$|發表評論|網友評論|"
            r"\d+\s*comments?$|leave a (comment|reply)|comments$|join the conversation)",
            re.I,
        ),
        12,
    ),
    ("ad", re.compile(r"^\W{0,3}(广告$|advertisement$|sponsored$|推广$)", re.I), 4),
    # A subscription prompt (paywall, "subscribe to keep reading"): the publisher's offer.
    (
        "subscription",
        re.compile(
            r"^\W{0,3}(有料会員|この記事は有料記事|subscribe to (continue|keep) reading|"
            r"already a subscriber|jetzt abonnieren|abonnieren sie (jetzt|unsere)|"
            r"create a free account to)",
            re.I,
        ),
        40,
    ),
    # A template's placeholder text, left in a hidden tab or an unused slot: never a story.
    ("placeholder", re.compile(r"^\W{0,3}(lorem ipsum dolor)", re.I), None),
    # The head of a bibliography: the sources an encyclopedic page or a paper cites,
    # not its text (with a wiki's "[编辑]" / "[edit]" link beside it).
    (
        "references",
        re.compile(
            r"^\W{0,3}(参考文献|参考资料|参考来源|參考文獻|參考資料|references|bibliography|"
            r"works cited|einzelnachweise|literaturverzeichnis|bibliographie|références|"
            r"referencias|riferimenti|bibliografia)\s*(\[[^\]]{1,12}\])?$",
            re.I,
        ),
        6,
    ),
    # a cookie-consent panel, in the page's markup whether or not it is shown
    (
        "consent",
        re.compile(
            r"^\W{0,3}(privacy preference center|manage (consent|cookie) preferences|"
            r"cookie (preferences|details|declaration|consent)|your privacy( choices)?$|"
            r"we value your privacy|this (web)?site uses cookies|we use cookies|"
            r"accept all cookies|always active$|strictly necessary cookies)",
            re.I,
        ),
        40,
    ),
    (
        "footer",
        re.compile(
            r"^\W{0,3}(关于我们|联系我们|网站地图|隐私政策|服务协议|用户协议|法律声明|"
            r"關於我們|聯絡我們|服務條款|私隱政策|隱私權政策|使用條款|"
            r"[京沪粤浙苏]?icp|网络文化经营许可证|互联网新闻信息服务许可证|"
            r"about us|contact us|privacy policy|terms of (use|service)|cookie (policy|settings)|"
            r"sitemap)",
            re.I,
        ),
        40,
    ),
)

#: Every head above opens with this: a few non-word characters at the start of the line
#: (tests/test_rules.py checks that each does).
HEAD_START: Final = r"^\W{0,3}"
#: All heads in one alternation behind that shared start: a single match tells whether
#: any head can match (anchored once, not once per alternative).
BOILERPLATE_ANY_HEAD: Final = re.compile(
    HEAD_START
    + "(?:"
    + "|".join(f"(?:{p.pattern[len(HEAD_START) :]})" for _, p, _ in BOILERPLATE_HEADS)
    + ")",
    re.I,
)
#: Its hint (see :func:`hinted`): the same alternation, case-sensitive, for the case-folded
#: line. The heads are written in lower case for it (tests/test_patterns.py checks that
#: they are); the case-sensitive engine skips an alternative on its first character.
BOILERPLATE_HEAD_HINT: Final = re.compile(BOILERPLATE_ANY_HEAD.pattern)

#: Legal phrases that mark a line as a copyright notice wherever they stand in it
#: ("39健康网专稿，未经书面授权请勿转载。"); only on lines no longer than a notice.
COPYRIGHT_ANYWHERE: Final = re.compile(
    r"未经.{0,12}(授权|许可|同意).{0,12}(不得|请勿|禁止|严禁).{0,6}(转载|使用|复制)|转载请注明|"
    r"版权所有|all rights reserved",
    re.I,
)
COPYRIGHT_ANYWHERE_MAX_UNITS: Final = 80
#: Every COPYRIGHT_ANYWHERE alternative holds one of these words.
COPYRIGHT_ANYWHERE_HINT: Final = words_hint(
    ("未经", "转载请注明", "版权所有", "all rights reserved")
)
#: A share bar written out: "Facebook Twitter Flipboard Send Xing Messenger". Social
#: networks' names (case-folded), and the words share bars put between them.
SOCIAL_NETWORKS: Final = frozenset(
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "pinterest",
        "reddit", "tumblr", "flipboard", "messenger", "bluesky", "threads", "xing",
        "instagram", "youtube", "tiktok", "pocket", "ycombinator", "mastodon", "viber",
        "weibo", "wechat", "qq", "qzone", "微信", "微博", "vk", "line", "snapchat",
    }
)  # fmt: skip
SHARE_BAR_FILLERS: Final = frozenset(
    {"share", "send", "email", "e-mail", "mail", "print", "copy", "link", "via", "on"}
)
#: At least this many network names, and nothing but names and fillers.
SHARE_BAR_MIN_NETWORKS: Final = 3
#: Boilerplate kinds that close an article: a region pays dearly to run past one.
REGION_BARRIER_KINDS: Final = frozenset(
    {"related_links", "comment", "footer", "disclaimer", "consent", "references"}
)
REGION_BARRIER_PENALTY: Final = 150
#: Boilerplate that neither costs nor pays in the region score: placeholder text sits in a
#: template's slots wherever they are, inside the story's element or not.
REGION_NEUTRAL_KINDS: Final = frozenset({"placeholder"})
#: Heads that end the region wherever they stand in it, however much text follows: a
#: bibliography comes after the story's text, never between two of its paragraphs.
REGION_END_KINDS: Final = frozenset({"references"})
#: Heads below which running text is teasers or comments, until a dateline or byline
#: starts a story again.
REGION_ZONE_KINDS: Final = frozenset({"related_links", "comment", "consent"})
#: ... but only once a story has been seen above (menus at the top name "Trending" too).
REGION_ZONE_AFTER: Final = 150
#: A line of only digits, dates and times ("04-09", "05-11  2271", "00:35"): the
#: metadata of a list item (a teaser, a comment), never a sentence of a story.
NUMERIC_LINE: Final = re.compile(r"^[\d\s\-:/.,年月日|·•]+$")
REGION_NUMERIC_COST: Final = 20

#: Marks that cannot open a sentence: a line that opens with one goes on with the
#: sentence above it, when a dump breaks at every link ("Drake Maye" / ", but ...").
CLOSING_MARKS_AT_START: Final = frozenset(",.;:!?)]}。，；：！？、）】」』”’")
#: A dump is broken at inline elements once this many links sit alone on their lines
#: between the sentence's two halves (none of the corpus's 677 rendered dumps, nor 340
#: lynx dumps, shows even three; half of get_text("\n") dumps show three or more).
INLINE_SPLIT_MIN_LINKS: Final = 3
#: Boilerplate head kinds that are finer than, and reported as, a Kind.
KIND_ALIASES: Final[dict[str, str]] = {
    "subscription": "other",
    "placeholder": "other",
    "references": "other",
    "related_inline": "related_links",
    "link_list": "other",
    "consent": "other",
}
#: A line that is only a web address, maybe numbered: the list of a page's links that
#: lynx prints under "References" ("  41. https://..."), a pasted address. Long, and
#: full of word-like pieces, it would otherwise score as running text.
LINK_LIST_LINE: Final = re.compile(
    r"^\s*(?:\d{1,5}\.\s+|[*•-]\s+)?(?:https?|ftp|file|mailto):\S*\s*$", re.I
)


def link_list_line(text: str) -> bool:
    """Whether ``text`` is a :data:`LINK_LIST_LINE` (the colon test rules out most lines)."""
    return ":" in text and LINK_LIST_LINE.match(text) is not None


#: A URL in running text (breadcrumbs never hold one).
URL: Final = re.compile(r"https?://|www\.", re.I)


def find_url(text: str) -> bool:
    """True when ``text`` holds a URL."""
    return URL.search(text) is not None


# --------------------------------------------------------------------------------------
# Metadata labels
# --------------------------------------------------------------------------------------

#: Separator between a Chinese label and its value: full- or half-width colon, or
#: whitespace after a short label ("来源 新华社").
_SEP: Final = r"\s*[:：]\s*|\s+"

#: Labelled fields: field name -> label words. A line may hold several ("来源：X 作者：Y").
FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    # Latin-script labels need a colon (see labelled_fields): "Autor: Anna Roth".
    "source": (
        "来源",
        "稿源",
        "出处",
        "转载自",
        "信息来源",
        "文章来源",
        "Source",
        "Quelle",
        "Fuente",
        "Fonte",
        "Bron",
    ),
    "authors": (
        "作者",
        "记者",
        "撰文",
        "文",
        "通讯员",
        "本报记者",
        "特约记者",
        "撰稿",
        "摄影",
        "图",
        "Author",
        "Authors",
        "Written by",
        "Words by",
        "Autor",
        "Autorin",
        "Autoren",
        "Auteur",
        "Autore",
        "Autores",
    ),
    "editors": (
        "责任编辑",
        "责编",
        "编辑",
        "审核",
        "校对",
        "主编",
        "值班编辑",
        "审校",
        "终审",
        "初审",
        "复审",
        "Editor",
        "Edited by",
    ),
    "published": (
        "发布时间",
        "发表时间",
        "发布日期",
        "时间",
        "日期",
        "更新时间",
        "Published",
        "Posted",
        "Date",
        "Updated",
        "Last updated",
        "Modified",
        "Veröffentlicht",
        "Aktualisiert",
        "Stand",
        "Publié",
        "Mis à jour",
        "Publicado",
        "Actualizado",
        "Pubblicato",
        "Aggiornato",
        "Gepubliceerd",
        "Bijgewerkt",
    ),
    "tags": ("标签", "关键词", "关键字", "Tags", "Keywords", "Topics"),
    "original_title": ("原标题", "Original title"),
    "subtitle": ("副标题", "副题", "引题", "Subtitle"),
}

#: Label words (lower case) whose value is a *modification* time, not the publication
#: time ("Stand: 12.03.2024" is the time a German page was last brought up to date).
MODIFIED_LABELS: Final = frozenset(
    {
        "更新时间",
        "updated",
        "last updated",
        "modified",
        "aktualisiert",
        "stand",
        "mis à jour",
        "actualizado",
        "aggiornato",
        "bijgewerkt",
    }
)


def _label_alternation() -> str:
    labels = sorted({w for ws in FIELD_LABELS.values() for w in ws}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in labels)


#: One "label: value" pair; values run until the next label or a wide gap.
FIELD: Final = re.compile(
    # (a label opens the line or follows a space, a bracket or a bar; said as "not after
    # anything else", which the regex engine tests faster than "^ or after one of these")
    r"(?<![^\s\[【（(|｜/])(?P<label>" + _label_alternation() + r")"
    r"(?:\s*[:：]\s*|\s+(?=\S))(?P<value>.*?)(?=\s+(?:" + _label_alternation() + r")\s*[:：]|"
    r"\s{2,}|\s*[|｜]|[\]】）)]|$)",
    re.I,
)
#: Where FIELD can match: a label word where FIELD accepts one.
FIELD_HINT: Final = words_hint(
    (w for ws in FIELD_LABELS.values() for w in ws), before=r"(?<![^\s\[【（(|｜/])"
)
#: A Chinese sub-headline (副题) sits right under the headline and opens with a dash.
SUBTITLE_DASH: Final = re.compile(r"^(?:——|—|－－|--)\s*\S")
#: Labels that need a colon to count (single characters like 文/图 are too common in
#: ordinary words to accept "文 张三").
COLON_REQUIRED_LABELS: Final = frozenset(
    {
        "文",
        "图",
        "时间",
        "日期",
        "Date",
        "Source",
        "Tags",
        "Author",
        "Editor",
        "编辑",
        "Topics",
        "Keywords",
    }
)
#: "(记者 张三 李四)" style credit inside a paragraph start.
CREDIT_PAREN: Final = re.compile(
    r"^[（(【\[]\s*(?:本报)?(?:记者|通讯员|作者)\s*[:：]?\s*([^）)】\]]{1,40})[）)】\]]"
)

#: English byline: "By Jane Doe and John Roe", "BY JANE DOE | Reuters".
BYLINE_EN: Final = re.compile(
    r"^(?:[Ww]ritten\s+)?(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR)\s+"
    r"(?P<names>[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*"
    r"(?:[\s,]+(?:and\s+|und\s+|y\s+|et\s+|&\s+)?[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*){0,12})"
)
#: Name separators inside a byline value.
NAME_SPLIT: Final = re.compile(r"\s*(?:[,，、;；/|｜&]|\b(?:and|und|et|y)\b|\s{2,}|\s+和\s+)\s*")
NAME_SPLIT_CJK: Final = re.compile(r"\s*(?:[,，、;；/|｜&和]|\band\b)\s*|\s+")
#: Tag list separators.
TAG_SPLIT: Final = re.compile(r"\s*[,，、;；|｜/#]\s*|\s+")

#: A name is short; anything longer is a sentence that happened to follow a label.
NAME_MAX_CHARS: Final = 40

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

MONTHS: Final[dict[str, int]] = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "januar", "janvier", "enero", "gennaio"),
            ("feb", "february", "februar", "février", "febrero", "febbraio"),
            ("mar", "march", "märz", "mars", "marzo"),
            ("apr", "april", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio"),
            ("jun", "june", "juni", "juin", "junio", "giugno"),
            ("jul", "july", "juli", "juillet", "julio", "luglio"),
            ("aug", "august", "août", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre"),
            ("oct", "october", "oktober", "octobre", "octubre", "ottobre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dezember", "décembre", "diciembre", "dicembre"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME: Final = (
    r"(?:[T\s,]*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?[秒分]?"
    r"(?:\.\d{1,6})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|CST|EST|EDT|PST|PDT|CET|CEST|BST|JST|KST)?"
)
#: Browsers' innerText runs inline elements together: "ByJane RoeMar 5, 2025",
#: "Publiziert6. November 2025", "June 29, 2020November 12, 2021", "Apr 28 20232:23 PM".
#: A named date may start inside a word where a capital follows a small letter or a
#: digit, and its year may run into a capital or a time.
_GLUED_START: Final = r"(?:\b|(?-i:(?<=[a-z0-9])(?=[A-Z])))"
_GLUED_END: Final = r"(?:\b|(?=\d{1,2}:\d{2})|(?-i:(?=[A-Z])))"
#: Date forms, most specific first; each yields groups y, m, d and the time groups.
DATE_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    # 2019-07-23 18:45, 2019/07/23, 2019.07.23, ISO 8601
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)" + _TIME, re.I
    ),
    # 2019年7月23日 18:45, 2019年07月23日18时45分
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME, re.I
    ),
    # July 23, 2019 / Jul. 23 2019
    re.compile(
        _GLUED_START + r"(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"(?P<y>(?:19|20)\d{2})" + _GLUED_END + _TIME,
        re.I,
    ),
    # 23 July 2019 / 23. Juli 2019
    re.compile(
        r"(?:\b|(?<=[^\W\d_]))(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<mon>"
        + _MONTH_NAMES
        + r")\.?,?\s+(?P<y>(?:19|20)\d{2})"
        + _GLUED_END
        + _TIME,
        re.I,
    ),
    # 23.07.2019, 06. 01. 2026 (European day-first)
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME
    ),
    # 23/07/2019 (day-first, as written outside the US; 07/23/2019 is read month-first
    # because 23 cannot be a month)
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME),
)
#: Every date form above holds a four-digit year; lines without one skip them all.
YEAR: Final = re.compile(r"(?:19|20)\d{2}")
#: The forms above that name the month, and their hint: a month's name.
DATE_NAMED_MONTH: Final = frozenset({DATE_PATTERNS[2], DATE_PATTERNS[3]})
_MONTHS_FOLDED: Final = _grouped(MONTHS)
#: (a month name before or after a day number, anywhere: the names may be glued on)
MONTH_HINT: Final = re.compile(
    rf"(?:{_MONTHS_FOLDED})\.?,?\s+\d|\d(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS_FOLDED})"
)
#: Named zones the date patterns accept, as UTC offsets in minutes.
TZ_OFFSETS: Final[dict[str, int]] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "CST": 8 * 60,
    "EST": -5 * 60,
    "EDT": -4 * 60,
    "PST": -8 * 60,
    "PDT": -7 * 60,
    "CET": 60,
    "CEST": 120,
    "BST": 60,
    "JST": 540,
    "KST": 540,
}
#: How far (days) the day a page shows may lie from its declared modification time and
#: still be that time: the declared time is often UTC, the shown day local.
SHOWN_UPDATE_MAX_DAYS: Final = 1
#: When a Chinese-language page gives no zone, Beijing time is by far the likeliest.
CHINA_OFFSET_MINUTES: Final = 8 * 60
#: Of those, the labels that say a date is the publication's.
PUBLISHED_LABELS: Final = frozenset({"published", "posted"})
#: English publication labels that lead a dateline without a colon.
EN_DATE_LABEL: Final = re.compile(
    r"^(?P<label>published|posted|updated|last updated|modified)"
    r"\b\s*(?:on|at)?\s*[:：]?\s*",
    re.I,
)


def en_date_label(text: str) -> str | None:
    """The :data:`EN_DATE_LABEL` that ``text`` opens with, in lower case, or None."""
    m = EN_DATE_LABEL.match(text)
    return m.group("label").lower() if m else None


# --------------------------------------------------------------------------------------
# Breadcrumbs and navigation
# --------------------------------------------------------------------------------------

#: Breadcrumb separators: ">", "›", "»", "＞", "/", "→", "|" between short items.
BREADCRUMB_SEP: Final = re.compile(r"\s*(?:>>?|›|»|＞|→|/|\\)\s*")
#: The separator characters alone: whether a line can hold a trail at all (one fast scan;
#: the pattern above, opening on ``\s*``, tries every position).
BREADCRUMB_SEP_CHAR: Final = re.compile(r"[>›»＞→/\\]")
#: "You are here" markers that end or start a breadcrumb and are not sections.
BREADCRUMB_NOISE: Final = frozenset(
    {
        "正文",
        "正文内容",
        "内容",
        "当前位置",
        "您的位置",
        "你的位置",
        "当前位置：",
        "您现在的位置",
        "you are here",
        "home",
    }
)
#: Breadcrumb items are short; a longer piece is a headline, not a section name.
BREADCRUMB_ITEM_MAX: Final = 16
BREADCRUMB_ITEM_MAX_CHARS: Final = 40
#: First breadcrumb items that are not the site's name.
HOME_WORDS: Final = frozenset(
    {"首页", "主页", "home", "网站首页", "startseite", "accueil", "inicio"}
)
#: w3m/markdown bullets that start list items.
BULLET: Final = re.compile(r"^(?:[•·▪◦●○■□\-*+]|\d{1,2}[.)、])\s+")

#: Page-furniture words that form whole lines in navigation menus.
NAV_WORDS: Final = frozenset(
    {
        "首页",
        "登录",
        "注册",
        "搜索",
        "更多",
        "返回顶部",
        "返回首页",
        "下一页",
        "上一页",
        "打印",
        "关闭",
        "关闭窗口",
        "收藏",
        "分享",
        "回复",
        "点赞",
        "查看更多",
        "加载更多",
        "展开全文",
        "home",
        "login",
        "log in",
        "sign in",
        "sign up",
        "subscribe",
        "search",
        "menu",
        "share",
        "next",
        "previous",
        "close",
        "more",
        "print",
        "skip to main content",
        "back to top",
    }
)

# --------------------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------------------

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
    r"\b(?:foto|fotos|photo|photos|bild|credit|credits)\s*:|\bphoto by\b|"
    r"\btous droits réservés\b|"
    r"\b(?:getty images|imago|picture alliance|shutterstock|istock|dpa|ap photo)\b)"
    r"[^©]{0,80}$",
    re.I,
)
#: Every PHOTO_CREDIT alternative holds one of these.
PHOTO_CREDIT_HINT: Final = words_hint(("摄", "图", "photo", "image", "picture", "/"))
#: A date at the very start of a line: Chinese photo descriptions open this way.
LEADING_DATE: Final = re.compile(r"^\s*(?:(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日)")
#: A caption is one or two sentences; more is a paragraph.
CAPTION_MAX_SENTENCES: Final = 2

# --------------------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------------------

#: Share of CJK units above which text counts as CJK-language.
CJK_LANGUAGE_SHARE: Final = 0.3
#: Frequent function words per language, for a cheap guess on Latin-script text.
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "was",
            "on",
            "as",
            "by",
            "it",
            "are",
            "from",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "den",
            "von",
            "zu",
            "ein",
            "eine",
            "sich",
            "auf",
            "für",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "un",
            "pour",
            "dans",
            "que",
            "qui",
            "du",
            "sur",
            "pas",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "por",
            "una",
            "con",
            "para",
            "del",
            "se",
            "es",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "che",
            "è",
            "per",
            "una",
            "con",
            "del",
            "non",
            "sono",
            "della",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "e",
            "de",
            "que",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "do",
            "da",
            "por",
        ]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "met", "voor", "niet", "zijn"]
    ),
    "ru": frozenset(
        ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "к", "но", "за"]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi"]
    ),
    "pl": frozenset(["i", "w", "na", "z", "że", "się", "do", "nie", "jest", "to", "od", "po"]),
    "id": frozenset(
        ["yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "dalam"]
    ),
}

# ======================================================================================
# HTML (owned by the HTML path: segment_html.py and the dom_* / html_* rules)
# ======================================================================================

#: Elements whose content is never page text: dropped with their subtree (the tail text
#: after them is kept).
HTML_DROP_TAGS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "option",
        "datalist",
        "textarea",
        "input",
        "audio",
        "video",
        "source",
        "track",
        "map",
        "area",
        "link",
        "meta",
        "base",
        "dialog",
    }
)
#: Inline (phrasing) elements: their text joins the block around them (<br> and <img> are
#: handled apart). Every other element (including unknown custom elements, which mostly
#: wrap blocks) starts a new block.
HTML_INLINE_TAGS: Final = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "button",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "rb",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
#: Elements that say what their content is by their tag alone.
HTML_KIND_TAGS: Final[dict[str, str]] = {
    "nav": "nav",
    "footer": "footer",
    "aside": "aside",
    "header": "header",
    "figcaption": "figcaption",
    "menu": "nav",
}
#: ARIA landmark roles -> DOM kind.
HTML_KIND_ROLES: Final[dict[str, str]] = {
    "navigation": "nav",
    "menubar": "nav",
    "menu": "nav",
    "contentinfo": "footer",
    "complementary": "aside",
    "banner": "header",
}
#: class/id tokens (split at non-alphanumerics, lowercased) -> DOM kind. Whole tokens
#: only: "nav" in "main-nav", never in "canvas". Checked in this order.
HTML_KIND_TOKENS: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    (
        "comment",
        frozenset(
            {"comment", "comments", "commentlist", "disqus", "replies", "discuss", "pinglun"}
        ),
    ),
    (
        "nav",
        frozenset(
            {
                "nav",
                "navbar",
                "navigation",
                "menu",
                "menubar",
                "topnav",
                "subnav",
                "mainnav",
                "pagination",
                "pager",
                "skip",
                "daohang",
            }
        ),
    ),
    (
        "footer",
        frozenset({"footer", "foot", "copyright", "colophon", "sitefooter", "bottombar"}),
    ),
    (
        "related",
        frozenset(
            {
                "related",
                "relate",
                "recommend",
                "recommended",
                "recommendation",
                "recommendations",
                "morenews",
                "readmore",
                "hot",
                "hotnews",
                "rank",
                "ranking",
                "popular",
                "trending",
                "outbrain",
                "taboola",
                "xgyd",
                "xgxw",
                "tuijian",
            }
        ),
    ),
    ("share", frozenset({"share", "sharing", "social", "sns", "fenxiang", "bdshare"})),
    (
        "ad",
        frozenset({"ad", "ads", "advert", "advertisement", "adsbygoogle", "sponsor", "promo"}),
    ),
    ("aside", frozenset({"sidebar", "aside", "rail", "sidebox"})),
    ("header", frozenset({"header", "masthead", "topbar", "sitehead"})),
    (
        "consent",
        frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebanner"}),
    ),
    # the publisher's own prompts: newsletter sign-up, paywall and log-in panels
    (
        "subscribe",
        frozenset({"newsletter", "subscribe", "subscription", "regwall", "signup", "login"}),
    ),
)
#: DOM kinds that are page chrome; the ``dom_boilerplate`` rule maps them to a Kind name.
HTML_BOILERPLATE_KINDS: Final[dict[str, str]] = {
    "nav": "navigation",
    "footer": "footer",
    "aside": "other",
    "comment": "comment",
    "related": "related_links",
    "share": "share",
    "ad": "ad",
    "consent": "other",
    "subscribe": "other",
    "html_comment": "other",  # text read from <!-- --> (segment_html._read_comments)
}
#: A class/id mark is ignored when the marked element holds more than this share of the
#: page's text (``<div class="wrap has-sidebar">`` around everything is not a sidebar).
HTML_MARK_MAX_SHARE: Final = 0.4
#: Attributes that hold the real image address on lazy-loading pages, most specific first.
HTML_LAZY_SRC_ATTRS: Final = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-actualsrc",
    "data-original-src",
    "data-url",
)
HTML_SRCSET_ATTRS: Final = ("srcset", "data-srcset", "data-lazy-srcset")
#: Images declared this small (px) are icons, spacers and tracking pixels: not units.
HTML_ICON_MAX_PX: Final = 40
#: Inline style that hides an element.
HTML_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

#: Whole class names that CSS frameworks define as display:none (Bootstrap, Tailwind,
#: Foundation, Bulma): pages ship paywall and sign-in panels hidden this way.
HTML_HIDDEN_CLASSES: Final = frozenset({"hidden", "d-none", "hide", "is-hidden", "invisible"})
#: Every name above holds one of these: a class attribute without any is not split.
HTML_HIDDEN_CLASS_HINT: Final = re.compile("hid|none|invisible")
#: A class that shows an element (at some screen size: "md:block", "d-md-flex",
#: "visible-lg"; or at all: "flex", "block"): with it, which class wins is up to the CSS.
HTML_SHOWN_CLASS: Final = re.compile(
    r"[a-z0-9]+:|d-[a-z]+-(?!none)|visible-|(?:inline-)?(?:flex|block|grid|table)$"
)

#: schema.org types whose JSON-LD object describes the article.
JSONLD_ARTICLE_TYPES: Final = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenews",
        "blogposting",
        "liveblogposting",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "socialmediaposting",
        "report",
    }
)
#: <meta> names/properties/itemprops for each hint, most reliable first. Chinese CMS
#: conventions (publishdate, pubtime, source, ...) included.
META_TITLE: Final = ("og:title", "twitter:title", "headline", "title", "dc.title")
META_SITE_NAME: Final = ("og:site_name", "application-name", "sitename", "site_name", "site")
META_PUBLISHED: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "pubtime",
    "publish_time",
    "publishtime",
    "publish-date",
    "publication_date",
    "published",
    # Highwire Press tags (Google Scholar's convention; journals, preprint servers)
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "article.published",
    "firstpublishedtime",
    "weibo:article:create_at",
)
META_MODIFIED: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmodified",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
META_AUTHOR: Final = (
    "article:author",
    "author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "twitter:creator",
)
META_SOURCE: Final = ("source", "contentsource", "mediaid", "article:source")
META_TAGS: Final = ("article:tag", "news_keywords", "keywords", "parsely-tags")
META_DESCRIPTION: Final = ("og:description", "description", "twitter:description")
#: Separators between a headline and the site/channel names in <title>:
#: "Headline - Site", "Headline | Site", "标题_频道_站点", "标题—站点", "标题｜站点".
TITLE_SEPARATOR: Final = re.compile(
    r"\s+[-–—|·•:»]{1,2}\s+|\s*[_｜|]\s*|\s*(?:--|——|—|–)\s*"
    r"|(?<=[\u3400-\u9fff」』”）])-(?=[\u3400-\u9fff])"
)
#: An HTML entity left in text that should already be decoded (metadata escaped twice).
LEFTOVER_ENTITY: Final = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)
#: Invisible formatting characters that Article.title leaves out (the headline's block
#: keeps them): soft hyphens (German and Icelandic sites hyphenate their <h1> with
#: &shy;), zero-width spaces, word joiners and a stray byte-order mark. They split
#: words for anyone who compares or searches titles. (Not the zero-width joiners, which
#: shape Indic, Persian and emoji text.)
TITLE_INVISIBLE: Final = str.maketrans("", "", "\xad\u200b\u2060\ufeff")
#: A trailing <title> part longer than this (in characters) is part of the headline.
TITLE_SUFFIX_MAX_CHARS: Final = 40
#: Keyword list separators in <meta name="keywords"> (not spaces: "climate change").
META_TAG_SPLIT: Final = re.compile(r"\s*[,，、;；|｜]\s*")
#: What a chrome unit (related box, ad, share bar) costs the region when it sits inside the
#: element that holds the article's paragraphs (found by segment_html.mark_main).
HTML_MAIN_CHROME_COST: Final = 4
#: class/id tokens that say an element holds the story (weigh the main-container choice).
HTML_CONTENT_TOKENS: Final = frozenset(
    {
        "article",
        "articlebody",
        "content",
        "body",
        "main",
        "story",
        "post",
        "entry",
        "text",
        "blog",
        "detail",
        "editor",
        "zhengwen",
        "contentmain",
        "artibody",
    }
)
#: Score weights of the main-container choice: a class/id token for content or chrome,
#: an <article> / itemprop="articleBody" element.
HTML_MAIN_CLASS_WEIGHT: Final = 25.0
HTML_MAIN_ARTICLE_WEIGHT: Final = 25.0
#: Units shorter than this (characters) or with more of their text in links do not vote.
HTML_MAIN_MIN_CHARS: Final = 25
HTML_MAIN_MAX_LINK_DENSITY: Final = 0.33
#: The article's container starts at most this many units before the headline (or holds
#: it), or at most HTML_MAIN_TITLE_AFTER after it; a candidate elsewhere (a recommended
#: story further down) has its score multiplied by HTML_MAIN_FAR_FACTOR.
HTML_MAIN_TITLE_BEFORE: Final = 10
HTML_MAIN_TITLE_AFTER: Final = 15
HTML_MAIN_FAR_FACTOR: Final = 0.4
#: class/id tokens that name the story itself: an element named with one of these (and no
#: chrome token) cancels the boilerplate marks of its ancestors.
HTML_ARTICLE_TOKENS: Final = frozenset(
    {"article", "articlebody", "story", "entry", "artibody", "zhengwen", "post"}
)
#: class tokens that name a part of the story's body: a story split into several
#: containers of such a class is one story (not "text", which page builders give every
#: block: "wpb_text_column").
HTML_PART_TOKENS: Final = HTML_ARTICLE_TOKENS | {"body", "content"}
#: What running text outside the article's element is worth in the region score, as a
#: share of its usual score (only when that element sits under the headline).
HTML_OUTSIDE_MAIN_FACTOR: Final = 0.7
#: Tags whose short text inside the story's element is the story's own (a one-line post,
#: a list of points); a short <div> there is a widget's line (views, likes, "subscribe").
HTML_MAIN_TEXT_TAGS: Final = frozenset({"p", "li", "dd", "blockquote"})
#: A table right after the region's last paragraph, inside the story's element, is the
#: story's when it has at least this many cells (one or two are a layout's button).
CLOSING_TABLE_MIN_CELLS: Final = 4
#: DOM kinds whose mark holds however much text it wraps (a cookie notice can be longer
#: than the story).
HTML_SURE_KINDS: Final = frozenset({"consent"})


# --------------------------------------------------------------------------------------
# Thresholds of the rules (rules.py)
# --------------------------------------------------------------------------------------

#: Words (or CJK characters) a dateline may carry besides its date: a source, a label.
DATELINE_MAX_REST_UNITS: Final = 14
#: A date that says when something ends, not when the story appeared: a video's
#: "Verfügbar bis 06.05.2024", an offer's "valid until ...".
EXPIRY_DATE: Final = re.compile(
    r"\b(?:verfügbar bis|available until|expires?|gültig bis|valid until|disponible jusqu)"
    r"|有效期|截止",
    re.I,
)
#: How many lines above a region a dateline may sit and still vouch for it.
REGION_HEADER_LOOKBACK: Final = 6
#: What a dateline right above a run of text is worth, in region-score points: about
#: one solid paragraph, so a short story under its dateline beats a longer comment
#: thread or link list further down.
REGION_HEADER_BONUS: Final = 80
#: An <h1> and a title hint that contain one another match when the shorter is at least
#: this share of the longer (a headline under a " - Site" suffix, not the site's logo).
TITLE_HINT_MIN_SHARE: Final = 0.5
#: What a full stop or a run of clauses costs a headline candidate. Ledes, standfirsts and
#: captions sit between a dump's headline and its body and end their sentences; headlines
#: do not. The cost outweighs what length (at most 26) and nearness (at most 10) can add,
#: so such a line wins only with a dateline under it or a repeat elsewhere (15 before:
#: text-dump titles 33.6% -> 38.2% on the dev corpus, body F1 unchanged).
TITLE_SENTENCE_PENALTY: Final = 40
#: Commas and colons a headline may hold.
TITLE_MAX_PUNCT: Final = 2
#: What it is worth for a headline candidate to occur again elsewhere on the page.
TITLE_REPEAT_BONUS: Final = 12
#: Lines shorter than this are too short to call a repeat with confidence.
REPEAT_MIN_UNITS: Final = 10
#: Lines longer than a caption are paragraphs, even when they restate something.
REPEAT_MAX_UNITS: Final = CAPTION_MAX_UNITS
#: When more than this share of the region's lines repeat each other, repetition is the
#: page's nature (a list, a template), not a sign of restated captions.
REPEAT_MAX_REGION_SHARE: Final = 0.3
#: Share of a line's shingles found elsewhere that makes it a repeat.
REPEAT_SHARE: Final = 0.6
#: A labelled line longer than this is a paragraph that starts with a label word.
LABELLED_MAX_UNITS: Final = 60
#: Share of a line its "label: value" fields must cover for it to be a metadata line
#: ("来源：新华社 作者：张三" is all fields; "张三作者的新书" merely holds a label word).
LABELLED_MIN_COVER: Final = 0.5
#: A one- or two-sentence photo description may run this long.
CAPTION_SENTENCE_MAX_UNITS: Final = 90
#: Commas and colons a heading may hold ("Trends, risks and the way ahead").
HEADING_MAX_PUNCT: Final = 2


# --------------------------------------------------------------------------------------
# Metadata thresholds (metadata.py)
# --------------------------------------------------------------------------------------

#: The outlet name beside a dateline is short; more is a sentence.
DATELINE_SOURCE_MAX_UNITS = 8
#: How much text the language guess reads.
LANGUAGE_SAMPLE_CHARS = 4000
#: Function words are ~20-40% of running text in these languages; below 8% no guess.
LANGUAGE_MIN_STOPWORD_SHARE = 0.08


# --------------------------------------------------------------------------------------
# Text-dump segmentation (segment_text.py)
# --------------------------------------------------------------------------------------

#: A wrapped line ends within this many columns of the document's right margin (a long
#: word that did not fit moved to the next line).
WRAP_SLACK: Final = 24
#: At least this many lines must reach the margin before the document counts as wrapped.
WRAP_MIN_LINES: Final = 4
#: Renderers wrap at 60 columns or more (w3m's default is 80); a narrower "margin" is just
#: the longest of some short lines.
WRAP_MIN_WIDTH: Final = 60
#: Renderers wrap at a fixed column; a "margin" wider than this is just a long paragraph.
WRAP_MAX_WIDTH: Final = 260
#: Some renderers (lynx) leave lines they cannot break (URLs, the numbered link list at the
#: end) past the margin, so the widest lines do not show it. The margin then shows as a
#: cliff: many lines end within WRAP_CLIFF_BAND columns below it (a wrapped line misses
#: the margin by less than a word), and in the WRAP_SLACK columns above it lines end at
#: most WRAP_CLIFF_MAX_ABOVE as densely (lines per column). Text that is not hard-wrapped
#: has no such cliff: its line widths fall off gradually.
WRAP_CLIFF_BAND: Final = 8
WRAP_CLIFF_MAX_ABOVE: Final = 0.15
#: ... the lines at such a cliff must be a real share of the dump (a "most read" box of
#: headlines of about the same length is a cliff of a few lines) ...
WRAP_CLIFF_MIN_SHARE: Final = 0.03
#: ... and a peak: wrapped lines crowd the last columns before the margin, at least this
#: many times as many as end in the WRAP_CLIFF_BAND columns below those. Lines far past
#: the margin (unbreakable ones) may not outnumber those at it: in text that is not
#: wrapped, the paragraphs are the long lines.
WRAP_CLIFF_PEAK: Final = 1.0
#: Wrapped lines miss the margin by a word's length, so they end on several different
#: columns; lines made from one template ("Story 1 about ...", "Story 2 about ...") end on
#: one or two.
WRAP_CLIFF_MIN_WIDTHS: Final = 3
#: Share of the runs of lines at such a cliff that must end a sentence on the line after
#: them (paragraphs end with a full stop; lists of headlines do not).
WRAP_PROSE_MIN_SHARE: Final = 0.5


# --------------------------------------------------------------------------------------
# HTML segmentation thresholds (segment_html.py)
# --------------------------------------------------------------------------------------

#: Share of CJK characters (of all non-space characters) above which page text is CJK.
CJK_TEXT_MIN_SHARE: Final = 0.15


# --------------------------------------------------------------------------------------
# Decoding (decode.py)
# --------------------------------------------------------------------------------------

#: Legacy charsets widened to the superset that decodes everything they do.
CHARSET_SUPERSETS: Final[dict[str, str]] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",  # browsers read latin-1 declarations as windows-1252
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
#: How far into an HTML page a charset declaration is looked for (the spec says 1024
#: bytes; real pages put long <head>s first, so look further).
META_SCAN_BYTES: Final = 8192
#: File signatures of binary payloads that are not pages, with what they are.
BINARY_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF container (WebP, WAV or AVI)"),
    (b"\x00\x00\x01\x00", "an ICO image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)
#: Share of control bytes (other than tab/newline/CR/ESC/FF) in the head of an input above
#: which it is binary rather than text. Text with a few stray NULs stays text.
BINARY_CONTROL_SHARE: Final = 0.10
#: Share of plausible text characters above which bytes without a BOM are read as UTF-16.
UTF16_PLAUSIBLE_SHARE: Final = 0.97
#: Input that is valid UTF-8 but for this many bad sequences (or this share of its
#: non-ASCII characters) is read as UTF-8, the bad runs as GB18030 or replaced. Legacy CJK
#: encodings fail UTF-8 on most of their characters (GBK: about 19 bad sequences for each
#: character that happens to be valid UTF-8), far above these bounds; a GBK paragraph
#: pasted into a UTF-8 page stays below them.
UTF8_MAX_BAD: Final = 3
UTF8_MAX_BAD_SHARE: Final = 0.1


# --------------------------------------------------------------------------------------
# Bounds of the rules on huge lines (rules.py)
# --------------------------------------------------------------------------------------

#: How much of a unit find_repeats reads: a caption restates a paragraph of ordinary
#: length; a megabyte-long line would cost a tuple per character.
REPEAT_SCAN_CHARS: Final = 50_000
#: How much of an image's src and alt the marker searches read (a 10 MB src costs seconds).
IMAGE_LABEL_MAX_CHARS: Final = 2000


# --------------------------------------------------------------------------------------
# HTML robustness bounds (segment_html.py)
# --------------------------------------------------------------------------------------

#: The depth :func:`flatten` keeps: tags nested deeper are dropped, their text kept.
FLATTEN_DEPTH: Final = 200
#: Below this depth the walk over the tree goes on without recursion (:meth:`_Walker.deep`),
#: far from Python's recursion limit whatever libxml2 builds.
MAX_WALK_DEPTH: Final = 200
#: libxml2 checks each new attribute of a tag against all earlier ones (quadratic: 100,000
#: attributes take minutes); attributes of one tag beyond this many are dropped.
MAX_ATTRIBUTES: Final = 1000
#: Frame sources named in the warning about a page without text of its own.
MAX_FRAMES_LISTED: Final = 5
#: How far down the open elements a closing tag looks for its opening tag.
CLOSE_REACH: Final = 16
#: A comment with less text than this (characters) is a note in the markup; never read.
COMMENT_MIN_CHARS: Final = 40


# --------------------------------------------------------------------------------------
# Decoding of broken and lying input (decode.py)
# --------------------------------------------------------------------------------------

#: Bytes that are neither UTF-8 nor UTF-16 with this share of control bytes in their head
#: are binary: legacy-encoded text has next to none, random bytes about 10%.
LEGACY_MAX_CONTROL_SHARE: Final = 0.02
#: GB18030 decodes almost any bytes: a page declared GBK but written in Shift_JIS comes
#: out as rare ideographs. Real Chinese text is mostly characters of GB2312's common set.
#: Below this share of them (among at least GB_MIN_CJK CJK characters) the declaration is
#: not believed.
GB_MIN_COMMON_SHARE: Final = 0.5
GB_MIN_CJK: Final = 50
#: A run shorter than this (bytes) is replaced, not decoded: a lone byte is no evidence.
LEGACY_RUN_MIN_BYTES: Final = 4
