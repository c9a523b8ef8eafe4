"""Characters, words, sentence ends and the hint machinery every pattern module uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

#: Han ideographs (incl. ext. A and compatibility), kana and hangul: one CJK character
#: carries about as much text as one Latin word, so it is counted as a word.
CJK_RANGES: Final = (
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
)
CJK_CHAR: Final = re.compile(f"[{CJK_RANGES}]")
#: A run of CJK characters: count_units blanks a run at a time (a replacement costs about
#: what a character's test does, and a Chinese line holds a run per clause, not per
#: character).
CJK_RUN: Final = re.compile(f"[{CJK_RANGES}]+")
#: Characters a wrapped line is joined to its continuation at without a space: Han,
#: kana, CJK punctuation and full-width forms (scripts written without spaces, which a
#: renderer wraps between any two characters; not hangul, which Korean spaces).
WRAP_TIGHT: Final = re.compile(
    r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
#: Han ideographs only (ext. A, unified, compatibility): what a GB2312 check counts.
HAN_CHAR: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: A CJK character, one space, and another: how Korean writes its words apart.
CJK_SPACED: Final = re.compile(f"[{CJK_RANGES}] (?=[{CJK_RANGES}])")
KANA: Final = re.compile(r"[\u3040-\u30ff]")
HANGUL: Final = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
#: A Latin/Cyrillic/... word; weighted as one unit like a CJK character.
WORD: Final = re.compile(r"[^\W\d_]+", re.UNICODE)
#: A word of a URL or of a line, as the two are compared: letters and digits.
KEY_WORD: Final = re.compile(r"[^\W_]+", re.UNICODE)
#: A URL path segment that spells the story's headline: words joined by hyphens or
#: underscores ("/2024/05/06/epstein-raped-girl-model-same-bed-12345/"). News sites put
#: the headline in the address, and a dump keeps the address but not the page's <title>.
URL_SLUG_JOINERS: Final = re.compile(r"[-_]")
#: A slug names a headline when this many of its words are left (ids and 1-letter words
#: dropped): "/news/123.html" names nothing.
URL_SLUG_MIN_WORDS: Final = 3
#: A slug word with more digits than this is an id ("b2651790", a hash), not a word.
URL_SLUG_MAX_DIGITS: Final = 2
#: A file name's extension after a slug ("...-same-bed.html").
URL_EXTENSION: Final = re.compile(r"\.[a-z]{2,5}$", re.I)
#: For ASCII lines: letters -> "a", anything else -> " ", so that the words can be
#: counted by str.split() (twice as fast as finding them with WORD).
ASCII_WORDS: Final = {i: "a" if chr(i).isalpha() else " " for i in range(128)}
#: For the other lines: what each character of the Basic Multilingual Plane is to
#: count_units, as a translation table (a string indexed by code point): a CJK character
#: -> "\x01", a WORD character -> "a", anything else -> " ", so that a line's CJK
#: characters are counted by str.count() and its words by str.split(). A regex's findall
#: makes a string of each word: on the Latin lines that hold a curly quote, a dash or an
#: accent (a third of a dump's lines, most of its text) one translate costs a fraction of
#: that. A character past the plane is left as it is: count_units counts its line with
#: the patterns.
BMP_UNITS: Final = re.sub(
    "[^\x01a]",
    " ",
    WORD.sub(
        lambda m: "a" * len(m.group()),
        CJK_RUN.sub(
            lambda m: "\x01" * len(m.group()),
            "".join(map(chr, range(0x10000))).replace("\x01", " "),  # (U+0001 is no mark)
        ),
    ),
)
#: For ASCII lines: letters and digits lower-cased, anything else -> " ", so that a
#: line's tokens (runs of letters and digits) are found by str.split().
ASCII_TOKENS: Final = {i: chr(i).lower() if chr(i).isalnum() else " " for i in range(128)}

# Hints. Under re.I, an alternation of words is tried word by word at every position of a
# line (about 0.1 µs a character); without re.I the engine skips ahead to the characters
# that can start one of the words. So each slow case-insensitive pattern below that only
# rarely matches has a *hint*: its words case-folded, searched case-sensitively in the
# case-folded line. A hint finds at least every line its pattern finds (tests check it);
# only lines the hint finds run the full pattern. re.I also equates "ı" and "İ" with "i",
# which casefold() does not: a line holding either always passes (:func:`hinted`).


def fold(text: str) -> str:
    """``text`` as the hints read it."""
    return text.casefold()


def hinted(
    hint: re.Pattern[str] | WordsHint | OpeningHint, text: str, folded: str | None = None
) -> bool:
    """Whether ``text`` may match the pattern ``hint`` stands for; ``folded`` is
    ``fold(text)`` when the caller has it already."""
    folded = fold(text) if folded is None else folded
    if hint.search(folded) is not None:
        return True
    # (an ASCII line holds neither: str.isascii() reads a flag, the scans read the line)
    return not folded.isascii() and ("ı" in folded or "\u0307" in folded)


class WordsHint:
    """A hint made of a few plain words (:func:`hinted` reads it as it reads a pattern):
    ``search`` tells whether a case-folded line holds one of them, by str's substring
    search. A regex that opens on an alternation tests every character of the line
    against the set of the words' first characters; for a few words a substring search
    each costs less (``benchmarks.instructions``), for many the regex wins
    (:func:`words_hint`)."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words: Final = tuple(sorted({fold(w) for w in words}))

    def search(self, folded: str) -> str | None:
        """The first of the words ``folded`` holds, or None."""
        for w in self.words:
            if w in folded:
                return w
        return None


