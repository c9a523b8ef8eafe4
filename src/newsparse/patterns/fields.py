"""Labelled metadata fields (来源：, By ..., 责编), names, tags and breadcrumbs."""

from __future__ import annotations

import re
from typing import Final

from newsparse.patterns.text import words_hint

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
#: Breadcrumb items are short; a longer piece is a headline, not a section name.
BREADCRUMB_ITEM_MAX: Final = 16
BREADCRUMB_ITEM_MAX_CHARS: Final = 40
#: First breadcrumb items that are not the site's name.
HOME_WORDS: Final = frozenset(
    {"首页", "主页", "home", "网站首页", "startseite", "accueil", "inicio"}
)
