"""Boilerplate markers: the words that head legal notices, related-link blocks, share bars
and menus, whatever the language."""

from __future__ import annotations

import re
from typing import Final

from newsparse.patterns.text import (
    OpeningHint,
    WordsHint,
    alternatives,
    group_end,
    grouped_alternatives,
)

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
    # The head a blog puts over its comments, naming the post and counting them:
    # "《标题》已有1件评论", "共有3条评论", WordPress's "3 thoughts on “Title”",
    # "12 Responses to "Title"": it restates the headline, so it is long. The count
    # ends the line, and the English title is quoted: a story's sentence ("共有300条留言
    # 指出...", "12 comments on the draft were ...") is not a head. Each alternative opens
    # with a literal (no optional group first): the shared hint skips them on most lines.
    (
        "comment",
        re.compile(
            r"^\W{0,3}(《[^》]{1,60}》\s*(已有|共有)\s*\d+\s*[件条篇个]?(评论|回复|留言)\W*$|"
            r"(已有|共有)\s*\d+\s*[件条篇个]?(评论|回复|留言)\W*$|"
            r"\d+\s+(thoughts?|responses?|replies|comments?)\s+(on|to)\s+[\"“«‘']|"
            r"one\s+(thoughts?|responses?|replies|comments?)\s+(on|to)\s+[\"“«‘'])",
            re.I,
        ),
        60,
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
    # A newsletter sign-up box: its pitch and the messages its form shows once sent ("Thanks
    # for signing up!", "A welcome email is on its way."), all in the page's markup; a
    # browser's dump shows the pitch only, a Markdown or HTML reading shows them all, as
    # paragraphs wherever the box sits (below the story, or between two of its paragraphs).
    # The pitch names the newsletter or the e-mails ("Sign up to our free breaking news
    # emails"), or what it brings to the reader's inbox ("Get more local news delivered
    # straight to your inbox").
    (
        "newsletter",
        re.compile(
            r"^\W{0,3}(thanks for signing up|thank you for signing up|by signing up,? you|"
            r"thanks for subscribing|thank you for subscribing|a welcome email is on its way|"
            r"there was an error, please provide a valid email|"
            r"we encountered an issue signing you up|"
            r"(sign up (for|to)|subscribe to|get) (our|the)\b.{0,40}\b(newsletters?|e-?mails)\b|"
            r"get\b.{0,60}\b(to|in) your inbox\b)",
            re.I,
        ),
        30,
    ),
    # A template's placeholder text, left in a hidden tab or an unused slot, and the
    # notice that stands in for a player or a form the reader's browser did not run ("To
    # view this video please enable JavaScript", a <video>'s fallback that a converter
    # writes and a browser does not show), and the label of a form's hidden anti-spam field
    # (WordPress's Gravity Forms: "This field is for validation purposes and should be left
    # unchanged."), which a dump shows wherever the form sits: never a story.
    (
        "placeholder",
        re.compile(
            r"^\W{0,3}(lorem ipsum dolor|this field is for validation purposes|"
            r"(to (view|watch|see) this (video|content),? )?"
            r"please (enable|turn on|activate) javascript|javascript is (disabled|required|"
            r"not enabled)|you need (to enable )?javascript|du trenger javascript|"
            r"bitte aktivieren sie (das )?javascript|veuillez activer (le )?javascript)",
            re.I,
        ),
        None,
    ),
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
            r"accept all cookies|always active$|strictly necessary cookies|"
            # the same panel's head in the languages of Europe's consent platforms
            r"cenimy (twoją|twoja) prywatność|wir respektieren ihre privatsphäre|"
            r"ihre privatsphäre ist uns wichtig|nous respectons votre vie privée|"
            r"valoramos tu privacidad|rispettiamo la tua privacy|"
            r"wij hechten waarde aan uw privacy|valorizamos a sua privacidade)",
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


def _head_alternatives(pattern: re.Pattern[str]) -> list[str]:
    """A head's alternatives behind HEAD_START, each with what follows their group:
    "^\\W{0,3}(a|b)\\s*$" gives "a\\s*$" and "b\\s*$"."""
    body = pattern.pattern[len(HEAD_START) :]
    end = group_end(body)
    return [a + body[end + 1 :] for a in alternatives(body[1:end])]


#: Its hint (see :func:`hinted`): the same heads, case-sensitive, for the case-folded line
#: (they are written in lower case for it: tests/test_patterns.py checks that they are),
#: all in one alternation grouped by first character (:func:`grouped_alternatives`). The
#: case-sensitive engine skips an alternative on its first character, so a line costs a
#: test per first character, not one per head word (a third of the instructions). It is
#: read behind its OpeningHint: a line that opens on a word character runs it only when
#: it starts as a head does (seven lines in ten of the corpus's skip it: 0.2% of a text
#: dump's instructions).
_HEAD_ALTERNATIVES: Final = [a for _, p, _ in BOILERPLATE_HEADS for a in _head_alternatives(p)]
BOILERPLATE_HEAD_HINT: Final = OpeningHint(
    re.compile(HEAD_START + "(?:" + grouped_alternatives(_HEAD_ALTERNATIVES) + ")"),
    _HEAD_ALTERNATIVES,
)

#: Legal phrases that mark a line as a copyright notice wherever they stand in it
#: ("39健康网专稿，未经书面授权请勿转载。"); only on lines no longer than a notice.
COPYRIGHT_ANYWHERE: Final = re.compile(
    r"未经.{0,12}(授权|许可|同意).{0,12}(不得|请勿|禁止|严禁).{0,6}(转载|使用|复制)|转载请注明|"
    r"版权所有|all rights reserved",
    re.I,
)
#: Of those, a Chinese page's reprint notice ("未经书面授权请勿转载", "转载请注明出处"): it
#: signs the story off, so running text below it is another part of the page (a site's
#: description card, a teaser), as below a bibliography's head (the region's in_refs).
REPRINT_NOTICE: Final = re.compile(
    r"未经.{0,12}(授权|许可|同意).{0,12}(不得|请勿|禁止|严禁).{0,6}(转载|使用|复制)|转载请注明"
)
COPYRIGHT_ANYWHERE_MAX_UNITS: Final = 80
#: A post's line on a blog's or a forum's page that shows several: a blog post's footer,
#: a date with its reads or comments counted ("posted @ 2005-09-07 22:15 行走的风
#: 阅读(236) | 评论(5)", "阅读全文(1234) | 回复(2)", "Comments (3)"), or a forum reply's
#: header, a date with its floor ("第2楼 发表于 2005-6-12 21:02", "3楼"; 楼主, the first
#: post's, is no reply). Below the story the next post starts: on an archive page only the
#: first post is the article, in a thread only the opening one.
POST_COUNT: Final = re.compile(
    r"(?:阅读|评论|浏览|点击|回复|Comments?|Views?)(?:全文)?\s?[(（:：]?\s?\d+\s?[)）次]?", re.I
)
#: ... and a reply's floor, the second or a later one ("第2楼", "3楼"; not "楼主").
POST_REPLY_FLOOR: Final = re.compile(r"(?<![\d.])(?:[2-9]|[1-9]\d+)\s?楼(?!主)")
#: ... and a poster's profile, the labels a forum shows beside each post ("雪域行者 等级：
#: 论坛游侠 文章：315 积分：1280 注册：2004年3月12日"): POSTER_PROFILE_MIN_LABELS of them on
#: one dated line.
POSTER_PROFILE_LABEL: Final = re.compile(
    r"(?:等级|积分|帖子|精华|威望|经验|金钱|发帖|文章|注册)\s?[：:]"
)
POSTER_PROFILE_MIN_LABELS: Final = 2
#: Every COPYRIGHT_ANYWHERE alternative holds one of these words (four substring searches:
#: cheaper than a regex's scan).
COPYRIGHT_ANYWHERE_HINT: Final = WordsHint(
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

#: Boilerplate head kinds that are finer than, and reported as, a Kind.
KIND_ALIASES: Final[dict[str, str]] = {
    "subscription": "other",
    "placeholder": "other",
    "newsletter": "other",
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

#: A navigation bar as one line: short items between bars ("首页|新闻|图片|评论|..."); at
#: least this many bars make it a menu, never a headline.
NAV_BAR_MIN_BARS: Final = 4
#: The bars of such a line, the longest item (in characters) a menu has, and the share of
#: its items that must be that short (a menu item may be a longer brand name).
NAV_BAR_SEP: Final = re.compile(r"\s*[|｜]\s*")
NAV_BAR_ITEM_MAX_CHARS: Final = 8
NAV_BAR_MIN_SHORT_SHARE: Final = 0.8
#: Words of a page's buttons and menus that a line of capitalised words may be made of
#: ("Teilen Twittern Senden", "Partager Discussion"): such a line names no author.
NAME_LINE_NOT_NAMES: Final = frozenset(
    {
        *NAV_WORDS,
        *SHARE_BAR_FILLERS,
        *SOCIAL_NETWORKS,
        *("share", "teilen", "twittern", "senden", "partager", "discussion", "kommentare"),
        *("comments", "comment", "print", "email", "e-mail", "follow", "subscribe", "menu"),
        *("home", "news", "login", "search", "suche", "more", "mehr", "read", "listen"),
        # a section's or a picture's label beside a dateline ("Front Page", "Getty Images")
        *("page", "front", "section", "latest", "image", "images", "photo", "photos", "video"),
    }
)
#: What w3m writes around the text of <ins> and <del> ("[INS:", ":INS]", "[DEL:", ":DEL]"),
#: and lynx before each link ("[12]"): renderer artifacts, not the page's text. A line
#: made of nothing else (w3m prints "[INS::INS]" for every empty ad slot) is boilerplate.
RENDERER_MARKS: Final = re.compile(r"\[INS:|:INS\]|\[DEL:|:DEL\]|\[\d{1,5}\]")
#: A line of renderer marks starts with one of these: most lines skip the pattern.
RENDERER_MARKS_START: Final = ("[", ":")
