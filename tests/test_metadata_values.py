"""The value checks of metadata (#16): what can be a person's name, an outlet, a tag."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.features import english_byline, labelled_fields, reporter_signoff
from newsparse.metadata.head import split_tags
from newsparse.metadata.people import outlet, person_name, split_names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("来源：新华网", "新华网"),
        ("_来源：_ 新华网", "新华网"),
        ("新京报作者：新京报", "新京报"),
        ("人民日报2024-05-13 08:49", "人民日报"),
        ("[Kompas.com](https://www.kompas.com) \\-  WIB", "Kompas.com"),
        ("Stefan Trunzik,  Uhr", "Stefan Trunzik"),
        ("ntv.de, ino/dpa", "ntv.de, ino/dpa"),
        ("Friday,", None),
        ("Freitag,", None),
        ("Offentliggjort torsdag", None),
        ("By Lance Ulanoff published", None),
        ("By Tom Davies - Associated Press - Friday,", None),
        ("来自内蒙古自治区", None),
        ("Publiziert:", None),
        ("于  发布", None),
    ],
)
def test_outlet(value: str, expected: str | None) -> None:
    assert outlet(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Doe", "Jane Doe"),
        ("[Audrey Huang](https://example.com/staff/audrey)", "Audrey Huang"),
        ("Rachel Brazil0", "Rachel Brazil"),
        ("May", None),
        ("Friday", None),
        ("2024年5月", None),
        ("新京报", None),
        ("通讯员", None),
        ("COO", None),
        ("Co-Founder", None),
        ("Kathryn GiuffridaMar", "Kathryn Giuffrida"),  # a dump glued the date on
        ("Ulrich ExnerKorrespondent", "Ulrich Exner"),
        ("Jen MillsPublished", "Jen Mills"),
        ("Craig McCarthy", "Craig McCarthy"),  # a capital inside a name stays
    ],
)
def test_person_name(value: str, expected: str | None) -> None:
    assert person_name(value) == expected


def test_bylines() -> None:
    assert english_byline("By Jane Doe, May 5, 2024") == ["Jane Doe", "May"]  # May: dropped later
    assert english_byline("By **Jane Doe**") == ["Jane Doe"]
    assert english_byline("* By [Jane Doe](/author/jane-doe)") == ["Jane Doe"]
    assert english_byline("Von: Anna Roth") == ["Anna Roth"]
    assert english_byline("Posted by BeauHD on Friday December 19, 2025") == ["BeauHD"]
    assert english_byline("Posted on July 1, 2024 by Jane Doe") == ["Jane Doe"]
    assert english_byline("Stand by Me is a film about four boys") is None
    assert english_byline("Kolumne von Lars Brunckhorst") == ["Lars Brunckhorst"]
    assert english_byline("Ein Kommentar von Anna Roth") == ["Anna Roth"]
    assert english_byline("Analysis by Jane Doe") == ["Jane Doe"]
    assert english_byline("Bilder von Reuters und dpa") is None  # a picture credit
    assert reporter_signoff("박준석 기자 외 1명") == ["박준석"]
    assert reporter_signoff("기자회견에서 장관은 이렇게 말했다") is None
    assert reporter_signoff("新京报记者 彭冲 山东冠县报道") == ["彭冲"]
    assert reporter_signoff("本报记者罗科苏盈发自北京") == ["罗科苏盈"]
    assert reporter_signoff("（新华社记者 詹彦 摄）") is None  # a photo credit
    assert reporter_signoff("记者在现场看到，许多市民排队") is None


def test_chinese_slash_labels() -> None:
    assert labelled_fields("文/栗思 编辑/王五") == (
        ("authors", "文", "栗思"),
        ("editors", "编辑", "王五"),
    )
    assert labelled_fields("图/视觉中国") == (("photo", "图", "视觉中国"),)
    assert labelled_fields("[Jane](/author/jane-doe)") == ()  # a link's path, not a label


def test_tags_split() -> None:
    assert split_tags("两会 民生 代表委员") == ["两会", "民生", "代表委员"]
    assert split_tags("climate change, energy") == ["climate change", "energy"]
    assert split_tags("x" * 80) == []


def test_author_byline_page() -> None:
    page = (
        "<html><body><h1>Storm floods the harbour town today</h1>"
        "<p>By Jane Doe, May 5, 2024</p>"
        "<p>" + "The storm came in overnight and flooded the town's lower streets. " * 6 + "</p>"
        "</body></html>"
    )
    article = newsparse.parse(page)
    assert article.authors == ["Jane Doe"]
    assert article.source is None
    assert article.evidence["authors"].rule == "byline"
    assert article.evidence["published"].origin.startswith("line:")


def test_stand_only_date_warns() -> None:
    text = "Ein Titel der Nachricht heute\nStand: 12.04.2024\n\n" + (
        "Der Sturm kam in der Nacht und überflutete die Stadt am Fluss. " * 6
    )
    article = newsparse.parse(text, format="text")
    assert article.published is not None and article.published == article.modified
    assert any("only a last-modified time" in w for w in article.warnings)


def test_one_author_named_twice() -> None:
    """A declared "Jane Doe | Texas Newsroom" and the page's "By" / "Jane Doe | Texas
    Newsroom" lines name one author: its parts are not extra authors."""
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": {"@type": "Person", "name": "Jane Doe | Texas Newsroom"}}</script></head>'
        "<body><h1>Storm floods the harbour town today</h1><p>By</p>"
        "<p>Jane Doe | Texas Newsroom</p>"
        "<p>" + "The storm came in overnight and flooded the town's lower streets. " * 6 + "</p>"
        "</body></html>"
    )
    article = newsparse.parse(page)
    assert article.authors == ["Jane Doe | Texas Newsroom"]


