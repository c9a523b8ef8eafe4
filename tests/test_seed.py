"""The reference dump: every point the core issue pins, asserted one by one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, ImageRole, Kind, Role

SEED = Path(__file__).parent / "fixtures" / "reference" / "seed" / "input.txt"


@pytest.fixture(scope="module")
def art() -> Article:
    return newsparse.parse_file(SEED)


def _block(art: Article, text: str) -> newsparse.Block:
    return next(b for b in art.blocks if b.text == text)


def test_metadata(art: Article) -> None:
    assert art.title == (
        "【新时代 新作为 新篇章】初心相伴·十年磨剑!连云港市网络社会组织党建经验在全国交流展示"
    )
    assert art.published == datetime(2019, 7, 23, 18, 45, tzinfo=timezone(timedelta(hours=8)))
    assert art.published.isoformat() == "2019-07-23T18:45:00+08:00"
    assert art.published_text == "2019/07/23 18:45"
    assert art.source == "连网"
    assert art.site_name == "新华报业网"
    assert art.breadcrumb == ["新华报业网", "连云港", "要闻"]
    assert art.editors == ["顾志铭"]
    assert art.tags == []
    assert art.language == "zh"
    assert art.encoding == "utf-8"
    # the dateline's time gives no zone: read as Beijing time, and said
    assert art.warnings == [
        "published time has no timezone; read as Asia/Shanghai time (the page's language)"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "顺势而为和主动作为相结合",
        "当好领航员",
        "聚民心、筑同心,网聚正能量",
        "线上和线下相结合",
        "当好教导员",
        "稳初心、守正道,一心跟党走",
        "用情和用理相结合",
        "当好监督员",
        "养正气、固根本,赢得公信力",
        "党建和发展相结合",
        "当好服务员",
        "促稳定、提质效,扩大影响力",
    ],
)
def test_section_lines_are_headings(art: Article, text: str) -> None:
    assert _block(art, text).role is Role.HEADING


def test_headings_count(art: Article) -> None:
    assert sum(b.role is Role.HEADING for b in art.blocks) == 12


def test_image_slots_are_content_images_without_src(art: Article) -> None:
    content = [i for i in art.images if i.role is ImageRole.CONTENT]
    assert content and all(i.src is None for i in content)
    slot_lines = {b.line for b in art.blocks if b.role is Role.IMAGE}
    assert {i.line for i in content} == slot_lines
    assert 9 in slot_lines and 49 in slot_lines and 69 in slot_lines


@pytest.mark.parametrize(
    ("caption", "image_line"),
    [
        ("网络社会组织党员到连云港市赣榆抗日山烈士陵园开展党建活动", 49),
        ("赣榆“网络连心桥”页面", 69),
    ],
)
def test_named_captions_belong_to_the_image_above(
    art: Article, caption: str, image_line: int
) -> None:
    assert _block(art, caption).role is Role.CAPTION
    img = next(i for i in art.images if i.line == image_line)
    assert img.caption == caption


def test_dated_photo_descriptions_are_captions(art: Article) -> None:
    for text in (
        "2019年7月11日,连云港市互联网企业和网络社会组织联合党委与市税务局党委开展党建共建活动。",
        "2018年举办的“连云港市第一届互联网公益创投大赛”,先后荣获第六届江苏网络文化季优秀项目、"
        "第二届江苏十佳网络公益项目等奖项。",
    ):
        assert _block(art, text).role is Role.CAPTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("版权和免责声明", Kind.COPYRIGHT),
        ("相关网站", Kind.RELATED_LINKS),
        ("二维码.jpg", Kind.QR_CODE),
        ("jubao.jpg", Kind.REPORT),
        ("jbapp.jpg", Kind.REPORT),
        ("网上不良信息_00.png", Kind.REPORT),
        ("动态.jpg", Kind.PAGE_IMAGE),
        ("read_image.png", Kind.PAGE_IMAGE),
    ],
)
def test_boilerplate_kinds(art: Article, text: str, kind: Kind) -> None:
    b = _block(art, text)
    assert (b.role, b.kind) == (Role.BOILERPLATE, kind)


def test_legal_paragraphs(art: Article) -> None:
    kinds = {b.text[:4]: b.kind for b in art.boilerplate}
    assert kinds["版权声明"] is Kind.COPYRIGHT
    assert kinds["免责声明"] is Kind.DISCLAIMER


def test_footer_images_are_page_images(art: Article) -> None:
    page = [i for i in art.images if i.role is ImageRole.PAGE]
    assert [i.src for i in page][:2] == ["read_image_看图王.jpg", "信长星.png"]
    assert len(page) == 13


def test_text_holds_no_chrome(art: Article) -> None:
    for b in art.blocks:
        if b.role in (Role.BOILERPLATE, Role.METADATA, Role.CAPTION, Role.TITLE) and b.text:
            assert b.text not in art.text.split("\n\n"), b
    assert art.text.startswith("为进一步加强网络社会组织党建工作")
    assert "版权" not in art.text and "责编" not in art.text


def test_every_block_has_a_reason(art: Article) -> None:
    assert all(b.reason for b in art.blocks)


def test_markdown(art: Article) -> None:
    md = art.to_markdown()
    assert md.startswith("# 【新时代 新作为 新篇章】")
    assert "## 当好领航员" in md
    assert "*赣榆“网络连心桥”页面*" in md
    assert "版权声明" not in md


def test_json_round_trip(art: Article) -> None:
    again = Article.model_validate_json(art.model_dump_json())
    assert again == art
    assert again.text == art.text
