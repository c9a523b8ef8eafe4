"""Labelled metadata fields (来源：, By ..., 责编), names, tags and breadcrumbs."""

from __future__ import annotations

import re
from typing import Final

from newsparse.patterns.text import grouped, hinted

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
        "选稿",
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
    # a photo credit ("图/视觉中国", "摄影：李四") names who took the pictures, not who
    # wrote the story: its own field, which no Article field takes
    "photo": ("图", "摄影", "摄", "图片", "图片来源"),
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


#: The fields that make a dated line a dateline, whatever else it holds (a story's
#: metadata line names its source or its writer beside its date: "2025-04-18 10:20:36
#: 来源：江城日报  字号：大/中/小  打印本页"); not a sentence, which may cite a source
#: ("北京商报讯（记者 岳品瑜）5月20日，...").
DATED_FIELDS: Final = frozenset({"source", "authors"})
#: One "label: value" pair; values run until the next label or a wide gap.
FIELD: Final = re.compile(
    # (a label opens the line or follows a space, a bracket or a bar; said as "not after
    # anything else", which the regex engine tests faster than "^ or after one of these")
    r"(?<![^\s\[【（(|｜/])(?P<label>" + _label_alternation() + r")"
    r"(?:\s*[:：/／]\s*|\s+(?=\S))(?P<value>.*?)(?=\s+(?:" + _label_alternation() + r")\s*[:：/／]|"
    r"\s{2,}|\s*[|｜]|[\]】）)]|$)",
    re.I,
)
#: Where FIELD can match: a label word after a space, a bracket or a bar, searched in the
#: case-folded line with a space put before it (:func:`field_hinted`: a label may open the
#: line). A pattern that opens on that character class lets the engine skip ahead to the
#: separators; one that opens on FIELD's lookbehind tests every position (half as many
#: instructions again on the corpus's lines).
FIELD_HINT: Final = re.compile(
    r"[\s\[【（(|｜/](?:" + grouped(w for ws in FIELD_LABELS.values() for w in ws) + ")"
)


def field_hinted(text: str, folded: str | None = None) -> bool:
    """Whether FIELD may match ``text`` (:func:`~newsparse.patterns.text.hinted` with
    FIELD_HINT); ``folded`` is ``fold(text)`` when the caller has it already."""
    return hinted(FIELD_HINT, " " + text, None if folded is None else " " + folded)


#: A Chinese date label glued to the text before it ("周黎明留言板发布时间 2005/05/17":
#: w3m drops the space between a forum's name and its label), which FIELD, wanting a
#: label after a space, misses: these labels are long enough not to end another word,
#: and get that space back (:func:`unglued_label`). Lines without "时间" or "日期" are
#: settled by two substring tests.
GLUED_CJK_LABEL: Final = re.compile(r"(?<=[^\s\[【（(|｜/])(?:发布时间|发表时间|发布日期|更新时间)")


def unglued_label(text: str) -> str | None:
    """``text`` with a space put before a glued Chinese date label (GLUED_CJK_LABEL), or
    None when it has none."""
    if "时间" not in text and "日期" not in text:
        return None
    spaced = GLUED_CJK_LABEL.sub(r" \g<0>", text)
    return spaced if spaced != text else None