def test_name_with_an_alias_is_one_person() -> None:
    assert split_names("周思博 (Joel Spolsky)") == ["周思博"]
    assert split_names("周思博 (Joel Spolsky") == ["周思博"]  # a field cut before ")"
    assert split_names("张三 李四") == ["张三", "李四"]


def test_host_name_beside_a_person_is_the_source() -> None:
    """A site's host name credited beside a person ("mdr.de", "Jane Doe") is the outlet;
    alone it stays the author (some sites sign with it)."""
    body = "<p>" + "The storm came in overnight and flooded the town's lower streets. " * 6
    head = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": [%s]}</script></head><body><h1>Storm floods the harbour town today</h1>'
    )
    both = '{"name": "mdr.de"}, {"@type": "Person", "name": "Jane Doe"}'
    article = newsparse.parse(head % both + body + "</p></body></html>")
    assert article.authors == ["Jane Doe"]
    assert article.source == "mdr.de"
    assert article.evidence["source"].rule == "author-is-outlet"
    alone = newsparse.parse(head % '{"name": "mdr.de"}' + body + "</p></body></html>")
    assert alone.authors == ["mdr.de"]


def test_chinese_name_lines() -> None:
    from newsparse.text import cjk_names

    assert cjk_names("胡平") == ["胡平"]
    assert cjk_names("赵延东、风笑天") == ["赵延东", "风笑天"]  # the first opens with a family name
    assert cjk_names("欧阳修") == ["欧阳修"]  # a compound family name
    assert cjk_names("国内") is None  # a section's name
    assert cjk_names("新华网") is None
    assert cjk_names("王小明 王小红 李四 赵五") is None  # a list, not a byline
    assert reporter_signoff("（袁源）") == ["袁源"]
    assert reporter_signoff("（图片）") is None


def test_page_zone() -> None:
    from newsparse.metadata.dates import page_zone

    assert page_zone(None, "https://www.example.de/a") == ("Europe/Berlin", "site")
    assert page_zone("en", "https://www.bbc.co.uk/news") == ("Europe/London", "site")
    assert page_zone("zh-CN", None) == ("Asia/Shanghai", "language")
    assert page_zone("de-AT", None) == ("Europe/Vienna", "language")
    assert page_zone("en", "https://example.com/") is None  # English spans many zones
    assert page_zone(None, None) is None


def test_time_without_zone_takes_the_pages_with_a_warning() -> None:
    """A dateline's time without a zone is read in the zone of the page's language (or
    site), and said; a day without a time stays a naive day."""
    story = "Der Sturm kam in der Nacht und überflutete die Stadt am Fluss. " * 6
    timed = newsparse.parse(
        "Ein Titel der Nachricht heute\n12.04.2024, 14:05 Uhr\n\n" + story, format="text"
    )
    assert (
        timed.published is not None and timed.published.isoformat() == "2024-04-12T14:05:00+02:00"
    )
    assert any("read as Europe/Berlin time (the page's language)" in w for w in timed.warnings)
    winter = newsparse.parse(
        "Ein Titel der Nachricht heute\n12.01.2024, 14:05 Uhr\n\n" + story,
        format="text",
        url="https://www.example.at/a",
    )
    assert (
        winter.published is not None and winter.published.isoformat() == "2024-01-12T14:05:00+01:00"
    )
    assert any("(the page's site)" in w for w in winter.warnings)
    day = newsparse.parse("Ein Titel der Nachricht heute\n12.04.2024\n\n" + story, format="text")
    assert day.published is not None and day.published.tzinfo is None
    assert any("left naive" in w for w in day.warnings)


def test_chinese_bylines_go_to_their_fields() -> None:
    """文/, 记者, 通讯员, 作者： name authors; 编辑/ and 责编 editors; 图/ credits the
    pictures (no Article field takes it)."""
    assert labelled_fields("通讯员 赵六") == (("authors", "通讯员", "赵六"),)
    assert split_names("张三 通讯员 赵六") == ["张三", "通讯员", "赵六"]  # the label: no name
    assert person_name("通讯员") is None
    assert labelled_fields("本报记者 李明") == (("authors", "本报记者", "李明"),)
    assert labelled_fields("（责编：牛镛、岳弘彬）") == (("editors", "责编", "牛镛、岳弘彬"),)
    story = "城市的夜市昨晚重新开张，摊主们早早地摆好了摊位，不少市民专程赶来。" * 4
    article = newsparse.parse(
        "老城区的夜市重新开张\n文/张三 图/视觉中国\n通讯员 赵六\n\n"
        + story
        + "\n\n编辑/李四 责编：王五\n",
        format="text",
    )
    assert article.authors == ["张三", "赵六"]
    assert article.editors == ["李四", "王五"]
    assert "视觉中国" not in article.authors + article.editors
    assert article.source is None


def test_name_and_outlet_beside_a_dateline() -> None:
    """ "Jane Doe / EXAMPLE.COM / Sep 2, 2024, 17:07": the name is the author, the other
    part the source (not one source holding both)."""
    story = "The storm came in overnight and flooded the town's lower streets again. " * 6
    article = newsparse.parse(
        "Storm floods the harbour town for the second time this year\n"
        "Jane Doe / EXAMPLE.COM / Sep 2, 2024, 17:07\n\n" + story,
        format="text",
    )
    assert article.authors == ["Jane Doe"]
    assert article.source == "EXAMPLE.COM"
    assert article.evidence["authors"].rule == "dateline-name"


@pytest.mark.parametrize("value", ["京港台时间", "北京时间", "● 京港台时间", "WITA"])
def test_a_zones_name_is_no_outlet(value: str) -> None:
    assert outlet(value) is None