def holds_any(text: str, pieces: str | tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``pieces`` (the characters of a string, or strings):
    a substring search each. For a few pieces that are rare in a line this costs less
    than a regex's scan, which tests the line's characters one by one (on the corpus's
    lines, by ``benchmarks.instructions``; not for many pieces, nor for pieces outside
    Latin-1, which Python makes a string of at each test)."""
    for piece in pieces:  # noqa: SIM110  (any() over a generator costs more than the loop)
        if piece in text:
            return True
    return False


def words_hint(words: Iterable[str]) -> re.Pattern[str]:
    """A hint for an alternation of ``words``. The words are grouped by their first
    character ("a(?:uthors|uthor)|w(?:ritten by|ords by)|..."): the engine tries an
    alternative only where its first character stands, so a position costs one test per
    first character, not one per word (a hint only says whether some word is there, not
    which)."""
    return re.compile("(?:" + grouped(words) + ")")


def grouped(words: Iterable[str]) -> str:
    """An alternation of the case-folded ``words``, grouped by first character."""
    by_first: dict[str, list[str]] = {}
    for w in sorted({fold(w) for w in words}, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())


#: What may not open an alternative that :func:`grouped_alternatives` groups: a regex
#: character with a meaning of its own.
_SPECIAL: Final = frozenset("\\[](){}.*+?^$|")


def grouped_alternatives(sources: Iterable[str]) -> str:
    """An alternation of the regex ``sources`` grouped by first character, as
    :func:`grouped` does for words: each that opens on a plain character (not a special
    one, not repeated) goes behind it, the others stay as they are. It matches what the
    plain alternation matches (the order of an alternation's alternatives decides which
    match is found, not whether one is)."""
    by_first: dict[str, list[str]] = {}
    others: list[str] = []
    for s in sources:
        if s and s[0] not in _SPECIAL and s[1:2] not in ("?", "*", "+", "{"):
            by_first.setdefault(s[0], []).append(s[1:])
        else:
            others.append(s)
    return "|".join(
        [f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items()] + others
    )


class OpeningHint:
    """A pattern ``^\\W{0,3}(?:alternatives)`` read behind a test of the line's opening
    (:func:`hinted` reads it as it reads a pattern). On a line that opens on a word
    character (most lines) an alternative can only match from there: the line must start
    with one of the plain characters an alternative opens with (its :func:`literal_prefix`),
    which a dict of them by first character and one str.startswith() tell for a fraction
    of what the regex costs trying every alternative. Any other line runs the regex. It
    finds what its pattern finds (tests/test_patterns.py checks it)."""

    __slots__ = ("digits", "openings", "pattern")

    def __init__(self, pattern: re.Pattern[str], sources: Iterable[str]) -> None:
        self.pattern: Final = pattern
        sources = list(sources)
        self.digits: Final = any(s.startswith("\\d") for s in sources)
        found = [() if s.startswith("\\d") else openings(s) for s in sources]
        by_first: dict[str, list[str]] = {}
        for prefix in (p for f in found if f is not None for p in f):
            by_first.setdefault(prefix[0], []).append(prefix)
        # (an alternative that may open on any character: every line runs the regex)
        self.openings: Final = None if None in found else {c: tuple(p) for c, p in by_first.items()}

    def search(self, folded: str) -> re.Match[str] | None:
        """The pattern's match in ``folded``, or None."""
        first = folded[:1]
        if (
            self.openings is not None
            and (first.isalnum() or first == "_")  # (re's \w: nothing for \W{0,3} to take)
            and not (self.digits and first.isdecimal())  # (re's \d)
        ):
            heads = self.openings.get(first)
            if heads is None or not folded.startswith(heads):
                return None
        return self.pattern.search(folded)


def openings(source: str) -> tuple[str, ...] | None:
    """Plain strings one of which a match of regex ``source`` opens with: its
    :func:`literal_prefix`, else those of the alternatives of a group it opens with (and
    of what follows, when the group is optional), or the characters of a plain class it
    opens with; None when it opens otherwise."""
    prefix = literal_prefix(source)
    if prefix:
        return (prefix,)
    if source[:1] == "(":
        end = group_end(source)
        inner, rest = source[1:end].removeprefix("?:"), source[end + 1 :]
        found = [openings(a) for a in alternatives(inner)]
    elif source[:1] == "[" and "]" in source:
        end = source.index("]")
        inner, rest = source[1:end], source[end + 1 :]
        if not inner or _SPECIAL.union("-^").intersection(inner):
            return None
        found = [tuple(inner)]
    else:
        return None
    if rest[:1] == "{":
        return None
    if rest[:1] in ("?", "*"):  # (optional: what follows may open the match)
        found.append(openings(rest[1:].lstrip("?")))
    if any(f is None for f in found):
        return None
    return tuple(p for f in found if f is not None for p in f)


def literal_prefix(source: str) -> str:
    """The plain characters a regex source opens with, each of which a match holds there
    (a plain or escaped one, not one a quantifier makes optional)."""
    out: list[str] = []
    i = 0
    while i < len(source):
        c, step = source[i], 1
        if c == "\\":
            c, step = source[i + 1 : i + 2], 2
            if not c or c.isalnum():
                break  # (\d, \s, \b: a class or an assertion)
        elif c in _SPECIAL:
            break
        if source[i + step : i + step + 1] in ("?", "*", "{"):
            break  # (optional)
        out.append(c)
        i += step
    return "".join(out)


def alternatives(source: str) -> list[str]:
    """A regex source's top-level alternatives: split at each "|" outside escapes,
    character classes and groups."""
    out: list[str] = []
    start = 0
    for i, c, depth in _syntax(source):
        if c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return out


def group_end(source: str) -> int:
    """Where the group that opens ``source`` (at its first character) closes."""
    for i, c, depth in _syntax(source):
        if c == ")" and depth == 1:
            return i
    raise ValueError(f"no group closes: {source!r}")


def _syntax(source: str) -> Iterable[tuple[int, str, int]]:
    """(position, character, groups open before it) of each character of a regex source
    that is not escaped or in a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1  # (the escaped character is skipped with it)
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += source.startswith("^", i + 1)
            i += source.startswith("]", i + 1)  # (a "]" opening a class is a character)
        else:
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


#: Quotes and brackets that may close a sentence after its final mark.
CLOSING_MARKS: Final = "\"'”’」』）)]"
#: Sentence-final punctuation (CJK and Latin).
SENTENCE_FINAL: Final = "。！？!?….；;।۔؟"
#: What may close a line after its sentence's end besides closing marks: U+FFFD, which a
#: page that a decoder could not read shows where a full-width space or a character of
#: another code page stood ("...往栖凤楼跑。���"), most often at a paragraph's end.
SENTENCE_TRAILERS: Final = CLOSING_MARKS + "\ufffd"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation, possibly followed by closing
    marks (and one final newline): the last character but those, not a scan of the line
    (tests/test_patterns.py holds it to the pattern it replaced)."""
    if text.endswith("\n"):
        text = text[:-1]
    last = text.rstrip(SENTENCE_TRAILERS)[-1:]
    return last != "" and last in SENTENCE_FINAL


#: A finished sentence and a short note in brackets after it, closing the line: the end
#: mark of a Chinese wire story ("...一百余所。（完）"), its editor ("。（责任编辑：李华）")
#: or its agency ("... on Tuesday. (Reuters)"). The line ends a sentence (a paragraph of
#: the story, not a label).
CLOSING_NOTE: Final = re.compile(r"[。！？!?…][”’\"'」』]*\s*[（(][^（()）]{1,24}[）)]\s*$")


#: Any sentence-internal punctuation: running text has it, menus rarely do. A full stop
#: counts when white space follows it. (One character class, the full stop's condition
#: after it: twice as fast as "[...]|\.\s", which tests/test_patterns.py holds it to.)
SENTENCE_PUNCT: Final = re.compile(r"[。！？!?，,；;：:、।۔؟،.](?:(?<=\.)(?=\s)|(?<!\.))")

#: The marks w3m and Markdown dumps put before a list's item.
BULLET_MARKS: Final = "•·▪◦●○■□-*+"
#: w3m/markdown bullets that start list items.
BULLET: Final = re.compile(rf"^(?:[{re.escape(BULLET_MARKS)}]|\d{{1,2}}[.)、])\s+")
#: What a BULLET opens with: a line that opens otherwise (most lines) is tested by its
#: first character (a set test and str.isdecimal(), re's \d), not by the regex.
BULLET_FIRST: Final = frozenset(BULLET_MARKS)
