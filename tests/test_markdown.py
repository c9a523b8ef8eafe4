"""Markdown dumps (html2text, markdownify, turndown, reader services): segmentation into
units, the rules that read their marks, format detection, losslessness, to_markdown()."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import EmptyInputError, Kind, Role
from newsparse.api import sniff_format
from newsparse.segment.markdown import segment_markdown
from newsparse.units import Unit
from tests.helpers import assert_markdown_lossless

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

STORY = [
    "The city council approved the new budget on Tuesday after a debate that lasted "
    "well into the night, with eleven votes in favour and four against.",
    "Opponents said the plan cut too deeply into [library hours](https://example.com/libs), "
    "while supporters pointed to the **growing deficit** of the past three years.",
    "The mayor said she would sign the budget this week and that the first changes would "
    "take effect in the spring, once the new fiscal year begins.",
    "Residents can read the full plan on the city's website and comment on it until the "
    "end of the month, the council said in a statement.",
]

PAGE = "\n\n".join(
    [
        "[Home](/) [News](/news) [Sport](/sport) [Contact](/contact)",
        "  * [Politics](/politics)\n  * [Business](/business)\n  * [Culture](/culture)",
        "# Council approves the city budget",
        "![The council chamber](https://example.com/chamber.jpg)",
        "The council chamber on Tuesday",
        STORY[0],
        STORY[1],
        "## What changes",
        "  * Library hours are cut by a fifth.\n  * Bus fares stay the same.",
        STORY[2],
        "> We had no other choice, the mayor said.",
        STORY[3],
        "## Related stories",
        "  * [Council delays vote on the new stadium](/a/1)\n"
        "  * [Mayor presents the draft budget](/a/2)\n"
        "  * [Opposition calls for an audit](/a/3)",
        "[About us](/about) | [Privacy](/privacy) | [Terms](/terms)",
    ]
)


def _units(text: str) -> list[Unit]:
    return segment_markdown(text)


# --------------------------------------------------------------------- segmentation


def test_blocks_become_units_with_their_kind_and_text_without_syntax() -> None:
    units = _units(
        "# Big **news** today\n\n"
        'Some [linked text](https://a.example/x "title") and `code` and _emphasis_.\n\n'
        "  * first item\n  * [second](/2)\n\n"
        "> a quote\n\n"
        "```python\nprint('hi')\n```\n\n"
        "head a | head b\n---|---\ncell 1 | cell 2\n\n"
        "![alt text](https://a.example/p.jpg)\n\n"
        "1\\. Not a list, an escaped dot\n"
    )
    got = [(u.line, u.tag, u.text) for u in units]
    assert got == [
        (1, "h1", "Big news today"),
        (3, "p", "Some linked text and code and emphasis."),
        (5, "li", "first item"),
        (6, "li", "second"),
        (8, "blockquote", "a quote"),
        (10, "pre", "print('hi')"),
        (14, "td", "head a head b"),
        (16, "td", "cell 1 cell 2"),
        (18, "img", ""),
        (20, "p", "1. Not a list, an escaped dot"),
    ]
    by_line = {u.line: u for u in units}
    assert by_line[14].markdown == "head a | head b\n---|---"  # the rule row goes with it
    assert by_line[18].src == "https://a.example/p.jpg" and by_line[18].alt == "alt text"
    assert by_line[6].link_density == 1.0 and by_line[5].link_density == 0.0
    assert 0.2 < by_line[3].link_density < 0.6
    assert by_line[5].bullet and not by_line[3].bullet


def test_escapes_are_undone_and_the_inputs_private_use_characters_stay() -> None:
    # GB18030 decodes an old page's user-defined characters to U+E000.. (private use)
    [unit] = _units("\ue021 keep \\* star \\[x\\] [a](b) 1\\. \\_x\\_\n")
    assert unit.text == "\ue021 keep * star [x] a 1. _x_"


def test_a_paragraph_goes_on_over_lines_without_a_hard_break() -> None:
    units = _units("One sentence\nwrapped here.  \nA new line after a hard break.\n# Head\n")
    assert [(u.line, u.text) for u in units] == [
        (1, "One sentence wrapped here."),
        (3, "A new line after a hard break."),
        (4, "Head"),
    ]
    cjk = _units("第一行的文字\n接着第二行。\n")
    assert [u.text for u in cjk] == ["第一行的文字接着第二行。"]


def test_a_link_over_several_lines_is_one_unit() -> None:
    # html2text writes a list inside a link so: "[" / "* Home](/)[" / "* News](/news)"
    units = _units("[\n  * Home](/)[\n  * News](/news)\n\nA paragraph of text.\n")
    assert [(u.line, u.text, u.link_density) for u in units] == [
        (1, "Home News", 1.0),
        (5, "A paragraph of text.", 0.0),
    ]


def test_a_stray_bracket_holds_no_lines_together() -> None:
    # a forum's "作者： [name" whose "[" no "](" closes: its hard breaks still end lines
    units = _units(
        "楼层： 第 3 楼 作者： [老财迷  \n武略佐骑尉(从六品)  \n"
        "![](/h.gif) 呵呵,好啊  \n[![](/b.jpg)](/book?id=1) [![](/c.jpg)](/book?id=2)\n"
    )
    assert [(u.line, u.text) for u in units][:3] == [
        (1, "楼层： 第 3 楼 作者： 老财迷"),
        (2, "武略佐骑尉(从六品)"),
        (3, "呵呵,好啊"),
    ]
    # a bracket that a "](" closes a few lines below still holds its lines
    linked = _units("[Home  \nand more](/)\n\nA paragraph of text.\n")
    assert [(u.line, u.text, u.link_density) for u in linked] == [
        (1, "Home and more", 1.0),
        (4, "A paragraph of text.", 0.0),
    ]


def test_a_link_around_paragraphs_is_link_text_in_every_block() -> None:
    # html2text writes an <a> around a teaser card's picture, label and summary so:
    # "[![..](..)Title" / "* Video" / "Summary.](/url)", blank lines between
    units = _units(
        "[![Ships](/s.jpg)Port traffic back to normal\n\n  * Video\n\n"
        "Ships queued for days outside the harbour while the strike lasted.](/a/1)"
        "[![Crane](/c.jpg)New cranes\n\n"
        "A paragraph of text, not a link.\n"
    )
    assert [(u.line, u.text, u.link_density) for u in units] == [
        (1, "Port traffic back to normal", 0.0),  # a line of pictures: its credit
        (3, "Video", 1.0),
        (5, "Ships queued for days outside the harbour while the strike lasted. New cranes", 1.0),
        (7, "A paragraph of text, not a link.", 0.0),
    ]
    # a closing "](url)" with no card open above is left alone past the block's start
    [unit] = _units("Text (see [this](/x)) and more.\n")
    assert unit.text == "Text (see this) and more."


def test_a_list_item_that_holds_a_heading_has_no_heading_marks() -> None:
    units = _units("  1. [Home](/)\n  2. # Harbour strike ends\n  * ## Second level\n  * #1 hit\n")
    assert [(u.tag, u.text) for u in units] == [
        ("li", "Home"),
        ("li", "Harbour strike ends"),
        ("li", "Second level"),
        ("li", "#1 hit"),
    ]


def test_a_list_items_depth_is_told_by_its_markers_indent() -> None:
    text = (
        "  * Tools:\n\n    * [Pliers](https://a.example/p)\n\n      * [Small](https://a.example/s)"
        "\n\n  * Prices\n\nA paragraph at the margin.\n\n    * A new list, indented\n"
        "* Top\n\t* Under a tab\n* Next\tto a tab in its own text\n"
    )
    units = _units(text)
    assert [(u.text, u.depth) for u in units] == [
        ("Tools:", 0),
        ("Pliers", 1),
        ("Small", 2),
        ("Prices", 0),
        ("A paragraph at the margin.", 0),
        ("A new list, indented", 0),
        ("Top", 0),
        ("Under a tab", 1),
        ("Next to a tab in its own text", 0),  # a tab after the marker is no indent
    ]


def test_a_breadcrumbs_heading_is_the_headline_only_when_no_heading_of_its_own_is() -> None:
    crumbs = "  1. [Home](/)\n  2. [World](/world)\n  3. # Harbour strike ends after a long night"
    only = newsparse.parse("\n\n".join([crumbs, *STORY]), format="markdown")
    assert only.title == "Harbour strike ends after a long night"
    # a page whose breadcrumb holds the search engines' headline and that shows another
    shown = "## Dock workers go back to work on Friday morning"
    both = newsparse.parse("\n\n".join([crumbs, "World", shown, *STORY]), format="markdown")
    assert both.title == "Dock workers go back to work on Friday morning"
    # unless its share links name the breadcrumb's
    share = "[Share](https://twitter.com/intent/tweet?text=Harbour%20strike%20ends%20after%20a%20long%20night)"
    named = newsparse.parse("\n\n".join([crumbs, "World", shown, share, *STORY]), format="markdown")
    assert named.title == "Harbour strike ends after a long night"


def test_share_links_give_the_declared_headline_when_a_heading_shows_it() -> None:
    # the heading with a kicker run into it (html2text joins the kicker's <span>)
    share = (
        "[Mail](mailto:?subject=Harbour strike ends after talks) "
        "[X](https://twitter.com/intent/tweet?url=https%3A%2F%2Fa.example%2F1"
        "&text=Harbour%20strike%20ends%20after%20talks)"
    )
    page = "\n\n".join(["# Port of Riverton Harbour strike ends after talks", share, *STORY])
    art = newsparse.parse(page, format="markdown")
    assert art.title == "Harbour strike ends after talks"  # as the page declares it
    assert art.evidence["title"].origin == "markdown:share-link"
    # the same words with other quotes: the heading as the page shows it
    quotes = (
        "[X](https://twitter.com/intent/tweet?text=Why%20hasn%27t%20the%20bridge%20been%20fixed%3F)"
    )
    page = "\n\n".join(["# Why hasn\u2019t the bridge been fixed?", quotes, *STORY])
    assert (
        newsparse.parse(page, format="markdown").title == "Why hasn\u2019t the bridge been fixed?"
    )
    # a share text no heading shows (a site's name, a call to action) is not the headline
    other = "[X](https://twitter.com/intent/tweet?text=Read%20the%20Daily%20Ledger%20today)"
    page = "\n\n".join(["# Council approves the city budget", other, *STORY])
    assert newsparse.parse(page, format="markdown").title == "Council approves the city budget"
    # nor one that adds words to it (" via @site")
    via = (
        "[X](https://twitter.com/intent/tweet?text="
        "Council%20approves%20the%20city%20budget%20via%20%40ledger)"
    )
    page = "\n\n".join(["# Council approves the city budget", via, *STORY])
    assert newsparse.parse(page, format="markdown").title == "Council approves the city budget"


def test_reference_links_are_links_and_their_definitions_have_no_text() -> None:
    units = _units("Read [the report][1] and [this][] today.\n\n[1]: https://example.com/r\n")
    assert [(u.line, u.text) for u in units] == [(1, "Read the report and this today.")]
    assert (
        units[0].markdown == "Read [the report][1] and [this][] today.\n[1]: https://example.com/r"
    )
    assert 0.4 < units[0].link_density < 0.7


def test_setext_headings_and_rules() -> None:
    units = _units("Title here\n==========\n\nText under it.\n\n* * *\n\nSub\n---\n")
    assert [(u.line, u.tag, u.text) for u in units] == [
        (1, "h1", "Title here"),
        (4, "p", "Text under it."),
        (8, "h2", "Sub"),
    ]
    assert units[1].markdown == "Text under it.\n* * *"  # a rule has no text of its own


def test_a_fence_left_open_is_a_line_of_text() -> None:
    units = _units("```\nFirst paragraph.\n\nSecond paragraph.\n")
    assert [(u.line, u.tag, u.text) for u in units] == [
        (1, "p", "``` First paragraph."),
        (4, "p", "Second paragraph."),
    ]


def test_lines_without_text_at_the_top_join_the_first_unit() -> None:
    units = _units("[](/)[](/home)\n\n* * *\n\nFirst words.\n")
    assert [(u.line, u.text) for u in units] == [(1, "First words.")]
    assert units[0].markdown == "[](/)[](/home)\n* * *\nFirst words."
    only = _units("* * *\n\n[](/)\n")
    assert [(u.line, u.text, u.markdown) for u in only] == [(1, "", "* * *\n[](/)")]


def test_a_linked_picture_with_a_credit_is_an_image_line() -> None:
    [unit] = _units("[![A fox](/img/fox.jpg)](/gallery) Photo: AP\n")
    assert (unit.tag, unit.src, unit.alt, unit.text, unit.image_name) == (
        "img",
        "/img/fox.jpg",
        "A fox",
        "Photo: AP",
        True,
    )
    [text] = _units(
        "![](/i.png) A long paragraph that only opens with an icon and goes on "
        "to say a good deal more than any credit would.\n"
    )
    assert text.tag == "p" and text.text.startswith("A long paragraph")


# --------------------------------------------------------------------- the parse


def test_a_markdown_page_parses_into_story_title_images_and_navigation() -> None:
    art = newsparse.parse(PAGE, format="markdown")
    assert art.title == "Council approves the city budget"
    body = art.text
    for para in STORY:
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", para).replace("**", "")
        assert plain in body
    for chrome in ("Politics", "About us", "Council delays vote", "Home"):
        assert chrome not in body
    assert "[" not in body and "**" not in body and "#" not in body
    [image] = art.images
    assert image.src == "https://example.com/chamber.jpg"
    assert image.caption == "The council chamber on Tuesday"
    kinds = {b.text: b.kind for b in art.blocks}
    assert kinds["What changes"] is Kind.HEADING
    assert kinds["Library hours are cut by a fifth."] is Kind.LIST_ITEM
    assert kinds["We had no other choice, the mayor said."] is Kind.QUOTE
    related = next(b for b in art.blocks if b.text == "Council delays vote on the new stadium")
    assert related.role is Role.BOILERPLATE


def test_a_line_restating_a_pictures_alt_is_its_caption() -> None:
    alt = "Firefighters at the scene of the fire on Main Street on Monday night."
    page = "\n\n".join(
        ["# Fire on Main Street", STORY[0], STORY[1], f"![{alt}](/img/fire.jpg)", alt, *STORY[2:]]
    )
    art = newsparse.parse(page, format="markdown")
    [image] = art.images
    assert (image.caption, image.alt, image.role.value) == (alt, alt, "content")
    assert alt not in art.text


def test_to_markdown_keeps_the_storys_links_and_structure() -> None:
    md = newsparse.parse(PAGE, format="markdown").to_markdown()
    assert "[library hours](https://example.com/libs)" in md
    assert "**growing deficit**" in md
    assert "## What changes" in md
    assert "  * Library hours are cut by a fifth." not in md  # source lines are trimmed
    assert "* Library hours are cut by a fifth." in md
    assert "> We had no other choice, the mayor said." in md
    assert "(/about)" not in md and "(/a/1)" not in md  # chrome stays out
    rows = "Year | Budget\n---|---\n2023 | 10\n2024 | 12"
    table = newsparse.parse(
        "\n\n".join(["# A table in a story", STORY[0], STORY[1], rows, STORY[2], STORY[3]]),
        format="markdown",
    ).to_markdown()
    assert "Year | Budget\n---|---\n2023 | 10\n2024 | 12" in table


def test_plain_inputs_keep_markdown_none() -> None:
    art = newsparse.parse("A line.\nAnother line of text here.\n", format="text")
    assert all(b.markdown is None for b in art.blocks)


# --------------------------------------------------------------------- detection


def test_auto_recognises_markdown_and_leaves_plain_dumps_and_html_alone() -> None:
    assert sniff_format(PAGE) == "markdown"
    assert newsparse.parse(PAGE).title == "Council approves the city budget"
    assert newsparse.parse(PAGE.encode("utf-8")).blocks[0].markdown is not None
    plain = "Home\nNews\n* one bullet\nA story with [a bracket] in it.\n# not a heading?\n"
    assert sniff_format(plain) == "text"
    html = "<html><head><title>x</title></head><body><p>[a](b) [c](d) # e</p></body></html>"
    assert sniff_format(html) == "html"


def test_format_markdown_is_accepted_and_bad_formats_are_refused() -> None:
    art = newsparse.parse("[a](b)\n\nSome text.\n", format="markdown")
    assert art.blocks[0].markdown is not None
    with pytest.raises(ValueError, match="markdown"):
        newsparse.parse("x", format="md")  # type: ignore[arg-type]


def _corpus_text_items() -> list[dict[str, str]]:
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.exists():
        return []
    items = [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines() if x]
    return [d for d in items if d["format"] == "text"]


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
def test_no_plain_corpus_dump_is_taken_for_markdown_and_most_markdown_is_found() -> None:
    found = total = 0
    for d in _corpus_text_items():
        head = (CORPUS / d["path"]).read_bytes()[:65536].decode("latin-1")
        fmt = sniff_format(head)
        if d["dump_style"] == "html2text":
            total += 1
            found += fmt == "markdown"
        else:
            assert fmt == "text", f"{d['id']} ({d['dump_style']}) sniffed as {fmt}"
    # the few html2text dumps of plain prose without links read as text: that is fine
    assert total == 0 or found >= 0.95 * total


# --------------------------------------------------------------------- lossless


_PIECES = [
    "# Headline of the story",
    "## Section",
    "Paragraph with a [link](https://example.com/a) and **bold** text.",
    "  * [Menu item](/m)",
    "  * plain item",
    "1. numbered",
    "> quoted words",
    "```",
    "code()",
    "a | b",
    "---|---",
    "* * *",
    "![pic](/p.jpg)",
    "[![](/logo.png)](/)",
    "[",
    "  * Split](/x)[",
    "[](/)",
    "[1]: https://example.com/ref",
    "Read [the report][1].",
    "这是一段中文正文，讲述了新闻事件的经过。",
    "Title\n=====",
    "   ",
    "",
]
_line = st.one_of(
    st.sampled_from(_PIECES),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(_line, st.sampled_from(["\n", "\n\n", "\r\n", "  \n"])), max_size=50))
def test_generated_markdown_is_lossless(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    try:
        article = newsparse.parse(text, format="markdown")
    except EmptyInputError:
        assert not text.replace("\x00", "").strip()
        return
    assert_markdown_lossless(text.replace("\x00", ""), article)


def _markdown_dumps(limit: int) -> list[tuple[str, Path]]:
    dumps = [(d["id"], CORPUS / d["path"]) for d in _corpus_text_items()]
    dumps = [x for x in dumps if x[1].suffix == ".md"]
    return dumps[:: max(1, len(dumps) // limit)][:limit]


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
@pytest.mark.parametrize(("item_id", "path"), _markdown_dumps(40))
def test_corpus_markdown_dumps_are_lossless(item_id: str, path: Path) -> None:
    data = path.read_bytes()
    article = newsparse.parse(data, format="markdown")
    assert article.encoding
    assert_markdown_lossless(data.decode(article.encoding).removeprefix("\ufeff"), article)
    assert "](" not in article.text, "link syntax left in the body text"


def test_cli_reads_markdown_forced_or_sniffed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from newsparse import cli

    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    for extra in ([], ["--format", "markdown"]):
        assert cli.main(["parse", str(page), *extra]) == 0
        record = json.loads(capsys.readouterr().out)
        assert record["title"] == "Council approves the city budget"
        assert "[library hours]" not in record["text"] and "library hours" in record["text"]
    assert cli.main(["parse", str(page), "--format", "text"]) == 0
    assert (
        "[library hours](https://example.com/libs)" in json.loads(capsys.readouterr().out)["text"]
    )


@pytest.mark.parametrize(
    "notice",
    [
        "To view this video please enable JavaScript, and consider upgrading to a web browser "
        "that [supports HTML5 video](https://videojs.com/html5-video-support/)",
        "Du trenger javascript for å se video.",
        "Please enable JavaScript to view the comments powered by Disqus.",
    ],
)
def test_a_players_javascript_notice_is_not_the_storys_text(notice: str) -> None:
    # html2text writes a <video>'s fallback text, which a browser does not show.
    page = "\n\n".join(["# Council approves the city budget", *STORY[:2], notice, *STORY[2:]])
    art = newsparse.parse(page, format="markdown")
    assert [b.text for b in art.body] == [
        re.sub(r"\[([^]]+)\]\([^)]+\)|\*\*", r"\1", p) for p in STORY
    ]
    assert "JavaScript" not in art.text and "javascript" not in art.text


def test_a_sentence_around_a_long_link_is_the_storys_text() -> None:
    # The link's text is a headline the sentence quotes: its own words outside the link
    # (more than a sixth of its text) make it the story's sentence, not a teaser.
    quoting = (
        "It follows [the council's decision to close the riverside library branch after "
        "forty years](https://example.com/news/library-closure) in May."
    )
    menu = "[Read more news from the city council](https://example.com/news/council)"
    page = "\n\n".join(
        ["# Council approves the city budget", *STORY[:2], quoting, menu, *STORY[2:]]
    )
    art = newsparse.parse(page, format="markdown")
    texts = [b.text for b in art.body]
    assert texts[2].startswith("It follows the council's decision") and len(texts) == 5
    assert not any(t.startswith("Read more news") for t in texts)
