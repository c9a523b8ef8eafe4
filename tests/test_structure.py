"""The article's structure (#19): tables, lists, quotes, code, links, emphasis, images,
and the joining of hard-wrapped dump lines."""

from __future__ import annotations

import dataclasses

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from benchmarks.structure import srcset_urls
from newsparse import Block, Kind, Link, Role, Span
from newsparse.models import trusted_block
from newsparse.segment.html.inline import CLOSE, LINK, MARK_OF_TAG, read_marks
from newsparse.segment.html.walk import largest_candidate
from newsparse.segment.text import segment_text
from tests.helpers import assert_lossless

PARAS = [
    "The council approved the new budget on Tuesday after a debate that lasted most of the "
    "afternoon, with the opposition voting against every one of its main lines.",
    "Spending on schools rises by four percent, while the roads budget stays where it was "
    "last year, the finance officer told the meeting before the final vote was taken.",
    "The budget takes effect in January, and the council will publish a summary for "
    "residents on its website and in the libraries over the coming weeks.",
]


def _page(body: str, title: str = "Council approves the budget") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article><footer><p>Copyright 2024 Example News</p></footer></body></html>"
    )


def _parse(body: str) -> newsparse.Article:
    return newsparse.parse(_page(body), url="https://news.example.com/city/budget.html")


def test_a_data_table_is_one_block_with_rows_and_renders_as_gfm() -> None:
    table = (
        "<table><thead><tr><th>Item</th><th>2023</th><th>2024</th></tr></thead>"
        "<tbody><tr><td>Schools</td><td>120</td><td>125</td></tr>"
        "<tr><td>Roads | bridges</td><td>80</td><td>80</td></tr></tbody></table>"
    )
    art = _parse(f"<p>{PARAS[0]}</p>{table}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")
    tables = [b for b in art.body if b.kind is Kind.TABLE]
    assert len(tables) == 1
    (t,) = tables
    assert t.rows == [
        ["Item", "2023", "2024"],
        ["Schools", "120", "125"],
        ["Roads | bridges", "80", "80"],
    ]
    assert t.text == "Item\t2023\t2024\nSchools\t120\t125\nRoads | bridges\t80\t80"
    md = art.to_markdown()
    assert "| Item | 2023 | 2024 |\n| --- | --- | --- |\n| Schools | 120 | 125 |" in md
    assert "| Roads \\| bridges | 80 | 80 |" in md


@pytest.mark.parametrize(
    "table",
    [
        "<table><tr><td>One cell only</td></tr><tr><td>Another row</td></tr></table>",
        "<table><tr><td>a</td><td>b</td></tr><tr><td><table><tr><td>x</td></tr></table></td>"
        "<td>y</td></tr></table>",
        "<table><tr><td>a</td><td></td></tr><tr><td></td><td></td></tr></table>",
    ],
    ids=["one-column", "nested", "spacer-cells"],
)
def test_a_layout_table_is_read_cell_by_cell(table: str) -> None:
    art = _parse(f"<p>{PARAS[0]}</p>{table}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>")
    assert not any(b.rows for b in art.blocks)


def test_nested_lists_quotes_and_code_render_in_markdown() -> None:
    body = (
        f"<p>{PARAS[0]}</p><ul><li>Schools<ul><li>Primary</li><li>Secondary</li></ul></li>"
        f"<li>Roads</li></ul><blockquote><p>This budget is fair.</p><p>It is also late.</p>"
        f"</blockquote><p>{PARAS[1]}</p><pre><code>total = 125 + 80\nprint(total)</code></pre>"
        f"<p>{PARAS[2]}</p>"
    )
    art = _parse(body)
    items = [(b.text, b.depth) for b in art.body if b.kind is Kind.LIST_ITEM]
    assert items == [("Schools", 0), ("Primary", 1), ("Secondary", 1), ("Roads", 0)]
    assert [b.text for b in art.body if b.kind is Kind.QUOTE] == [
        "This budget is fair.",
        "It is also late.",
    ]
    (code,) = [b for b in art.body if b.kind is Kind.CODE]
    assert code.text == "total = 125 + 80\nprint(total)"
    md = art.to_markdown()
    assert "- Schools\n  - Primary\n  - Secondary\n- Roads" in md
    assert "> This budget is fair.\n>\n> It is also late." in md
    assert "```\ntotal = 125 + 80\nprint(total)\n```" in md


