"""HTML: the tags, class/id tokens, ARIA roles, <meta> names and bounds of the HTML path
(segment/html and the dom_* / html_* rules)."""

from __future__ import annotations

import re
from typing import Final

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
        "canvas",
        "select",
        "option",
        "datalist",
        "textarea",
        "input",
        "audio",
        "video",
        "map",
        "area",
        "link",
        "meta",
        "base",
        "dialog",
    }
)
#: Void elements (no content, no end tag in HTML5) that libxml2's HTML parser takes for
#: containers: it nests everything after them, up to their parent's end, inside them
#: (``<picture><source srcset=...><img ...></picture>`` puts the ``<img>`` in the
#: ``<source>``). The walk reads through them as if they were not there.
HTML_LIBXML2_VOID_TAGS: Final = frozenset({"source", "track", "embed", "param", "keygen"})
#: Inline elements whose text is emphasised, and how (``Block.spans``).
HTML_EMPHASIS_TAGS: Final[dict[str, str]] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
}
#: Link addresses that go nowhere a reader can follow: not kept in ``Block.links``.
HTML_DEAD_HREF: Final = re.compile(r"\s*(?:javascript:|#\s*$|$)", re.I)
#: A <pre> is code (kind ``code``, line breaks kept) when it holds a <code> element or its
#: class names a code highlighter; other <pre> blocks (old Chinese sites set whole stories
#: in one) are read as running text.
HTML_CODE_CLASS: Final = re.compile(
    r"code|highlight|hljs|prettyprint|language-|lang-|brush:|syntax|sourcecode", re.I
)
#: A <table> is a data table (one block of kind ``table`` with its rows) when at least
#: TABLE_MIN_ROWS of its rows have TABLE_MIN_COLUMNS cells or more, at most
#: TABLE_MAX_EMPTY_SHARE of its cells are empty, it holds no table and none of
#: HTML_LAYOUT_TABLE_TAGS, and its cells are of at most TABLE_MAX_MEAN_CELL_CHARS
#: characters on average: a page laid out in a table puts its story, menus and pictures
#: in long, few, nested or spacer cells, in rows of one cell and a headline beside a
#: pager.
TABLE_MIN_ROWS: Final = 2
TABLE_MIN_COLUMNS: Final = 2
TABLE_MAX_EMPTY_SHARE: Final = 0.25
TABLE_MAX_MEAN_CELL_CHARS: Final = 120
HTML_LAYOUT_TABLE_TAGS: Final = frozenset(
    {
        "table",
        "img",
        "picture",
        "video",
        "iframe",
        "form",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "article",
        "nav",
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
        "amp-img",
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
    # an author's box: the writer's bio and picture, at the head or the foot of the story
    ("author", frozenset({"author", "authors", "authorbox", "bio", "biography"})),
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
#: A sign-up widget: the ``<input>`` types that ask for an address to send the site's mail
#: to. The largest element around such an input that holds at most SIGNUP_MAX_CHARS
#: characters of text is the widget (its pitch, the field, the button and the small print,
#: "Get daily National news ... By providing your email address ..."): the publisher's
#: prompt wherever it stands, between a story's paragraphs too, whatever its class names
#: say ("c-inlineSignup__content", "newsletter-widget__body__new-story-page" end on content
#: words). An element with more text around the input is a page or a story that holds a
#: form (a whole ASP.NET page is one ``<form>``), not the widget.
SIGNUP_INPUT_TYPES: Final = frozenset({"email"})
SIGNUP_MAX_CHARS: Final = 400
#: The mark a sign-up widget's element gets (a kind of HTML_KIND_TOKENS).
SIGNUP_KIND: Final = "subscribe"
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
    "html_comment": "other",  # text read from <!-- --> (segment.html.comments)
    "hidden": "hidden",  # text the page's style hides (segment.html.walk)
    "author": "other",
}
#: A list item inside the article that is all a link to another page of the site is a
#: related story's headline (html_link_item) when it has this many words or CJK
#: characters or more; a story's own list of the site's pages names things in fewer
#: ("Google Ads Search Certification"): with 6, such lists lost recall on both folds.
LINK_ITEM_MIN_UNITS: Final = 8
#: DOM kinds whose mark holds only for a unit that ends a sentence: an author box's bio
#: is chrome, its short lines (the name, "Full bio", the byline with its date) are left
#: unmarked for the rules that read bylines (the article's authors come from them).
HTML_PROSE_ONLY_KINDS: Final = frozenset({"author"})
#: A class/id mark is ignored when the marked element holds more than this share of the
#: page's text (``<div class="wrap has-sidebar">`` around everything is not a sidebar).
HTML_MARK_MAX_SHARE: Final = 0.4
#: The elements that are an image: ``<img>``, and AMP pages' ``<amp-img>`` (an AMP page
#: writes every picture so, with an ``<img>`` only in its ``<noscript>`` fallback).
HTML_IMAGE_TAGS: Final = frozenset({"img", "amp-img"})
#: A ``<figcaption>`` outside any ``<figure>`` belongs to an image of its grandparent:
#: pages that misuse the element set the caption in a wrapper of its own beside the
#: picture's wrapper (``<div><div><img></div><div><figcaption>``), so that element plays
#: the figure.
LOOSE_CAPTION_MAX_UP: Final = 2
#: ... the image nearest above the caption there, read at most this many units before it
#: (a credit, a counter or a photo title may stand between them); an image farther up is
#: another picture's.
LOOSE_CAPTION_REACH: Final = 3
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
#: Other ``data-*`` attributes a lazy-loading script reads the address from
#: ("data-flickity-lazyload", "data-lazy-img", "data-hi-res-src"): their names hold one
#: of these words; read when the element has no address of its own.
HTML_LAZY_ATTR_WORDS: Final = re.compile(r"src|lazy|original|image|img", re.I)
#: Between a srcset's candidates: a comma after a descriptor ("600w,") or before a space
#: (an address may hold commas: "w_600,h_400").
HTML_SRCSET_SPLIT: Final = re.compile(r"(?<=\d[wx]),|,\s+")
#: A srcset candidate's descriptor: its width ("600w") or pixel density ("2x").
HTML_SRCSET_DESCRIPTOR: Final = re.compile(r"(\d+(?:\.\d+)?)[wx]$")
#: Images declared this small (px), wide or high, are icons, spacers, tracking pixels and
#: logo strips: page chrome wherever they stand (rule icon_image), never a story picture.
HTML_ICON_MAX_PX: Final = 40
#: Inline style that hides an element.
HTML_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

#: Whole class names that CSS frameworks define as display:none (Bootstrap, Tailwind,
#: Foundation, Bulma): pages ship paywall and sign-in panels hidden this way.
HTML_HIDDEN_CLASSES: Final = frozenset({"hidden", "d-none", "hide", "is-hidden", "invisible"})
#: Every name above holds one of these: a class attribute without any is not split.
#: (Substrings, tested with ``in``: a regular expression's scan of every class attribute
#: cost ten times as much.)
HTML_HIDDEN_CLASS_HINTS: Final = ("hid", "none", "invisible")
#: A class that shows an element (at some screen size: "md:block", "d-md-flex",
#: "visible-lg"; or at all: "flex", "block"): with it, which class wins is up to the CSS.
HTML_SHOWN_CLASS: Final = re.compile(
    r"[a-z0-9]+:|d-[a-z]+-(?!none)|visible-|(?:inline-)?(?:flex|block|grid|table)$"
)

#: A <title> part names the site when it holds the site's name (or the host's first label,
#: when that has SITE_LABEL_MIN_CHARS or more: "cnn", not "m") of SITE_NAME_MIN_CHARS or
#: more and is at most SITE_PART_EXTRA_CHARS longer ("BBC News" for "bbc").
SITE_LABEL_MIN_CHARS: Final = 3
SITE_NAME_MIN_CHARS: Final = 4
SITE_PART_EXTRA_CHARS: Final = 12
#: How deep JSON-LD is searched for the article's object (@graph, mainEntity, lists).
JSONLD_MAX_DEPTH: Final = 4
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
    # Rarer conventions, after the common ones (a page rarely declares two): the spellings
    # of OpenGraph's and Dublin Core's publication times other CMSs write, microdata's
    # dateCreated, and the names cXense, Bing, Shareaholic, rNews and old NYT-style CMSs
    # read ("cxenseparse:recs:publishtime" is often a German regional paper's only one)
    "og:article:published_time",
    "article:publicationdate",
    "article_date_original",
    "article.created",
    "date_published",
    "publish_date",
    "published-date",
    "publication-date",
    "dateposted",
    "originalpublicationdate",
    "rnews:datepublished",
    "shareaholic:article_published_time",
    "bt:pubdate",
    "cxenseparse:recs:publishtime",
    "dc.date.created",
    "dc.date.publication",
    "dc.created",
    "dcterms.issued",
    "dcterms.date",
    "dc:created",
    "dc:date",
    "datecreated",
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
#: A wiki's edit link left at a headline's end ("Beijing[编辑]", "History [edit]"): the
#: page's chrome, not the headline's words.
TITLE_EDIT_LINK: Final = re.compile(
    r"\s*[\[［](?:编辑|編輯|edit|bearbeiten|modifier|editar|modifica|править)[\]］]\s*$", re.I
)
#: A "now reading" label before a headline ("正在阅读：维护全人类共同利益..."): the page's
#: chrome, not the headline's words.
TITLE_LEAD_LABEL: Final = re.compile(
    r"^(?:正在阅读|当前阅读|您正在阅读|now reading)\s*[:：]\s*", re.I
)
#: A trailing <title> part longer than this (in characters) is part of the headline.
TITLE_SUFFIX_MAX_CHARS: Final = 40
#: Keyword list separators in <meta name="keywords"> (not spaces: "climate change").
META_TAG_SPLIT: Final = re.compile(r"\s*[,，、;；|｜]\s*")
#: What a chrome unit (related box, ad, share bar) costs the region when it sits inside the
#: element that holds the article's paragraphs (found by segment.html.main.mark_main); so
#: does a dated or labelled line there once a story is under way (REGION_ZONE_AFTER): a
#: video widget's title and source between the story's paragraphs, not a next story's header.
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
#: A voting unit gives its container one point, one per sentence mark, and one per
#: HTML_MAIN_VOTE_CHARS characters up to HTML_MAIN_VOTE_LENGTH_CAP (a long paragraph says
#: more than a short one, but not without bound); the container's parent gets
#: HTML_MAIN_PARENT_SHARE of it (a story's paragraphs may sit in sections of one element).
HTML_MAIN_VOTE_CHARS: Final = 100
HTML_MAIN_VOTE_LENGTH_CAP: Final = 3.0
HTML_MAIN_PARENT_SHARE: Final = 0.5
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
#: A teaser's headline outside the story's element, a link alone in its unit or opening
#: one with its summary ("全省春运客流创新高 铁路、公路、民航部门全力保障旅客平安有序
#: 出行。[详细]"): the link holds this many units or more (a story's paragraph that opens
#: with a link opens with a name: "新华社", "Reuters") ...
HTML_TEASER_HEAD_MIN_UNITS: Final = 6
#: ... and the summary after it is a sentence or two: at most this many units.
HTML_TEASER_SUMMARY_MAX_UNITS: Final = 80
#: HTML: a teaser card's kicker, the short line between its picture and its linked
#: headline ("Entwarnung", "Zwei Monate vor der Landtagswahl"), has at most this many
#: words or CJK characters.
HTML_CARD_KICKER_MAX_UNITS: Final = 8
#: Tags whose short text inside the story's element is the story's own (a one-line post,
#: a list of points); a short <div> there is a widget's line (views, likes, "subscribe").
HTML_MAIN_TEXT_TAGS: Final = frozenset({"p", "li", "dd", "blockquote"})
#: A table right after the region's last paragraph, inside the story's element, is the
#: story's when it has at least this many cells (one or two are a layout's button).
CLOSING_TABLE_MIN_CELLS: Final = 4
#: DOM kinds whose mark holds however much text it wraps (a cookie notice can be longer
#: than the story).
HTML_SURE_KINDS: Final = frozenset({"consent"})
#: The mark of an element the page's style or a CSS framework class hides. Its text is kept
#: as boilerplate blocks, neither costing nor paying in the region score (hidden menus and
#: panels sit anywhere, between a story's paragraphs too); like any mark, it is dropped
#: when its element holds more than HTML_MARK_MAX_SHARE of the page's text: a story a
#: script reveals (WeChat's #js_content is visibility:hidden until the page's script runs)
#: is read as visible.
HTML_HIDDEN_KIND: Final = "hidden"


# --- Robustness bounds ------------------------------------------------------------

#: How deep libxml2 nests elements without ``huge_tree``: past this depth it stops reading
#: the page (everything after is lost), so such a page is flattened (:func:`flatten`) and
#: read again. Real pages nest a few dozen levels deep.
LIBXML2_MAX_DEPTH: Final = 256
#: How far back (characters) a tag with too many attributes looks for the ``<script>`` or
#: ``<style>`` it may be in (where "a<b.length;..." is code, not a tag).
RAW_TEXT_LOOKBACK: Final = 1_000_000
#: The depth :func:`flatten` keeps: tags nested deeper are dropped, their text kept.
FLATTEN_DEPTH: Final = 200
#: libxml2 checks each new attribute of a tag against all earlier ones (quadratic: 100,000
#: attributes take minutes); attributes of one tag beyond this many are dropped.
MAX_ATTRIBUTES: Final = 1000
#: Frame sources named in the warning about a page without text of its own.
MAX_FRAMES_LISTED: Final = 5
#: How far down the open elements a closing tag looks for its opening tag.
CLOSE_REACH: Final = 16
#: A comment with less text than this (characters) is a note in the markup; never read.
COMMENT_MIN_CHARS: Final = 40
