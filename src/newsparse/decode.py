"""bytes -> text, saying which encoding was used.

Order (cheapest and most reliable first):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32);
2. the declared charset: the ``content_type`` argument (HTTP header), then, for HTML, a
   ``<meta charset>`` / ``http-equiv`` declaration in the first bytes — but a declaration is
   only believed when the bytes decode under it, and a page that declares a legacy
   charset while being valid UTF-8 is read as UTF-8 (declarations lie);
3. strict UTF-8;
4. charset-normalizer's best guess, unless it is a single-byte code page while all the
   bytes are valid GB18030, Shift_JIS (cp932) or EUC-KR (cp949) and read as that
   language's text there (a detector that weighs a page's ASCII markup takes an
   undeclared Chinese page for cp1250 or mac-latin2; a warning says so);
5. GB18030 with replacement characters, and a warning.

GB2312 and GBK are read as GB18030 (a superset, so nothing is lost), Big5 as Big5-HKSCS.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

from newsparse import patterns as P
from newsparse.errors import EmptyInputError, NotAPageError

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET: Final = re.compile(rb"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_CHARSET: Final = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The result of decoding: the text, the codec used and what went wrong."""

    text: str
    encoding: str | None
    warnings: list[str] = field(default_factory=list)
    as_is: bool = False
    """The text is the input bytes decoded under ``encoding`` with nothing stripped,
    replaced or removed (so ``text.encode(encoding)`` gives those bytes back)."""


def normalize_charset(name: str) -> str | None:
    """Map a declared charset name to the Python codec newsparse reads it with, or None
    when Python has no such codec."""
    key = name.strip().strip("\"'").lower()
    key = P.CHARSET_SUPERSETS.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _file_signature(data: bytes) -> str | None:
    """What a binary payload's file signature says it is ("a PNG image"), or None."""
    for magic, what in P.BINARY_MAGIC:
        if data.startswith(magic):
            return what
    return None


#: Control bytes that text does not hold (tab, line feed, form feed, carriage return and
#: escape do occur in text).
_CONTROL_BYTES: Final = bytes(b for b in range(0x20) if b not in (9, 10, 12, 13, 27))


def _control_share(head: bytes) -> float:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) if head else 0.0