#: The slashes that separate a Chinese label from its value ("文/张三", "编辑／李四");
#: after a Latin-script label a slash is a link path's ("/author/jane-doe").
SLASH_SEPARATORS: Final = frozenset({"/", "／"})
#: A Chinese sub-headline (副题) sits right under the headline and opens with a dash.
SUBTITLE_DASH: Final = re.compile(r"^(?:——|—|－－|--)\s*\S")
#: Labels that need a colon to count (single characters like 文/图 are too common in
#: ordinary words to accept "文 张三").
COLON_REQUIRED_LABELS: Final = frozenset(
    {
        "文",
        "图",
        "摄",
        "图片",
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

#: English byline: "By Jane Doe and John Roe", "BY JANE DOE | Reuters", and "ByJane Doe"
#: (a dump that ran the label into the linked name); the label may follow the kind of
#: piece ("Analysis by ...", "Kolumne von ...", "Ein Kommentar von ...").
BYLINE_EN: Final = re.compile(
    r"^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Ww]ords|Analysis|Opinion|Column|Commentary"
    r"|Review|Story|Text|(?:Eine?\s+)?(?:Kolumne|Kommentar|Analyse|Essay|Gastbeitrag|Glosse))\s+)?"
    r"(?:(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR)(?::\s*|\s+)|[Bb]y(?=[A-Z][a-z]))"
    r"(?P<names>[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*"
    r"(?:[\s,]+(?:and\s+|und\s+|y\s+|et\s+|&\s+)?[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*){0,12})"
)
#: A Chinese reporter's sign-off: "记者" and a name, then where it was filed from ("山东冠县
#: 报道", "发自北京") or the line's end: "新京报记者 彭冲 山东冠县报道", "本报记者罗科苏盈发自北京".
REPORTER_SIGNOFF: Final = re.compile(
    r"记者\s*(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:\s+[\u4e00-\u9fff]{1,12})?\s*"
    r"(?:报道|发自|[)）]|$)"
)
#: A Korean byline: a name and "기자" (reporter), "박준석 기자 외 1명".
KO_REPORTER: Final = re.compile(r"^(?P<name>[\uac00-\ud7a3]{2,4})\s*기자(?:\s|$)")
#: A sign-off line is short; a longer line that holds "记者" is a sentence about one.
SIGNOFF_MAX_CHARS: Final = 30
#: The commonest Chinese family names (about a hundred, borne by some 85% of people): a
#: short line of two- or three-character words that each open with one is a line of names
#: ("胡平", "赵延东、风笑天"), where a section's name ("国内", "财经") opens with none.
CJK_SURNAMES: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
    "顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: Two-character family names: with one, a name has three or four characters.
CJK_COMPOUND_SURNAMES: Final = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "司徒", "夏侯"}
)
#: A Chinese name is two to four Han characters.
CJK_NAME: Final = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
#: A line of Chinese names holds a few; more is a list of something else.
CJK_NAME_LINE_MAX_NAMES: Final = 3
#: Such a line's length in units (a Han character is one): three names and separators.
CJK_NAME_LINE_MAX_UNITS: Final = 16
#: "（袁源）": a name alone in brackets, the line that signs a Chinese story off.
CJK_SIGNOFF_NAME: Final = re.compile(r"^[（(]\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[)）]$")
#: A bare name line ("Trevor Jackins", "Adam Vidler and AP") next to a dateline or a
#: byline under the headline: each word a capitalised one or a connector, and few words.
NAME_LINE_WORD: Final = re.compile(r"^[A-Z\u00c0-\u00de][\w'’.\u00c0-\u024f-]*,?$")
#: A list bullet before a name line ("• Tanyel Mustafa": w3m writes the page's list of
#: authors as a list), which the name does not keep.
NAME_LINE_BULLET: Final = re.compile(r"^[•●·*]\s+")
#: A social handle a dump glued onto the name before it ("Greg Iacurci@GregIacurci").
NAME_LINE_HANDLE: Final = re.compile(r"(?<=[^\W\d_])@\w{2,30}$")
NAME_LINE_CONNECTORS: Final = frozenset({"and", "&", "og", "und", "et", "y", "e"})
#: A line listing this many names or more, cut at commas and NAME_LINE_CONNECTORS, is a byline
#: without its label; a headline names fewer people.
NAMES_LIST_MIN: Final = 3
NAMES_LIST_SEP: Final = re.compile(
    r"\s*,\s+|\s+(?:" + "|".join(map(re.escape, sorted(NAME_LINE_CONNECTORS))) + r")\s+"
)
#: A name line may go on with the writer's role after a comma or a dash ("Audrey Huang,
#: Print Managing Editor", "Mathias Hagen – Journalist"): the name is the part before it.
NAME_ROLE_SEP: Final = re.compile(r"\s*,\s+|\s+[–—|-]\s+")
#: The role is a few words ...
NAME_ROLE_MAX_WORDS: Final = 6
#: ... one of them a word only a role has (JOB_TITLE_WORDS without its connectors and
#: initials, and the newsroom's trades).
NAME_ROLE_WORDS: Final = frozenset(
    {
        *("editor", "writer", "reporter", "correspondent", "contributor", "columnist"),
        *("journalist", "journalistin", "photographer", "producer", "anchor", "intern"),
        *("redakteur", "redakteurin", "korrespondent", "korrespondentin", "fotograf"),
        *("ceo", "founder", "president", "director", "manager", "professor"),
    }
)
NAME_LINE_MIN_WORDS: Final = 2
NAME_LINE_MAX_WORDS: Final = 8
NAME_LINE_MAX_CHARS: Final = 60
#: An author box (a blog's "about the author" panel, at the foot or the head of the
#: story): the writer's name alone on a line ("Lauren Vetter"), then a paragraph that
#: opens with that name and says who that is ("Lauren Vetter is a growth-focused
#: marketing professional ...", "Richard Garner has 40 years of experience"). The name
#: is a few capitalised words (NAME_LINE_WORD, DATELINE_NAME_WORDS) ...
AUTHOR_BOX_VERB: Final = re.compile(
    r"(?:is|has|was|writes|covers|joined|serves|leads|holds|brings|specializes|specialises)\b"
)
#: ... and a page shows one author box: the same shape several times is a list of things
#: described one by one ("Codex CLI" / "Codex CLI is an AI coding tool ...").
AUTHOR_BOX_MAX_PER_PAGE: Final = 1
#: A line that is only a byline's label ("By", "Von", "Posted by:", "Author of the article:",
#: "Article by", "作者："): page layouts set the label apart and the name on the next line.
BYLINE_LABEL_LINE: Final = re.compile(
    r"^(?:by|von|por|par|di|written by|posted by|article by|story by|words by|reported by"
    r"|authors?|autor(?:in|en)?|auteur|autore|author of the article|作者|记者|撰文)\s*[:：]?\s*$",
    re.I,
)
#: The longest such label line ("Author of the article:", with spaces around).
BYLINE_LABEL_MAX_CHARS: Final = 32
#: The label line and its name line are short; the name line is at most this long.
LABELLED_NAME_MAX_CHARS: Final = 60
#: Marks a dump leaves before the name under a bare label: a list bullet ("  • Jane Doe"),
#: a numbered item ("1. Jane Doe"), w3m's image mark ("[7b6]Jane Doe").
LABELLED_NAME_LEAD: Final = re.compile(r"^(?:[•●·*□☆-]\s*|\d{1,2}\.\s+|\[\w{1,12}\]\s*)")
#: Between the parts beside a dateline's date ("Aashish Saxena / TIMESOFINDIA.COM / Sep 2,
#: 2024"): a writer's name, an outlet, each its own part.
DATELINE_REST_SEP: Final = re.compile(r"\s+[/|｜]\s+")
#: A name among those parts is a few capitalised words (NAME_LINE_WORD).
DATELINE_NAME_WORDS: Final = (2, 4)
#: A dated line that ends with its byline: "Posted on July 1, 2024 by Jane Doe", the
#: writer's role after a comma ("03/01/2017 by Agatha Caleo, Candidate Representative to
#: the ..."), or a blog's user name in lower case ("Posted on July 1, 2024 by infuy",
#: "2005/03/15 22:36:13 by duscha").
BYLINE_TAIL: Final = re.compile(
    r"\s(?:by|BY|By)\s+(?P<names>[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*){0,5}"
    r"(?=\s*(?:,\s[^,\d]{2,80})?$)"
    r"|[a-z][a-z0-9_]{2,19}(?=\W*$))"
)
#: Lower-case words after "by" at the end of a dated line that are no user name ("... 2024
#: by default"): the tail is then no byline.
BYLINE_TAIL_NOT_NAMES: Final = frozenset(
    {"default", "hand", "far", "now", "email", "mail", "phone", "post", "night", "day", "design"}
)
#: Markdown marks in a byline ("By **Jane Doe**", "* By [Jane Doe](/author/jane)"): the
#: link keeps its text, bold and bullets go, before the byline is read.
BYLINE_MARKUP: Final = re.compile(
    r"\[\s*([^\]\n]*?)\s*\]\([^)\n]*\)|\*\*|__|^[*•]\s+|(?<=\s)_|_(?=\s|$)"
)
#: Where BYLINE_MARKUP has anything to do: a line holding one of these characters
#: (:func:`~newsparse.patterns.text.holds_any`).
BYLINE_MARKUP_CHARS: Final = "[*_•"
#: Name separators inside a byline value.
NAME_SPLIT: Final = re.compile(r"\s*(?:[,，、;；/|｜&]|\b(?:and|und|et|y)\b|\s{2,}|\s+和\s+)\s*")
NAME_SPLIT_CJK: Final = re.compile(r"\s*(?:[,，、;；/|｜&和]|\band\b)\s*|\s+")
#: Tag list separators.
TAG_SPLIT: Final = re.compile(r"\s*[,，、;；|｜/#]\s*|\s+")

