"""The lossless invariant on generated text dumps and on real corpus dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import EmptyInputError
from tests.helpers import assert_lossless

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# Lines drawn from the shapes real dumps have: menus, datelines, labels, paragraphs,
# image names, whitespace-only slots, legal text, in CJK and Latin script.
_PIECES = [
    "首页",
    "新闻 > 国内 > 正文",
    "2019/07/23 18:45  连网",
    "来源：新华社",
    "责编：张三",
    "标签:",
    "版权声明:未经许可不得转载。",
    "相关网站",
    "二维码.jpg",
    "photo_01.png",
    "  ",
    "   ",
    "By Jane Doe",
    "Published July 23, 2019",
    "Share",
    "Copyright © 2024 Example",
    "这是一段很长的正文内容，讲述了一个新闻事件的来龙去脉，并给出了相关的背景信息。",
    "This is a long paragraph of running text, with several clauses, that reads like a story.",
    "• list item",
    "[image]",
    "7月22日,在北京召开会议。",
    "（新华社记者 李四 摄）",
]
line = st.one_of(
    st.sampled_from(_PIECES),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
eol = st.sampled_from(["\n", "\r\n", "\r", "\n\n"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(line, eol), min_size=1, max_size=60))
def test_generated_dumps_are_lossless(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    try:
        article = newsparse.parse(text, format="text")
    except EmptyInputError:
        assert not text.replace("\x00", "").strip()
        return
    assert_lossless(text.replace("\x00", ""), article)


def _corpus_dumps(limit: int) -> list[tuple[str, Path]]:
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.exists():
        return []
    items = [json.loads(x) for x in manifest.read_text().splitlines()]
    dumps = [(d["id"], CORPUS / d["path"]) for d in items if d["format"] == "text"]
    return dumps[:: max(1, len(dumps) // limit)][:limit]


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
@pytest.mark.parametrize(("item_id", "path"), _corpus_dumps(60))
def test_corpus_dumps_are_lossless(item_id: str, path: Path) -> None:
    data = path.read_bytes()
    article = newsparse.parse(data, format="text")
    assert article.encoding
    assert_lossless(data.decode(article.encoding), article)