def _looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL in ASCII-heavy text; CJK-heavy text
    decodes to ideographs, punctuation and line ends, which random bytes never do."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    hi, lo = P.UTF16_NUL_MIN_SHARE, P.UTF16_NUL_MAX_SHARE
    if odd.count(0) > hi * len(odd) and even.count(0) < lo * len(even):
        return "utf-16-le"
    if even.count(0) > hi * len(even) and odd.count(0) < lo * len(odd):
        return "utf-16-be"
    if b"\x00" not in head and not any(b in head for b in (b"\x01", b"\x02", b"\x03")):
        return None  # no control bytes: a single-byte or UTF-8 text, not UTF-16
    for codec in ("utf-16-le", "utf-16-be"):
        text = _try(head[: len(head) // 2 * 2], codec)
        if text and _plausible_share(text) >= P.UTF16_PLAUSIBLE_SHARE:
            return codec
    return None


def _plausible_share(text: str) -> float:
    """Share of characters that real text is made of: CJK, letters, digits, punctuation,
    white space (private-use, unassigned and control characters are not)."""
    good = sum(
        1
        for ch in text
        if ch in "\n\r\t " or (ch.isprintable() and unicodedata.category(ch)[0] in "LNPSZ")
    )
    return good / len(text)


def declared_charsets(data: bytes, content_type: str | None, *, html: bool) -> list[str]:
    """Charsets the transport and the page declare, most authoritative first."""
    found: list[str] = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type.encode("ascii", "ignore"))
        if m:
            found.append(m.group(1).decode("ascii", "ignore"))
    if html:
        m = _META_CHARSET.search(data[: P.META_SCAN_BYTES])
        if m:
            found.append(m.group(1).decode("ascii", "ignore"))
    return found


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, *, content_type: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data`` to text. Raises :class:`NotAPageError` for binary payloads and
    :class:`EmptyInputError` for empty input; never raises on bad bytes."""
    if not data or data.isspace():  # (strip() would copy the whole input)
        raise EmptyInputError("the input is empty" if not data else "the input is whitespace only")
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return _finish(data[len(bom) :].decode(bom_codec, errors="replace"), bom_codec, [])
    head = data[:4096]
    utf16 = _looks_utf16(head)
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16, [])
    control = _control_share(head)
    what = _file_signature(data) or ("binary data" if control > P.BINARY_CONTROL_SHARE else None)
    if what:
        raise NotAPageError(f"the input looks like {what}, not a web page or a text dump")

    warnings: list[str] = []
    as_utf8 = _try(data, "utf-8")
    for declared in declared_charsets(data, content_type, html=html):
        codec = normalize_charset(declared)
        if codec is None:
            warnings.append(f"unknown declared charset {declared!r} ignored")
            continue
        if codec != "utf-8" and as_utf8 is not None and not data.isascii():
            warnings.append(f"declared charset {declared!r} is wrong: the bytes are UTF-8")
            return _finish(as_utf8, "utf-8", warnings, as_is=True)
        declared_text = _try(data, codec)
        if declared_text is not None and not _unlikely_chinese(declared_text, codec):
            return _finish(declared_text, codec, warnings, as_is=True)
        warnings.append(f"declared charset {declared!r} does not fit the bytes")
    if as_utf8 is not None:
        return _finish(as_utf8, "utf-8", warnings, as_is=True)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        warnings.append(
            f"{mostly.count(chr(0xFFFD))} invalid UTF-8 sequence(s): runs that are GB18030 "
            "were read as GB18030, the rest replaced with U+FFFD"
        )
        return _finish(data.decode("utf-8", errors=_LEGACY_RUN), "utf-8", warnings)
    if control > P.LEGACY_MAX_CONTROL_SHARE:
        raise NotAPageError(
            "the input looks like binary data (control bytes, and neither UTF-8 nor UTF-16), "
            "not a web page or a text dump"
        )
    return _detect(data, warnings)


def _unlikely_chinese(text: str, codec: str) -> bool:
    if codec != "gb18030":
        return False
    cjk = "".join(P.HAN_CHAR.findall(text[: P.GB_CHECK_CHARS]))
    if len(cjk) < P.GB_MIN_CJK:
        return False
    return _gb_common(cjk) < P.GB_MIN_COMMON_SHARE * len(cjk)


def _gb_common(chars: str) -> int:
    """How many of ``chars`` (CJK characters only) GB2312, the common set, holds."""
    return len(chars) - chars.encode("gb2312", errors="replace").count(b"?")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a truncated character, a stray fragment in another
    encoding) is still UTF-8: a detector would guess a legacy codec and garble it all."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad  # (no loop in Python)
    if non_ascii > 0 and bad <= max(P.UTF8_MAX_BAD, non_ascii * P.UTF8_MAX_BAD_SHARE):
        return text
    return None


#: The error handler that reads a run of non-UTF-8 bytes inside UTF-8 text as GB18030.
_LEGACY_RUN: Final = "newsparse.gb18030-run"


def _legacy_run(err: UnicodeError) -> tuple[str, int]:
    """A GBK/GB18030 fragment in a UTF-8 page: the run of non-ASCII bytes from the first
    invalid one, decoded as GB18030 when it is valid GB18030, else U+FFFD."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    data, start = err.object, err.start
    end = start
    while end < len(data) and data[end] >= 0x80:
        end += 1
    if end - start >= P.LEGACY_RUN_MIN_BYTES:
        try:
            return bytes(data[start:end]).decode("gb18030"), end
        except UnicodeDecodeError:
            pass
    return "\ufffd", err.end


codecs.register_error(_LEGACY_RUN, _legacy_run)


def _detect(data: bytes, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: P.DETECT_MAX_BYTES]).best()
    if best is not None and best.encoding:
        codec = normalize_charset(best.encoding) or best.encoding
        if _single_byte(codec):
            cjk = _cjk_reading(data)
            if cjk is not None:
                warnings.append(
                    f"the detector's guess {codec} was not taken: the bytes read as {cjk[1]} text"
                )
                whole = "\ufffd" not in cjk[0]
                if not whole:
                    warnings.append(f"some bytes are not valid {cjk[1]} and were replaced")
                return _finish(cjk[0], cjk[1], warnings, as_is=whole)
        text = data.decode(codec, errors="replace")
        if "\ufffd" in text:
            warnings.append(f"some bytes are not valid {codec} and were replaced")
        return _finish(text, codec, warnings)
    # GB18030 maps every byte sequence to something: Chinese pages, the first target,
    # come out right; anything else comes out with replacements and this warning.
    warnings.append("encoding could not be detected; read as gb18030 with replacements")
    return _finish(data.decode("gb18030", errors="replace"), "gb18030", warnings)


