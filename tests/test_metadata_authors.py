"""Authors beside a dateline and on name lines that a dump decorates (#16)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.features import english_byline
from newsparse.metadata.people import outlet, without_when
from tests.helpers import EN_PARA, EN_PARA2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Posted on July 1, 2024 by Jane Doe", ["Jane Doe"]),
        ("Posted on July 1, 2024 by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        # the writer's role after a comma
        (
            "03/01/2017 by Agatha Caleo, Candidate Representative to the Liaison Committee",
            ["Agatha Caleo"],
        ),
        # a blog's user name
        ("Posted on July 1, 2024 by infuy", ["infuy"]),
        ("发布时间 2005/03/15 22:36:13 by duscha 〓", ["duscha"]),
        # not bylines
        ("Updated July 1, 2024 by default", None),
        ("July 1, 2024 by Jane Doe, 2 comments", None),  # a count is no role
        ("Prices rose by Monday", None),  # no date
    ],
)
def test_a_dated_line_signed_at_its_end(text: str, names: list[str] | None) -> None:
    assert english_byline(text) == names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Artikel veröffentlicht am , Tobias Költzsch", "Tobias Költzsch"),
        ("Stefan Trunzik,  Uhr", "Stefan Trunzik"),
        ("ntv.de, ino/dpa", "ntv.de, ino/dpa"),
        ("Published on ,", ""),
    ],
)
def test_without_when(value: str, expected: str) -> None:
    assert without_when(value) == expected


def _dump(*header: str) -> str:
    return "\n".join(["Council approves the new city budget", *header, "", EN_PARA, "", EN_PARA2])


def test_a_name_after_the_words_that_date_a_line_is_its_author_not_its_source() -> None:
    art = newsparse.parse(
        _dump("Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch"),
        format="text",
    )
    assert art.authors == ["Tobias Költzsch"]
    assert art.source is None
    assert art.evidence["authors"].rule == "dateline-name"


def test_an_outlet_beside_a_dateline_is_still_the_source() -> None:
    art = newsparse.parse(_dump("23.07.2019, 16:24 Uhr | Reuters"), format="text")
    assert art.source == "Reuters"
    assert art.authors == []
    assert outlet("Reuters") == "Reuters"


def test_a_dated_line_signed_with_a_role_gives_the_name() -> None:
    art = newsparse.parse(
        _dump("03/01/2017 by Agatha Caleo, Candidate Representative to the Committee"),
        format="text",
    )
    assert art.authors == ["Agatha Caleo"]
    assert art.evidence["authors"].rule == "byline"


@pytest.mark.parametrize("bullet", ["•", "●", "*", "·"])
def test_a_bulleted_name_line_under_the_headline(bullet: str) -> None:
    art = newsparse.parse(
        _dump(f"  {bullet} Tanyel Mustafa", "  • Published: 22:04, 22 Apr 2024"), format="text"
    )
    assert art.authors == ["Tanyel Mustafa"]
    assert art.evidence["authors"].rule == "name-line"


def test_a_bulleted_line_of_words_is_no_name_line() -> None:
    art = newsparse.parse(
        _dump("  • Share this story", "  • Published: 22:04, 22 Apr 2024"), format="text"
    )
    assert art.authors == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Audrey Huang, Print Managing Editor", "Audrey Huang"),
        ("Mathias Hagen – Journalist", "Mathias Hagen"),
        ("Jane Doe | Staff Writer", "Jane Doe"),
    ],
)
def test_a_name_line_with_the_writers_role(line: str, name: str) -> None:
    art = newsparse.parse(_dump(line, "May 31, 2024"), format="text")
    assert art.authors == [name]
    assert art.evidence["authors"].rule == "name-line"


@pytest.mark.parametrize(
    "line",
    [
        "Audrey Huang, Print Managing Editor and Photo Editor of the Year 2023 Award",  # long
        "Read more, Subscribe today",
    ],
)
def test_a_line_without_a_role_after_the_comma_is_no_name_line(line: str) -> None:
    art = newsparse.parse(_dump(line, "May 31, 2024"), format="text")
    assert art.authors == []


@pytest.mark.parametrize(
    ("byline", "authors", "source"),
    [
        (
            "By Samya Kullab, Vasilisa Stepanenko, The Associated Press",
            ["Samya Kullab", "Vasilisa Stepanenko"],
            "The Associated Press",
        ),
        ("By Jane Doe and Reuters", ["Jane Doe"], "Reuters"),
        ("By Jon King, News Reporter", ["Jon King"], None),  # a role, no outlet
        ("By Associated Press", ["Associated Press"], None),  # alone: the site signs so
    ],
)
def test_an_outlet_credited_beside_the_writers_is_the_source(
    byline: str, authors: list[str], source: str | None
) -> None:
    art = newsparse.parse(_dump(byline, "May 31, 2024"), format="text")
    assert art.authors == authors
    assert art.source == source


def test_a_lower_case_line_under_a_bare_by_is_no_name() -> None:
    # a proof in Lean: "by" ends a line of code, the tactic under it is no author
    art = newsparse.parse(
        _dump("May 31, 2024", "", EN_PARA, "", "by", "intro ⟨h1, h2⟩"), format="text"
    )
    assert art.authors == []


@pytest.mark.parametrize("name", ["Jane Doe", "[Jane Doe](/author/jane)", "张三"])
def test_a_name_under_a_bare_by(name: str) -> None:
    art = newsparse.parse(_dump("By", name, "May 31, 2024"), format="text")
    assert art.authors == ["张三" if name == "张三" else "Jane Doe"]


def test_a_teasers_byline_below_the_story_gives_way_to_the_name_under_the_headline() -> None:
    dump = "\n".join(
        [
            "Council approves the new city budget",
            "Noora Mykkanen",
            "Published November 18, 2024 9:26pm",
            "",
            EN_PARA,
            "",
            EN_PARA2,
            "",
            "More Trending",
            "Storm closes the coast road for a week",
            "World",
            "1 day ago",
            "By Gergana Krasteva",
        ]
    )
    art = newsparse.parse(dump, format="text")
    assert art.authors == ["Noora Mykkanen"]


def test_a_sign_off_right_under_the_story_is_its_byline() -> None:
    dump = "\n".join(
        ["Council approves the new city budget", "", EN_PARA, "", EN_PARA2, "By Jane Doe"]
    )
    art = newsparse.parse(dump, format="text")
    assert art.authors == ["Jane Doe"]


def test_a_name_with_a_glued_handle_is_the_name() -> None:
    art = newsparse.parse(_dump("Greg Iacurci@GregIacurci", "May 31, 2024"), format="text")
    assert art.authors == ["Greg Iacurci"]


def _md(*header: str) -> str:
    return "\n\n".join(["# Council approves the new city budget", *header, EN_PARA, EN_PARA2])


def test_markdown_writers_portrait_and_name_beside_the_dateline() -> None:
    art = newsparse.parse(
        _md("![](https://example.com/a/jane.jpg)", "Jane Doe", "Published May 31, 2024"),
        format="markdown",
    )
    assert art.authors == ["Jane Doe"]
    name = next(b for b in art.blocks if b.text == "Jane Doe")
    assert (name.kind.value, name.reason) == ("byline", "name_line")


def test_markdown_writers_portrait_and_name_with_a_role_anywhere_under_the_headline() -> None:
    art = newsparse.parse(
        _md(
            "![](https://example.com/a/jane.jpg)",
            "Jane Doe – Journalist",
            "![](https://example.com/a/john.jpg)",
            "John Roe – Reporter in Paris",
            "We report from Oslo and Paris",
            "Published May 31, 2024",
        ),
        format="markdown",
    )
    assert art.authors == ["Jane Doe", "John Roe"]


def test_markdown_a_lead_pictures_short_caption_stays_a_caption() -> None:
    art = newsparse.parse(
        _md("![Council](https://example.com/p/council.jpg)", "Council Chamber", EN_PARA),
        format="markdown",
    )
    assert art.authors == []


def _boxed(*box: str) -> str:
    return "\n".join(["Council approves the new city budget", "", EN_PARA, "", EN_PARA2, "", *box])


def test_an_author_box_names_the_writer_of_a_page_that_gives_no_byline() -> None:
    art = newsparse.parse(
        _boxed("Lauren Vetter", "Lauren Vetter is a marketing writer who covers health care."),
        format="text",
    )
    assert art.authors == ["Lauren Vetter"]
    assert art.evidence["authors"].rule == "author-box"


def test_a_byline_wins_over_an_author_box() -> None:
    dump = _boxed("Lauren Vetter", "Lauren Vetter is a marketing writer.").replace(
        "budget\n", "budget\nBy Jane Doe\n", 1
    )
    assert newsparse.parse(dump, format="text").authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "box",
    [
        # the same shape twice: things described one by one, not an author box
        ("Codex Tool", "Codex Tool is a coding tool.", "Crush Tool", "Crush Tool is another."),
        # the paragraph does not say who the name is
        ("Lauren Vetter", "Lauren Vetter and the team met on Monday."),
        # one word is no person's name here
        ("Newsdesk", "Newsdesk is the team that writes the news."),
    ],
)
def test_what_is_not_an_author_box(box: tuple[str, ...]) -> None:
    assert newsparse.parse(_boxed(*box), format="text").authors == []


def test_a_page_that_names_only_its_editors_has_them_as_authors() -> None:
    """No writer named, only the editors ("（责编：牛镛、岳弘彬）"): they are the story's
    people, its authors too; a page that names a writer keeps its editors apart."""
    head = ["中拉航天合作论坛在京开幕", "2024年04月24日23:52 | 来源：新华网", ""]
    body = [
        "4月23日，首届中国－拉美和加勒比国家航天合作论坛在北京开幕，来自多国的代表出席。" * 2,
        "",
        "与会代表表示，将在卫星应用、航天人才培养等领域深化合作，让航天技术更好惠及人民。",
        "",
    ]
    art = newsparse.parse("\n".join([*head, *body, "（责编：牛镛、岳弘彬）", ""]))
    assert art.authors == ["牛镛", "岳弘彬"]
    assert art.editors == ["牛镛", "岳弘彬"]
    assert art.evidence["authors"].rule == "editor"
    signed = newsparse.parse("\n".join([*head, *body, "（记者 张三 责编：牛镛）", ""]))
    assert signed.authors == ["张三"]
    assert signed.editors == ["牛镛"]
