"""The shapes of metadata values on the parser's real output, over every corpus item: no
author or source that is a weekday, a date, a bare label, a byline ("By ...") or holds a
label, no author that is a reader's location line or a publication; tags are lists of
short items. (The values themselves are scored by the accuracy
benchmark; this test checks what kind of thing each one is.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import newsparse
from newsparse import patterns as P
from newsparse.features import find_date

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

#: A label at the head of a value or inside it ("来源：", "Source:", "作者：").
_LABEL = re.compile(
    r"(?:来源|稿源|作者|记者|编辑|责编|通讯员|Source|Quelle|Author|Autor)\s*[:：]", re.I
)
_WEEKDAY_ONLY = re.compile(r"^[^\w]*(\w+)[^\w]*$")


def _items() -> list[dict[str, str]]:
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.exists():
        return []
    items = [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines() if x]
    return [d for d in items if not d["set"].startswith("enc-")]  # copies of the others


def _bad_value(value: str) -> str | None:
    """What is wrong with an author or source value, or None."""
    word = _WEEKDAY_ONLY.match(value)
    if word and word.group(1).lower() in P.WEEKDAYS | set(P.MONTHS):
        return "a weekday or a month"
    if find_date(value) is not None:
        return "a date"
    if value.strip(" :：").lower() in P.PEOPLE_LABEL_WORDS | {"来源", "source", "quelle"}:
        return "a bare label"
    if re.match(r"(?i)by\s", value):
        return "a byline"
    if _LABEL.search(value):
        return "holds a label"
    if not any(ch.isalpha() for ch in value):
        return "no letters"
    return None


def _bad_author(value: str) -> str | None:
    """What is wrong with an author value, or None: a bad value, a reader's location
    line, or a publication (which belongs in ``source``)."""
    if P.LOCATION_LINE.match(value):
        return "a location line"
    if P.CJK_PUBLICATION.match(value):
        return "a publication"
    return _bad_value(value)


def _problems(article: newsparse.Article) -> list[str]:
    out = []
    for name in article.authors:
        why = _bad_author(name)
        if why:
            out.append(f"author {name!r}: {why}")
    if article.source is not None:
        why = _bad_value(article.source)
        if why:
            out.append(f"source {article.source!r}: {why}")
    if not isinstance(article.tags, list) or any(
        not t or len(t) > P.TAG_MAX_CHARS for t in article.tags
    ):
        out.append(f"tags {article.tags!r}")
    for field in article.evidence:
        if getattr(article, field) in (None, []):
            out.append(f"evidence for empty field {field}")
    return out


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
def test_metadata_shapes_over_the_corpus() -> None:
    problems: list[str] = []
    checked = 0
    for item in _items():
        article = newsparse.parse(
            (CORPUS / item["path"]).read_bytes(), url=item.get("url"), format=item["format"]
        )
        checked += 1
        problems += [f"{item['id']}: {p}" for p in _problems(article)]
    assert checked > 0
    assert not problems, "\n".join(problems[:40])


def test_the_check_catches_what_it_is_for() -> None:
    """The checks above are not vacuous: each bad shape the issue lists is caught."""
    for bad in ("Friday,", "Freitag,", "By Jane Doe,", "来源：新华网", "May", "2024-05-05", "记者"):
        assert _bad_value(bad) is not None, bad
    for good in ("Jane Doe", "新华网", "Associated Press", "张三"):
        assert _bad_value(good) is None, good
    for bad in ("来自内蒙古自治区", "IP属地：北京", "新京报", "央视新闻客户端"):
        assert _bad_author(bad) is not None, bad
    assert _bad_author("张三") is None