def _single_byte(codec: str) -> bool:
    """Whether ``codec`` reads every byte as one character (a Latin, Cyrillic, ... code
    page), as a CJK codec does not."""
    try:
        return len(_HIGH_BYTES.decode(codec, errors="replace")) == len(_HIGH_BYTES)
    except LookupError:
        return False


#: The bytes a single-byte code page reads one by one and a CJK codec reads in pairs.
_HIGH_BYTES: Final = bytes(range(0x80, 0x100))


def _cjk_reading(data: bytes) -> tuple[str, str] | None:
    """(text, codec): the first CJK codec of :data:`~newsparse.patterns.CJK_RESCUE_CODECS`
    under which the bytes are valid (but for a stray byte in CJK_RESCUE_CHARS_PER_BAD
    characters, replaced) and read as text of its language. A detector
    that weighs the ASCII markup of a page sees a single-byte code page in a Chinese page
    whose declaration was lost; but CJK bytes are seldom valid in a CJK codec by chance,
    and then read as that language's common characters only when they are its text."""
    for codec, plausible in _CJK_CODECS:
        text = _nearly(data, codec)
        if text is None:
            continue
        cjk = P.CJK_CHAR.findall(text)
        if (
            len(cjk) >= P.CJK_RESCUE_MIN_CHARS
            and text.count("\ufffd") <= len(cjk) // P.CJK_RESCUE_CHARS_PER_BAD
            and plausible(text, cjk)
        ):
            return text, codec
    return None


def _nearly(data: bytes, codec: str) -> str | None:
    """``data`` in ``codec``, invalid sequences replaced, when the first comes only after
    CJK_RESCUE_CHARS_PER_BAD CJK characters (else None: a page in another encoding
    breaks a CJK codec within its first few characters, and is not read through)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        head = data[: err.start].decode(codec)
        if len(P.CJK_CHAR.findall(head)) < P.CJK_RESCUE_CHARS_PER_BAD:
            return None
    return data.decode(codec, errors="replace")


def _spaced_share(text: str, cjk: list[str]) -> float:
    """CJK characters with a single space before the next CJK character, per CJK
    character: Korean writes words apart, Chinese and Japanese never do."""
    return len(P.CJK_SPACED.findall(text)) / len(cjk)


def _reads_chinese(text: str, cjk: list[str]) -> bool:
    """Mostly the common characters of GB2312, and not written in spaced words."""
    return (
        _gb_common("".join(cjk)) >= P.GB_MIN_COMMON_SHARE * len(cjk)
        and _spaced_share(text, cjk) < P.CJK_SPACED_KOREAN_SHARE
    )


def _reads_japanese(text: str, cjk: list[str]) -> bool:
    """Hiragana among the characters: every Japanese sentence has them, Chinese and
    Korean bytes read in a Japanese codec give none (half-width katakana at most)."""
    return sum(1 for c in cjk if "\u3040" <= c <= "\u309f") >= P.JA_MIN_HIRAGANA_SHARE * len(cjk)


def _reads_korean(text: str, cjk: list[str]) -> bool:
    """Mostly hangul, written in spaced words."""
    hangul = len(P.HANGUL.findall("".join(cjk)))
    return (
        hangul >= P.KO_MIN_HANGUL_SHARE * len(cjk)
        and _spaced_share(text, cjk) >= P.CJK_SPACED_KOREAN_SHARE
    )


#: The CJK codecs tried, in order, each with the test that its reading is its language.
_CJK_CODECS: Final = (
    ("gb18030", _reads_chinese),
    ("cp932", _reads_japanese),
    ("cp949", _reads_korean),
)


def _finish(text: str, codec: str, warnings: list[str], *, as_is: bool = False) -> Decoded:
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters were removed")
        as_is = False
    return Decoded(text=text, encoding=codecs.lookup(codec).name, warnings=warnings, as_is=as_is)