#: A tag is a word or a short phrase; a longer "tag" is a sentence the keywords field
#: was filled with.
TAG_MAX_CHARS: Final = 40
#: A name is short; anything longer is a sentence that happened to follow a label.
NAME_MAX_CHARS: Final = 40
#: A name the page's head declares (JSON-LD, <meta>) is believed up to this length: heads
#: state names with titles and affiliations ("Jane Doe, Professor at ...").
DECLARED_NAME_MAX_CHARS: Final = 2 * NAME_MAX_CHARS

# --- Breadcrumbs ---------------------------------------------------------------------

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
#: A "you are here" marker with its colon before the first item ("当前位置：首页 > 科技"):
#: the colon is the marker's, not a sentence's.
BREADCRUMB_LEAD: Final = re.compile(
    r"^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|you are here|sie sind hier)\s*[:：]\s*",
    re.I,
)
#: Breadcrumb items are short; a longer piece is a headline, not a section name.
BREADCRUMB_ITEM_MAX: Final = 16
BREADCRUMB_ITEM_MAX_CHARS: Final = 40
#: First breadcrumb items that are not the site's name.
HOME_WORDS: Final = frozenset(
    {"首页", "主页", "home", "网站首页", "startseite", "accueil", "inicio"}
)

# --- What a metadata value may be --------------------------------------------------------

