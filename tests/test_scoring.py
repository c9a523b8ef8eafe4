"""The benchmark scorer against hand-computed cases (see benchmarks/scoring.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from benchmarks import scoring
from benchmarks.scoring import (
    BodyScore,
    author_jaccard,
    authors_match,
    body_score,
    corpus_score,
    date_matches,
    shingles,
    snippet_in,
    title_matches,
    tokenize,
)

UTC = timezone.utc
PLUS2 = timezone(timedelta(hours=2))
PLUS8 = timezone(timedelta(hours=8))


# ----------------------------------------------------------------------------- tokens


def test_tokenize_words_lowercased_punctuation_dropped() -> None:
    assert tokenize("Hello, World! It's 2025.") == ["hello", "world", "it", "s", "2025"]


def test_tokenize_each_han_character_is_a_token_digits_are_runs() -> None:
    assert tokenize("新华社北京6月15日电") == [
        "新",
        "华",
        "社",
        "北",
        "京",
        "6",
        "月",
        "15",
        "日",
        "电",
    ]


def test_tokenize_mixed_scripts_split_at_script_boundary() -> None:
    assert tokenize("Hello世界abc") == ["hello", "世", "界", "abc"]


def test_tokenize_kana_and_hangul_per_character() -> None:
    assert tokenize("カタカナとひらがな") == list("カタカナとひらがな")
    assert tokenize("한국어 text") == ["한", "국", "어", "text"]


def test_tokenize_applies_nfkc() -> None:
    # Full-width Latin and digits fold to ASCII; half-width katakana to full-width.
    assert tokenize("ＡＢＣ１２３") == ["abc123"]
    assert tokenize("ﾃｽﾄ") == ["テ", "ス", "ト"]
    # The "ﬁ" ligature becomes "fi" and so joins its word.
    assert tokenize("ﬁnal") == ["final"]


def test_tokenize_cjk_punctuation_is_not_a_token() -> None:
    assert tokenize("你好，世界。「引用」") == ["你", "好", "世", "界", "引", "用"]


def test_shingles_are_a_multiset() -> None:
    sh = shingles(["a", "b", "a", "b", "a"], 2)
    assert sh[("a", "b")] == 2
    assert sh[("b", "a")] == 2
    assert sum(sh.values()) == 4


# ----------------------------------------------------------------------------- body


def test_identical_texts_score_one() -> None:
    text = "The quick brown fox jumps over the lazy dog.\n\nA second paragraph here."
    s = body_score(text, text)
    assert (s.precision, s.recall) == (1.0, 1.0)


def test_whitespace_and_case_do_not_matter() -> None:
    s = body_score("THE QUICK\n\nbrown   fox jumps", "the quick brown fox jumps")
    assert (s.precision, s.recall) == (1.0, 1.0)


def test_disjoint_texts_score_zero() -> None:
    s = body_score("alpha beta gamma delta epsilon", "one two three four five six")
    assert (s.precision, s.recall) == (0.0, 0.0)


def test_partial_overlap_hand_computed() -> None:
    # truth: 6 tokens -> 3 shingles (the quick brown fox), (quick brown fox jumps),
    #        (brown fox jumps over)
    # pred:  7 tokens -> 4 shingles; the first three equal truth's, the 4th
    #        (fox jumps over quickly) does not.
    s = body_score("the quick brown fox jumps over quickly", "the quick brown fox jumps over")
    assert (s.matched, s.predicted, s.truth) == (3, 4, 3)
    assert s.precision == pytest.approx(3 / 4)
    assert s.recall == pytest.approx(1.0)


def test_partial_overlap_missing_tail_hand_computed() -> None:
    # truth: 8 tokens -> 5 shingles; pred: first 5 tokens -> 2 shingles, both in truth.
    s = body_score("one two three four five", "one two three four five six seven eight")
    assert (s.matched, s.predicted, s.truth) == (2, 2, 5)
    assert s.precision == pytest.approx(1.0)
    assert s.recall == pytest.approx(2 / 5)


def test_repeated_prediction_is_penalised_by_multiset() -> None:
    # pred "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd (5);
    # truth "a b c d": one shingle abcd. Matched = min(2, 1) = 1.
    s = body_score("a b c d a b c d", "a b c d")
    assert (s.matched, s.predicted, s.truth) == (1, 5, 1)
    assert s.precision == pytest.approx(1 / 5)
    assert s.recall == pytest.approx(1.0)


def test_cjk_body_shingles_characters() -> None:
    # truth 6 chars -> 3 shingles; pred drops the last char -> 2 shingles, both in truth.
    s = body_score("北京今天下", "北京今天下雨")
    assert (s.matched, s.predicted, s.truth) == (2, 2, 3)
    assert s.recall == pytest.approx(2 / 3)


def test_short_texts_use_shorter_ngrams() -> None:
    assert body_score("Breaking news", "breaking news") == BodyScore(1.0, 1.0, 1, 1, 1)
    # n = min(4, 5, 2) = 2: pred bigrams (breaking news) (news today) (today in) (in paris)
    s = body_score("breaking news today in paris", "breaking news")
    assert (s.matched, s.predicted, s.truth) == (1, 4, 1)
    assert s.precision == pytest.approx(1 / 4)
    assert s.recall == pytest.approx(1.0)


def test_empty_edge_cases() -> None:
    both = body_score("", "  ")
    assert (both.precision, both.recall) == (1.0, 1.0)
    missed = body_score("", "some real body text here")
    assert (missed.precision, missed.recall) == (0.0, 0.0)
    invented = body_score("some text that should not be here", "")
    assert (invented.precision, invented.recall) == (0.0, 1.0)
    # Punctuation only counts as empty.
    punct = body_score("…… —— !!", "")
    assert (punct.precision, punct.recall) == (1.0, 1.0)


def test_corpus_score_is_f1_of_means() -> None:
    pages = [BodyScore(1.0, 0.5, 0, 0, 0), BodyScore(0.0, 0.0, 0, 0, 0)]
    score = corpus_score(pages)
    assert score is not None
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.25)
    # 2 * 0.5 * 0.25 / 0.75; the mean of per-page F1s would be (2/3 + 0) / 2 = 1/3 too,
    # so check a case where they differ as well.
    assert score.f1 == pytest.approx(1 / 3)
    skewed = corpus_score([BodyScore(1.0, 0.0, 0, 0, 0), BodyScore(0.0, 1.0, 0, 0, 0)])
    assert skewed is not None
    assert skewed.f1 == pytest.approx(0.5)  # mean of per-page F1s would be 0
    assert corpus_score([]) is None


# ----------------------------------------------------------------------------- snippets


def test_snippet_ignores_whitespace_on_both_sides() -> None:
    body = "Intro.\n\nThe meeting   brought together\nleading experts."
    assert snippet_in("The meeting brought together leading experts.", body)
    assert snippet_in("themeetingbroughttogether", body)
    assert not snippet_in("the meeting brought experts", body)


def test_snippet_normalises_case_and_width() -> None:
    assert snippet_in("ＨＥＬＬＯ World", "say hello world")
    assert snippet_in("新 华 社", "新华社北京电")


def test_empty_snippet_is_never_found() -> None:
    assert not snippet_in("   ", "anything")


# ----------------------------------------------------------------------------- title


def test_title_equal_after_normalisation() -> None:
    assert title_matches("  Markets  Rally\non Rate-Cut Hopes ", "markets rally on rate-cut hopes")
    assert title_matches("ＧＤＰ 增长", "gdp 增长")


def test_title_curly_quotes_are_straight_ones() -> None:
    assert title_matches(
        "Why Hasn’t Tutoring Been More Effective?", "Why Hasn't Tutoring Been More Effective?"
    )
    assert title_matches("„Wegovy“: So teuer", '"Wegovy": So teuer')
    assert not title_matches("«Wegovy»: So teuer", '"Wegovy": So teuer')  # another style
    assert not title_matches(
        "Why Hasnt Tutoring Been More Effective?", "Why Hasn't Tutoring Been More Effective?"
    )


def test_title_containment_needs_length_ratio() -> None:
    truth = "Markets rally on rate cut hopes"  # 31 characters
    assert len(truth) == 31
    assert title_matches(truth + " | FT", truth)  # 31 / 36 = 0.86
    assert not title_matches(truth + " - Reuters", truth)  # 31 / 41 = 0.76
    assert not title_matches("Markets rally", truth)  # contained, far too short
    assert not title_matches("Stocks rally on rate cut hopes", truth)  # not contained


def test_title_missing_is_wrong() -> None:
    assert not title_matches(None, "Anything")
    assert not title_matches("", "Anything")


# ----------------------------------------------------------------------------- date


def test_date_compared_in_truths_zone() -> None:
    truth = "2025-06-05 00:30:00+02:00"
    # 22:30 UTC on the 4th is 00:30 on the 5th at +02:00: right, although its UTC date
    # is the 4th.
    assert date_matches(datetime(2025, 6, 4, 22, 30, tzinfo=UTC), truth)
    # 23:00 UTC on the 5th is already the 6th at +02:00: wrong.
    assert not date_matches(datetime(2025, 6, 5, 23, 0, tzinfo=UTC), truth)
    assert date_matches(datetime(2025, 6, 5, 0, 30, tzinfo=PLUS2), truth)


def test_date_only_truth_uses_prediction_wall_clock() -> None:
    assert date_matches(datetime(2025, 6, 4, 23, 59, tzinfo=PLUS8), "2025-06-04")
    assert date_matches(datetime(2025, 6, 4, 9, 0), "2025-06-04")
    assert date_matches(date(2025, 6, 4), "2025-06-04")
    assert not date_matches(datetime(2025, 6, 5, 0, 1, tzinfo=PLUS8), "2025-06-04")


def test_naive_prediction_against_zoned_truth_uses_wall_clock() -> None:
    assert date_matches(datetime(2026, 6, 30, 1, 0), "2026-06-30 16:34:54.488000+00:00")


def test_year_or_month_truth_matches_any_day_in_it() -> None:
    # cwce gives some dates as a month or a year only; they used to raise ValueError
    assert date_matches(datetime(2003, 5, 29, 9, 7, tzinfo=PLUS8), "2003-05")
    assert date_matches(date(2003, 12, 1), "2003")
    assert not date_matches(date(2003, 6, 1), "2003-05")
    assert not date_matches(datetime(2004, 1, 1), "2003")


def test_missing_date_is_wrong() -> None:
    assert not date_matches(None, "2025-06-04")


def test_date_partial_truth() -> None:
    """A truth that gives only a month or a year: right when the prediction falls in it."""
    assert date_matches(datetime(2003, 5, 31, 23, 0), "2003-05")
    assert not date_matches(datetime(2003, 6, 1, 0, 0), "2003-05")
    assert date_matches(date(1996, 12, 1), "1996")
    assert not date_matches(date(1997, 1, 1), "1996")


# ----------------------------------------------------------------------------- authors


def test_author_names_match_on_token_runs() -> None:
    assert authors_match(["Genevieve Carlton"], ["Genevieve Carlton, Ph.D."])
    assert authors_match(["By JANE DOE"], ["Jane Doe"])
    assert authors_match(["记者 张三"], ["张三"])
    # Containment is by whole tokens, not characters.
    assert not authors_match(["Ann"], ["Joanna Smith"])


def test_author_jaccard_threshold() -> None:
    assert author_jaccard(["Adam Vidler"], ["Adam Vidler", "AP"]) == pytest.approx(1 / 2)
    assert authors_match(["Adam Vidler"], ["Adam Vidler", "AP"])
    assert author_jaccard(["A One", "X Two", "Y Three"], ["A One"]) == pytest.approx(1 / 3)
    assert not authors_match(["A One", "X Two", "Y Three"], ["A One"])
    assert not authors_match([], ["Jane Doe"])


def test_author_pairing_is_one_to_one_and_deduplicated() -> None:
    # Both predicted names contain "Jane Doe", but she can be matched only once.
    assert author_jaccard(["Jane Doe", "jane doe", "Jane Doe Smith"], ["Jane Doe"]) == (
        pytest.approx(1 / 2)
    )


def test_constants_are_the_documented_ones() -> None:
    assert scoring.SHINGLE_SIZE == 4
    assert scoring.TITLE_MIN_LENGTH_RATIO == 0.8
    assert scoring.AUTHOR_MIN_JACCARD == 0.5
