"""Dates: publication and modification times, their zones, and what the page shows.

The declared times (JSON-LD, ``<meta>``) come first, then labelled fields, then datelines
(:func:`read_dates`); two checks then let what the reader is shown win over a declaration
that contradicts it (:func:`shown_update`, :func:`shown_published`); a page that shows no
date at all is dated by the day its address spells (:func:`url_date`), else by the print
issue its story cites (:func:`issue_date`), else by the day its story's picture is filed
under (:func:`image_date`); a shown date later than the day the address spells gives
way to that day (:func:`address_day`). A time without a zone gets the zone of the page's
site or language (:func:`page_zone`), with a warning, else stays naive, with a warning
too; a zone name two countries share ("CST") is read as the page's (:func:`_shared_zone`).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from urllib.parse import urlsplit

from newsparse import patterns as P
from newsparse.features import date_stands_alone, find_date, in_zone, zone_info
from newsparse.metadata.meta import Meta
from newsparse.text import count_units, host_name
from newsparse.units import DateHit, Hints, Unit

_Found = tuple[datetime, str, str, str]
"""A time found: (value, the text it was read from, its origin, the step that chose it)."""


def read_dates(
    meta: Meta,
    meta_units: list[Unit],
    fields: list[tuple[str, str, str]],
    hints: Hints,
    title_line: int | None = None,
) -> None:
    """``published``, ``published_text`` and ``modified``, most reliable evidence first:
    the declared times, then labelled fields ("发布时间：", "Updated:", "Stand:") and
    datelines, the one nearest the headline (``title_line``) first; a page that gives
    only a modification time is dated by it, and said so."""
    published = _declared(hints, "published", meta)
    modified = _declared(hints, "modified", meta)
    if title_line is not None:  # (of two as near, the one under the headline first)
        under = any(_bare_under(u, title_line) for u in meta_units)
        meta_units = sorted(meta_units, key=lambda u: _nearness(u, title_line, under))
    for u in meta_units:
        for f, label, v in u.fields:
            parsed = _parse(v, meta) if f == "published" else None
            if parsed is None:
                continue
            found = (*parsed, f"line:{u.line}", "field")
            if label.lower() in P.MODIFIED_LABELS:
                modified = modified or found
            else:
                published = published or found
        if u.date is None:
            continue
        pair = (_when(u.date, meta), u.date.text, f"line:{u.line}", "dateline")
        if _line_label(u) in P.MODIFIED_LABELS:
            modified = modified or pair
        else:
            published = published or pair
    if published is None and modified is not None:
        # Many pages show one date, labelled "Updated": the nearest thing to a publication
        # time they give. Used as such, and said so.
        published = modified
        meta.warnings.append("the page gives only a last-modified time; `published` is that time")
    if published is not None:
        meta.published_text = published[1]
        meta.published = _zone(published[0], meta, "published")
        meta.note("published", published[2], published[3])
    if modified is not None:
        meta.modified = _zone(modified[0], meta, "modified")
        meta.note("modified", modified[2], modified[3])


def _nearness(u: Unit, title_line: int, under_first: bool) -> tuple[bool, int, bool]:
    """How near the headline (line ``title_line``) a dated unit stands, for sorting: its
    distance in lines, and of two as near, the one under the headline first (the story's
    dateline stands under it; a line as near above is the last of a menu's or a list's
    teasers). ``under_first``: a bare date stands under the headline (:func:`_bare_under`),
    so the lines under it come before any above it (the edition's date, a teaser's)."""
    above = u.line < title_line
    return under_first and above, abs(u.line - title_line), above


def _bare_under(u: Unit, title_line: int) -> bool:
    """Whether ``u`` is a date and little else (at most ``BARE_DATE_MAX_REST_UNITS``
    units beside it: "12 March 2024", "Published: 12/03/2024") within
    ``DATELINE_BELOW`` lines under the headline: the story's own date, which wins over a
    nearer date above the headline (a teaser's, the edition's, a list's last): with one,
    :func:`_nearness` puts the lines under the headline first."""
    hit = u.date
    if hit is None or not 0 < u.line - title_line <= P.DATELINE_BELOW:
        return False
    rest = u.text[: hit.start] + " " + u.text[hit.end :]
    return count_units(rest)[0] <= P.BARE_DATE_MAX_REST_UNITS


def shown_under_headline(
    meta: Meta, datelines: list[Unit], units: list[Unit], title: int | None
) -> None:
    """A publication time read from a ``<time>`` element (the page's weakest declaration:
    often the first of a sidebar's teasers) and a dateline right under the headline (unit
    ``title``, within ``UNDER_TITLE_WINDOW`` units) that shows another day: the dateline
    is the story's date."""
    published = meta.published
    if published is None or title is None:
        return
    if meta.evidence.get("published") != ("time", "declared"):
        return
    dated = {id(u) for u in datelines if u.date is not None}
    under = units[title + 1 : title + 1 + P.UNDER_TITLE_WINDOW]
    shown = next((u for u in under if id(u) in dated), None)
    if shown is None or shown.date is None or _line_label(shown) in P.MODIFIED_LABELS:
        return
    _take_shown_day(meta, shown, shown.date, published)


def _take_shown_day(meta: Meta, shown: Unit, hit: DateHit, published: datetime) -> None:
    """The dateline ``shown`` (its date ``hit``) dates the page when it shows another day
    than ``published``."""
    value = _when(hit, meta)
    if value.date() != published.date():
        meta.published = _zone(value, meta, "published")
        meta.published_text = hit.text
        meta.evidence["published"] = (f"line:{shown.line}", "dateline")


def header_date(meta: Meta, units: list[Unit], start: int) -> None:
    """A page that gives no date where its metadata is read (no declared time, no dated
    line decided a dateline or a field) but shows a line that is a date above its story
    ("29.06.2023, 15:04 | Lesedauer: 7 Minuten" in a header the region left out), or a
    date in a cell of its own (:func:`_dateline_cell`) there or in the story's first
    line (where a dump's table row may have put the headline and the dateline): the
    nearest such line dates it, with a warning. Lines below the story are teasers' and
    comments' dates, never read."""
    if not _undated(meta):
        return
    for u in reversed(units[: start + 1] if start >= 0 else []):
        if u.date is None or u.boiler_kind or u.bullet or u.href:
            continue
        if not (u.dateline or _dateline_cell(u)):
            continue
        if u.link_density > P.HEADER_DATE_MAX_LINK_DENSITY:
            continue  # a teaser's date, in a list of links above the story
        _date_undated(
            meta,
            _when(u.date, meta),
            u.date.text,
            origin=f"line:{u.line}",
            rule="header-date",
            warning="no dateline beside the story; `published` is the date shown above it",
        )
        return


def _dateline_cell(u: Unit) -> bool:
    """Whether the date of ``u`` stands in a cell of its own that is a dateline: w3m lays
    a layout table's row out as one line, its cells apart by a gap of spaces
    (:data:`~newsparse.patterns.DUMP_CELL_GAP`), and a headline's cell, a dateline's and
    a pager's may share it ("标题    2005-04-05 06:40更新 来源：新华网    上一页")."""
    hit = u.date
    if hit is None or "  " not in u.text:
        return False
    return date_stands_alone(u.text, hit, P.DUMP_CELL_GAP)


def url_date(meta: Meta, url: str | None) -> None:
    """A page that gives no date at all (nothing declared, shown or labelled) whose
    address spells a day (:data:`~newsparse.patterns.URL_DATE`): that day, with a
    warning. A dump's address is its page's."""
    if not _undated(meta) or not url:
        return
    day = _url_day(url)
    if day is None:
        return
    _date_undated(
        meta,
        day,
        day.date().isoformat(),
        origin="url",
        rule="url-date",
        warning="the page shows no date; `published` is the day its address spells",
    )


def address_day(meta: Meta, url: str | None, hints: Hints) -> None:
    """A page that declares no publication time (``hints``), dated by a line it shows (a
    dateline, a labelled field, a date above its story), whose address spells an earlier
    day (:data:`~newsparse.patterns.URL_DATE`), within ``ADDRESS_DAY_MAX_DAYS``: the site
    minted the address the day it published the page, so the line shows a later day (an
    update, a teaser's date, the header's clock); ``published`` is the address's day,
    with a warning. A time that falls on the address's day in UTC (a site may mint its
    addresses in UTC) is that day still, and kept."""
    published = meta.published
    how = meta.evidence.get("published", ("", ""))[1]
    if published is None or not url or hints.published or how not in P.SHOWN_DATE_RULES:
        return  # (a declared time and the shown one are weighed by shown_update)
    day = _url_day(url)
    if day is None or not 0 < (published.date() - day.date()).days <= P.ADDRESS_DAY_MAX_DAYS:
        return
    if published.tzinfo is not None and published.astimezone(timezone.utc).date() == day.date():
        return  # the address's day in UTC, where the site minted it: the same moment
    meta.published = _zone(day, meta, "published")
    meta.published_text = day.date().isoformat()
    meta.evidence["published"] = ("url", "address-day")
    meta.warnings.append(
        "the page shows a later day than its address spells; `published` is the address's day"
    )


def image_date(meta: Meta, units: list[Unit], start: int, end: int) -> None:
    """A page that gives no date at all whose story's first picture is stored under a
    day ("/web2images/521/2024/09/04/img20240904...jpg"): a newsroom files the pictures
    it uploads for a story under the day it publishes it; that day, with a warning."""
    if not _undated(meta) or start < 0:
        return
    first = next((u for u in units[start : max(end, start) + 1] if u.src), None)
    day = _url_day(first.src) if first is not None and first.src else None
    if first is None or day is None:
        return
    _date_undated(
        meta,
        day,
        day.date().isoformat(),
        origin=f"line:{first.line}",
        rule="image-date",
        warning="the page shows no date; `published` is the day its story's picture is filed under",
    )


def issue_date(meta: Meta, units: list[Unit], start: int, end: int) -> None:
    """A page that gives no date at all whose story cites the print issue it appeared in
    ("——《北京之春》1996年6月号", :data:`~newsparse.patterns.ISSUE_DATE`), in it or in
    the few lines that sign it off: the issue's day, or its month's first day, with a
    warning. A citation in a list above or far below the story is another article's."""
    if not _undated(meta) or start < 0:
        return
    for u in units[start : min(len(units), max(end, start) + 1 + P.DATELINE_BELOW)]:
        m = P.ISSUE_DATE.search(u.text) if "号" in u.text else None
        if m is None:
            continue
        try:
            day = datetime(int(m["y"]), int(m["m"]), int(m["d"] or 1))
        except ValueError:
            continue
        _date_undated(
            meta,
            day,
            m.group(0),
            origin=f"line:{u.line}",
            rule="issue-date",
            warning="the page shows no date; `published` is the print issue its story cites"
            + ("" if m["d"] else " (the month's first day)"),
        )
        return


def _undated(meta: Meta) -> bool:
    """Whether nothing so far dates the page (no published or modified time): the last
    resorts (:func:`header_date`, :func:`url_date`, :func:`issue_date`,
    :func:`image_date`) read only then."""
    return meta.published is None and meta.modified is None


def _date_undated(
    meta: Meta, value: datetime, text: str, *, origin: str, rule: str, warning: str
) -> None:
    """Date a page by a last resort: ``value`` (read from ``text``) as ``published``,
    zoned as any (a day alone is left naive, and said so); ``origin`` and ``rule`` as its
    evidence; and ``warning``, which says the page showed no date of its own."""
    meta.published = _zone(value, meta, "published")
    meta.published_text = text
    meta.note("published", origin, rule)
    meta.warnings.append(warning)


def _url_day(url: str) -> datetime | None:
    """The day ``url``'s path or query spells, as a naive midnight; None when it spells
    none or an impossible one."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    m = P.URL_DATE.search(f"{parts.path}?{parts.query}")
    if m is None:
        return None
    month = m["m"] or m["m2"] or m["m3"] or m["m4"]
    day = m["d"] or m["d2"] or m["d3"] or m["d4"]
    try:
        return datetime(int(m["y"]), int(month), int(day))
    except ValueError:
        return None


def _declared(hints: Hints, name: str, meta: Meta) -> _Found | None:
    """The time the page's head declares for ``name`` ("published", "modified")."""
    value = hints.published if name == "published" else hints.modified
    parsed = _parse(value, meta) if value else None
    if parsed is None:
        return None
    return (*parsed, hints.origins.get(name, "declared"), "declared")


def _line_label(u: Unit) -> str | None:
    """The label of a date line, lower case: an English one that leads it without a colon
    ("Updated May 4"), else the label of its first date field ("Stand: 12.04.2024")."""
    label = P.en_date_label(u.text)
    if label is None:
        label = next((lb.lower() for f, lb, _ in u.fields if f == "published"), None)
    return label


def dateline_time(meta: Meta, datelines: list[Unit], hints: Hints) -> None:
    """A declared publication day without a time (a date-only ``<meta>``, read as
    midnight) and a dateline that shows a time on that same day: the dateline's time."""
    if meta.published is None or meta.evidence.get("published", ("", ""))[1] != "declared":
        return
    if meta.published.timetz().replace(tzinfo=None) != time(0, 0):
        return
    for u in datelines:
        hit = u.date
        if hit is None or not hit.has_time:
            continue
        value = _when(hit, meta)
        if value.date() == meta.published.date():
            meta.published = _zone(value, meta, "published")
            meta.published_text = hit.text
            meta.evidence["published"] = (f"line:{u.line}", "dateline-time")
            return


def shown_update(meta: Meta, datelines: list[Unit], units: list[Unit], hints: Hints) -> None:
    """A page whose metadata declares a publication and a later modification time, whose
    header shows the modification day ("Updated October 8, 2025") and which shows the
    publication day nowhere, presents itself as of that day: ``published`` is the date
    the page shows (the declared time when it falls on that day), and said so."""
    if not (hints.published and hints.modified and meta.published and meta.modified):
        return
    shown = next((u for u in datelines if u.date is not None), None)
    if shown is None or shown.date is None:
        return
    day = _when(shown.date, meta).date()
    published, modified = meta.published, meta.modified
    slack = timedelta(days=P.SHOWN_UPDATE_MAX_DAYS)
    if day <= published.date() + slack or abs(modified.date() - day) > slack:
        return  # not a later day, or not the declared modification's
    if any(u.date is not None and _when(u.date, meta).date() == published.date() for u in units):
        return  # the page shows its publication day too
    meta.evidence["published"] = (f"line:{shown.line}", "dateline")
    if modified.date() == day:
        meta.published, meta.published_text = modified, hints.modified
    else:
        meta.published = _zone(_when(shown.date, meta), meta, "published")
        meta.published_text = shown.date.text
    meta.warnings.append(
        "the page shows its last-modified day as its date; `published` is that day"
    )


def shown_published(meta: Meta, datelines: list[Unit], hints: Hints) -> None:
    """The page's header says in words when it was published ("Published Apr 26, 2023"),
    or the metadata stamps its publication with its modification's clock reading (the
    last save) while the header shows an earlier day: what the reader is told wins."""
    if not (hints.published and meta.published):
        return
    published = meta.published
    dated = [u for u in datelines if u.date is not None]
    shown = None
    if dated and meta.modified is not None and _wall(published) == _wall(meta.modified):
        first = dated[0]
        if first.date is not None and P.en_date_label(first.text) is None:
            shown = first if _when(first.date, meta).date() < published.date() else None
    if shown is None:
        shown = next((u for u in dated if P.en_date_label(u.text) in P.PUBLISHED_LABELS), None)
    if shown is None or shown.date is None:
        return
    _take_shown_day(meta, shown, shown.date, published)


def _wall(dt: datetime) -> datetime:
    """The clock reading of ``dt``, whatever its zone."""
    return dt.replace(tzinfo=None)


def _parse(value: str, meta: Meta) -> tuple[datetime, str] | None:
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return dt, value.strip()
    except ValueError:
        pass
    hit = find_date(value)
    return (_when(hit, meta), hit.text) if hit else None


def page_order(meta: Meta, units: list[Unit], hints: Hints, url: str | None) -> None:
    """Whether the page writes its slash dates month-first (``meta.month_first``): as its
    own dates show (07/23/2019 is month-first, 23/07/2019 day-first; the more of them
    win), else as its declared language (en-US) or its site (a .gov) implies; else not
    (day-first, as most of the world writes them)."""
    mdy = [u for u in units if u.date is not None and u.date.order == "mdy"]
    dmy = sum(1 for u in units if u.date is not None and u.date.order == "dmy")
    if mdy or dmy:
        if len(mdy) > dmy and mdy[0].date is not None:
            meta.month_first = (f"line:{mdy[0].line}", mdy[0].date.text)
        return
    locale = (hints.locale or "").lower().replace("_", "-")
    if locale in P.MONTH_FIRST_LANGUAGES and hints.locale:
        meta.month_first = (hints.origins.get("language", "lang"), hints.locale)
        return
    host = _host(url)
    if host and host.rsplit(".", 1)[-1] in P.MONTH_FIRST_HOSTS:
        meta.month_first = ("site", host)


def _when(hit: DateHit, meta: Meta) -> datetime:
    """The time ``hit`` says, a slash date that reads either way read month-first when
    the page writes its dates so (:func:`page_order`), and said so in a warning."""
    if hit.order != "either" or meta.month_first is None:
        return _shared_zone(hit, hit.value, meta)
    where, what = meta.month_first
    if where.startswith("line:"):
        why = f"the page writes {what} ({where})"
    else:
        why = f"its {'site' if where == 'site' else 'declared language'} ({what}) implies it"
    note = f"a date like {hit.text} is read month-first: {why}"
    if not any(w.startswith("a date like ") for w in meta.warnings):
        meta.warnings.append(note)
    return _shared_zone(hit, hit.value.replace(month=hit.value.day, day=hit.value.month), meta)


def _shared_zone(hit: DateHit, value: datetime, meta: Meta) -> datetime:
    """``value``, read from ``hit``, in the page's reading of a zone name two countries
    share (:data:`~newsparse.patterns.SHARED_ZONE_NAMES`: "CST" on an American English
    page is US Central); as read (Beijing time for "CST") on any other page."""
    m = P.SHARED_ZONE_NAME.search(hit.text) if value.tzinfo is not None else None
    if m is None or meta.zone is not None or not meta.language:
        return value
    language, region = P.SHARED_ZONE_NAMES[m.group(0).upper()]
    if _subtags(meta.language)[0] != language:
        return value
    return in_zone(value, region)


def _host(url: str | None) -> str | None:
    """The host name of ``url``, without a final dot; None when it has none."""
    host = host_name(url)
    return host.rstrip(".") if host else None


def page_zone(language: str | None, url: str | None) -> tuple[str, str] | None:
    """The zone a time without one is read in: the site's country's (the host's last
    label, :data:`~newsparse.patterns.COUNTRY_ZONES`), else the language's region's
    ("de-AT") or the language's (:data:`~newsparse.patterns.LANGUAGE_ZONES`); with what
    implies it. None when neither names one zone."""
    host = _host(url)
    if host and (zone := P.COUNTRY_ZONES.get(host.rsplit(".", 1)[-1])):
        return zone, "site"
    if not language:
        return None
    primary, region = _subtags(language)
    zone = P.COUNTRY_ZONES.get(region[:2]) if len(region) == 2 else None
    zone = zone or P.LANGUAGE_ZONES.get(primary)
    return (zone, "language") if zone else None


def _subtags(language: str) -> tuple[str, str]:
    """A language tag's primary subtag and the rest, lower-cased ("de_AT" -> "de", "at")."""
    primary, _, region = language.lower().replace("_", "-").partition("-")
    return primary, region


def _zone(dt: datetime, meta: Meta, what: str) -> datetime:
    """``dt`` with the page's zone (:func:`page_zone`, as a fixed offset) when it has
    none, said in a warning; naive, said too, when the page implies no zone or ``dt``
    is a day without a time (midnight: a day has no zone to lack). It sets ``what``:
    what was said of the value it replaces goes."""
    stale = f"{what} time has no timezone"
    meta.warnings[:] = [w for w in meta.warnings if not w.startswith(stale)]
    if dt.tzinfo is not None:
        return dt
    zone = zone_info(meta.zone[0]) if meta.zone else None
    if meta.zone is None or zone is None or dt.time() == time(0, 0):
        meta.warnings.append(f"{stale}; left naive")
        return dt
    offset = dt.replace(tzinfo=zone).utcoffset()
    if offset is not None:
        dt = dt.replace(tzinfo=timezone(offset))
    meta.warnings.append(f"{stale}; read as {meta.zone[0]} time (the page's {meta.zone[1]})")
    return dt
