"""Metadata lines of text dumps: dates, labels, bylines, breadcrumbs, language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsparse
from newsparse import Kind
from newsparse.features import breadcrumb_items, compute, find_date
from newsparse.units import Unit
from tests.helpers import EN_PARA, EN_PARA2

CN = timezone(timedelta(hours=8))
ZH_PARA = "为进一步加强网络社会组织党建工作，把主题教育引向深入、落在实处，会议在北京召开。" * 2
ZH_PARA2 = (
    "会上，共有7家单位做了交流发言，市委宣传部副部长对近年来全市网络社会组织党建工作作了介绍。"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019/07/23 18:45", datetime(2019, 7, 23, 18, 45)),
        ("2019-07-23", datetime(2019, 7, 23)),
        ("2019年7月23日 18:45", datetime(2019, 7, 23, 18, 45)),
        ("2019年07月23日18时45分", datetime(2019, 7, 23, 18, 45)),
        ("July 23, 2019", datetime(2019, 7, 23)),
        ("23 July 2019", datetime(2019, 7, 23)),
        ("Jul. 23, 2019 6:45 pm", datetime(2019, 7, 23, 18, 45)),
        ("23.07.2019, 16:24 Uhr", datetime(2019, 7, 23, 16, 24)),
        ("06. 01. 2026, 14:59 Uhr", datetime(2026, 1, 6, 14, 59)),
        ("Publié le 06/01/2026 - 14:16", datetime(2026, 1, 6, 14, 16)),  # (the time after a dash)
        ("07/23/2019 10:00", datetime(2019, 7, 23, 10, 0)),
        ("5 gennaio 2025", datetime(2025, 1, 5)),
        # innerText runs inline elements together
        ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", datetime(2025, 3, 5)),
        ("Publiziert6. November 2025, 12:26", datetime(2025, 11, 6, 12, 26)),
        ("Posted on June 29, 2020November 12, 2021", datetime(2020, 6, 29)),
        ("October 17, 20236:01 PM", datetime(2023, 10, 17, 18, 1)),
    ],
)
def test_date_forms(text: str, expected: datetime) -> None:
    hit = find_date(text)
    assert hit is not None and hit.value == expected


@pytest.mark.parametrize("text", ["Summary5 May 20245", "March 2025 report", "mar 5 2025x"])
def test_glued_text_is_not_read_as_a_date(text: str) -> None:
    assert find_date(text) is None


def test_iso_with_zone() -> None:
    hit = find_date("2019-07-23T18:45:00+02:00")
    assert hit is not None
    assert hit.value == datetime(2019, 7, 23, 18, 45, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("sep", [">", "›", "»", "＞", "/"])
def test_breadcrumb_separators(sep: str) -> None:
    assert breadcrumb_items(f"首页 {sep} 国内 {sep} 正文") == ["首页", "国内", "正文"]


def test_a_sentence_with_slashes_is_not_a_breadcrumb() -> None:
    text = "Feuerwehrleute versuchen, das Feuer zu bekämpfen. © imago/Marius Schwarz | IMAGO/M"
    assert breadcrumb_items(text) is None


def test_labelled_fields() -> None:
    u = Unit(line=1, text="[作者: 刘满仓 　责任编辑: 杨丹宇 ]")
    compute(u)
    assert [(f, v) for f, _, v in u.fields] == [("authors", "刘满仓"), ("editors", "杨丹宇")]


def test_chinese_header_and_footer() -> None:
    dump = "\n".join(
        [
            "首页 > 国内 > 正文",
            "某市召开网络社会组织党建工作会议",
            "2024年05月15日 08:58:52  来源：新华网  作者：张三",
            "",
            ZH_PARA,
            "",
            ZH_PARA2,
            "原标题：某市网络党建",
            "副标题：网络党建经验交流",
            "责任编辑：李四 王五",
            "关键词：党建，网络",
            "",
        ]
    )
    art = newsparse.parse(dump)
    assert art.title == "某市召开网络社会组织党建工作会议"
    assert art.published == datetime(2024, 5, 15, 8, 58, 52, tzinfo=CN)
    assert art.source == "新华网"
    assert art.authors == ["张三"]
    assert art.editors == ["李四", "王五"]
    assert art.tags == ["党建", "网络"]
    assert art.subtitle == "网络党建经验交流"  # 原标题 is the original headline, not a subtitle
    assert art.breadcrumb == ["国内"] and art.site_name is None
    assert art.language == "zh"
    assert art.text == ZH_PARA + "\n\n" + ZH_PARA2


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_an_updated_time_alone_stands_for_the_publication_time(fmt: str) -> None:
    if fmt == "text":
        data = "\n".join(
            ["Council approves the new city budget", "Updated: 2025-12-17 09:30", EN_PARA]
        )
    else:
        data = (
            "<html><head><title>Council approves the new city budget</title>"
            '<meta property="article:modified_time" content="2025-12-17T09:30:00+00:00">'
            f"</head><body><h1>Council approves the new city budget</h1><p>{EN_PARA}</p>"
            "</body></html>"
        )
    art = newsparse.parse(data, format=fmt)  # type: ignore[arg-type]
    assert art.modified is not None and art.published == art.modified
    assert (art.published.year, art.published.month, art.published.day) == (2025, 12, 17)
    assert any("only a last-modified time" in w for w in art.warnings)


def test_a_publication_time_is_not_replaced_by_the_updated_one() -> None:
    dump = "\n".join(
        [
            "Council approves the new city budget",
            "Published: 2025-12-01 08:00",
            "Updated: 2025-12-17 09:30",
            EN_PARA,
        ]
    )
    art = newsparse.parse(dump)
    assert art.published == datetime(2025, 12, 1, 8, 0)
    assert art.modified == datetime(2025, 12, 17, 9, 30)
    assert not any("only a last-modified time" in w for w in art.warnings)


def test_english_byline_and_naive_date_warns() -> None:
    dump = "\n".join(
        [
            "Home",
            "News",
            "Council approves the new city budget",
            "By Jane Doe and John Roe",
            "Published July 23, 2019",
            "",
            EN_PARA,
            "",
            EN_PARA2,
            "",
            "Share",
            "Related stories",
        ]
    )
    art = newsparse.parse(dump)
    assert art.title == "Council approves the new city budget"
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == datetime(2019, 7, 23)
    assert art.published.tzinfo is None
    assert any("timezone" in w for w in art.warnings)
    assert art.language == "en"
    assert art.text == EN_PARA + "\n\n" + EN_PARA2


def test_no_body_is_never_silent() -> None:
    art = newsparse.parse("首页\n新闻\n登录\n")
    assert art.text == ""
    assert any("no article body" in w for w in art.warnings)
    assert len(art.blocks) == 3


def test_more_chinese_labels() -> None:
    dump = "\n".join(
        [
            "某市召开网络社会组织党建工作会议",
            "——记某市网络社会组织党建工作",
            "发布时间：2019年07月23日18时45分 稿源：连网",
            "",
            ZH_PARA,
            "",
            ZH_PARA2,
            "（通讯员 赵六）",
            "审核：钱七 校对：孙八",
            "",
        ]
    )
    art = newsparse.parse(dump)
    assert art.subtitle == "记某市网络社会组织党建工作"
    assert art.published == datetime(2019, 7, 23, 18, 45, tzinfo=CN)
    assert art.published_text == "2019年07月23日18时45分"
    assert art.source == "连网"
    assert art.editors == ["钱七", "孙八"]
    assert "赵六" in art.authors


def test_updated_is_modified_not_published() -> None:
    dump = "\n".join(
        [
            "Council approves the new city budget",
            "Published July 23, 2019",
            "Updated July 24, 2019 10:15 am",
            "",
            EN_PARA,
            "",
            EN_PARA2,
            "",
        ]
    )
    art = newsparse.parse(dump)
    assert art.published == datetime(2019, 7, 23)
    assert art.modified == datetime(2019, 7, 24, 10, 15)


def test_dateline_above_pictures_and_teasers() -> None:
    filler = [f"Bildergalerie {k}" for k in range(20)]
    dump = "\n".join(
        [
            "Council approves the new city budget",
            "29.06.2023, 15:04 | Lesedauer: 7 Minuten",
            *filler,
            "",
            EN_PARA,
            "",
            EN_PARA2,
            "",
        ]
    )
    art = newsparse.parse(dump)
    assert art.published == datetime(2023, 6, 29, 15, 4)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_posted_and_updated_labels_on_lines_of_their_own(fmt: str) -> None:
    # Pages put each label and each date in an element of its own; a table of contents
    # then stands between those lines and the story, out of the header window. The
    # publication date is the one labelled "Posted on", not the nearer "Updated at" one.
    head = ["What is an online course?", "Posted on", "Nov 21, 2018", "Updated at", "Dec 10, 2025"]
    toc = ["Table of contents", *(f"Part {n} of the guide to courses" for n in range(1, 15))]
    if fmt == "text":
        data = "\n".join([*head, *toc, EN_PARA, EN_PARA2])
    else:
        data = (
            f"<html><body><h1>{head[0]}</h1>"
            + "".join(f"<div><span>{x}</span></div>" for x in head[1:])
            + "<ul>"
            + "".join(f"<li>{x}</li>" for x in toc)
            + "</ul>"
            + f"<p>{EN_PARA}</p><p>{EN_PARA2}</p></body></html>"
        )
    art = newsparse.parse(data, format=fmt)  # type: ignore[arg-type]
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2018, 11, 21)


DE_PARA = (
    "Die Bundesregierung hat am Dienstag einen neuen Plan für den Ausbau der Radwege "
    "vorgestellt, der in den kommenden fünf Jahren umgesetzt werden soll."
)
DE_PARA2 = (
    "Kritiker bemängeln, dass die Finanzierung noch nicht gesichert sei, und fordern "
    "eine schnelle Einigung mit den Ländern über die Verteilung der Mittel."
)


def test_labels_in_other_latin_script_languages() -> None:
    dump = "\n".join(
        [
            "Regierung stellt Plan für neue Radwege vor",
            "Autor: Anna Roth",
            "Veröffentlicht: 12.03.2024 14:00",
            "Stand: 13.03.2024 09:30",
            DE_PARA,
            DE_PARA2,
            "Quelle: dpa",
        ]
    )
    art = newsparse.parse(dump)
    assert art.authors == ["Anna Roth"]
    cet = timezone(timedelta(hours=1))  # a German page's times without a zone: Berlin's
    assert art.published == datetime(2024, 3, 12, 14, 0, tzinfo=cet)
    assert art.modified == datetime(2024, 3, 13, 9, 30, tzinfo=cet)  # "Stand": the last update
    assert art.source == "dpa"
    assert art.text == DE_PARA + "\n\n" + DE_PARA2


@pytest.mark.parametrize(
    "caption",
    [
        "Die Ministerin tritt am Dienstag ihr neues Amt an. (Archivbild) © AP/dpa | Richard Drew",
        "Der neue Radweg am Ufer der Spree in Berlin (Foto: REUTERS)",
        "The new bike lane along the river in the city centre. Photo by Jane Roe/Bloomberg",
    ],
)
def test_a_caption_with_a_picture_credit_is_not_the_headline(caption: str) -> None:
    # Dumps put the lead picture's caption between the headline and the story, nearer
    # the story and longer than the headline: its credit says what it is
    dump = "\n".join(["Startseite", "Politik", "Neue Radwege für Berlin", caption, DE_PARA])
    assert newsparse.parse(dump).title == "Neue Radwege für Berlin"


def test_a_share_bar_written_out_is_share_chrome_not_the_headline() -> None:
    bar = "Facebook   Twitter   Flipboard   Send   Xing   Messenger   Whatsapp"
    dump = "\n".join(["Nachrichten", "Neue Radwege für Berlin", bar, DE_PARA, DE_PARA2])
    art = newsparse.parse(dump)
    assert art.title == "Neue Radwege für Berlin"
    assert next(b for b in art.blocks if b.text == bar).kind is Kind.SHARE


def test_a_date_that_signs_the_story_off_is_its_date_when_none_is_above() -> None:
    tail = ["Industry Insights", "February 10, 2025", "Our Services", "Gym Design"]
    dump = "\n".join(["Top Fitness Trends for 2025", EN_PARA, EN_PARA2, *tail])
    art = newsparse.parse(dump)
    assert art.published == datetime(2025, 2, 10)
    assert art.text == EN_PARA + "\n\n" + EN_PARA2
    # a dateline above the story still wins
    dump = "\n".join(["Top Fitness Trends for 2025", "January 3, 2025", EN_PARA, EN_PARA2, *tail])
    assert newsparse.parse(dump).published == datetime(2025, 1, 3)


def test_a_date_that_says_when_something_ends_is_not_the_story_date() -> None:
    dump = "\n".join(
        [
            "02:57 Min. Verfügbar bis 06.05.2024.",
            "Regierung stellt Plan für neue Radwege vor",
            "Stand: 22.04.2024, 06:00 Uhr",
            DE_PARA,
            DE_PARA2,
        ]
    )
    art = newsparse.parse(dump)
    assert art.published == datetime(2024, 4, 22, 6, 0, tzinfo=timezone(timedelta(hours=2)))
    assert not any("06.05.2024" in b.text and b.kind is Kind.DATELINE for b in art.blocks)


def test_a_cookie_consent_panel_after_the_story_is_chrome() -> None:
    panel = [
        "Privacy Preference Center",
        "This website uses cookies to improve your experience while you navigate through "
        "the website, and to analyse how you use it; you can opt out of these cookies.",
        "Strictly Necessary Cookies",
        "Always Active",
        "Necessary cookies are absolutely essential for the website to function properly, "
        "and they do not store any personal information about you or your browsing.",
    ]
    dump = "\n\n".join(["Council approves the new city budget", EN_PARA, EN_PARA2, *panel])
    art = newsparse.parse(dump)
    assert art.text == EN_PARA + "\n\n" + EN_PARA2
    assert all(b.kind is Kind.OTHER for b in art.blocks if b.text in panel)


@pytest.mark.parametrize(
    "head",
    ["Cenimy Twoją prywatność", "Wir respektieren Ihre Privatsphäre", "Valoramos tu privacidad"],
)
def test_a_consent_panel_headed_in_another_language_is_chrome(head: str) -> None:
    # a consent platform's panel below the story, its head translated: its paragraphs
    # are the panel's, however long
    story = [
        EN_PARA,
        EN_PARA2,
        "The mayor said the new budget would also pay for more street lighting, repairs to "
        "the old library and a study of the traffic on the ring road before the winter.",
        "A final vote on the detailed spending plans is expected next month, once the "
        "finance committee has heard from residents at three public meetings in the city.",
    ]
    panel = [
        head,
        "Na podstawie udzielonej przez Ciebie zgody serwis będzie przetwarzać Twoje dane "
        "osobowe, takie jak adresy IP i identyfikatory plików cookies, w celach reklamowych.",
        "W ramach funkcji i funkcji specjalnych serwis może podejmować następujące działania, "
        "w tym dopasowanie i łączenie danych z innych źródeł oraz łączenie różnych urządzeń.",
        "Zgoda jest dobrowolna i możesz ją w dowolnym momencie wycofać, wywołując panel "
        "ustawień prywatności, który jest dostępny w stopce każdej strony naszego serwisu.",
    ]
    art = newsparse.parse("\n\n".join(["Council approves the new city budget", *story, *panel]))
    assert art.text == "\n\n".join(story)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Kreis und quer:Streber und faule Socken", "Kreis und quer: Streber und faule Socken"),
        ("Polizei ने 2 बदमाशों को पकड़ा:दो दिनों के अंदर", "Polizei ने 2 बदमाशों को पकड़ा: दो दिनों के अंदर"),
        (
            "Match ends 2:1 after the break at 10:30 tonight",
            "Match ends 2:1 after the break at 10:30 tonight",
        ),
        (
            "CHILDHOOD SWEETHEART Who is the striker's new partner",
            "Who is the striker's new partner",
        ),
        (
            "NASA launches its new moon rocket after long delays",
            "NASA launches its new moon rocket after long delays",
        ),
        (
            "US UK trade deal signed after months of talks",
            "US UK trade deal signed after months of talks",
        ),
        ("BREAKING NEWS Short one", "BREAKING NEWS Short one"),
        (
            "US UK Trade Deal Signed After Months Of Talks",
            "US UK Trade Deal Signed After Months Of Talks",
        ),
    ],
)
def test_dump_headline_cleanup(line: str, title: str) -> None:
    # A dump glues an inline kicker to its headline; the article's title leaves it out
    # (capitals) or puts the colon's space back, and leaves other headlines alone.
    text = f"Home\nNews\n{line}\n24 September 2024, 18:00\n\n{EN_PARA}\n\n{EN_PARA2}\n"
    assert newsparse.parse(text, format="text").title == title