def test_a_pre_without_code_is_running_text() -> None:
    art = _parse(f"<p>{PARAS[0]}</p><pre>{PARAS[1]}</pre><p>{PARAS[2]}</p>")
    assert not any(b.kind is Kind.CODE for b in art.blocks)


def test_links_are_absolute_and_rendered_only_when_asked() -> None:
    body = (
        f'<p>Read <a href="/docs/budget.pdf">the full budget</a> or <a href="#top">go up</a> '
        f'or <a href="javascript:void(0)">share</a>. {PARAS[0]}</p><p>{PARAS[1]}</p>'
    )
    art = _parse(body)
    block = next(b for b in art.body if b.text.startswith("Read"))
    assert block.links == (  # (an in-page anchor is a link; "javascript:" is not)
        Link(text="the full budget", href="https://news.example.com/docs/budget.pdf", start=5),
        Link(text="go up", href="https://news.example.com/city/budget.html#top", start=24),
    )
    assert block.text[5:20] == "the full budget"
    assert "[the full budget](https://news.example.com/docs/budget.pdf)" in art.to_markdown(
        links=True
    )
    assert "[the full budget]" not in art.to_markdown()


def test_emphasis_spans_render_with_formatting() -> None:
    art = _parse(f"<p>It was <b>not</b> an <em>easy <code>vote</code></em>. {PARAS[0]}</p>")
    block = art.body[0]
    assert block.spans == (
        Span(start=7, end=10, style="bold"),
        Span(start=14, end=23, style="italic"),
        Span(start=19, end=23, style="code"),
    )
    assert art.to_markdown(formatting=True).count("It was **not** an *easy `vote`*.") == 1
    assert "It was not an easy vote." in art.to_markdown()


def test_read_marks_squashes_like_the_plain_path() -> None:
    raw = f"  Start {LINK}the  link{CLOSE} and\n {LINK}{CLOSE}\u00a0more  "
    text, links, spans = read_marks(raw, ["https://a.example/", "https://b.example/"], 4)
    assert text == "Start the link and more"
    assert links == (("the link", "https://a.example/", 6),)
    assert spans == ()


def test_read_marks_ignores_a_page_that_spells_the_marks_itself() -> None:
    raw = f"odd {LINK} text {LINK}x{CLOSE}"
    text, links, spans = read_marks(raw, ["https://a.example/"], 2)
    assert (text, links, spans) == ("odd text x", (), ())


def test_blocks_keep_their_structure_through_json() -> None:
    art = _parse(
        f"<p>A <a href='/x'>link</a> and <i>italics</i>. {PARAS[0]}</p>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
        f"<p>{PARAS[1]}</p>"
    )
    again = newsparse.Article.model_validate_json(art.model_dump_json())
    assert again == art
    assert any(b.rows for b in again.blocks) and any(b.links for b in again.blocks)


def test_trusted_block_equals_a_validated_block() -> None:
    link, span = Link(text="x", href="https://e.example/", start=0), Span(0, 1, "bold")
    fields = {"role": Role.BODY, "kind": Kind.TABLE, "text": "x", "line": 3, "reason": "r"}
    extra = ([["x"]], 0, (link,), (span,))
    built = trusted_block(*fields.values(), extra)  # type: ignore[arg-type]
    validated = pydantic.TypeAdapter(Block).validate_python(
        {**fields, "rows": [["x"]], "links": [link], "spans": [span]}
    )
    assert dataclasses.asdict(built) == dataclasses.asdict(validated)


# -- images --------------------------------------------------------------------------