#: Markdown marks around a value in a Markdown dump: "[Name](/author/name)" keeps "Name";
#: emphasis and heading marks and list bullets go.
VALUE_MARKUP: Final = re.compile(
    r"\[([^\]\n]*)\]\([^)\s]*\)|(?<!\w)[*_]+|[*_]+(?!\w)|^[#•●·\s]+|\\(?=[-_*#])"
)
#: The characters a value is trimmed of at either end (separators left by a cut).
VALUE_TRIM: Final = " \t\xa0|｜-—–·•●,，、;；:：/()（）[]【】\\"
#: A label that opens a source value, which the value does not keep ("来源：新华网",
#: "Source: Reuters", "_来源：_ 新华网").
SOURCE_LABEL: Final = re.compile(
    r"^(?:来源|稿源|出处|信息来源|文章来源|转载自|Source|Quelle|Fuente|Fonte|Bron)\s*[:：]\s*", re.I
)
#: A label inside a value, where a line ran two fields together ("新京报作者：新京报",
#: "东方网 选稿：曾炟", "鞭牛士 [ipLocation", "Kompas.com - WIB"): the value ends before it.
VALUE_INNER_LABEL: Final = re.compile(
    r"(?:" + _label_alternation() + r")\s*[:：]|\[ip|\s[-–—/|\\]+\s*(?:WIB|IST|ET|Uhr)\b",
    re.I,
)
#: Between the parts of an outlet's value ("ntv.de, ino/dpa" keeps both; "Stefan
#: Trunzik, Uhr" loses the part that only says when).
VALUE_PART_SEP: Final = re.compile(r"\s*[,，]\s*")
#: A count glued to a name by a dump that runs inline elements together ("Rachel
#: Brazil0": the name, then its comment count).
GLUED_COUNT: Final = re.compile(r"(?<=[^\W\d_])\d+$")
#: A browser's innerText runs a name into the word after it ("Kathryn GiuffridaMar 5",
#: "Ulrich ExnerKorrespondent", "Jen MillsPublished"): a capital right after a small letter
#: starts a glued word, cut off when it is a month, a date or job word (NOT_NAME_WORDS,
#: JOB_TITLE_WORDS, MONTHS); "McCarthy" and "DeVito" keep theirs.
GLUED_WORD: Final = re.compile(r"(?<=[a-z\u00df-\u00ff])[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+")
#: A name shaped like a host name ("mdr.de", "TIMESOFINDIA.COM", "Kompas.com"): a site,
#: not a person; named as an author, it is the source.
HOST_NAME: Final = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,6}$")
#: An outlet's name, as bylines credit it beside the writers ("Samya Kullab, Vasilisa
#: Stepanenko, The Associated Press", "Jane Doe | The Texas Newsroom"): a news agency,
#: or a few words ending in a word only a publication's name ends with.
OUTLET_NAME: Final = re.compile(
    r"^(?:the\s+)?(?:associated\s+press|ap|afp|reuters|dpa|efe|ansa|xinhua|kyodo|yonhap|pti"
    r"|ians|aap|upi|agence\s+france-presse|(?:[\w.'&-]+\s+){1,3}"
    r"(?:news|press|times|post|journal|herald|tribune|gazette|telegraph|newsroom|wire))$",
    re.I,
)
#: A name with its other spelling in brackets ("周思博 (Joel Spolsky)", "Jane Doe (JD)"; a
#: field's value may have lost the closing bracket): one person, named by the head.
ALIAS_NAME: Final = re.compile(
    r"^(?P<head>[^\s()（）,，、;；|｜&][^()（）,，、;；|｜&]{0,30}?)\s*[(（][^()（）]{1,30}[)）]?$"
)
#: A byline's word at the head of a value: "By Lance Ulanoff published" is a byline, not
#: an outlet; "Profilbild von ..." a picture's alt text.
BYLINE_HEAD: Final = re.compile(
    r"^(?:by|von|di|par|por|written by|profilbild|photo of|reviewed by)\b", re.I
)
#: A reader's location line ("来自内蒙古自治区", "IP属地：北京"): where a commenter is, not
#: who wrote or published the story.
LOCATION_LINE: Final = re.compile(r"^(?:来自|IP属地|发布于|ip\s*属地)")
#: Words that say when or how a story was dated, not who wrote or published it: a value
#: made only of these (and weekdays, month names, numbers) is no name and no outlet.
NOT_NAME_WORDS: Final = frozenset(
    {
        *("published", "posted", "updated", "last", "modified", "on", "at", "am", "um", "in"),
        *("today", "yesterday", "heute", "gestern", "uhr", "ist", "et", "est", "edt", "pt"),
        *("gmt", "utc", "cet", "cest", "wib", "bst", "pst", "pdt", "cst", "jst", "kst", "hrs"),
        *("publiziert", "veröffentlicht", "aktualisiert", "geschrieben", "stand", "artikel"),
        *("publié", "publicado", "actualizado", "pubblicato", "aggiornato", "publikacja"),
        *("offentliggjort", "publicerad", "opdateret", "gepubliceerd", "입력", "수정"),
        *("发布", "发布时间", "发表", "更新", "时间", "日期", "于", "写于", "建置时间"),
        *("by", "von", "share", "comments", "comment", "read", "min", "mins", "reading"),
        *("原创", "转载", "转载文章", "发表评论", "评论", "图", "news", "nachrichten"),
        # the zone a Chinese-language site states its times in ("京港台时间", Beijing,
        # Hong Kong and Taipei time; "北京时间")
        *("京港台时间", "北京时间", "香港时间", "台北时间"),
        *("wit", "wita", "hkt", "sgt", "pht"),  # the other zones the date forms read
    }
)
#: Job titles and degrees a byline runs on with ("By Jane Doe, Co-Founder & COO",
#: "Jane Doe, Ph.D."): a "name" made only of these is no person's.
JOB_TITLE_WORDS: Final = frozenset(
    {
        *("ceo", "coo", "cto", "cfo", "cmo", "founder", "co", "cofounder", "president", "vp"),
        *("editor", "writer", "reporter", "correspondent", "contributor", "columnist"),
        *("senior", "chief", "managing", "executive", "staff", "director", "manager", "head"),
        *("associate", "assistant", "deputy", "lead", "principal", "partner", "owner"),
        *("professor", "phd", "ph", "d", "md", "m", "dr", "mba", "cpa", "rn", "rd", "ms"),
        *("redakteur", "redakteurin", "autor", "autorin", "korrespondent", "korrespondentin"),
        *("of", "and", "the", "at", "für", "for"),
        # the desk a role names ("News Reporter", "Online-Redakteurin")
        *("news", "online", "sports", "digital", "web"),
    }
)
#: The words of a value, for :data:`NOT_NAME_WORDS` (Latin words, CJK runs, numbers).
VALUE_WORD: Final = re.compile(r"[^\W\d_]+|\d+")
#: A Chinese publication's name ends this way (新京报, 新华网, 新华社, 央视新闻客户端,
#: 中国青年报): named as an author, it is the story's source.
CJK_PUBLICATION: Final = re.compile(
    r"^[\u3400-\u9fff·]{1,12}(?:报|网|社|台|新闻|客户端|杂志|周刊|晚报|日报|时报|频道|财经|在线)$"
)
#: The label words of the people fields, which a split value may leave as a "name"
#: ("本报记者 李四 通讯员 王五").
PEOPLE_LABEL_WORDS: Final = frozenset(
    w.lower() for f in ("authors", "editors", "photo") for w in FIELD_LABELS[f]
)

