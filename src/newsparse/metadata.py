"""Article metadata from the decided blocks: dates, people, source, breadcrumb, tags,
language.

Each field is read by a small function, most reliable evidence first: a labelled field
("来源：", "责编：") beats an unlabelled guess (the name beside a dateline). The HTML
path passes what ``<meta>`` and JSON-LD said as :class:`Hints`; hints come first.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from newsparse import patterns as P
from newsparse.features import Unit, count_units, find_date
from newsparse.models import Kind, Role
from newsparse.rules import Decided, Doc, hint_matches, norm_text


@dataclass(slots=True)
class Hints:
    """Metadata known before the blocks are read (from HTML head, JSON-LD, the caller)."""

    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Meta:
    """The metadata fields of an :class:`~newsparse.models.Article`."""

    title: str | None = None
    subtitle: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    published_text: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    site_name: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)


def extract(doc: Doc, decided: Decided, hints: Hints) -> Meta:
    """Read every metadata field from the decided units and the hints."""
    meta = Meta()
    units = doc.units
    # one pass over the decisions: the units each field is read from
    meta_units: list[Unit] = []
    texts: list[str] = []  # body and headings
    titles: list[str] = []
    of_kind: dict[Kind, list[Unit]] = {Kind.SUBTITLE: [], Kind.BREADCRUMB: [], Kind.DATELINE: []}
    for i, block in zip(decided.index, decided.blocks, strict=True):
        u = units[i]
        role = block.role
        if role is Role.METADATA:
            meta_units.append(u)
        elif role is Role.BODY or role is Role.HEADING:
            texts.append(u.text)
        elif role is Role.TITLE:
            titles.append(u.text)
        if block.kind in of_kind:
            of_kind[block.kind].append(u)
    fields = [f for u in meta_units for f in u.fields]

    title = _title(doc, hints)
    if title is not None:
        title = title.translate(P.TITLE_INVISIBLE).strip() or None
    meta.title = title
    meta.subtitle = _first(v for f, _, v in fields if f == "subtitle" and v) or _first(
        u.text.lstrip("—－- ") for u in of_kind[Kind.SUBTITLE] if not u.fields
    )
    meta.language = hints.language or guess_language(texts or titles)
    meta.breadcrumb, crumb_site = _breadcrumb(of_kind[Kind.BREADCRUMB])
    meta.site_name = hints.site_name or crumb_site
    meta.authors = _dedupe(hints.authors + _people(fields, "authors") + _bylines(meta_units))
    meta.editors = _dedupe(_people(fields, "editors"))
    meta.source = hints.source or _first(v for f, _, v in fields if f == "source" and v)
    if meta.source is None:
        meta.source = _dateline_source(of_kind[Kind.DATELINE])
    meta.tags = _dedupe(hints.tags or _tags(fields))
    _dates(meta, meta_units, fields, hints)
    _shown_update(meta, of_kind[Kind.DATELINE], units, hints)
    _shown_published(meta, of_kind[Kind.DATELINE], hints)
    return meta


def _first(values: Iterable[str]) -> str | None:
    """The first of ``values``, or None."""
    return next(iter(values), None)


def _title(doc: Doc, hints: Hints) -> str | None:
    hint = hints.title
    if doc.title is not None:
        u = doc.units[doc.title]
        if hint and u.tag and hint_matches(u.text, hint):
            if _is_part(u.text, hint):
                return unescape_leftovers(u.text)  # metadata adds "| Top 19 Companies"
            if _is_head(hint, u.text):
                return unescape_leftovers(u.text)  # the metadata cut the headline short
            return hint  # the <h1> adds a kicker the declared headline leaves out
        text = unescape_leftovers(u.text)
        return text if u.tag else _without_markdown(text)
    return hint


def _without_markdown(text: str) -> str:
    """A text dump's headline without Markdown's marks ("# Headline", "**Headline**");
    the block keeps them."""
    if text[0] not in "#*_" and text[-1] not in "*_":
        return text
    return P.MARKDOWN_TITLE_MARKS.sub("", text).strip() or text


def _is_head(head: str, text: str) -> bool:
    """True when ``text`` is ``head`` and more words after it."""
    h, t = norm_text(head), norm_text(text)
    return len(t) > len(h) and t.startswith(h)


def _is_part(text: str, title: str) -> bool:
    """True when ``text`` is one of the separator-delimited parts of ``title``."""
    key = norm_text(text)
    parts = P.TITLE_SEPARATOR.split(title)
    return len(parts) > 1 and any(norm_text(p) == key for p in parts)


def unescape_leftovers(text: str) -> str:
    """Text escaped twice ("Python, SQL &#x26; AI") reads as the page means it."""
    return html.unescape(text) if P.LEFTOVER_ENTITY.search(text) else text


def _breadcrumb(crumbs: list[Unit]) -> tuple[list[str], str | None]:
    """The first breadcrumb's sections, and the site it names first (if not "home")."""
    for u in crumbs[:1]:
        items = [
            p for p in (u.breadcrumb or []) if p.lower().rstrip(":：") not in P.BREADCRUMB_NOISE
        ]
        if items and items[0].lower() in P.HOME_WORDS:
            return items[1:], None  # "首页 > 国内": home is not a section
        return items, items[0] if items else None
    return [], None


def _split_names(value: str) -> list[str]:
    names = []
    # Chinese names hold no spaces, so a space separates two of them ("李四 王五").
    splitter = P.NAME_SPLIT_CJK if P.CJK_CHAR.match(value) else P.NAME_SPLIT
    for n in splitter.split(value):
        n = n.strip(" \t:：()（）[]【】")
        if n and len(n) <= P.NAME_MAX_CHARS and not P.ends_sentence(n):
            names.append(n)
    return names


