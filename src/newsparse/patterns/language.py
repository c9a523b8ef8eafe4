"""Language: function words per language for the cheap guess on Latin-script text."""

from __future__ import annotations

from typing import Final

#: Share of CJK units above which text counts as CJK-language.
CJK_LANGUAGE_SHARE: Final = 0.3
#: Frequent function words per language, for a cheap guess on Latin-script text.
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "was",
            "on",
            "as",
            "by",
            "it",
            "are",
            "from",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "den",
            "von",
            "zu",
            "ein",
            "eine",
            "sich",
            "auf",
            "für",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "est",
            "une",
            "un",
            "pour",
            "dans",
            "que",
            "qui",
            "du",
            "sur",
            "pas",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "de",
            "que",
            "en",
            "por",
            "una",
            "con",
            "para",
            "del",
            "se",
            "es",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "che",
            "è",
            "per",
            "una",
            "con",
            "del",
            "non",
            "sono",
            "della",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "e",
            "de",
            "que",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "do",
            "da",
            "por",
        ]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "met", "voor", "niet", "zijn"]
    ),
    "ru": frozenset(
        ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "к", "но", "за"]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi"]
    ),
    "pl": frozenset(["i", "w", "na", "z", "że", "się", "do", "nie", "jest", "to", "od", "po"]),
    "id": frozenset(
        ["yang", "dan", "di", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "dalam"]
    ),
}