def test_srcset_gives_its_largest_candidate() -> None:
    assert largest_candidate("a.jpg 480w, b.jpg 1200w, c.jpg 800w") == "b.jpg"
    assert largest_candidate("a.jpg, b.jpg 2x") == "b.jpg"
    assert largest_candidate("https://i.example/w_600,h_400/a.jpg 600w") == (
        "https://i.example/w_600,h_400/a.jpg"
    )
    assert largest_candidate("  ") is None


def test_the_structure_benchmark_splits_srcset_as_the_standard_does() -> None:
    """Commas inside an address belong to it; a comma after one ends its candidate."""
    assert srcset_urls("https://i.example/t_fit-760w,f_auto/a.jpg") == [
        "https://i.example/t_fit-760w,f_auto/a.jpg"
    ]
    assert srcset_urls("a.jpg 100w,b.jpg 200w") == ["a.jpg", "b.jpg"]
    assert srcset_urls("a.jpg,\n   b.jpg 2x") == ["a.jpg", "b.jpg"]
    assert srcset_urls(" , ") == []


def test_picture_images_and_lazy_fallbacks_are_found() -> None:
    body = (
        f"<p>{PARAS[0]}</p>"
        '<figure><picture><source srcset="/a-1200.webp 1200w"><img data-flickity-lazyload='
        '"/a.jpg" src="data:image/gif;base64,R0lGOD" alt="A"></picture>'
        "<figcaption><strong>The hall</strong><p>Where the vote was held.</p></figcaption>"
        "</figure>"
        f"<p>{PARAS[1]}</p>"
        '<figure><picture><source srcset="/b-800.webp 800w"><img alt="B"></picture></figure>'
        f"<p>{PARAS[2]}</p>"
    )
    art = _parse(body)
    srcs = [img.src for img in art.images]
    assert srcs == ["https://news.example.com/a.jpg", "https://news.example.com/b-800.webp"]
    assert art.images[0].caption == "The hall Where the vote was held."


def test_a_figcaption_outside_its_figure_is_tied_to_the_image_of_its_wrapper() -> None:
    """A page that sets <figcaption> beside the picture's wrapper: the caption's
    grandparent stands for the figure, even with a line of text between the two; an image
    many paragraphs up in the same wrapper is another picture's."""
    body = (
        f"<p>{PARAS[0]}</p>"
        '<div class="photo"><div class="media"><img src="/a.jpg"></div>'
        '<div class="title">The harbour was rebuilt after the storm. The boats came back.</div>'
        "<div><figcaption>Boats at dawn in the old harbour.</figcaption></div></div>"
        f"<p>{PARAS[1]}</p>"
        f'<div class="wrap"><img src="/b.jpg"><p>{PARAS[2]}</p><p>{PARAS[0]}</p>'
        f"<p>{PARAS[1]}</p><div><figcaption>Not the picture above.</figcaption></div></div>"
    )
    art = _parse(body)
    assert [(i.src, i.caption) for i in art.images] == [
        ("https://news.example.com/a.jpg", "Boats at dawn in the old harbour."),
        ("https://news.example.com/b.jpg", None),
    ]


def test_content_after_a_void_element_libxml2_nests_is_read() -> None:
    art = _parse(f"<p>{PARAS[0]}<embed src='x.swf'> {PARAS[1]}</p><p>{PARAS[2]}</p>")
    assert PARAS[1] in art.text


# -- text dumps ----------------------------------------------------------------------


def _wrap(text: str, cols: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > cols:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line]


def test_a_dump_with_few_wrapped_lines_is_joined_at_its_widest_column() -> None:
    long_a = " ".join([PARAS[0], PARAS[1], PARAS[2]])
    long_b = " ".join([PARAS[2], PARAS[1]])
    lines = ["Home | News", "", "Council approves the budget", "", *_wrap(long_a, 200), ""]
    lines += [PARAS[0], "", *_wrap(long_b, 200), "", "Copyright 2024 Example News", ""]
    text = "\n".join(lines)
    art = newsparse.parse(text, format="text")
    assert_lossless(text, art)
    assert [b.text for b in art.body] == [long_a, PARAS[0], long_b]


