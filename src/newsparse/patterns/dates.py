"""Dates: month names, date forms, zones and the labels that say which date a date is."""

from __future__ import annotations

import re
from typing import Final

from newsparse.patterns.text import grouped

MONTHS: Final[dict[str, int]] = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january", "januar", "janvier", "enero", "gennaio"),
            ("feb", "february", "februar", "février", "febrero", "febbraio"),
            ("mar", "march", "märz", "mars", "marzo"),
            ("apr", "april", "avril", "abril", "aprile"),
            ("may", "mai", "mayo", "maggio"),
            ("jun", "june", "juni", "juin", "junio", "giugno"),
            ("jul", "july", "juli", "juillet", "julio", "luglio"),
            ("aug", "august", "août", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre"),
            ("oct", "october", "oktober", "octobre", "octubre", "ottobre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "dezember", "décembre", "diciembre", "dicembre"),
        ],
        start=1,
    )
    for name in names
}
#: Month names of the other languages the news sites write dates in, for reading dates
#: only (:data:`DATE_MONTHS`; a name reader keeps :data:`MONTHS`, whose words are no
#: one's name, while "Nisan" or "Maj" may be): Dutch, Portuguese, the Nordic languages,
#: Icelandic, Indonesian, Turkish, and Polish, Czech and Russian in the genitive a date
#: puts them in ("5 maja 2024", "5. května 2024", "5 мая 2024"). All write the day
#: first, so only the day-first form reads them (the month-first form, tried at every
#: letter, stays with MONTHS: a longer alternation there costs every line with a year).
_MORE_MONTHS: Final = (
    ("januari", "janeiro", "janúar", "stycznia", "ledna", "января", "ocak"),
    ("februari", "fevereiro", "febrúar", "lutego", "února", "февраля", "şubat"),
    ("maart", "março", "marts", "marca", "března", "марта", "maret", "mart"),
    ("apríl", "kwietnia", "dubna", "апреля", "nisan"),
    ("mei", "maio", "maj", "maí", "maja", "května", "мая", "mayıs"),
    ("junho", "júní", "czerwca", "června", "июня", "haziran"),
    ("julho", "júlí", "lipca", "července", "июля", "temmuz"),
    ("augustus", "augusti", "ágúst", "sierpnia", "srpna", "августа", "agustus", "ağustos"),
    ("setembro", "września", "září", "сентября", "eylül"),
    ("outubro", "október", "października", "října", "октября", "ekim"),
    ("novembro", "nóvember", "listopada", "listopadu", "ноября", "kasım"),
    ("dezembro", "desember", "grudnia", "prosince", "декабря", "desember", "aralık"),
)
#: Every month name a date may spell, with its number.
DATE_MONTHS: Final[dict[str, int]] = {
    **MONTHS,
    **{name: i for i, names in enumerate(_MORE_MONTHS, start=1) for name in names},
}
#: Weekday names and their short forms, in the languages above and the Nordic ones: a
#: dateline's "Friday," or "Freitag," beside its date is neither a name nor an outlet.
WEEKDAYS: Final = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        *("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        *("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        *("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        *("måndag", "tisdag", "lördag", "söndag"),
        *("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天"),
        *("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    }
)
#: (grouped by first letter: the engine tries a name only where its letter stands)
_MONTH_NAMES: Final = grouped(MONTHS)
_DATE_MONTH_NAMES: Final = grouped(DATE_MONTHS)
#: The time after a date: "18:45", "18时45分", "21時37分" (Japanese and traditional
#: Chinese write 時 for 时), "10h03" (French, Portuguese), "4:20 pm", with its zone; a
#: dot may close the date before it (Korean news writes "2024.09.04. 16:20"), and a
#: mark or a word may stand between them: "12.05.2024 - 18:01", "28.04.2023 | 17:52
#: Uhr", "24.04.2024 • 11:31", "May 11, 2024 at 4:31 pm ET", "26.08.2024 um 06:00",
#: "5 mai 2024 à 10h03", "05 maggio 2024 ore 10:03", "5 maj 2024 kl. 10:03".
_CLOCK: Final = (
    r"(?P<H>\d{1,2})[:：时時h](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?[秒分]?"
    r"(?:\.\d{1,6})?\s*(?P<ampm>[ap]\.?m\.?)?"
)
_ZONE: Final = (
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|CST|EST|EDT|PST|PDT|CET|CEST|BST|JST|KST"
    r"|(?-i:IST|WITA|WIB|WIT|HKT|SGT|PHT|ET|CT|MT|PT|CDT|MDT|MST|AEST|AEDT|NZST|NZDT)"
    r"(?![A-Za-z]))?"
)
_TIME: Final = (
    r"(?:(?:[T\s,.|·•–—-]|(?:at|um|à|às|a las|alle|ore|kl|om)(?=[\s.]))*" + _CLOCK + ")?" + _ZONE
)
#: A time written before its date, as British and American sites do ("12:43, 20 Apr
#: 2026", "11:48, Thu, Jul 18, 2024", "10:03 AM ET, Sun May 5, 2024"): read from the few
#: characters before a date that has no time after it (TIME_BEFORE_CHARS), when they end
#: with the time, a mark and a weekday at most between them.
TIME_BEFORE: Final = re.compile(
    r"(?<![\d:.])" + _CLOCK + _ZONE + r"\s*[,|·•–—-]?\s*(?:[^\W\d_]{2,10}\.?,?\s+)?$", re.I
)
TIME_BEFORE_CHARS: Final = 32
#: Browsers' innerText runs inline elements together: "ByJane RoeMar 5, 2025",
#: "Publiziert6. November 2025", "June 29, 2020November 12, 2021", "Apr 28 20232:23 PM".
#: A named date may start inside a word where a capital follows a small letter or a
#: digit, and its year may run into a capital or a time.
_GLUED_START: Final = r"(?:\b|(?-i:(?<=[a-z0-9])(?=[A-Z])))"
_GLUED_END: Final = r"(?:\b|(?=\d{1,2}:\d{2})|(?-i:(?=[A-Z])))"
#: Date forms, most specific first; each yields groups y, m, d and the time groups.
DATE_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    # 2019-07-23 18:45, 2019/07/23, 2019.07.23, ISO 8601
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)" + _TIME, re.I
    ),
    # 2019年7月23日 18:45, 2019年07月23日18时45分, 2019년 7월 23일
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
        + _TIME,
        re.I,
    ),
    # July 23, 2019 / Jul. 23 2019
    re.compile(
        _GLUED_START + r"(?P<mon>" + _MONTH_NAMES + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"(?P<y>(?:19|20)\d{2})" + _GLUED_END + _TIME,
        re.I,
    ),
    # 23 July 2019 / 23. Juli 2019 / 23 de julio de 2019
    re.compile(
        r"(?:\b|(?<=[^\W\d_]))(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<mon>"
        + _DATE_MONTH_NAMES
        + r")\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})"
        + _GLUED_END
        + _TIME,
        re.I,
    ),
    # 23.07.2019, 06. 01. 2026 (European day-first)
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME,
        re.I,  # (as every form: "PM" and "pm", "UTC" and "utc" are one)
    ),
    # 23/07/2019 (day-first, as written outside the US; 07/23/2019 is read month-first
    # because 23 cannot be a month)
    re.compile(
        r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME, re.I
    ),
)
#: A character each form above needs (its separators; 年 or 년): a line holding none of
#: a form's is not searched for it, by a substring test each ("" for the named forms,
#: which MONTH_HINT rules out). Most forms open on a lookbehind, which the engine tests at
#: every position of the line.
DATE_PATTERN_NEEDS: Final[tuple[str, ...]] = ("-/.", "年년", "", "", ".", "/")
#: The slash form above (its last): the one form whose day and month a page's locale
#: orders (03/01/2017 is 3 January in London, March 1 in New York).
DATE_SLASH: Final = DATE_PATTERNS[-1]
#: Every date form above holds a four-digit year; lines without one skip them all.
YEAR: Final = re.compile(r"(?:19|20)\d{2}")
#: What a YEAR opens with: a line that holds neither is not scanned for one (two substring
#: searches, where YEAR's scan tests every character at about fifty instructions).
YEAR_STARTS: Final = ("19", "20")
#: CJK typesetting prints a date in a line of Han or kana text in full-width digits
#: ("２００５年４月５日　１０：３０", the digits of GB 2312's and JIS X 0208's row 3): a
#: line whose year is written so is read with them as their ASCII twins, one character
#: for one (the date keeps its place in the line).
FULLWIDTH_YEAR: Final = re.compile(r"[１２][０-９]{3}")
FULLWIDTH_DIGITS: Final = str.maketrans("０１２３４５６７８９：／－．", "0123456789:/-.")
#: Official Chinese documents date themselves in Chinese numerals, the year digit by
#: digit ("二〇〇五年四月五日", the form GB/T 9704-1999 set for 公文 and their web
#: copies keep), under the signature at the end.
CN_NUMERAL_DATE: Final = re.compile(
    r"(?P<y>[一二][〇○零一二三四五六七八九]{3})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)
#: The value of each Chinese numeral those dates write.
CN_DIGITS: Final[dict[str, int]] = {
    **dict.fromkeys("〇○零", 0),
    **{c: i for i, c in enumerate("一二三四五六七八九", start=1)},
}
#: The forms above that name the month, and their hint: a month's name.
DATE_NAMED_MONTH: Final = frozenset({DATE_PATTERNS[2], DATE_PATTERNS[3]})
_MONTHS_FOLDED: Final = _MONTH_NAMES
#: (a month name before or after a day number, anywhere: the names may be glued on)
MONTH_HINT: Final = re.compile(
    rf"(?:{_MONTHS_FOLDED})\.?,?\s+\d|\d(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?:{_DATE_MONTH_NAMES})"
)
#: Named zones the date patterns accept, as UTC offsets in minutes.
TZ_OFFSETS: Final[dict[str, int]] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "CST": 8 * 60,
    "EST": -5 * 60,
    "EDT": -4 * 60,
    "PST": -8 * 60,
    "PDT": -7 * 60,
    "CET": 60,
    "CEST": 120,
    "BST": 60,
    "JST": 540,
    "KST": 540,
    # Asian zones of the news sites that print them after the time ("Sep 2, 2024, 17:07
    # IST"): India, Indonesia (west, central, east), Hong Kong, Singapore, the Philippines.
    # Matched in capitals only: "ist" is a German word ("um 12:30 ist ...").
    "IST": 330,
    "WIB": 7 * 60,
    "WITA": 8 * 60,
    "WIT": 9 * 60,
    "HKT": 8 * 60,
    "SGT": 8 * 60,
    "PHT": 8 * 60,
    # America's other zones in summer and the Rockies' in winter; Australia's east and
    # New Zealand (capitals only, as IST)
    "CDT": -5 * 60,
    "MDT": -6 * 60,
    "MST": -7 * 60,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
}
#: American news names a zone without its season ("11:03 p.m. ET", "2:52 pm PT"): the
#: zone's region, whose offset that day (summer time or not) the zone database gives;
#: read after a time only (a day alone has no offset to take).
REGION_ZONES: Final[dict[str, str]] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
#: Zone names two countries share: "CST" is China Standard Time (TZ_OFFSETS, as a Chinese
#: page means it) and US Central on an American page ("Updated 10:03 AM CST"). A page in
#: the language given (primary subtag) whose site and language name no zone of their own
#: (no COUNTRY_ZONES host, no region: a .com in English) reads it in the region given,
#: summer time as REGION_ZONES; a .cn host, a Chinese page or "en-SG" keeps Beijing time.
SHARED_ZONE_NAMES: Final[dict[str, tuple[str, str]]] = {"CST": ("en", "America/Chicago")}
#: (a shared zone name in a date's text)
SHARED_ZONE_NAME: Final = re.compile(r"(?<![A-Za-z])(?i:CST)(?![A-Za-z])")
#: How far (days) the day a page shows may lie from its declared modification time and
#: still be that time: the declared time is often UTC, the shown day local.
SHOWN_UPDATE_MAX_DAYS: Final = 1
#: How far (days) after the day a page's address spells (URL_DATE) a date the page
#: shows may lie and still not be its publication: a news site mints the address on the
#: day it publishes, so a later day shown is an update's, a teaser's or the header's
#: clock (the day the page was saved). Further on, the address's date is rather the
#: subject's ("/1969-07-20-moon-landing/" in a story of 2024).
ADDRESS_DAY_MAX_DAYS: Final = 366
#: The steps (``Article.evidence``'s rules) that date a page by a date it shows.
SHOWN_DATE_RULES: Final = frozenset({"dateline", "field", "header-date"})
#: When a page's times carry no zone: the zone of the country its site is registered
#: under (the host's last label), for countries that keep one zone ...
COUNTRY_ZONES: Final[dict[str, str]] = {
    **{"cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong", "tw": "Asia/Taipei", "mo": "Asia/Macau"},
    **{"sg": "Asia/Singapore", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "in": "Asia/Kolkata"},
    **{"ph": "Asia/Manila", "il": "Asia/Jerusalem", "de": "Europe/Berlin", "at": "Europe/Vienna"},
    **{"ch": "Europe/Zurich", "fr": "Europe/Paris", "be": "Europe/Brussels", "it": "Europe/Rome"},
    **{"nl": "Europe/Amsterdam", "lu": "Europe/Luxembourg", "es": "Europe/Madrid"},
    **{"pl": "Europe/Warsaw", "dk": "Europe/Copenhagen", "se": "Europe/Stockholm"},
    **{"no": "Europe/Oslo", "fi": "Europe/Helsinki", "uk": "Europe/London", "gb": "Europe/London"},
    **{"ie": "Europe/Dublin"},
    **{
        "cz": "Europe/Prague",
        "hu": "Europe/Budapest",
        "gr": "Europe/Athens",
        "tr": "Europe/Istanbul",
    },
    **{"is": "Atlantic/Reykjavik", "za": "Africa/Johannesburg", "nz": "Pacific/Auckland"},
}
#: ... else the zone of the page's language, for languages spoken (nearly) in one zone
#: (Chinese: Beijing time, which Hong Kong, Taipei and Singapore share). English, Spanish,
#: French, Portuguese, Arabic and Russian span many zones: their times stay naive.
LANGUAGE_ZONES: Final[dict[str, str]] = {
    **{"zh": "Asia/Shanghai", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "de": "Europe/Berlin"},
    **{"it": "Europe/Rome", "nl": "Europe/Amsterdam", "pl": "Europe/Warsaw", "cs": "Europe/Prague"},
    **{
        "da": "Europe/Copenhagen",
        "sv": "Europe/Stockholm",
        "nb": "Europe/Oslo",
        "no": "Europe/Oslo",
    },
    **{
        "nn": "Europe/Oslo",
        "fi": "Europe/Helsinki",
        "hu": "Europe/Budapest",
        "el": "Europe/Athens",
    },
    **{"tr": "Europe/Istanbul", "is": "Atlantic/Reykjavik"},
}
#: Beijing's offset, for a Chinese page when the zone database is missing (Windows
#: without the tzdata package): China keeps no summer time.
CHINA_OFFSET_MINUTES: Final = 8 * 60
#: A page that writes its dates month-first when a slash date could be read either way
#: and the page's own dates do not say (none has a day over 12 in one of the places):
#: a declared American English (lang="en-US") ...
MONTH_FIRST_LANGUAGES: Final = frozenset({"en-us"})
#: ... or an American site: the host's last label of the United States' own domains.
MONTH_FIRST_HOSTS: Final = frozenset({"us", "gov", "mil", "edu"})
#: The day a page's address spells (its path, "?", its query): "/2024/05/05/",
#: "/2024-05-05-slug", "dmf20240505_", "/2024/0505/" (people.cn), "/2024-05/05/" (gmw.cn,
#: news.cn). News sites mint an article's address when they publish it, so the day it
#: spells is the publication day; read only when the page itself shows no date. A run of
#: more digits is an id; a slash form's day must end its segment ("/2025/12/10-tips" is
#: a December post whose slug opens with a number).
URL_DATE: Final = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?:(?P<sep>[-_]?)(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?![0-9])"
    r"|/(?P<m2>\d\d)(?P<d2>\d\d)(?=[/.?])|-(?P<m3>\d\d)/(?P<d3>\d\d)(?=[/.?])"
    r"|/(?P<m4>\d{1,2})/(?P<d4>\d{1,2})(?=[/.?]))"
)
#: Of those, the labels that say a date is the publication's.
PUBLISHED_LABELS: Final = frozenset({"published", "posted"})
#: English publication labels that lead a dateline without a colon.
EN_DATE_LABEL: Final = re.compile(
    r"^(?P<label>published|posted|updated|last updated|modified)"
    r"\b\s*(?:on|at)?\s*[:：]?\s*",
    re.I,
)


