"""Dates whose reading depends on the page: the order of a slash date's day and month,
and the zones news sites print after the time (#16)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import newsparse
from newsparse import patterns as P
from newsparse.features import compute, find_date
from newsparse.metadata.dates import _dateline_cell, _url_day
from newsparse.units import Unit
from tests.helpers import EN_PARA, EN_PARA2


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("23/07/2019", "dmy"),
        ("07/23/2019", "mdy"),
        ("03/01/2017", "either"),
        ("01/01/2017", ""),  # the same both ways
        ("23.07.2019", ""),  # dots: day-first wherever they are written
        ("2019/07/03", ""),
        ("July 3, 2019", ""),
    ],
)
def test_a_slash_date_says_whether_its_order_is_known(text: str, order: str) -> None:
    hit = find_date(text)
    assert hit is not None and hit.order == order


def _dump(*dates: str) -> str:
    return "\n".join(["Council approves the new city budget", *dates, "", EN_PARA, "", EN_PARA2])


def test_an_ambiguous_date_is_read_day_first_without_evidence() -> None:
    art = newsparse.parse(_dump("03/01/2017"), format="text")
    assert art.published == datetime(2017, 1, 3)
    assert not any("month-first" in w for w in art.warnings)


def test_a_page_that_writes_month_first_elsewhere_reads_its_ambiguous_date_so() -> None:
    # the page's other date (12/17/2025) cannot be day-first: so is 03/01/2017 written
    art = newsparse.parse(_dump("03/01/2017 by Agatha Caleo", "12/17/2025"), format="text")
    assert art.published == datetime(2017, 3, 1)
    assert any("month-first" in w and "12/17/2025" in w for w in art.warnings)


def test_a_page_that_writes_day_first_elsewhere_keeps_day_first() -> None:
    art = newsparse.parse(_dump("03/01/2017", "", "Related: 25/12/2016"), format="text")
    assert art.published == datetime(2017, 1, 3)


def _page(lang: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><title>Budget</title></head><body><article>'
        f"<h1>Council approves the new city budget</h1><p>03/01/2017</p>"
        f"<p>{EN_PARA}</p><p>{EN_PARA2}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("lang", "url", "expected"),
    [
        ("en-US", None, datetime(2017, 3, 1)),
        ("en_US", None, datetime(2017, 3, 1)),
        ("en-GB", None, datetime(2017, 1, 3)),
        ("en", None, datetime(2017, 1, 3)),
        ("en", "https://www.example.gov/budget", datetime(2017, 3, 1)),
        ("en", "https://www.example.co.uk/budget", datetime(2017, 1, 3)),
    ],
)
def test_a_us_page_or_site_reads_an_ambiguous_date_month_first(
    lang: str, url: str | None, expected: datetime
) -> None:
    art = newsparse.parse(_page(lang), url=url)
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == expected
    assert any("month-first" in w for w in art.warnings) == (expected.month == 3)


def test_a_declared_region_does_not_change_the_language() -> None:
    assert newsparse.parse(_page("en-US")).language == "en"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Sep 2, 2024, 17:07 IST", 330),
        ("03/02/2024, 10:15 WIB", 7 * 60),
        ("05/02/2024 10:15 WITA", 8 * 60),
        ("2024-02-05 10:15 WIT", 9 * 60),
        ("2024-02-05 10:15 HKT", 8 * 60),
        ("2024-02-05 10:15 SGT", 8 * 60),
    ],
)
def test_asian_zone_names(text: str, minutes: int) -> None:
    hit = find_date(text)
    assert hit is not None
    assert hit.value.utcoffset() == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["2024-01-02 12:30 ist der Termin", "2024-01-02 12:30 ISTANBUL"])
def test_a_zone_name_is_a_word_in_capitals(text: str) -> None:
    hit = find_date(text)
    assert hit is not None and hit.value.tzinfo is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("12.05.2024 - 18:01", (18, 1)),
        ("28.04.2023 | 17:52 Uhr", (17, 52)),
        ("24.04.2024 • 11:31", (11, 31)),
        ("May 11, 2024 at 4:31 pm", (16, 31)),
        ("Aktualisiert am 26.08.2024 um 06:00 Uhr", (6, 0)),
        ("Publié le 5 mai 2024 à 23h03", (23, 3)),
        ("05 maggio 2024 ore 10:03", (10, 3)),
        ("Publicerad 5 maj 2024 kl. 10:03", (10, 3)),
        ("05/05/2024 às 10h03", (10, 3)),
        ("Updated: 05/05/2024 11:03 PM", (23, 3)),  # (the numeric forms read "PM" too)
        ("05.05.2024 11:03 PM", (23, 3)),
        ("12:43, 20 Apr 2026", (12, 43)),  # the time before the date
        ("11:48, Thu, Jul 18, 2024", (11, 48)),
        ("10:03 PM ET, Sun May 5, 2024", (22, 3)),
        ("23h03, 5 mai 2024", (23, 3)),
    ],
)
def test_the_time_beside_a_date_is_read(text: str, clock: tuple[int, int]) -> None:
    hit = find_date(text)
    assert hit is not None and hit.has_time
    assert (hit.value.hour, hit.value.minute) == clock


@pytest.mark.parametrize(
    "text", ["Posted 10:03 by Jane Doe on May 5, 2024", "May 5, 2024 - 10 killed", "5.5.2024 10"]
)
def test_a_number_that_is_no_time_beside_a_date_is_not_read_as_one(text: str) -> None:
    hit = find_date(text)
    assert hit is not None and not hit.has_time


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("May 5, 2024, 11:03 p.m. ET", -4),  # summer time in New York
        ("Jan 5, 2024, 11:03 p.m. ET", -5),
        ("Posted Fri, May 10, 2024 at 2:52 pm PT", -7),
        ("Dec 10, 2024 2:52 pm PT", -8),
        ("May 5, 2024 11:03 PM CT", -5),
        ("10:03 AM ET, Sun May 5, 2024", -4),
        ("5 May 2024, 10:03 AEST", 10),
        ("5 May 2024, 10:03 CDT", -5),
    ],
)
def test_american_and_australian_zones(text: str, hours: int) -> None:
    hit = find_date(text)
    assert hit is not None
    assert hit.value.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(
    "text", ["May 5, 2024 ET", "5 mai 2024 et 6 mai 2024", "May 5, 2024 PT Barnum"]
)
def test_a_region_zone_is_read_after_a_time_only(text: str) -> None:
    hit = find_date(text)
    assert hit is not None and hit.value.tzinfo is None


def test_a_late_evening_eastern_time_is_the_next_day_in_utc() -> None:
    dump = _dump("May 5, 2024 at 11:03 p.m. ET")
    art = newsparse.parse(dump, format="text")
    assert art.published is not None
    assert art.published.astimezone(timezone.utc) == datetime(2024, 5, 6, 3, 3, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("url", "hours"),
    [
        ("https://www.example.com/news/storm", -6),  # an American English page: US Central
        ("https://www.example.com.cn/news/storm", 8),  # a Chinese site in English: Beijing
    ],
)
def test_cst_is_read_by_the_page(url: str, hours: int) -> None:
    dump = _dump("Updated 10:03 AM CST, Jan 15, 2025")
    art = newsparse.parse(dump, format="text", url=url)
    assert art.published == datetime(2025, 1, 15, 10, 3, tzinfo=timezone(timedelta(hours=hours)))


def test_cst_on_an_american_page_keeps_the_summer_time() -> None:
    art = newsparse.parse(_dump("Jul 15, 2025 10:03 AM CST"), format="text")
    assert art.published == datetime(2025, 7, 15, 10, 3, tzinfo=timezone(timedelta(hours=-5)))


_ZH_PARA = (
    "市政府十五日召开新闻发布会，公布了新一年的财政预算方案，其中教育、医疗和公共交通"
    "方面的支出比上一年有明显增加，有关负责人表示，这些资金将用于改善市民的日常生活。"
)


def test_cst_on_a_chinese_page_is_beijing_time() -> None:
    dump = "\n".join(
        ["市政府公布新一年预算方案", "2025-01-15 10:03 CST", "", _ZH_PARA, "", _ZH_PARA]
    )
    art = newsparse.parse(dump, format="text")
    assert art.published == datetime(2025, 1, 15, 10, 3, tzinfo=timezone(timedelta(hours=8)))


def test_an_indian_dateline_keeps_its_zone() -> None:
    dump = "\n".join(
        [
            "Council approves the new city budget",
            "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST",
            "",
            EN_PARA,
            "",
            EN_PARA2,
        ]
    )
    art = newsparse.parse(dump, format="text")
    assert art.published == datetime(2024, 9, 2, 17, 7, tzinfo=timezone(timedelta(minutes=330)))
    assert art.authors == ["Aashish Saxena"]
    assert art.source == "TIMESOFINDIA.COM"


_MENU = [f"Section {i}" for i in range(45)]


def _far(*header: str, after: tuple[str, ...] = ()) -> str:
    return "\n".join(
        [*header, *_MENU, "Council approves the new city budget", "", EN_PARA, "", EN_PARA2, *after]
    )


def test_a_date_line_far_above_the_story_dates_a_page_that_gives_no_other() -> None:
    art = newsparse.parse(_far("Home", "29.06.2023, 15:04 | Lesedauer: 7 Minuten"), format="text")
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2023, 6, 29, 15, 4)
    assert art.evidence["published"].rule == "header-date"
    assert any("shown above it" in w for w in art.warnings)


def test_a_dateline_beside_the_story_wins_over_a_date_far_above() -> None:
    art = newsparse.parse(
        _far("29.06.2023", after=("Posted on July 1, 2024",)).replace(
            "Council approves the new city budget",
            "Council approves the new city budget\nJuly 1, 2024",
        ),
        format="text",
    )
    assert art.published == datetime(2024, 7, 1)
    assert art.evidence["published"].rule == "dateline"


def test_a_date_below_the_story_never_dates_it() -> None:
    comments = tuple(f"Reader {i} liked it" for i in range(12))
    art = newsparse.parse(
        _far("Home", after=("", "Comments", *comments, "29.06.2023")), format="text"
    )
    assert art.published is None


@pytest.mark.parametrize("line", ["• 29.06.2023", "© 29.06.2023 Example GmbH"])
def test_a_listed_or_chrome_date_far_above_is_not_read(line: str) -> None:
    art = newsparse.parse(_far("Home", line), format="text")
    assert art.published is None


def _time_page(dateline: str, marked: str = "") -> bytes:
    return (
        "<html><head><title>Budget</title></head><body>"
        '<aside><ul><li><a href="/a">Board appoints two members</a>'
        f'<time {marked} datetime="2025-01-31T12:00:00Z">01/31/2025</time></li></ul></aside>'
        f"<article><h1>Council approves the new city budget</h1><p>{dateline}</p>"
        f"<p>{EN_PARA}</p><p>{EN_PARA2}</p></article></body></html>"
    ).encode()


def test_a_dateline_under_the_headline_beats_a_sidebars_time_element() -> None:
    art = newsparse.parse(_time_page("March 1, 2017 by Agatha Caleo"))
    assert art.published == datetime(2017, 3, 1)
    assert art.evidence["published"].rule == "dateline"


def test_a_time_element_on_the_datelines_day_is_kept() -> None:
    art = newsparse.parse(_time_page("January 31, 2025"))
    assert art.published == datetime(2025, 1, 31, 12, tzinfo=timezone.utc)
    assert art.evidence["published"].origin == "time"


def test_an_updated_line_under_the_headline_does_not_replace_the_time_element() -> None:
    art = newsparse.parse(_time_page("Updated March 1, 2025"))
    assert art.published == datetime(2025, 1, 31, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/news/2024/05/05/council-votes/", datetime(2024, 5, 5)),
        ("https://example.com/izindaba/2025-11-08-council-votes/", datetime(2025, 11, 8)),
        ("https://example.be/cnt/dmf20250202_96887132", datetime(2025, 2, 2)),
        ("https://example.com/article/20250121-QBJP5I25BBIG5IZ76XZ/", datetime(2025, 1, 21)),
        ("http://politics.example.com.cn/n1/2024/0424/c1001-40223222.html", datetime(2024, 4, 24)),
        ("https://politics.example.cn/2024-05/13/content_37319243.htm", datetime(2024, 5, 13)),
        ("https://example.com/a/2024/5/7/story", datetime(2024, 5, 7)),
        ("https://example.com/2025/12/10", datetime(2025, 12, 10)),
        # not a day: a month's archive with a slug that opens with a number, an id, an
        # impossible day, no date at all
        ("https://example.com/2025/12/10-tips-for-winter", None),
        ("https://example.com/story?id=2024051812", None),
        ("https://example.com/2024/13/45/story", None),
        ("https://example.com/news/council-votes-12345678", None),
        ("http://[::1", None),
    ],
)
def test_the_day_an_address_spells(url: str, day: datetime | None) -> None:
    assert _url_day(url) == day


def test_a_page_that_shows_no_date_is_dated_by_its_address() -> None:
    dump = "\n".join(["Council approves the new city budget", "", EN_PARA, "", EN_PARA2])
    url = "https://example.com/news/2024/05/06/council-approves-budget"
    art = newsparse.parse(dump, format="text", url=url)
    assert art.published == datetime(2024, 5, 6)
    assert art.evidence["published"].rule == "url-date"
    assert any("its address spells" in w for w in art.warnings)
    assert newsparse.parse(dump, format="text").published is None


def test_a_date_the_page_shows_wins_over_its_address() -> None:
    dump = "\n".join(
        ["Council approves the new city budget", "May 5, 2024", "", EN_PARA, "", EN_PARA2]
    )
    url = "https://example.com/news/2024/05/06/council-approves-budget"
    art = newsparse.parse(dump, format="text", url=url)
    assert art.published == datetime(2024, 5, 5)
    assert art.evidence["published"].rule == "dateline"


@pytest.mark.parametrize("shown", ["May 7, 2024", "Updated May 7, 2024", "Jan 8, 2025"])
def test_a_later_day_than_the_address_spells_gives_way_to_it(shown: str) -> None:
    # the site minted the address the day it published: a later day shown is an
    # update's or the header's clock
    dump = "\n".join(["Council approves the new city budget", shown, "", EN_PARA, "", EN_PARA2])
    url = "https://example.com/news/2024/05/06/council-approves-budget"
    art = newsparse.parse(dump, format="text", url=url)
    assert art.published == datetime(2024, 5, 6)
    assert art.evidence["published"].rule == "address-day"
    assert any("later day than its address" in w for w in art.warnings)


@pytest.mark.parametrize(
    ("shown", "day"),
    [
        ("May 6, 2024, 9:30 am", datetime(2024, 5, 6, 9, 30)),  # the address's day, timed
        # the next day in Beijing, the address's day in UTC (where the site minted it)
        ("2024-05-07 01:30 +08:00", datetime(2024, 5, 7, 1, 30)),
        ("May 8, 2025", datetime(2025, 5, 8)),  # past ADDRESS_DAY_MAX_DAYS: the subject's
    ],
)
def test_the_same_day_or_a_year_on_keeps_the_shown_date(shown: str, day: datetime) -> None:
    dump = "\n".join(["Council approves the new city budget", shown, "", EN_PARA, "", EN_PARA2])
    url = "https://example.com/news/2024/05/06/council-approves-budget"
    art = newsparse.parse(dump, format="text", url=url)
    assert art.evidence["published"].rule == "dateline"
    assert art.published is not None and art.published.replace(tzinfo=None) == day


def test_of_two_datelines_as_near_the_headline_the_one_under_it_dates_the_page() -> None:
    dump = "\n".join(
        [
            "Recent News",
            "Board appoints two new members",
            "December 4, 2025",
            "Council approves the new city budget",
            "March 1, 2017 by Agatha Caleo",
            "",
            EN_PARA,
            "",
            EN_PARA2,
        ]
    )
    art = newsparse.parse(dump, format="text")
    assert art.published is not None
    assert art.published.date() == datetime(2017, 3, 1).date()
    assert art.evidence["published"].origin == "line:5"


_ZH_STORY = [
    "比赛革命的革命：文革中群众参与的心理动机",
    "",
    "在讨论文革的群众参与时，人们往往只看到领袖的号召和组织的动员，而忽略了参与者自身的心理动机。"
    "本文试图从政治心理学的角度，对这一现象给出一种解释。",
    "",
    "众所周知，当年的中国是一个高度政治化的社会。革命是最重要的理念，参加革命被看作是每个人"
    "实现自我价值的唯一正当途径，青年学生尤其如此。",
    "",
]


@pytest.mark.parametrize(
    ("signoff", "day"),
    [
        ("——《北京之春》1996年6月号", datetime(1996, 6, 1)),
        ("『FRIDAY』2024年5月10・17日号より", datetime(2024, 5, 10)),
        ("《读书》 2003年 11月 号", datetime(2003, 11, 1)),
        # not an issue: a month without 号, a book's title beside a year, an impossible month
        ("——《北京之春》1996年6月", None),
        ("《一九八四》1949年出版", None),
        ("《北京之春》1996年13月号", None),
    ],
)
def test_a_story_that_cites_its_print_issue_is_dated_by_it(
    signoff: str, day: datetime | None
) -> None:
    art = newsparse.parse("\n".join([*_ZH_STORY, signoff]), format="text")
    assert art.published == day
    if day is not None:
        assert art.evidence["published"].rule == "issue-date"
        assert any("print issue" in w for w in art.warnings)


def test_a_date_the_page_shows_wins_over_the_issue_it_cites() -> None:
    dump = [_ZH_STORY[0], "2024年5月20日 10:30", *_ZH_STORY[1:], "——《北京之春》1996年6月号"]
    art = newsparse.parse("\n".join(dump), format="text")
    assert art.published is not None and art.published.date() == datetime(2024, 5, 20).date()
    assert art.evidence["published"].rule != "issue-date"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("6 maja 2024, 09:43", datetime(2024, 5, 6, 9, 43)),  # Polish, genitive
        ("12 de mayo de 2024", datetime(2024, 5, 12)),  # Spanish, with its "de"s
        ("5 de março de 2025, 14:03", datetime(2025, 3, 5, 14, 3)),  # Portuguese
        ("16. apríl 2025", datetime(2025, 4, 16)),  # Icelandic
        ("5. května 2024", datetime(2024, 5, 5)),  # Czech
        ("5 мая 2024 года", datetime(2024, 5, 5)),  # Russian
        ("30 Nisan 2024 15:30", datetime(2024, 4, 30, 15, 30)),  # Turkish
        ("3 maart 2024", datetime(2024, 3, 3)),  # Dutch
        ("17 augusti 2023", datetime(2023, 8, 17)),  # Swedish
        ("2024년 5월 5일", datetime(2024, 5, 5)),  # Korean
        ("2024.05.05. 16:20", datetime(2024, 5, 5, 16, 20)),  # Korean, a dot after the day
        ("2025年1月13日 21時37分", datetime(2025, 1, 13, 21, 37)),  # Japanese, 時 for 时
    ],
)
def test_dates_in_the_languages_news_sites_write(text: str, day: datetime) -> None:
    hit = find_date(text)
    assert hit is not None and hit.value == day


def test_a_month_name_of_another_language_is_still_a_name_word() -> None:
    # the added month names read dates only: "Nisan" (a Turkish given name) stays a name
    assert "nisan" in P.DATE_MONTHS and "nisan" not in P.MONTHS


def _md_story(picture: str, *dateline: str) -> str:
    return "\n\n".join(
        ["# Council approves the new city budget", *dateline, EN_PARA, picture, EN_PARA2]
    )


def test_a_page_that_shows_no_date_is_dated_by_its_story_picture() -> None:
    md = _md_story("![The council](https://img.example/uploads/2024/09/04/council.jpg)")
    art = newsparse.parse(md, format="markdown", url="https://example.com/news/council-12345")
    assert art.published == datetime(2024, 9, 4)
    assert art.evidence["published"].rule == "image-date"
    assert any("picture is filed under" in w for w in art.warnings)


def test_the_address_and_a_shown_date_win_over_the_picture() -> None:
    md = _md_story("![The council](https://img.example/uploads/2024/09/04/council.jpg)")
    art = newsparse.parse(md, format="markdown", url="https://example.com/2024/09/05/council")
    assert art.published == datetime(2024, 9, 5)
    md = _md_story("![The council](https://img.example/uploads/2024/09/04/c.jpg)", "May 7, 2024")
    art = newsparse.parse(md, format="markdown")
    assert art.published == datetime(2024, 5, 7)


def test_a_picture_filed_under_no_day_dates_nothing() -> None:
    md = _md_story("![The council](https://img.example/uploads/2024/09/council.jpg)")
    assert newsparse.parse(md, format="markdown").published is None


def test_a_datelines_cell_beside_a_pager_is_a_dateline() -> None:
    row = "2005-04-05 06:40更新 来源：新华网\t第1页/共1页 << 上一页 | 下一页 >>"
    cell = Unit(line=1, text=row)
    compute(cell)
    assert cell.dateline
    assert cell.fields == (("source", "来源", "新华网"),)  # the value ends with its cell
    line = Unit(line=1, text=row.replace("\t", " "))
    compute(line)
    assert not line.dateline  # one cell: the pager's words stand beside the date


def test_a_markdown_datelines_cell_is_judged_alone() -> None:
    row = "2005-04-05 06:40更新 来源：新华网 | 第1页/共1页 << 上一页 | 下一页 >>"
    cell = Unit(line=1, text=row, markdown=row)
    compute(cell)
    assert cell.dateline
    line = Unit(line=1, text=row)  # a plain dump's " | " is a separator of the line's words
    compute(line)
    assert not line.dateline


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("２００５年４月５日　１０：３０　新华社", datetime(2005, 4, 5, 10, 30)),
        ("日期：２０２４／０５／０５", datetime(2024, 5, 5)),
        ("二〇〇五年四月五日", datetime(2005, 4, 5)),
        ("一九九八年十月十日", datetime(1998, 10, 10)),
        ("二〇一〇年十二月三十一日", datetime(2010, 12, 31)),
        ("二〇〇八年五月二十日", datetime(2008, 5, 20)),
    ],
)
def test_a_year_in_full_width_digits_or_chinese_numerals_is_read(
    text: str, value: datetime
) -> None:
    hit = find_date(text)
    assert hit is not None
    assert hit.value == value
    assert text[hit.start : hit.end].strip() == hit.text  # the text as the line writes it


@pytest.mark.parametrize(
    "text", ["二〇〇五年十三月五日", "一二三四五年", "２００５", "第一二三四期"]
)
def test_numerals_that_write_no_day_are_no_date(text: str) -> None:
    assert find_date(text) is None


_BUS_STORY = [
    "城市公交新线路下月开通 覆盖三个新区",
    "",
    "记者从市交通局获悉，本市将于下月开通三条公交新线路，覆盖东部三个新建城区，方便沿线居民出行。",
    "",
    "据介绍，新线路全程约二十公里，沿途设站三十余个，早晚高峰期间发车间隔不超过十分钟。",
    "",
]


def test_dated_teasers_below_the_story_do_not_date_it() -> None:
    teasers = ["相关新闻", "·地铁三号线工程进展顺利（2005-04-03 17:19）"]
    teasers += [
        "·出租车起步价下月起调整（2005-04-01 16:19）",
        "·长途客运站搬迁（2005-04-01 09:56）",
    ]
    art = newsparse.parse(
        "\n".join(["首页 | 新闻 | 财经", "", *_BUS_STORY, *teasers]), format="text"
    )
    assert art.published is None


def test_a_lone_date_under_the_story_still_signs_it_off() -> None:
    dump = "\n".join(["首页 | 新闻 | 财经", "", *_BUS_STORY, "（2005年4月5日）", "相关新闻"])
    art = newsparse.parse(dump, format="text")
    assert art.published == datetime(2005, 4, 5)


def test_a_w3m_rows_date_cell_dates_an_undated_page() -> None:
    row = "城市公交新线路下月开通 覆盖三个新区          2005-04-05 06:40 来源：新华网          上一页 | 下一页"
    dump = "\n".join(["首页 | 新闻 | 财经", "", row, "", *_BUS_STORY[2:]])
    art = newsparse.parse(dump, format="text")
    assert art.published is not None
    assert art.published.replace(tzinfo=None) == datetime(2005, 4, 5, 6, 40)
    assert art.evidence["published"].rule == "header-date"


def test_a_date_among_a_rows_words_is_no_dateline_cell() -> None:
    line = Unit(
        line=1,
        text="城市公交新线路下月开通 覆盖三个新区 2005-04-05 06:40 来源：新华网 上一页 下一页",
    )
    compute(line)
    assert not line.dateline
    assert not _dateline_cell(line)


def test_a_date_beside_a_source_field_is_a_dateline_whatever_else_the_line_holds() -> None:
    line = Unit(
        line=1, text="2025-04-18 10:20:36  来源：江城日报  浏览次数：1234  字号：大/中/小  打印本页"
    )
    compute(line)
    assert line.dateline
    # a sentence that cites its source and a date is the story's, not a dateline
    lede = (
        "北京商报讯（记者 岳品瑜 董晗萱）5月20日，同业拆借中心公布2024年5月20日贷款市场报价利率。"
    )
    para = Unit(line=1, text=lede)
    compute(para)
    assert para.fields and para.date is not None and not para.dateline


def _edition_dump(under: str) -> str:
    """A header with the edition's date above the headline and ``under`` four lines
    under it, past the byline."""
    return "\n".join(
        [
            "Today's Paper",
            "Tuesday, 26 November 2024",
            "Council approves the new city budget",
            "",
            "Jane Harper",
            "",
            under,
            "",
            EN_PARA,
            "",
            EN_PARA2,
        ]
    )


def test_a_bare_date_under_the_headline_wins_over_a_nearer_one_above() -> None:
    art = newsparse.parse(_edition_dump("25 November 2024"), format="text")
    assert art.published is not None and art.published.date() == datetime(2024, 11, 25).date()
    assert art.evidence["published"].origin == "line:7"


def test_a_date_in_a_sentence_under_the_headline_is_no_bare_date() -> None:
    # a broadcast's date in a sentence under the headline: the nearer date above dates it
    dump = _edition_dump("Über dieses Thema berichtet: BR24 im Radio am 25.11.2024 um 06:00 Uhr.")
    art = newsparse.parse(dump, format="text")
    assert art.published is not None and art.published.date() == datetime(2024, 11, 26).date()
