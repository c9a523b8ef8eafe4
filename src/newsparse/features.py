"""The facts about each candidate unit that every rule reads, computed once.

A segmenter (text lines or HTML nodes) produces :class:`~newsparse.units.Unit` objects;
:func:`compute` fills in their features once, so that no rule re-scans a line. The
features read the text only: what the DOM says was set by the HTML segmenter.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from operator import attrgetter
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsparse import patterns as P
from newsparse.text import cjk_names, count_units, name_parts
from newsparse.units import DateHit, Unit

#: What :func:`compute` writes on a unit (besides a Markdown picture line's ``alt`` and
#: ``src``): the facts :func:`compute_all` copies to a unit that repeats an earlier one.
FACTS: Final = (
    "units",
    "cjk",
    "sentence_end",
    "punct",
    "image_name",
    "marks_only",
    "bullet",
    "boiler_kind",
    "fields",
    "field_cover",
    "date",
    "dateline",
    "breadcrumb",
    "byline",
)
_facts_of: Final = attrgetter(*FACTS)


def compute_all(units: list[Unit]) -> None:
    """:func:`compute` on every unit, once per distinct line: a unit whose text and
    segmenter facts (tag, structure, DOM kind, bullet) are an earlier unit's gets that
    unit's features, which are a function of them. A page repeats its menus, labels and
    share bars (about one unit in six on the corpus's pages and dumps), and a big archive
    page whole stories. The units are keyed by their hash; a hit is checked against the
    earlier unit's text and facts before it is believed."""
    first: dict[int, Unit] = {}
    for u in units:
        t = u.text
        if not t or t[0] == "!":  # (a Markdown picture line sets alt and src: computed)
            compute(u)
            continue
        key = hash((t, u.tag, u.form, u.rows is None, u.dom_kind, u.bullet))
        twin = first.get(key)
        if twin is None or not _same_line(twin, u):
            compute(u)
            first.setdefault(key, u)
            continue
        for name, value in zip(FACTS, _facts_of(twin), strict=True):
            setattr(u, name, value)


def _same_line(a: Unit, b: Unit) -> bool:
    """Whether ``a`` and ``b`` read alike to :func:`compute` (``a`` computed already)."""
    return (
        a.text == b.text
        and a.tag == b.tag
        and a.form == b.form
        and (a.rows is None) == (b.rows is None)
        and a.dom_kind == b.dom_kind
    )  # (the bullet mark compute() may set is in the key only)


def compute(u: Unit) -> None:
    """Fill every feature of ``u`` from its text. Text the page's style hides is not
    read: it is kept as it is (rule hidden_text), and no analysis weighs it."""
    t = u.text
    if not t or u.dom_kind == P.HTML_HIDDEN_KIND:
        return
    u.units, u.cjk = count_units(t)
    u.sentence_end = P.ends_sentence(t) or (t[-1] in ")）" and P.CLOSING_NOTE.search(t) is not None)
    u.punct = len(P.SENTENCE_PUNCT.findall(t))
    u.image_name = u.tag == "img" or (
        len(t) < P.IMAGE_NAME_MAX_CHARS
        and (
            (" " not in t and P.IMAGE_NAME.match(t) is not None)
            or (t[0] == "[" and P.W3M_IMAGE.match(t) is not None)
        )
    )
    if t[0] == "!" and u.tag != "img" and P.MARKDOWN_IMAGE_LINE.match(t):
        *_, image = P.MARKDOWN_IMAGE.finditer(t)  # a Markdown dump's picture: ![alt](src)
        u.image_name, u.alt, u.src = True, image["alt"] or None, image["src"]
    if t[0] in P.RENDERER_MARKS_START and not u.tag and not P.RENDERER_MARKS.sub("", t).strip():
        u.marks_only, u.image_name = True, False  # "[INS::INS]" reads as a w3m image name
    elif t[0] in P.BOX_DRAWING and not u.tag and not t.strip(P.BOX_DRAWING + " "):
        u.marks_only = True  # a border w3m draws round a table: "│   │", "└───┘"
    u.bullet = u.bullet or (  # (Markdown items come marked)
        (t[0] in P.BULLET_FIRST or t[0].isdecimal()) and P.BULLET.match(t) is not None
    )
    folded = P.fold(t)
    u.boiler_kind = boilerplate_kind(t, u.units, folded)
    if u.boiler_kind is None and u.markdown is None and not u.tag:
        u.boiler_kind = _first_cell_kind(t)
    # a metadata line is a line of text: not a code block or a data table (a date in a
    # listing or a cell is the data's, not the page's)
    if len(t) <= P.FIELD_LINE_MAX_CHARS and u.rows is None and u.form != "code":
        if u.cjk or ":" in t or "：" in t:  # (labelled_fields: a field's label is CJK or
            u.fields = labelled_fields(t, folded)  # has its colon; most lines have neither)
        u.date = find_date(t, folded)
        if u.fields:
            u.field_cover = _field_cover(t, u.fields, u.date)
        if u.date is not None:
            u.dateline = (
                date_stands_alone(t, u.date, _cell_sep(t, u.markdown is not None))
                or _dated_fields(u)
            ) and P.EXPIRY_DATE.search(t) is None
        if u.fields and u.tag != "img":
            u.image_name = False  # "[作者: 张三 责任编辑: 李四]" is a byline in brackets
        u.breadcrumb = None if u.fields else breadcrumb_items(t)  # "文/张三 编辑/李四"
        u.byline = english_byline(t, u.date is not None) or (
            None if u.fields else reporter_signoff(t)
        )


def _dated_fields(u: Unit) -> bool:
    """A date beside a source or an author field, on a line that is no sentence
    (:data:`~newsparse.patterns.DATED_FIELDS`): "2025-04-18 10:20:36  来源：江城日报
    字号：大/中/小  打印本页": a dateline, whatever else the line holds (the page's tools,
    a view count), which is more than DATELINE_MAX_REST_UNITS beside the date and more
    than the fields' share of a labelled line (LABELLED_MIN_COVER; a labelled line stays
    one). Not a row of cells or items (a tab, w3m's wide gap between cells, " | "): the
    headline's cell or a pager may share it, and ``date_stands_alone`` judges the
    date's cell alone."""
    t = u.text
    return (
        u.field_cover < P.LABELLED_MIN_COVER
        and not u.sentence_end
        and u.units <= P.LABELLED_MAX_UNITS
        and any(f in P.DATED_FIELDS for f, _, _ in u.fields)
        and P.DUMP_CELL_SEP not in t
        and P.MD_CELL_SEP not in t
        and P.SIDE_COLUMN_GAP.search(t) is None
    )


def _field_cover(
    text: str, fields: tuple[tuple[str, str, str], ...], date: DateHit | None
) -> float:
    """The share of ``text`` its labelled fields cover, with a date that stands outside
    their values: "2024-05-05 10:03 来源：新华网 作者：张三 责任编辑：李四" is metadata
    from end to end (a dateline allows few units beside its date, and three fields'
    names and values are more)."""
    covered = sum(len(label) + len(value) + 1 for _, label, value in fields)
    if date is not None and not any(date.text in value for _, _, value in fields):
        covered += len(date.text)
    return min(1.0, covered / len(text))


def _cell_sep(text: str, markdown: bool) -> str | None:
    """What parts a dump's line into the cells of a layout table's row, when it is one:
    Chromium's tab (DUMP_CELL_SEP), html2text's " | " (MD_CELL_SEP, read in a Markdown
    dump's lines: ``markdown``). A dateline's cell may stand beside a pager's or a menu's
    ("2005-04-05 06:40更新 来源：新华网<tab>第1页/共1页 << 上一页 | 下一页 >>"): it is a
    dateline still."""
    if P.DUMP_CELL_SEP in text:
        return P.DUMP_CELL_SEP
    return P.MD_CELL_SEP if markdown and P.MD_CELL_SEP in text else None


def date_stands_alone(text: str, hit: DateHit, sep: str | re.Pattern[str] | None) -> bool:
    """Whether date ``hit`` has at most DATELINE_MAX_REST_UNITS units of text beside it
    in its cell: the cells of the table row that ``text`` writes are parted by ``sep`` (a
    separator, or the pattern of the gap between cells: w3m's DUMP_CELL_GAP); None: the
    line is one cell."""
    before, after = text[: hit.start], text[hit.end :]
    if isinstance(sep, str):
        before, after = before.rpartition(sep)[2], after.partition(sep)[0]
    elif sep is not None:
        before, after = sep.split(before)[-1], sep.split(after, maxsplit=1)[0]
    return count_units(before + after)[0] <= P.DATELINE_MAX_REST_UNITS


def _first_cell_kind(text: str) -> str | None:
    """A text dump's line that holds two cells of a layout table's row (Chromium: apart
    by a tab; w3m: by a gap of spaces, SIDE_COLUMN_GAP): the boilerplate kind its first
    cell is headed by (a comments head beside a sidebar's line: "《标题》已有1件评论
    □ 回复: ...")."""
    if P.DUMP_CELL_SEP in text:
        cell = text.partition(P.DUMP_CELL_SEP)[0]
    elif "   " in text and (gap := P.SIDE_COLUMN_GAP.search(text)) is not None:
        cell = text[: gap.start()]
    else:
        return None
    return boilerplate_kind(cell, count_units(cell)[0]) if cell.strip() else None


def boilerplate_kind(text: str, units: int, folded: str | None = None) -> str | None:
    """The boilerplate kind a line is headed by, or None. ``folded``: ``P.fold(text)``,
    when the caller has it."""
    if P.link_list_line(text):
        return "link_list"
    folded = folded if folded is not None else P.fold(text)
    if P.hinted(P.BOILERPLATE_HEAD_HINT, text, folded):  # one match rules out most lines
        for kind, pattern, max_units in P.BOILERPLATE_HEADS:
            if (max_units is None or units <= max_units) and pattern.search(text):
                return kind
    if (
        units <= P.COPYRIGHT_ANYWHERE_MAX_UNITS
        and P.hinted(P.COPYRIGHT_ANYWHERE_HINT, text, folded)
        and P.COPYRIGHT_ANYWHERE.search(text)
    ):
        return "copyright"
    if P.SHARE_BAR_MIN_NETWORKS <= units <= 2 * len(P.SOCIAL_NETWORKS) and _share_bar(folded):
        return "share"
    return None


def _share_bar(folded: str) -> bool:
    """A line of social networks' names: a share bar's buttons as text."""
    first = folded.split(maxsplit=1)[0]
    if first not in P.SOCIAL_NETWORKS and first not in P.SHARE_BAR_FILLERS:
        return False  # most lines: settled by their first word
    networks = 0
    for word in folded.split():
        if word in P.SOCIAL_NETWORKS:
            networks += 1
        elif word not in P.SHARE_BAR_FILLERS:
            return False
    return networks >= P.SHARE_BAR_MIN_NETWORKS


def labelled_fields(text: str, folded: str | None = None) -> tuple[tuple[str, str, str], ...]:
    """Every "label: value" pair in a line, as (field, label, value). ``folded``:
    ``P.fold(text)``, when the caller has it."""
    if not P.field_hinted(text, folded):
        spaced = P.unglued_label(text)
        if spaced is None:
            return ()
        text = spaced  # "留言板发布时间 2005/05/17": the label glued to a name
    out: list[tuple[str, str, str]] = []
    for m in P.FIELD.finditer(text):
        label = m.group("label")
        value = m.group("value").partition(P.DUMP_CELL_SEP)[0]  # (a value ends with its cell)
        value = value.strip(" \t:：|｜[]【】()（）")
        canon = _LABEL_FIELD.get(label.lower())
        if canon is None:
            continue
        sep = text[m.end("label") : m.start("value")].strip()
        cjk = P.CJK_CHAR.match(label) is not None
        if sep in P.SLASH_SEPARATORS and not cjk:
            continue  # "/author/jane-doe" is a link's path; "文/张三" is a Chinese byline
        if not sep and (label in P.COLON_REQUIRED_LABELS or not cjk):
            continue
        out.append((canon, label, value))
    return tuple(out)


_LABEL_FIELD: dict[str, str] = {
    w.lower(): name for name, words in P.FIELD_LABELS.items() for w in words
}


def find_date(text: str, folded: str | None = None) -> DateHit | None:
    """The first plausible date in ``text`` (naive; zones are applied later). ``folded``:
    ``P.fold(text)``, when the caller has it."""
    best: DateHit | None = None
    if not P.holds_any(text, P.YEAR_STARTS) or not P.YEAR.search(text):
        # every ASCII date form holds a four-digit year; a year in full-width digits holds
        # a "１" or a "２", one in Chinese numerals a "年" (substring tests, cheaper than a
        # call on the many lines without either)
        if text.isascii() or not ("２" in text or "１" in text or "年" in text):
            return None
        return _cjk_year_date(text)
    named = P.hinted(P.MONTH_HINT, text, folded)
    for pattern, needs in zip(P.DATE_PATTERNS, P.DATE_PATTERN_NEEDS, strict=True):
        if (needs and not P.holds_any(text, needs)) or (
            not named and pattern in P.DATE_NAMED_MONTH
        ):
            continue
        m = pattern.search(text)
        if m is None or (best is not None and m.start() >= best.start):
            continue
        hit = _to_datehit(m)
        if hit is not None:
            best = hit
    return _time_before(text, best) if best is not None and not best.has_time else best


def _time_before(text: str, hit: DateHit) -> DateHit:
    """``hit`` with the time written before it (:data:`~newsparse.patterns.TIME_BEFORE`),
    when one is."""
    head = text[max(0, hit.start - P.TIME_BEFORE_CHARS) : hit.start]
    m = P.TIME_BEFORE.search(head) if ":" in head or "h" in head else None
    if m is None:
        return hit
    g = m.groupdict()
    hour, minute = int(g["H"]), int(g["M"])
    ampm = (g["ampm"] or "").lower().replace(".", "")
    hour += 12 if ampm == "pm" and hour < 12 else -12 if ampm == "am" and hour == 12 else 0
    if hour > 23 or minute > 59:
        return hit
    value = hit.value.replace(hour=hour, minute=minute, second=int(g["S"] or 0))
    value = _zoned(value, g["tz"], True) if g["tz"] else value
    start = hit.start - len(head) + m.start()
    return replace(hit, value=value, text=text[start : hit.end].strip(), start=start, has_time=True)


def _cjk_year_date(text: str) -> DateHit | None:
    """A date whose year is not in ASCII digits: in full-width ones (read as their ASCII
    twins, :data:`~newsparse.patterns.FULLWIDTH_DIGITS`), or in Chinese numerals
    (:data:`~newsparse.patterns.CN_NUMERAL_DATE`)."""
    if ("２" in text or "１" in text) and P.FULLWIDTH_YEAR.search(text):
        hit = find_date(text.translate(P.FULLWIDTH_DIGITS))
        return None if hit is None else replace(hit, text=text[hit.start : hit.end].strip())
    m = P.CN_NUMERAL_DATE.search(text) if "年" in text and "日" in text else None
    if m is None:
        return None
    try:
        value = datetime(
            int("".join(str(P.CN_DIGITS[c]) for c in m["y"])),
            _cn_number(m["m"]),
            _cn_number(m["d"]),
        )
    except ValueError:
        return None
    return DateHit(value=value, text=m.group(0), start=m.start(), end=m.end(), has_time=False)


def _cn_number(numerals: str) -> int:
    """The number 1-39 that Chinese numerals write ("五", "十", "十二", "二十一")."""
    tens, _, ones = numerals.rpartition("十")
    if not _:
        return P.CN_DIGITS[ones]
    return 10 * (P.CN_DIGITS[tens] if tens else 1) + (P.CN_DIGITS[ones] if ones else 0)


def _to_datehit(m: re.Match[str]) -> DateHit | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        month = P.DATE_MONTHS[g["mon"].lower().rstrip(".")] if g.get("mon") else int(g["m"])
        day = int(g["d"])
        order = _slash_order(m, day, month)
        if month > 12 >= day:  # 07/23/2019: the first number is the month
            month, day = day, month
        hour = int(g["H"]) if g.get("H") else 0
        minute = int(g["M"]) if g.get("M") else 0
        second = int(g["S"]) if g.get("S") else 0
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        value = datetime(year, month, day, hour, minute, second)
    except (KeyError, ValueError):
        return None
    tz = g.get("tz")
    if tz:
        value = _zoned(value, tz, bool(g.get("H")))
    return DateHit(
        value=value,
        text=m.group(0).strip(),
        start=m.start(),
        end=m.end(),
        has_time=bool(g.get("H")),
        order=order,
    )


def _zoned(value: datetime, tz: str, has_time: bool) -> datetime:
    """``value`` in the zone ``tz`` names: a named zone, an offset ("+0200"), or an
    American region (:data:`~newsparse.patterns.REGION_ZONES`, after a time only), whose
    offset at ``value`` the zone database gives; naive when it names none."""
    region = P.REGION_ZONES.get(tz)
    if region is not None:
        return in_zone(value, region) if has_time else value
    if tz.upper() in P.TZ_OFFSETS:
        minutes = P.TZ_OFFSETS[tz.upper()]
    else:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        minutes = sign * (int(digits[:2]) * 60 + int(digits[2:4]))
    if abs(minutes) >= 24 * 60:  # "+80:00" names no zone: the date stays naive
        return value
    return value.replace(tzinfo=timezone(timedelta(minutes=minutes)))


def in_zone(value: datetime, name: str) -> datetime:
    """``value``'s wall time in the zone database's zone ``name``, as the fixed offset
    that zone has at that time (summer time included); ``value`` as it is without the
    database."""
    zone = zone_info(name)
    offset = value.replace(tzinfo=zone).utcoffset() if zone is not None else None
    return value if offset is None else value.replace(tzinfo=timezone(offset))


@cache
def zone_info(name: str) -> tzinfo | None:
    """The zone ``name`` from the zone database; Beijing time without it (Windows without
    tzdata); else None."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name == P.LANGUAGE_ZONES["zh"]:
            return timezone(timedelta(minutes=P.CHINA_OFFSET_MINUTES))
        return None


def _slash_order(m: re.Match[str], first: int, second: int) -> str:
    """:attr:`~newsparse.units.DateHit.order` of a date matched by ``m``, whose first
    number is ``first`` and second ``second``."""
    if m.re is not P.DATE_SLASH:
        return ""
    if first > 12:  # no month has that number
        return "dmy"
    if second > 12:
        return "mdy"
    return "either" if first != second else ""


def breadcrumb_items(text: str) -> list[str] | None:
    """Items of a breadcrumb trail ("首页 > 新闻 > 正文", "[Home](/) > [News](/news)"),
    or None."""
    if "](" in text:
        text = P.MARKDOWN_LINK.sub(lambda m: m.group(1).strip(), text)
    if len(text) > P.BREADCRUMB_MAX_CHARS or not P.BREADCRUMB_SEP_CHAR.search(text):
        return None
    lead = P.BREADCRUMB_LEAD.match(text)  # "当前位置：首页 > 科技": the marker, then the trail
    parts = [p.strip() for p in P.BREADCRUMB_SEP.split(text[lead.end() if lead else 0 :])]
    if parts and not parts[0]:
        parts = parts[1:]
    if any(not p for p in parts):
        return None
    has_noise = lead is not None or any(
        p.lower().rstrip(":：") in P.BREADCRUMB_NOISE for p in parts
    )
    if len(parts) < 2 or (len(parts) < 3 and not has_noise):
        return None
    if any(
        len(p) > P.BREADCRUMB_ITEM_MAX_CHARS
        or count_units(p)[0] > P.BREADCRUMB_ITEM_MAX
        or P.SENTENCE_PUNCT.search(p)
        for p in parts
    ):
        return None
    if P.find_url(text) or find_date(text):
        return None
    return parts


def reporter_signoff(text: str) -> list[str] | None:
    """The reporter's name of a Chinese sign-off line: "新京报记者 彭冲 山东冠县报道",
    "本报记者罗科苏盈发自北京", "（记者 张三）", a name alone in brackets ("（袁源）"), a
    Korean one ("박준석 기자"), or None."""
    if text[0] in "（(" and (m := P.CJK_SIGNOFF_NAME.match(text)) is not None:
        return cjk_names(m.group("name"))
    if "기자" in text and len(text) <= P.SIGNOFF_MAX_CHARS:
        ko = P.KO_REPORTER.match(text)
        return [ko.group("name")] if ko else None
    if len(text) > P.SIGNOFF_MAX_CHARS or "记者" not in text or P.PHOTO_CREDIT.search(text):
        return None  # "（新华社记者 詹彦 摄）" credits a picture
    m = P.REPORTER_SIGNOFF.search(text)
    return [m.group("name")] if m else None


def english_byline(text: str, dated: bool | None = None) -> list[str] | None:
    """Names of an English (or German, Spanish, French) "By ..." byline, or None: "By Jane
    Doe", "Von: Anna Roth", "By **Jane Doe**" and "* By [Jane Doe](/author/jane)" (a
    Markdown dump's marks), "Posted on July 1, 2024 by Jane Doe" (a dated line signed at
    its end). ``dated``: whether :func:`find_date` finds a date in ``text``, when the
    caller knows."""
    if len(text) > P.BYLINE_MAX_CHARS:
        return None
    if P.holds_any(text, P.BYLINE_MARKUP_CHARS):
        text = P.BYLINE_MARKUP.sub(lambda m: m.group(1) or "", text).strip()
        dated = None  # (the marks gone, a date may read differently)
    m = P.BYLINE_EN.match(text)
    if m is None:
        if dated is False:
            return None  # the signature at a line's end needs the line's date (most lines)
        m = P.BYLINE_TAIL.search(text)
        if m is None or m.group("names") in P.BYLINE_TAIL_NOT_NAMES:
            return None
        if not dated and find_date(text) is None:
            return None
    names = [n for n in name_parts(m.group("names")) if n]
    return names or None