def en_date_label(text: str) -> str | None:
    """The :data:`EN_DATE_LABEL` that ``text`` opens with, in lower case, or None."""
    m = EN_DATE_LABEL.match(text)
    return m.group("label").lower() if m else None


#: A magazine article reprinted on the web cites the print issue it appeared in, at its
#: end: "——《北京之春》1996年6月号", "『FRIDAY』2024年5月10・17日号より". The issue's month
#: (its first day, when it names one) is the article's publication; read only when the
#: page gives no other date (a month alone has no day to compare with another).
ISSUE_DATE: Final = re.compile(
    r"[《『「]\s*[^》』」\s][^》』」]{0,29}[》』」]\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月"
    r"(?:\s*(?P<d>\d{1,2})(?:\s*[・、,，~～-]\s*\d{1,2})?\s*日)?\s*(?:合并)?号"
)

#: A line that is only a relative time ("Vandaag om 20:07", "Today at 9:41 am", "5 hours
#: ago", "vor 3 Stunden", "3小时前"): the page's display of when the story was posted,
#: which gives no date to read (the day it was shown is unknown), but is the story's
#: metadata, never its text (relative_time). Lines no longer than RELATIVE_TIME_MAX_CHARS.
RELATIVE_TIME_LINE: Final = re.compile(
    r"^\W{0,3}(?:"
    r"(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd'hui|hoy|ayer|oggi|ieri|"
    r"idag|igår|i dag|i går|dzisiaj|wczoraj|今天|昨天|今日|昨日)"
    r"[\s,]{0,3}(?:(?:at|om|um|à|a las|alle|kl\.?|o)\s{1,3})?\d{1,2}[:.h]\d{2}"
    r"(?:\s{0,2}(?:uhr|h|am|pm))?"
    r"|(?:\d{1,3}|an?|one)\s{1,3}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"\s{1,3}ago"
    r"|vor\s{1,3}\d{1,3}\s{1,3}(?:sekunden|minuten|stunden|tagen|wochen)"
    r"|il y a\s{1,3}\d{1,3}\s{1,3}(?:minutes?|heures?|jours?)"
    r"|hace\s{1,3}\d{1,3}\s{1,3}(?:minutos?|horas?|días?)"
    r"|\d{1,3}\s{0,2}(?:秒|分钟|小时|天|周)前"
    r")\W{0,3}$",
    re.I,
)
RELATIVE_TIME_MAX_CHARS: Final = 40
#: A run of digits: masked to compare the shapes of two dated lines ("新浪网友 ( 2005-08-20
#: 10:15:31 )" and the next comment's signature have one shape).
DIGIT_RUN: Final = re.compile(r"\d+")
