"""Decoding: BOM, declared charsets (and their lies), UTF-8, detection, binary input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from benchmarks.scoring import body_score, f1
from newsparse.decode import decode, normalize_charset
from newsparse.errors import EmptyInputError, NewsparseError, NotAPageError

ZH = "新华社北京7月23日电，连云港市网络社会组织党建经验在全国交流展示。" * 3


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_wins(bom: bytes, codec: str) -> None:
    d = decode(bom + ZH.encode(codec))
    assert d.text == ZH
    assert d.encoding == codecs.lookup(codec).name


def test_utf16_without_bom() -> None:
    d = decode("Hello, this is a plain English news dump.\n".encode("utf-16-le"))
    assert d.text.startswith("Hello") and d.encoding == "utf-16-le"


@pytest.mark.parametrize("declared", ["gb2312", "GBK", "gb18030"])
def test_gbk_family_reads_as_gb18030(declared: str) -> None:
    data = f"<html><head><meta charset={declared}></head><body><p>{ZH}</p></body></html>"
    d = decode(data.encode("gb18030"), html=True)
    assert ZH in d.text
    assert d.encoding == "gb18030"


def test_http_header_charset_is_trusted_first() -> None:
    d = decode(ZH.encode("big5", errors="ignore"), content_type="text/html; charset=big5")
    assert d.encoding == "big5hkscs"


def test_lying_declaration_valid_utf8_wins() -> None:
    data = f"<html><head><meta charset=gb2312></head><body>{ZH}</body></html>".encode()
    d = decode(data, html=True)
    assert ZH in d.text and d.encoding == "utf-8"
    assert any("wrong" in w for w in d.warnings)


def test_undeclared_gbk_is_detected() -> None:
    d = decode((ZH * 4).encode("gbk"))
    assert ZH in d.text


def test_bad_bytes_warn_not_crash() -> None:
    data = ZH.encode("utf-8") + b"\xff\xfe\xfa" + ZH.encode("utf-8")
    art = newsparse.parse(data, format="text")
    assert art.encoding == "utf-8"
    assert ZH in art.blocks[0].text or ZH in art.text or any(ZH in b.text for b in art.blocks)
    assert any("invalid UTF-8" in w for w in art.warnings)


def test_utf8_page_with_a_gbk_fragment_stays_utf8() -> None:
    data = (ZH * 10).encode("utf-8") + "连云港".encode("gbk") + (ZH * 10).encode("utf-8")
    d = decode(data)
    assert d.encoding == "utf-8" and d.text.startswith(ZH)
    assert d.warnings


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "gzip"),
        (b"PK\x03\x04" + b"\x00" * 20, "ZIP"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "JPEG"),
    ],
)
def test_binary_payloads_raise(data: bytes, what: str) -> None:
    with pytest.raises(NotAPageError, match=what):
        newsparse.parse(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", ""])
def test_empty_input_raises(data: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        newsparse.parse(data)
    assert issubclass(EmptyInputError, NewsparseError)


def test_normalize_charset() -> None:
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset("big5") == "big5hkscs"
    assert normalize_charset("no-such-charset") is None


def test_as_is_says_when_the_text_is_the_bytes_decoded_unchanged() -> None:
    page = "<html><body><p>新闻正文</p></body></html>"
    assert decode(page.encode("utf-8"), html=True).as_is
    gbk = page.replace("<html>", '<html><meta charset="gbk">').encode("gb18030")
    assert decode(gbk, html=True).as_is  # strict, under the codec it declares
    assert not decode(codecs.BOM_UTF8 + page.encode("utf-8"), html=True).as_is  # BOM cut
    assert not decode(page.replace("正", "\x00").encode("utf-8"), html=True).as_is  # NUL
    # a stray byte in UTF-8: read as UTF-8 with a replacement, not as it is
    mostly = ("正文" * 40 + "<p>").encode("utf-8") + b"\xff" + b"</p>"
    assert not decode(mostly, html=True).as_is


def test_utf8_bytes_go_to_libxml2_as_they_are_unless_something_is_cut() -> None:
    from newsparse.segment.html import encode_page

    page = "<html><body><p>新闻正文</p></body></html>"
    raw = page.encode("utf-8")
    assert encode_page(page, [], raw) is raw
    declared = '<?xml version="1.0" encoding="gbk"?>' + page
    assert encode_page(declared, [], declared.encode("utf-8")) == raw  # declaration cut


# --- undeclared CJK pages the detector takes for a single-byte code page -------------------

_ZH = "新华社北京3月5日电，今年的政府工作报告提出，要着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。"
_JA = (
    "東京で開かれた会議では、多くの代表が新しい計画について意見を述べ、今後の方針を話し合いました。"
)
_KO = "서울에서 열린 회의에서 많은 대표들이 새로운 계획에 대해 의견을 나누고 앞으로의 방향을 논의했습니다."
#: A menu of ASCII links: markup that outweighs the text, as on real pages.
_MENU = "".join(
    f'<li><a href="/section/{k}/index.html" class="nav-item nav-link">Section {k} news</a></li>'
    for k in range(60)
)


def _menu_page(text: str) -> str:
    return f"<html><head><title>T</title></head><body><ul>{_MENU}</ul><p>{text}</p><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("text", "codec", "want"),
    [(_ZH, "gbk", "gb18030"), (_JA, "shift_jis", "cp932"), (_KO, "euc_kr", "cp949")],
)
def test_undeclared_cjk_page_is_not_read_as_a_single_byte_code_page(
    text: str, codec: str, want: str
) -> None:
    # charset-normalizer weighs the ASCII markup and guesses a Latin code page (cp1250,
    # cp775): the bytes are valid in the CJK codec and read as its language there
    d = decode(_menu_page(text).encode(codec), html=True)
    assert d.encoding == want
    assert text in d.text
    assert any("was not taken" in w for w in d.warnings)


def test_undeclared_gbk_page_with_a_stray_byte_is_still_read_as_gbk() -> None:
    # old GBK pages hold a stray byte (a character cut in two): one invalid sequence in a
    # page of Chinese text is replaced, with a warning, not a reason to read it as Cyrillic
    head, tail = _menu_page(_ZH * 4).encode("gbk").rsplit(b"</p>", 1)
    d = decode(head + b"\xc7</p>" + tail, html=True)
    assert d.encoding == "gb18030"
    assert _ZH * 4 in d.text and d.text.count("\ufffd") == 1
    assert any("were replaced" in w for w in d.warnings)
    # a break near the start is not a stray byte: the page is not read through as GBK
    d = decode(b"\xc7 " + _menu_page(_ZH * 4).encode("gbk"), html=True)
    assert d.encoding != "gb18030"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "Die Bundesregierung hat am Dienstag über die Pläne für Straßen und Brücken beraten.",
            "cp1252",
        ),
        ("Rząd przyjął w środę projekt ustawy o ochronie środowiska i zdrowia.", "cp1250"),
        ("Правительство в среду обсудило планы строительства новых дорог и мостов.", "cp1251"),
        ("Η κυβέρνηση συζήτησε την Τετάρτη τα σχέδια για νέους δρόμους και γέφυρες.", "iso8859_7"),
    ],
)
def test_undeclared_single_byte_page_keeps_its_code_page(text: str, codec: str) -> None:
    d = decode(_menu_page(text * 3).encode(codec), html=True)
    assert d.encoding not in ("gb18030", "cp932", "cp949")
    assert not any("was not taken" in w for w in d.warnings)


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _encoded_copies() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.exists():
        return []
    items = {d["id"]: d for d in map(json.loads, manifest.read_text().splitlines())}
    return [
        (item, items[item["id"].split("#")[0]])
        for item in items.values()
        if item["set"].startswith("enc-") and item["id"].split("#")[0] in items
    ]


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
def test_every_encoded_copy_scores_what_its_original_scores() -> None:
    # the corpus's enc-* sets: the Chinese, Japanese and Korean items in GB18030, Shift_JIS
    # and EUC-KR, declared, undeclared and as dumps (the truth is the original's)
    copies = _encoded_copies()
    assert copies
    off = []
    for item, original in copies:
        truth = original["truth"].get("body", "")
        scores = []
        for it in (item, original):
            fmt = "html" if it["format"] == "html" else "text"
            article = newsparse.parse((CORPUS / it["path"]).read_bytes(), format=fmt)
            score = body_score(article.text, truth)
            scores.append(f1(score.precision, score.recall) if truth else 1.0)
        if scores[0] < scores[1] - 0.01:
            off.append((item["id"], round(scores[0], 3), round(scores[1], 3)))
    assert not off, f"encoded copies scoring below their originals: {off}"
