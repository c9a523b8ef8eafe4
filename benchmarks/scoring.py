"""Scoring rules for the accuracy benchmark, following the corpus README convention.

Everything here is pure (no I/O) so that ``tests/test_scoring.py`` can pin each rule down
with hand-computed examples. The definitions, in short:

* **Normalisation** (:func:`normalize`): Unicode NFKC, then ``str.lower()``.
* **Tokens** (:func:`tokenize`): every Han, kana or hangul character is one token; every other
  token is a maximal run of word characters (``\\w``) that contains none of those scripts.
  Punctuation and whitespace are not tokens.
* **Shingles** (:func:`shingles`): contiguous 4-token n-grams, counted as a *multiset* (a page
  that repeats a paragraph twice must have it twice in the truth to get credit for both). When
  either side of a comparison has fewer than 4 tokens, both sides are shingled with
  ``n = min(4, len(pred_tokens), len(truth_tokens))``, so that a short text still scores and
  a short truth wholly contained in a long prediction gets full recall.
* **Per-page body score** (:func:`body_score`): with ``m`` the size of the multiset
  intersection, precision ``P = m / |pred shingles|`` and recall ``R = m / |truth shingles|``.
  Edge cases: empty prediction and empty truth: ``P = R = 1`` (nothing to find, nothing
  invented); empty prediction, non-empty truth: ``P = R = 0`` (an extractor cannot earn
  precision by returning nothing); non-empty prediction, empty truth: ``P = 0, R = 1``.
  "Empty" means "no tokens", so a text made only of punctuation is empty.
* **Corpus body score** (:func:`corpus_score`): mean P and mean R over pages, and F1 is the
  harmonic mean of those two means (not the mean of per-page F1s).
* **Snippets** (:func:`snippet_in`): both snippet and predicted body are normalised, then all
  whitespace is removed from both; the snippet counts as present when it is a substring.
  ``with`` snippets present are found; ``without`` snippets present are leaked boilerplate.
* **Title** (:func:`title_matches`): both sides NFKC-normalised, curly quotes straightened
  (``’`` is ``'``, ``“`` is ``"``: :data:`TITLE_QUOTES`), ``casefold()``-ed and their
  whitespace collapsed to single spaces; right when equal, or when one contains the other and
  ``len(shorter) / len(longer) >= TITLE_MIN_LENGTH_RATIO``. A missing prediction is wrong.
* **Date** (:func:`date_matches`): right when the predicted publication time falls on the
  truth's calendar date *in the truth's own zone*: an aware prediction is converted to the
  truth's UTC offset first. When the truth has no offset (a bare date such as ``2025-06-04``
  or a naive time), or the prediction is naive, the prediction's own wall-clock date is used.
* **Authors** (:func:`authors_match`): names are normalised (:func:`normalize_name`); a
  predicted and a truth name *match* when their token lists are equal or one is a contiguous
  run of the other's tokens (so ``Genevieve Carlton`` matches ``Genevieve Carlton, Ph.D.``
  and ``记者张三`` matches ``张三``). Names are paired greedily one-to-one; with ``k`` pairs the
  Jaccard index is ``k / (|pred| + |truth| - k)`` and the page is right when it is at least
  ``AUTHOR_MIN_JACCARD``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

# Shingle length of the article-extraction benchmark convention the corpus README cites.
SHINGLE_SIZE = 4

# Code-point ranges whose characters are each one token: Han (CJK unified ideographs and
# their extensions, compatibility ideographs, the ideographic zero/iteration marks), kana
# (hiragana, katakana, phonetic extensions, half-width forms) and hangul (syllables and jamo).
# Kept as (first, last) pairs so the character class below is built from named data.
CJK_TOKEN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3040, 0x309F),  # hiragana
    (0x30A0, 0x30FF),  # katakana (includes the prolonged sound mark ー)
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana (NFKC folds these, kept for raw input)
    (0x1100, 0x11FF),  # hangul jamo
    (0x3130, 0x318F),  # hangul compatibility jamo
    (0xA960, 0xA97F),  # hangul jamo extended-A
    (0xAC00, 0xD7AF),  # hangul syllables
    (0xD7B0, 0xD7FF),  # hangul jamo extended-B
    (0x20000, 0x2FA1F),  # CJK extensions B-F and compatibility supplement
)

_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_TOKEN_RANGES)
# One CJK character, or a run of word characters none of which is CJK.
_TOKEN_RE = re.compile(rf"[{_CJK_CLASS}]|(?:(?![{_CJK_CLASS}])\w)+")
_WHITESPACE_RE = re.compile(r"\s+")

# A title containing (or contained in) the truth still counts when the shorter is at least
# this share of the longer, in characters: tolerates a site-name suffix on a long headline
# ("Headline - Site") but not a bare section name.
TITLE_MIN_LENGTH_RATIO = 0.8

# Minimum Jaccard index between predicted and true author lists for a page to count as right:
# one of two true authors found (1/2) is right, one right plus two wrong (1/3) is not.
AUTHOR_MIN_JACCARD = 0.5


def normalize(text: str) -> str:
    """NFKC-normalise and lowercase ``text`` (the corpus README's body normalisation)."""
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` after :func:`normalize`: single CJK characters and word runs."""
    return _TOKEN_RE.findall(normalize(text))


def shingles(tokens: Sequence[str], n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of the contiguous ``n``-token shingles of ``tokens``.

    A token list shorter than ``n`` yields no shingles; :func:`body_score` picks ``n`` so
    that this only happens for an empty list.
    """
    if n < 1:
        raise ValueError("shingle size must be at least 1")
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class BodyScore:
    """Per-page body precision and recall, and the shingle counts behind them."""

    precision: float
    recall: float
    matched: int
    predicted: int
    truth: int


def body_score(predicted: str, truth: str) -> BodyScore:
    """Shingle precision and recall of ``predicted`` body text against ``truth``."""
    pred_tokens = tokenize(predicted)
    truth_tokens = tokenize(truth)
    if not pred_tokens and not truth_tokens:
        return BodyScore(1.0, 1.0, 0, 0, 0)
    if not pred_tokens:
        return BodyScore(0.0, 0.0, 0, 0, len(shingles(truth_tokens, _short_n(truth_tokens))))
    if not truth_tokens:
        return BodyScore(0.0, 1.0, 0, len(shingles(pred_tokens, _short_n(pred_tokens))), 0)
    n = min(SHINGLE_SIZE, len(pred_tokens), len(truth_tokens))
    pred_sh = shingles(pred_tokens, n)
    truth_sh = shingles(truth_tokens, n)
    matched = sum((pred_sh & truth_sh).values())
    n_pred = sum(pred_sh.values())
    n_truth = sum(truth_sh.values())
    return BodyScore(matched / n_pred, matched / n_truth, matched, n_pred, n_truth)


def _short_n(tokens: Sequence[str]) -> int:
    return max(1, min(SHINGLE_SIZE, len(tokens)))


@dataclass(frozen=True)
class CorpusScore:
    """Mean per-page precision and recall over a set of pages, and the F1 of the means."""

    precision: float
    recall: float
    f1: float
    pages: int


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of ``precision`` and ``recall``; 0 when both are 0."""
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


def corpus_score(scores: Iterable[BodyScore]) -> CorpusScore | None:
    """Mean P, mean R and F1 of the two means; ``None`` for no pages."""
    items = list(scores)
    if not items:
        return None
    p = sum(s.precision for s in items) / len(items)
    r = sum(s.recall for s in items) / len(items)
    return CorpusScore(p, r, f1(p, r), len(items))


def _squash(text: str) -> str:
    return _WHITESPACE_RE.sub("", normalize(text))


def snippet_in(snippet: str, body: str) -> bool:
    """Whether ``snippet`` occurs in ``body``, both normalised with all whitespace removed.

    An empty snippet (after normalisation) is never counted as present: it says nothing.
    """
    needle = _squash(snippet)
    return bool(needle) and needle in _squash(body)


# Typographic (curly) quotes and their straight ASCII forms are one character for a title:
# a page shows "Why Hasn’t Tutoring ..." where its metadata, and so the truth, writes
# "Why Hasn't ..." (NFKC keeps them apart). Only the curly forms of ' and " map; other
# quote styles (« », 「 」) are left as written.
TITLE_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)


def normalize_title(title: str) -> str:
    """NFKC, curly quotes straightened (:data:`TITLE_QUOTES`), ``casefold()``, whitespace
    collapsed to single spaces and trimmed."""
    text = unicodedata.normalize("NFKC", title).translate(TITLE_QUOTES).casefold()
    return _WHITESPACE_RE.sub(" ", text).strip()


def title_matches(predicted: str | None, truth: str) -> bool:
    """Title rule: equal after :func:`normalize_title`, or one contains the other and the
    shorter is at least :data:`TITLE_MIN_LENGTH_RATIO` of the longer's length."""
    if predicted is None:
        return False
    pred = normalize_title(predicted)
    true = normalize_title(truth)
    if not pred or not true:
        return pred == true
    if pred == true:
        return True
    shorter, longer = sorted((pred, true), key=len)
    return shorter in longer and len(shorter) / len(longer) >= TITLE_MIN_LENGTH_RATIO


def parse_truth_date(value: str) -> datetime | date:
    """Parse a truth ``published`` string: ``2025-06-04`` gives a :class:`date`, a time such
    as ``2025-06-05 14:46:12+02:00`` gives a :class:`datetime` (aware when it has an offset).
    """
    text = value.strip()
    if len(text) == len("YYYY-MM-DD"):
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# A truth date of only a year ("2003") or a month ("2003-05") matches any day in it.
_PARTIAL_DATE_LENGTHS = (len("YYYY"), len("YYYY-MM"))


def date_matches(predicted: datetime | date | None, truth: str) -> bool:
    """Whether ``predicted`` falls on the truth's calendar date in the truth's own zone;
    for a truth that gives only a year or a month, whether it falls in that year or month."""
    if predicted is None:
        return False
    if len(truth.strip()) in _PARTIAL_DATE_LENGTHS:  # cwce: "2003" or "2003-05"
        return predicted.isoformat().startswith(truth.strip())
    true = parse_truth_date(truth)
    if isinstance(true, datetime):
        true_date = true.date()
        if (
            true.tzinfo is not None
            and isinstance(predicted, datetime)
            and predicted.tzinfo is not None
        ):
            predicted = predicted.astimezone(true.tzinfo)
    else:
        true_date = true
    pred_date = predicted.date() if isinstance(predicted, datetime) else predicted
    return pred_date == true_date


def normalize_name(name: str) -> tuple[str, ...]:
    """An author name as a tuple of :func:`tokenize` tokens (punctuation dropped)."""
    return tuple(tokenize(name))


def names_match(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two token tuples are equal or one is a contiguous run of the other."""
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    k = len(shorter)
    return any(tuple(longer[i : i + k]) == tuple(shorter) for i in range(len(longer) - k + 1))


def author_jaccard(predicted: Sequence[str], truth: Sequence[str]) -> float:
    """Jaccard index of the author lists under greedy one-to-one :func:`names_match` pairing.

    Duplicates and names with no tokens are dropped first. Two empty lists score 1.
    """
    pred = list(dict.fromkeys(n for n in map(normalize_name, predicted) if n))
    true = list(dict.fromkeys(n for n in map(normalize_name, truth) if n))
    if not pred and not true:
        return 1.0
    unmatched = list(true)
    pairs = 0
    for name in pred:
        for i, candidate in enumerate(unmatched):
            if names_match(name, candidate):
                del unmatched[i]
                pairs += 1
                break
    return pairs / (len(pred) + len(true) - pairs)


def authors_match(predicted: Sequence[str], truth: Sequence[str]) -> bool:
    """Author rule: :func:`author_jaccard` at least :data:`AUTHOR_MIN_JACCARD`."""
    return author_jaccard(predicted, truth) >= AUTHOR_MIN_JACCARD