def test_a_widest_line_without_its_full_stop_alone_is_not_a_wrap() -> None:
    para = PARAS[0].rstrip(".")
    text = "\n".join(["Home", "", "A headline", "", para, "Photo: Jane Doe", "", PARAS[1], ""])
    art = newsparse.parse(text, format="text")
    assert any(b.text == "Photo: Jane Doe" for b in art.blocks)


def test_a_line_at_the_margin_is_not_joined_with_its_own_copy() -> None:
    """w3m writes a picture's alt text, then its caption, both cut at the margin: the
    second line repeats the first and is no continuation of it."""
    body = _wrap(" ".join([PARAS[0], PARAS[1], PARAS[2]]), 72)
    cut = body[0]
    text = "\n".join(["Council approves the budget", "", cut, cut, "", *body, ""])
    units = segment_text(text)
    assert [u.text for u in units if u.text][1:3] == [cut, cut]


def test_a_cjk_paragraph_wrapped_in_a_narrow_cell_is_joined() -> None:
    """Lines of one width in terminal columns (full-width punctuation two columns each),
    none ending a sentence, then a line no wider that ends one: one paragraph, joined
    without spaces. Headlines cut to that width end no sentence: not joined."""
    para = "市图书馆新馆昨天正式对外开放，新馆位于滨江新区文化中心东侧，建筑面积约四万平方米。"
    cell = [para[k : k + 20] for k in range(0, len(para), 20)]
    heads = ["市民文化节下周开幕八大主题活动等你来参加", "滨江新区两所新建学校今年秋季开始招收学生"]
    nav = " | ".join(["首页", "新闻", "文化", "教育", "体育", "财经"] * 6)
    text = "\n".join([nav, "", "新馆开放", "", *cell, "", *heads, ""])
    units = segment_text(text)
    assert [u.text for u in units if u.text] == [nav, "新馆开放", para, *heads]
    latin = [
        "The council met on Monday to",
        "discuss the bridge over the",
        "river, which is closed.",
    ]
    assert [u.text for u in segment_text("\n".join(latin))] == latin


def test_renderer_marks_are_kept_out_of_the_body() -> None:
    text = "\n".join(
        ["Home", "", "A headline", "", PARAS[0], "", "[INS::INS] [INS::INS]", "", PARAS[1], ""]
    )
    art = newsparse.parse(text, format="text")
    assert_lossless(text, art)
    marks = next(b for b in art.blocks if b.text.startswith("[INS:"))
    assert (marks.role, marks.reason) == (Role.BOILERPLATE, "renderer_marks")
    assert "[INS:" not in art.text and not art.images


_PIECE = st.sampled_from(["a", "word", " ", "  ", "\n", " x ", "中文", "\u00a0", "\t"])


@st.composite
def _marked(draw: st.DrawFn) -> tuple[str, int, int]:
    """Text with balanced marks: (raw, marks written, links opened)."""
    parts: list[str] = []
    depth = marks = links = 0
    for _ in range(draw(st.integers(0, 12))):
        choice = draw(st.integers(0, 3))
        if choice == 0 and depth:
            parts.append(CLOSE)
            depth, marks = depth - 1, marks + 1
        elif choice == 1:
            mark = draw(st.sampled_from([LINK, *MARK_OF_TAG.values()]))
            parts.append(mark)
            depth, marks, links = depth + 1, marks + 1, links + (mark == LINK)
        else:
            parts.append(draw(_PIECE))
    parts.extend([CLOSE] * depth)
    return "".join(parts), marks + depth, links


@given(_marked())
def test_read_marks_text_is_the_plain_squash(case: tuple[str, int, int]) -> None:
    raw, marks, links = case
    text, found, spans = read_marks(raw, [f"https://e.example/{k}" for k in range(links)], marks)
    assert text == " ".join(raw.translate(dict.fromkeys(range(0xFDD0, 0xFDD5))).split())
    for label, _, start in found:
        assert label and text[start : start + len(label)] == label == label.strip()
    for start, end, _ in spans:
        assert 0 <= start < end <= len(text) and text[start:end] == text[start:end].strip()
