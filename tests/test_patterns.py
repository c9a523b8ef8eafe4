"""A hint (patterns.words_hint) must find every line its full pattern finds: lines the
hint misses skip the pattern, so a miss would be a lost label, date or credit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import patterns as P
from newsparse.features import boilerplate_kind, labelled_fields
from newsparse.text import count_units

LABELS = [w for ws in P.FIELD_LABELS.values() for w in ws]
PAIRS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    ("field", P.FIELD, None),  # (P.field_hinted)
    ("copyright", P.COPYRIGHT_ANYWHERE, P.COPYRIGHT_ANYWHERE_HINT),
    ("photo credit", P.PHOTO_CREDIT, P.PHOTO_CREDIT_HINT),
    *(("named month", p, P.MONTH_HINT) for p in P.DATE_NAMED_MONTH),
    ("boilerplate heads", P.BOILERPLATE_ANY_HEAD, P.BOILERPLATE_HEAD_HINT),
    *(
        ("image chrome", p, P.IMAGE_CHROME_HINT)
        for p in (P.QR_MARKERS, P.REPORT_MARKERS, P.LOGO_MARKERS)
    ),
]
# Words that open boilerplate heads, in the cases that fold irregularly or not at all.
HEAD_WORDS = [
    "ICP备",
    "Copyright ©",
    "(C) 2019",
    "Related Articles",
    "Share this",
    "Privacy Policy",
    "Leave a Reply",
    "LESEN SIE AUCH",
    "À lire aussi",
    "免责声明",
    "相關新聞",
    "Most Read",
    "2 Responses to “",
]
# Pieces the generated lines are made of: the words the patterns look for, the characters
# around them that matter (separators, brackets, colons, digits), and letters whose case
# folding is irregular (ı and İ match i under re.I; ſ matches s; the Kelvin sign matches k).
WORDS = [
    *LABELS,
    *P.MONTHS,
    "未经授权不得转载",
    "转载请注明",
    "版权所有",
    "all rights reserved",
    "摄",
    "图",
    "photo",
    "Image",
    "PICTURE",
    "/ Getty",
    "2019",
    "23",
    *HEAD_WORDS,
    *("二维码", "QR-Code", "qr_code", "扫一扫", "JuBao", "12377", "辟谣", "Logo", "ICON", "Badge"),
]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from([" ", "  ", ":", "：", "|", "[", "】", "（", ")", ",", ".", "\t", "x"]),
    st.sampled_from(["ı", "İ", "ſ", "\u212a", "ß", "Σ", "ς"]),
    st.text(max_size=3),
)


def _recase(text: str, mode: int) -> str:
    return (text, text.upper(), text.lower(), text.title(), text.swapcase())[mode]


@pytest.mark.parametrize(("name", "pattern", "hint"), PAIRS, ids=lambda x: str(x)[:20])
@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(PIECES, max_size=12), mode=st.integers(0, 4))
def test_a_hint_finds_every_line_its_pattern_finds(
    name: str, pattern: re.Pattern[str], hint: re.Pattern[str], pieces: list[str], mode: int
) -> None:
    line = _recase("".join(pieces), mode)
    if pattern.search(line):
        assert P.hinted(hint, line) if hint else P.field_hinted(line), (name, line)


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(PIECES, max_size=12), mode=st.integers(0, 4))
def test_a_field_has_a_cjk_label_or_a_colon(pieces: list[str], mode: int) -> None:
    # features.compute skips labelled_fields on lines with neither (most lines)
    line = _recase("".join(pieces), mode)
    if labelled_fields(line):
        assert count_units(line)[1] or ":" in line or "：" in line, line


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*"0123456789 -/.年년:T"]), max_size=24))
def test_a_date_form_needs_one_of_its_characters(text: str) -> None:
    # features.find_date skips a form on a line without any of DATE_PATTERN_NEEDS' characters
    for pattern, needs in zip(P.DATE_PATTERNS, P.DATE_PATTERN_NEEDS, strict=True):
        if needs and pattern.search(text):
            assert P.holds_any(text, needs), (pattern.pattern, text)


@pytest.mark.parametrize("word", sorted({*LABELS, *P.MONTHS}))
def test_every_label_and_month_passes_its_hint_in_any_case(word: str) -> None:
    for mode in range(5):
        for line in (f"{_recase(word, mode)}: x", f"2019 [{_recase(word, mode)} 23, 2019"):
            if P.FIELD.search(line):
                assert P.field_hinted(line), line
            if P.DATE_PATTERNS[2].search(line):
                assert P.hinted(P.MONTH_HINT, line), line


def test_boilerplate_heads_are_written_in_lower_case() -> None:
    # BOILERPLATE_HEAD_HINT is their alternation without re.I, read on case-folded lines:
    # an upper-case letter in a head (outside an escape such as \W) would never match.
    for kind, pattern, _ in P.BOILERPLATE_HEADS:
        letters = re.sub(r"\\.", "", pattern.pattern)
        assert letters == letters.lower(), kind


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(PIECES, max_size=12), mode=st.integers(0, 4))
def test_the_head_hint_is_the_heads_alternation_grouped(pieces: list[str], mode: int) -> None:
    # BOILERPLATE_HEAD_HINT regroups the heads' alternatives by first character
    # (grouped_alternatives): it matches what their plain alternation matches
    plain = re.compile(P.BOILERPLATE_ANY_HEAD.pattern)
    for line in (_recase("".join(pieces), mode), _recase("» " + "".join(pieces), mode)):
        folded = P.fold(line)
        hint = P.BOILERPLATE_HEAD_HINT
        assert (hint.pattern.match(folded) is None) == (plain.match(folded) is None)
        # its OpeningHint skips the regex only on lines it cannot match
        assert (hint.search(folded) is None) == (hint.pattern.search(folded) is None), line


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [*"0123 ©(»《-_a", "sign up for", "subscribe to", "get", "please ", "icp", "粤"]
            + [P.fold(w) for w in HEAD_WORDS]
        ),
        max_size=8,
    )
)
def test_the_head_hints_opening_test_skips_no_line_its_regex_finds(pieces: list[str]) -> None:
    hint, text = P.BOILERPLATE_HEAD_HINT, "".join(pieces)
    assert hint.openings is not None  # (every head's opening is read)
    for line in (text, text + " 3 comments", "12 " + text):
        assert (hint.search(line) is None) == (hint.pattern.search(line) is None), line


def test_openings_reads_a_regex_sources_plain_openings() -> None:
    assert P.literal_prefix(r"ab?c") == "a"
    assert P.literal_prefix(r"\(c\)\s") == "(c)"
    assert P.literal_prefix(r"\d+") == ""
    assert P.openings(r"(已有|共有)\s*\d") == ("已有", "共有")
    assert P.openings(r"(to (view|see) it )?please") == ("to ", "please")
    assert P.openings(r"[京沪]?icp") == ("京", "沪", "icp")
    assert P.openings(r"(?=x)y") is None
    assert P.openings(r"[a-z]x") is None
    assert P.openings(r"(ab){0,2}c") is None


def test_alternatives_splits_a_regex_at_its_top_level_bars() -> None:
    assert P.alternatives(r"a(b|c)|[|]d|\|e|f") == ["a(b|c)", "[|]d", r"\|e", "f"]
    assert P.alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert P.group_end(r"(a|(b))\s*$") == 6
    assert P.grouped_alternatives(["ab", "ac", "b?c", r"\d+", "d"]) == r"a(?:b|c)|d(?:)|b?c|\d+"


@pytest.mark.parametrize("head", HEAD_WORDS)
def test_every_head_word_passes_its_hint_in_any_case(head: str) -> None:
    for mode in range(5):
        for line in (_recase(head, mode), f"» {_recase(head, mode)} x"):
            assert P.BOILERPLATE_ANY_HEAD.match(line), line
            assert P.hinted(P.BOILERPLATE_HEAD_HINT, line), line


def test_irregular_case_folding_always_passes() -> None:
    # re.I matches "ı" and "İ" to "i"; casefold() does not, so such lines skip no pattern
    assert P.FIELD.search("Edİted by: Jane Roe")
    assert P.field_hinted("Edİted by: Jane Roe")
    assert P.hinted(P.MONTH_HINT, "Aprıl 3, 2019")
    assert not P.field_hinted("nothing to see here")


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(
            # (curly quotes, a combining accent, numerals that are WORD characters, hangul
            # jamo, a character past the BMP: count_units reads the plane by a table)
            st.sampled_from("ab Zé中文かなす한_9,. \t-’—e\u0301²½Ⅻ\u1100\x01𝐀"),
            st.characters(codec="utf-8", exclude_categories=("Cs",)),
        ),
        max_size=40,
    )
)
def test_count_units_counts_cjk_characters_and_the_words_between_them(text: str) -> None:
    # the definition: CJK characters, plus the runs of letters once they are blanked out
    rest, cjk = P.CJK_CHAR.subn(" ", text)
    assert count_units(text) == (cjk + len(P.WORD.findall(rest)), cjk)


def test_bmp_units_reads_every_character_as_the_patterns_do() -> None:
    for code, mark in enumerate(P.BMP_UNITS):
        c = chr(code)
        want = "\x01" if P.CJK_CHAR.match(c) else "a" if P.WORD.match(c) else " "
        assert mark == want, hex(code)


#: What patterns.ends_sentence replaced: a search at every position of the line.
_SENTENCE_END = re.compile(rf"[{re.escape(P.SENTENCE_FINAL)}][{re.escape(P.CLOSING_MARKS)}]*$")


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from([*P.SENTENCE_FINAL, *P.CLOSING_MARKS, "a", " ", "\n", "\r"]),
        max_size=8,
    )
)
def test_ends_sentence_is_the_search_it_replaced(text: str) -> None:
    assert P.ends_sentence(text) == (_SENTENCE_END.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("也都往栖凤楼跑。\ufffd\ufffd\ufffd", True),
        ("“说得对。”\ufffd", True),
        ("连上海、广州、香港各处来人\ufffd", False),  # no sentence's end before it
    ],
)
def test_replacement_characters_after_a_sentence_end_hide_it_not(text: str, ends: bool) -> None:
    assert P.ends_sentence(text) is ends


#: What patterns.SENTENCE_PUNCT spells faster: a mark, or a full stop and a space.
_PUNCT = re.compile(r"[。！？!?，,；;：:、।۔؟،]|\.\s")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(["。", "，", ".", ",", " ", "\n", "a", "中"])))
def test_sentence_punct_counts_what_its_plain_spelling_counts(text: str) -> None:
    assert len(P.SENTENCE_PUNCT.findall(text)) == len(_PUNCT.findall(text))
    assert (P.SENTENCE_PUNCT.search(text) is None) == (_PUNCT.search(text) is None)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*"[*_•>›»＞→/\\19 20a中"]), max_size=12))
def test_character_sets_are_their_classes(text: str) -> None:
    # holds_any with a string of characters is the regex class it replaced
    chars = P.BYLINE_MARKUP_CHARS
    assert P.holds_any(text, chars) == (re.search(f"[{re.escape(chars)}]", text) is not None)
    # a line YEAR_STARTS rules out holds no YEAR
    assert P.holds_any(text, P.YEAR_STARTS) or P.YEAR.search(text) is None


def test_the_hidden_class_hint_finds_every_hiding_class() -> None:
    for name in P.HTML_HIDDEN_CLASSES:
        assert any(hint in name for hint in P.HTML_HIDDEN_CLASS_HINTS), name


def test_url_slug_reads_the_headline_words_of_an_address() -> None:
    from newsparse.text import slug_cover, url_slug

    slug = url_slug(
        "https://apnews.com/article/mexico-economy-growth-3cc842471fb9df42315d658d88c8403a"
    )
    assert slug == ("mexico", "economy", "growth")  # the hash is an id, not a word
    assert url_slug("https://news.example.cn/c/2024-05-06/doc-inaun1234.shtml") == ()
    assert url_slug("https://example.com/news/12345.html") == ()
    assert url_slug(None) == ()
    section = url_slug("https://mitsloan.example/ideas-made-to-matter/machine-learning-explained")
    assert section == ("machine", "learning", "explained")  # the story's, after the section's
    nrk = url_slug("https://www.nrk.no/sport/tarene-rant-for-lene-retzius-1.16999")
    assert slug_cover("Tårene rant for Lene Retzius", nrk) == 1.0  # accents dropped
    assert slug_cover("Weather for the weekend", nrk) == 0.2


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_tokens_are_the_token_pattern_s(text: str) -> None:
    # repeats._tokens reads an ASCII line with P.ASCII_TOKENS: the same tokens as _TOKEN
    from newsparse.rules.repeats import _TOKEN, _tokens

    assert _tokens(text) == _TOKEN.findall(text.lower())


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("《播客热潮迅速蔓延 挑逗传统传媒业》已有1件评论", "comment"),
        ("共有3条评论", "comment"),
        ("3 thoughts on “Why our tomatoes split after the rain”", "comment"),
        ('12 Responses to "Why our tomatoes split"', "comment"),
        # a story's sentences that count comments are not a comments head
        ("共有300条留言指出，新规定执行以来问题仍然很多", None),
        ("12 comments on the draft were received before the deadline.", None),
        ("3 thoughts on the matter stand out.", None),
    ],
)
def test_a_blog_comment_count_heads_the_comments(line: str, kind: str | None) -> None:
    assert boilerplate_kind(line, count_units(line)[0]) == kind


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(st.sampled_from([*P.BULLET_MARKS, *"19٣.)、 \tx"]), st.characters()),
        max_size=6,
    )
)
def test_a_bullet_opens_on_a_mark_or_a_digit(text: str) -> None:
    # features.compute runs BULLET only on a line whose first character may open one
    if P.BULLET.match(text):
        assert text[0] in P.BULLET_FIRST or text[0].isdecimal(), text
