"""Decoding: charset supersets, binary signatures and the bounds of the decoder."""

from __future__ import annotations

from typing import Final

#: Legacy charsets widened to the superset that decodes everything they do.
CHARSET_SUPERSETS: Final[dict[str, str]] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",  # browsers read latin-1 declarations as windows-1252
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
#: How far into an HTML page a charset declaration is looked for (the spec says 1024
#: bytes; real pages put long <head>s first, so look further).
META_SCAN_BYTES: Final = 8192
#: File signatures of binary payloads that are not pages, with what they are.
BINARY_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF container (WebP, WAV or AVI)"),
    (b"\x00\x00\x01\x00", "an ICO image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)
#: Share of control bytes (other than tab/newline/CR/ESC/FF) in the head of an input above
#: which it is binary rather than text. Text with a few stray NULs stays text.
BINARY_CONTROL_SHARE: Final = 0.10
#: UTF-16 without a BOM: in ASCII-heavy text every other byte is NUL (the high bytes, more
#: than UTF16_NUL_MIN_SHARE of them) and the other bytes next to never are (less than
#: UTF16_NUL_MAX_SHARE).
UTF16_NUL_MIN_SHARE: Final = 0.4
UTF16_NUL_MAX_SHARE: Final = 0.1
#: Share of plausible text characters above which bytes without a BOM are read as UTF-16.
UTF16_PLAUSIBLE_SHARE: Final = 0.97
#: Input that is valid UTF-8 but for this many bad sequences (or this share of its
#: non-ASCII characters) is read as UTF-8, the bad runs as GB18030 or replaced. Legacy CJK
#: encodings fail UTF-8 on most of their characters (GBK: about 19 bad sequences for each
#: character that happens to be valid UTF-8), far above these bounds; a GBK paragraph
#: pasted into a UTF-8 page stays below them.
UTF8_MAX_BAD: Final = 3
UTF8_MAX_BAD_SHARE: Final = 0.1


# --- Broken and lying input --------------------------------------------------------

#: Bytes that are neither UTF-8 nor UTF-16 with this share of control bytes in their head
#: are binary: legacy-encoded text has next to none, random bytes about 10%.
LEGACY_MAX_CONTROL_SHARE: Final = 0.02
#: GB18030 decodes almost any bytes: a page declared GBK but written in Shift_JIS comes
#: out as rare ideographs. Real Chinese text is mostly characters of GB2312's common set.
#: Below this share of them (among at least GB_MIN_CJK CJK characters) the declaration is
#: not believed.
GB_MIN_COMMON_SHARE: Final = 0.5
GB_MIN_CJK: Final = 50
#: A run shorter than this (bytes) is replaced, not decoded: a lone byte is no evidence.
LEGACY_RUN_MIN_BYTES: Final = 4
#: How much of a page (characters) the check of a GB declaration reads.
GB_CHECK_CHARS: Final = 20_000
#: How much of the input (bytes) the charset detector reads: enough text for a sure guess,
#: without its time growing with a 50 MB dump.
DETECT_MAX_BYTES: Final = 200_000
#: A detector's single-byte guess gives way to a CJK codec (gb18030, cp932, cp949, in this
#: order) when all the bytes are valid in it and read as at least CJK_RESCUE_MIN_CHARS
#: CJK characters of its language: Chinese reads as GB2312's common characters (at least
#: GB_MIN_COMMON_SHARE) and never in spaced words; Japanese has hiragana (at least
#: JA_MIN_HIRAGANA_SHARE of the CJK characters; prose has a third or more); Korean is
#: mostly hangul (KO_MIN_HANGUL_SHARE) in spaced words (at least CJK_SPACED_KOREAN_SHARE
#: of its characters stand before a space and another CJK character: Korean prose has
#: about a fifth, Chinese and Japanese none but where markup put a space).
CJK_RESCUE_MIN_CHARS: Final = 50
#: Old GBK pages hold a stray byte here and there (a character cut in two by an editor or
#: a truncating script): one invalid sequence per this many CJK characters is tolerated
#: (and replaced, with a warning), where a Latin or Cyrillic page read as GBK gives one
#: every few characters.
CJK_RESCUE_CHARS_PER_BAD: Final = 200
JA_MIN_HIRAGANA_SHARE: Final = 0.1
KO_MIN_HANGUL_SHARE: Final = 0.5
CJK_SPACED_KOREAN_SHARE: Final = 0.05