def _people(fields: list[tuple[str, str, str]], name: str) -> list[str]:
    out: list[str] = []
    for f, _, v in fields:
        if f == name and v:
            out.extend(_split_names(v))
    return out


def _bylines(meta_units: list[Unit]) -> list[str]:
    return [n for u in meta_units if u.byline for n in u.byline]


def _tags(fields: list[tuple[str, str, str]]) -> list[str]:
    out: list[str] = []
    for f, _, v in fields:
        if f == "tags" and v:
            out.extend(t for t in P.TAG_SPLIT.split(v) if t)
    return out


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        key = it.casefold()
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def _dateline_source(datelines: list[Unit]) -> str | None:
    """ "2019/07/23 18:45  连网": the short name beside a dateline's date is the outlet."""
    for u in datelines:
        if u.date is None or u.fields:
            continue
        rest = (u.text[: u.date.start] + " " + u.text[u.date.end :]).strip(" |｜-—·")
        rest = P.EN_DATE_LABEL.sub("", rest).strip()
        if (
            rest
            and count_units(rest)[0] <= P.DATELINE_SOURCE_MAX_UNITS
            and not any(ch.isdigit() for ch in rest)
        ):
            return rest
    return None


def _dates(
    meta: Meta, meta_units: list[Unit], fields: list[tuple[str, str, str]], hints: Hints
) -> None:
    published: tuple[datetime, str] | None = None
    modified: tuple[datetime, str] | None = None
    if hints.published:
        published = _parse(hints.published)
    if hints.modified:
        modified = _parse(hints.modified)
    for f, label, v in fields:
        if f != "published":
            continue
        parsed = _parse(v)
        if parsed is None:
            continue
        if label.lower() in P.MODIFIED_LABELS:
            modified = modified or parsed
        else:
            published = published or parsed
    for u in meta_units:
        if u.date is None:
            continue
        pair = (u.date.value, u.date.text)
        if P.en_date_label(u.text) in P.MODIFIED_LABELS:
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
    if modified is not None:
        meta.modified = _zone(modified[0], meta, "modified")


def _shown_update(meta: Meta, datelines: list[Unit], units: list[Unit], hints: Hints) -> None:
    """A page whose metadata declares a publication and a later modification time, whose
    header shows the modification day ("Updated October 8, 2025") and which shows the
    publication day nowhere, presents itself as of that day: ``published`` is the date
    the page shows (the declared time when it falls on that day), and said so."""
    if not (hints.published and hints.modified and meta.published and meta.modified):
        return
    shown = next((u for u in datelines if u.date is not None), None)
    if shown is None or shown.date is None:
        return
    day = shown.date.value.date()
    published, modified = meta.published, meta.modified
    slack = timedelta(days=P.SHOWN_UPDATE_MAX_DAYS)
    if day <= published.date() + slack or abs(modified.date() - day) > slack:
        return  # not a later day, or not the declared modification's
    if any(u.date is not None and u.date.value.date() == published.date() for u in units):
        return  # the page shows its publication day too
    if modified.date() == day:
        meta.published, meta.published_text = modified, hints.modified
    else:
        meta.published = _zone(shown.date.value, meta, "published")
        meta.published_text = shown.date.text
    meta.warnings.append(
        "the page shows its last-modified day as its date; `published` is that day"
    )


def _shown_published(meta: Meta, datelines: list[Unit], hints: Hints) -> None:
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
            shown = first if first.date.value.date() < published.date() else None
    if shown is None:
        shown = next((u for u in dated if P.en_date_label(u.text) in P.PUBLISHED_LABELS), None)
    if shown is not None and shown.date is not None and shown.date.value.date() != published.date():
        meta.published = _zone(shown.date.value, meta, "published")
        meta.published_text = shown.date.text


def _wall(dt: datetime) -> datetime:
    """The clock reading of ``dt``, whatever its zone."""
    return dt.replace(tzinfo=None)


def _parse(value: str) -> tuple[datetime, str] | None:
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return dt, value.strip()
    except ValueError:
        pass
    hit = find_date(value)
    return (hit.value, hit.text) if hit else None


def _zone(dt: datetime, meta: Meta, what: str) -> datetime:
    if dt.tzinfo is not None:
        return dt
    if meta.language == "zh":
        return dt.replace(tzinfo=timezone(timedelta(minutes=P.CHINA_OFFSET_MINUTES)))
    meta.warnings.append(f"{what} time has no timezone; left naive")
    return dt


def guess_language(texts: list[str]) -> str | None:
    """BCP-47 primary tag from the script and, for Latin-script text, function words."""
    sample = "\n".join(texts)[: P.LANGUAGE_SAMPLE_CHARS]
    if not sample.strip():
        return None
    units, cjk = count_units(sample)
    if units and cjk / units >= P.CJK_LANGUAGE_SHARE:
        if len(P.KANA.findall(sample)) > cjk * 0.05:
            return "ja"
        if len(P.HANGUL.findall(sample)) > cjk * 0.3:
            return "ko"
        return "zh"
    words = Counter(w.lower() for w in P.WORD.findall(sample))
    best, best_hits = None, 0
    for lang, stop in P.STOPWORDS.items():
        hits = sum(words[w] for w in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    total = sum(words.values())
    return best if total and best_hits / total >= P.LANGUAGE_MIN_STOPWORD_SHARE else None
