"""The rule table's trigger shortcut never changes a decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse import features, rules
from newsparse import patterns as P
from newsparse.models import Kind, Role
from newsparse.rules.doc import REGION
from newsparse.segment.text import segment_text
from newsparse.units import Unit
from tests.helpers import html_units

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _inputs() -> list[tuple[str, str, str]]:
    out = [("seed", "text", (FIXTURES / "reference" / "seed" / "input.txt").read_text())]
    manifest = CORPUS / "manifest.jsonl"
    if manifest.exists():
        items = [json.loads(x) for x in manifest.read_text().splitlines()]
        for d in items[::40]:
            out.append((d["id"], d["format"], (CORPUS / d["path"]).read_text(errors="replace")))
    return out


@pytest.mark.parametrize(("name", "fmt", "text"), _inputs(), ids=lambda x: str(x)[:30])
def test_triggers_change_no_decision(name: str, fmt: str, text: str) -> None:
    units = segment_text(text) if fmt == "text" else html_units(text)
    for u in units:
        features.compute(u)
    doc = rules.Doc(units=units)
    rules.analyse(doc)
    assert rules.decide(doc) == rules.decide(doc, use_triggers=False)


def test_every_precondition_names_a_unit_feature() -> None:
    for rule in rules.RULES:
        assert rule.needs in (None, REGION) or hasattr(Unit(line=1, text=""), rule.needs)


def test_every_rule_has_a_unique_name_and_a_meaning() -> None:
    names = [r.name for r in rules.RULES]
    assert len(set(names)) == len(names)
    assert all(len(m) > 20 and "\n" not in m for m in rules.meanings().values())


def test_every_boilerplate_head_opens_the_shared_way() -> None:
    # patterns.BOILERPLATE_ANY_HEAD strips this opening from each head and anchors it once
    for kind, pattern, _ in P.BOILERPLATE_HEADS:
        assert pattern.pattern.startswith(P.HEAD_START + "("), kind


def test_a_paragraph_that_opens_with_a_label_is_body() -> None:
    # "作者：佚名 ..." runs on for a paragraph: a label word, not a metadata line. Counted
    # as a marker, it cost the region its first paragraph (and a whole page its story).
    zh = "连云港市网络社会组织党建经验在全国交流展示，会议在北京召开，多家单位作了发言。"
    para = "作者：佚名 此诗写于元和六年，时年白居易四十岁。" + "从诗中可以看出作者的心情，" * 4
    dump = "\n".join(["首页 > 诗词 > 正文", "夜雨", "2019-07-23 18:45", para, zh * 2, zh * 3])
    article = newsparse.parse(dump)
    block = next(b for b in article.blocks if b.text == para)
    assert (block.role, block.kind) == (Role.BODY, Kind.PARAGRAPH)
    assert para in article.text


def test_a_standfirst_under_the_headline_is_the_first_paragraph() -> None:
    # Headline, standfirst, byline, date, story: the region starts under the byline (its
    # header bonus), and the standfirst above it is the story's opening paragraph.
    lede = "市政府周二表示，新建的自行车道将在明年年底前开通，这场持续两年的争论就此结束。"
    zh = "连云港市网络社会组织党建经验在全国交流展示，会议在北京召开，多家单位作了发言。"
    dump = "\n".join(
        [
            "首页 > 新闻 > 正文",
            "市议会通过自行车道计划",
            lede,
            "作者：张三",
            "2024-03-05 10:20",
            zh * 2,
            zh * 3,
        ]
    )
    article = newsparse.parse(dump)
    assert article.title == "市议会通过自行车道计划"
    assert article.text.split("\n\n")[0] == lede


def test_a_references_head_ends_the_story_in_a_dump() -> None:
    para = (
        "The council voted on Tuesday to expand the network of protected bike lanes across "
        "the northern districts, a plan that supporters say will make commuting safer."
    )
    refs = [
        f"Smith, J. and Jones, K. A long-term study of urban cycling in northern cities and "
        f"the effect of protected lanes on commuting safety, traffic volume and the local "
        f"economy, part {n}. Journal of Transport Research, volume {n}, issue two, pages "
        f"{n * 10} to {n * 10 + 9}."
        for n in range(1, 9)
    ]
    dump = "\n\n".join(["Council backs bike lane plan", para, para, para, "References", *refs])
    article = newsparse.parse(dump)
    assert article.text.split("\n\n") == [para, para, para]


@pytest.mark.parametrize(("name", "fmt", "text"), _inputs(), ids=lambda x: str(x)[:30])
def test_compute_all_gives_every_unit_the_facts_compute_gives(
    name: str, fmt: str, text: str
) -> None:
    # compute_all reads each distinct line once and copies its facts to the lines that
    # repeat it: the result must be compute()'s on every unit
    repeated = "\n".join(["首页 > 新闻", "- 相关新闻", "相关新闻", "2024-05-01 来源：新华社"] * 3)
    text = text + "\n" + repeated if fmt == "text" else text
    one = segment_text(text) if fmt == "text" else html_units(text)
    each = segment_text(text) if fmt == "text" else html_units(text)
    features.compute_all(one)
    for u in each:
        features.compute(u)
    assert len({u.text for u in one}) < len(one)  # (some lines do repeat)
    for a, b in zip(one, each, strict=True):
        assert [getattr(a, f) for f in (*features.FACTS, "alt", "src")] == [
            getattr(b, f) for f in (*features.FACTS, "alt", "src")
        ]


def test_a_caption_the_page_repeats_word_for_word_is_a_repeat_each_time() -> None:
    # find_repeats reads a repeated short line once: both lines share all their shingles
    a = "连云港市网络社会组织党建经验在全国交流展示，会议在北京召开，多家单位作了发言。"
    b = "市委常委、宣传部长出席会议并讲话，要求各地进一步加强网络社会组织建设工作。"
    c = "与会代表还参观了当地的社会组织孵化基地，并就下一步合作进行了深入交流讨论。"
    d = "会议指出，要坚持以党建引领社会组织健康发展，持续推动各项工作落到实处见效。"
    caption = "图为会议现场代表们正在认真听取经验介绍"
    lines = ["首页", "标题", a, b * 3, "a.jpg", caption, c * 3, "b.jpg", caption, d * 2]
    lines += ["今天的会议由市委办公室主持，会后发布了新闻通稿。", b + c, c + d, b * 2, d + b, ""]
    units = segment_text("\n".join(lines))
    features.compute_all(units)
    doc = rules.Doc(units=units, title_hint=None)
    rules.analyse(doc)
    assert doc.repeats == {5, 8}


def test_a_dateline_with_its_read_count_above_the_story_ends_no_post() -> None:
    # A blog post's footer ("posted @ ... 阅读(236) | 评论(5)") ends the post it signs;
    # a news page's dateline with the same counts, between a summary and the story, has
    # the story right under it and ends nothing.
    summary = "城东新区今年新建的三所公办小学已经通过竣工验收，将在九月一日投入使用。"
    para = "本报讯 记者从市教育局获悉，城东新区今年新建的三所公办小学已经通过竣工验收，"
    story = [para + "届时可新增学位四千余个。" * k for k in (2, 3, 4)]
    dump = "\n".join(
        ["首页 > 新闻", "城东新建三所小学", summary, "2005-08-20 | 阅读(1234) | 评论(5)", *story]
    )
    article = newsparse.parse(dump, format="text")
    assert all(p in article.text for p in story)
