"""Article metadata from the decided blocks: dates, people, source, breadcrumb, tags,
language.

Each field is read by a small function, most reliable evidence first: a labelled field
("来源：", "责编：") beats an unlabelled guess (the name beside a dateline). The HTML
path passes what ``<meta>`` and JSON-LD said as :class:`Hints`; hints come first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsparse import patterns as P
from newsparse.kinds import Kind, Role
from newsparse.metadata.dates import read_dates, shown_published, shown_update
from newsparse.metadata.meta import Meta
from newsparse.metadata.people import bylines, people
from newsparse.rules import Decided, Doc
from newsparse.text import cjk_text, count_units, hint_matches, norm_text, unescape_leftovers
from newsparse.units import Hints, Unit


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
    meta.authors = _dedupe(hints.authors + people(fields, "authors") + bylines(meta_units))
    meta.editors = _dedupe(people(fields, "editors"))
    meta.source = hints.source or _first(v for f, _, v in fields if f == "source" and v)
    if meta.source is None:
        meta.source = _dateline_source(of_kind[Kind.DATELINE])
    meta.tags = _dedupe(hints.tags or _tags(fields))
    read_dates(meta, meta_units, fields, hints)
    shown_update(meta, of_kind[Kind.DATELINE], units, hints)
    shown_published(meta, of_kind[Kind.DATELINE], hints)
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


def guess_language(texts: list[str]) -> str | None:
    """BCP-47 primary tag from the script and, for Latin-script text, function words."""
    sample = "\n".join(texts)[: P.LANGUAGE_SAMPLE_CHARS]
    if not sample.strip():
        return None
    if cjk_text(sample):
        cjk = count_units(sample)[1]
        if len(P.KANA.findall(sample)) > cjk * P.KANA_MIN_SHARE:
            return "ja"
        if len(P.HANGUL.findall(sample)) > cjk * P.HANGUL_MIN_SHARE:
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