#: A colon glued to the next word in a dump's headline ("Kreis und quer:Streber und
#: faule Socken", "पकड़ा:दो"): an inline element's edge (a kicker's <span>) where the
#: page's title has ": ". Only before a letter (not in "10:30" nor "https://").
GLUED_COLON: Final = re.compile(r"(?<=[^\s:/]):(?=[^\W\d_])")
#: A kicker in capitals, two words or more, that a dump glued before the headline on its
#: line ("CHILDHOOD SWEETHEART Who is Man City star ..."): the kicker is the page's
#: label, not the headline's words. The headline after it opens with a capital and a
#: small letter, and keeps GLUED_KICKER_REST_MIN_CHARS characters; the kicker has
#: GLUED_KICKER_MIN_CHARS or more ("US UK Trade Deal Signed" opens with no kicker).
GLUED_CAPS_KICKER: Final = re.compile(r"(?:[A-Z][A-Z'’-]+ ){1,3}[A-Z][A-Z'’-]+ (?=[A-Z][a-z])")
GLUED_KICKER_REST_MIN_CHARS: Final = 20
GLUED_KICKER_MIN_CHARS: Final = 8
#: A kicker glued before the story's name with a space ("Rückbau von Atomkraftwerk
#: Kühltürme von AKW Gundremmingen gesprengt"; the page writes a colon, in a span only
#: screen readers see): told by the name alone on a line within KICKER_NAME_REACH
#: lines over the headline (a breadcrumb's last item); the kicker has KICKER_MIN_CHARS.
KICKER_NAME_REACH: Final = 4
KICKER_MIN_CHARS: Final = 4
