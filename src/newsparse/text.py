"""Small text measures and normal forms that every stage shares, each written once.

Lengths are counted in *units* (CJK characters plus words: a script-neutral length);
two renderings of a line compare equal under :func:`norm_text`; a headline and a title
hint are matched by :func:`hint_matches` wherever the pipeline matches them.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Final
from urllib.parse import unquote, urlsplit

from newsparse import patterns as P


def count_units(text: str) -> tuple[int, int]:
    """(units, cjk): CJK characters plus non-CJK words."""
    if text.isascii():
        return len(text.translate(P.ASCII_WORDS).split()), 0
    marks = text.translate(P.BMP_UNITS)
    if marks.isascii():  # (every character in the plane: the line's words are "a" runs)
        cjk = marks.count("\x01")
        return cjk + len((marks.replace("\x01", " ") if cjk else marks).split()), cjk
    # CJK runs become spaces, which end words as they do: the words are then found by the
    # plain word class (a third faster than one class that also excludes CJK); the CJK
    # characters are what the runs took out of the text.
    rest, runs = P.CJK_RUN.subn(" ", text)  # (findall would make a string per character)
    cjk = len(text) - len(rest) + runs
    words = len(P.WORD.findall(rest)) if cjk < len(text) else 0
    return cjk + words, cjk


def cjk_text(sample: str) -> bool:
    """Whether ``sample`` is CJK-language text (:func:`cjk_counts` of its counts)."""
    return cjk_counts(*count_units(sample))


def cjk_counts(units: int, cjk: int) -> bool:
    """Whether text of ``units`` units (:func:`count_units`), ``cjk`` of them CJK
    characters, is CJK-language text: they are at least
    :data:`~newsparse.patterns.CJK_LANGUAGE_SHARE` of its units."""
    return bool(units) and cjk / units >= P.CJK_LANGUAGE_SHARE


def squash(s: str) -> str:
    """``s`` with its whitespace runs as single spaces, trimmed."""
    return " ".join(s.split())


def norm_text(s: str) -> str:
    """``s`` with its whitespace runs as single spaces, case-folded: the key under which
    two renderings of one line compare equal."""
    return " ".join(s.split()).casefold()


def fold_quotes(s: str) -> str:
    """Typographic quotes and dashes as ASCII, soft hyphens dropped."""
    return s.translate(_QUOTE_FOLD)


_QUOTE_FOLD: Final = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xad": None}
)


def hint_matches(text: str, hint: str) -> bool:
    """A unit's text and a title hint are the same headline: one contains the other
    (quotes and dashes folded), and the shorter is not a mere fragment (a site logo)."""
    a, b = fold_quotes(norm_text(text)), fold_quotes(norm_text(hint))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in long and len(short) >= P.TITLE_HINT_MIN_SHARE * len(long)


def key_words(text: str) -> set[str]:
    """The words of ``text`` as a URL spells them: case-folded, accents dropped
    ("Tårene" -> "tarene")."""
    text = text.casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return set(P.KEY_WORD.findall(text))


def host_name(url: str | None) -> str | None:
    """The host of ``url``; None for no URL or one that does not parse ("http://[::1")."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def bare_host(host: str) -> str:
    """A host without its "www." ("www.example.com" and "example.com" are one site)."""
    return host.removeprefix("www.")


def url_slug(url: str | None) -> tuple[str, ...]:
    """The words of the path segment of ``url`` that spells a headline (the last segment
    of :data:`~newsparse.patterns.URL_SLUG_MIN_WORDS` or more words joined by hyphens or
    underscores, ids left out: a section's name, "/ideas-made-to-matter/", comes before
    the story's own), or () when none has that many."""
    try:
        path = unquote(urlsplit(url).path) if url else ""
    except ValueError:  # ("http://[::1" does not parse; the parse goes on without it)
        return ()
    best: list[str] = []
    for segment in path.split("/"):
        if len(P.URL_SLUG_JOINERS.findall(segment)) < P.URL_SLUG_MIN_WORDS - 1:
            continue
        words = P.KEY_WORD.findall(P.URL_EXTENSION.sub("", segment).casefold())
        words = [w for w in words if len(w) > 1 and not _id_like(w)]
        if len(words) >= P.URL_SLUG_MIN_WORDS:
            best = words
    return tuple(best) if len(best) >= P.URL_SLUG_MIN_WORDS else ()


def _id_like(word: str) -> bool:
    """A slug's word that is an id or a hash: more digits than a word holds."""
    return sum(c.isdigit() for c in word) > P.URL_SLUG_MAX_DIGITS


def slug_cover(text: str, slug: tuple[str, ...]) -> float:
    """The share of ``slug``'s words that ``text`` holds."""
    words = key_words(text)
    return sum(w in words for w in slug) / len(slug)


def name_parts(value: str) -> list[str]:
    """``value`` cut at its name separators. Chinese names hold no spaces, so in a value
    that opens with a CJK character a space separates two of them ("李四 王五")."""
    splitter = P.NAME_SPLIT_CJK if P.CJK_CHAR.match(value) else P.NAME_SPLIT
    return splitter.split(value)


def capitalised_name(text: str) -> bool:
    """A person's name as a few capitalised words ("Jane Doe", "Manoel Cortes Mendez"):
    :data:`~newsparse.patterns.DATELINE_NAME_WORDS` words, each a name's
    (:data:`~newsparse.patterns.NAME_LINE_WORD`)."""
    words = text.split()
    low, high = P.DATELINE_NAME_WORDS
    return low <= len(words) <= high and all(P.NAME_LINE_WORD.match(w) for w in words)


def cjk_names(text: str) -> list[str] | None:
    """The names of a line of Chinese names only ("胡平", "赵延东、风笑天"): a few words of
    two or three Han characters (four with a compound family name), the first opening
    with a common family name; None for any other line."""
    parts = [p for p in P.NAME_SPLIT_CJK.split(text.strip()) if p]
    if not 0 < len(parts) <= P.CJK_NAME_LINE_MAX_NAMES:
        return None
    if parts[0][0] not in P.CJK_SURNAMES and parts[0][:2] not in P.CJK_COMPOUND_SURNAMES:
        return None
    for p in parts:
        if not P.CJK_NAME.match(p) or (len(p) > 3 and p[:2] not in P.CJK_COMPOUND_SURNAMES):
            return None
    return parts


def unescape_leftovers(text: str) -> str:
    """Text escaped twice ("Python, SQL &#x26; AI") reads as the page means it."""
    return html.unescape(text) if P.LEFTOVER_ENTITY.search(text) else text
