"""Article metadata from the decided blocks: dates, people, source, breadcrumb, tags,
language.

Each field is read by a small function, most reliable evidence first: a labelled field
("来源：", "责编：") beats an unlabelled guess (the name beside a dateline). The HTML
path passes what ``<meta>`` and JSON-LD said as :class:`Hints`; hints come first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from newsparse import patterns as P
from newsparse.features import reporter_signoff
from newsparse.kinds import Kind, Role
from newsparse.metadata.dates import (
    address_day,
    dateline_time,
    header_date,
    image_date,
    issue_date,
    page_order,
    page_zone,
    read_dates,
    shown_published,
    shown_under_headline,
    shown_update,
    url_date,
)
from newsparse.metadata.meta import Meta
from newsparse.metadata.people import (
    author_box,
    outlet,
    person_name,
    publication,
    split_names,
    unmarked,
    without_when,
)
from newsparse.rules import Decided, Doc, line_name, name_under_label
from newsparse.text import (
    capitalised_name,
    cjk_counts,
    cjk_names,
    count_units,
    hint_matches,
    name_parts,
    norm_text,
    unescape_leftovers,
)
from newsparse.units import Hints, Unit


def extract(doc: Doc, decided: Decided, hints: Hints, url: str | None = None) -> Meta:
    """Read every metadata field from the decided units and the hints; each value's
    origin and the step that chose it go to ``meta.evidence``. ``url``: the page's
    address, whose country tells the zone of times given without one."""
    meta = Meta()
    meta_units, texts, titles, of_kind, labelled = _gather(doc, decided)
    fields = [f for u in meta_units for f in u.fields]
    located = [(f, v, f"line:{u.line}") for u in meta_units for f, _, v in u.fields if v]

    _read_title(meta, doc, hints)
    meta.subtitle = _first(v for f, _, v in fields if f == "subtitle" and v) or _first(
        u.text.lstrip("—－- ") for u in of_kind[Kind.SUBTITLE] if not u.fields
    )
    if meta.subtitle:
        line = next((u.line for u in of_kind[Kind.SUBTITLE]), None)
        meta.note("subtitle", f"line:{line}" if line else "text", "field")
    _read_language(meta, hints, texts or titles)
    meta.zone = page_zone(meta.language, url)
    page_order(meta, doc.units, hints, url)
    _read_site(meta, hints, of_kind[Kind.BREADCRUMB])
    _read_source(meta, hints, located, of_kind[Kind.DATELINE])
    closing = _closing_signoff(doc, decided)
    _read_people(
        meta, hints, located, meta_units + closing, of_kind, labelled, _story_end(doc), doc.units
    )
    _read_tags(meta, hints, located)
    title_line = doc.units[doc.title].line if doc.title is not None else None
    read_dates(meta, meta_units, fields, hints, title_line)
    shown_update(meta, of_kind[Kind.DATELINE], units=doc.units, hints=hints)
    shown_published(meta, of_kind[Kind.DATELINE], hints)
    dateline_time(meta, of_kind[Kind.DATELINE], hints)
    shown_under_headline(meta, of_kind[Kind.DATELINE], doc.units, doc.title)
    header_date(meta, doc.units, doc.start)
    url_date(meta, url)
    issue_date(meta, doc.units, doc.start, doc.end)
    image_date(meta, doc.units, doc.start, doc.end)
    address_day(meta, url, hints)
    return meta


def _gather(
    doc: Doc, decided: Decided
) -> tuple[list[Unit], list[str], list[str], dict[Kind, list[Unit]], list[tuple[Unit, str]]]:
    """One pass over the decisions: the metadata units, the body and heading texts, the
    title texts, the units of the kinds metadata reads, and the bylines that are a name
    under a bare label line ("By" / "Jane Doe"), with that name."""
    meta_units: list[Unit] = []
    texts: list[str] = []  # body and headings
    titles: list[str] = []
    of_kind: dict[Kind, list[Unit]] = {
        Kind.SUBTITLE: [],
        Kind.BREADCRUMB: [],
        Kind.DATELINE: [],
        Kind.BYLINE: [],
    }
    labelled: list[tuple[Unit, str]] = []
    for i, block in zip(decided.index, decided.blocks, strict=True):
        u = doc.units[i]
        role = block.role
        if role is Role.METADATA:
            meta_units.append(u)
        elif role is Role.BODY or role is Role.HEADING:
            texts.append(u.text)
        elif role is Role.TITLE:
            titles.append(u.text)
        if block.kind in of_kind:
            of_kind[block.kind].append(u)
            if block.kind is Kind.BYLINE and (name := name_under_label(doc, i)) is not None:
                labelled.append((u, name))
    return meta_units, texts, titles, of_kind, labelled


def _read_title(meta: Meta, doc: Doc, hints: Hints) -> None:
    """The headline, without invisible characters and a wiki's edit link."""
    title, from_unit = _title(doc, hints)
    if title is not None:
        if "](" in title:  # "雄安新区[[编辑](/w/index.php?...)]": a link's text
            title = P.MARKDOWN_LINK.sub(lambda m: m.group(1), title)
        title = P.TITLE_LEAD_LABEL.sub("", title.translate(P.TITLE_INVISIBLE))
        title = P.TITLE_EDIT_LINK.sub("", title).strip() or None
    meta.title = title
    if title is None:
        return
    named = doc.title if doc.title_name is None else doc.title_name
    if from_unit and named is not None:
        meta.note("title", f"line:{doc.units[named].line}", "headline")
    else:
        meta.note("title", hints.origins.get("title", "declared"), "declared")


def _read_language(meta: Meta, hints: Hints, texts: list[str]) -> None:
    """The declared language, else the one the text reads as."""
    if hints.language:
        meta.language = hints.language
        meta.note("language", hints.origins.get("language", "lang"), "declared")
        return
    meta.language = guess_language(texts)
    if meta.language:
        meta.note("language", "text", "language-guess")


def _read_site(meta: Meta, hints: Hints, crumbs: list[Unit]) -> None:
    """The breadcrumb's sections, and the site: declared, else the breadcrumb's first."""
    meta.breadcrumb, crumb_site = _breadcrumb(crumbs)
    if meta.breadcrumb or crumb_site:
        meta.note("breadcrumb", f"line:{crumbs[0].line}", "breadcrumb")
    if hints.site_name:
        meta.site_name = hints.site_name
        meta.note("site_name", hints.origins.get("site_name", "declared"), "declared")
    elif crumb_site:
        meta.site_name = crumb_site
        meta.note("site_name", f"line:{crumbs[0].line}", "breadcrumb")


def _read_source(
    meta: Meta, hints: Hints, located: list[tuple[str, str, str]], datelines: list[Unit]
) -> None:
    """The credited outlet, label stripped: declared, else a labelled field ("来源："),
    else the short name beside a dateline's date; a value that cannot be an outlet
    (:func:`~newsparse.metadata.people.outlet`) is passed over."""
    candidates: list[tuple[str, str, str]] = []
    if hints.source:
        candidates.append((hints.source, hints.origins.get("source", "declared"), "declared"))
    candidates += [(v, origin, "field") for f, v, origin in located if f == "source"]
    candidates += [
        (part, f"line:{u.line}", "dateline")
        for u, part in _dateline_parts(datelines)
        if not capitalised_name(part)
    ]
    for value, origin, how in candidates:
        name = outlet(value)
        if name is not None:
            meta.source = name
            meta.note("source", origin, how)
            return


def _read_people(
    meta: Meta,
    hints: Hints,
    located: list[tuple[str, str, str]],
    meta_units: list[Unit],
    of_kind: dict[Kind, list[Unit]],
    labelled: list[tuple[Unit, str]],
    after: float,
    units: list[Unit],
) -> None:
    """Authors and editors: each a person's name (:func:`person_name`); a publication or
    the site named as an author is the source, when none is known. A name under a bare
    label line ("By" / "Jane Doe") counts as a "By" line, and so does the sign-off that
    closes the story's last paragraph (:func:`_closing_signoff`). A byline more than
    ``LATE_BYLINE_UNITS`` units after the story's end (``after``: that unit's line) is a
    teaser's below it, read only when nothing else names anyone; when no one is named as
    a writer, the editors a labelled field names (责编) are the story's people, its
    authors too (the one name a Chinese news page gives)."""
    authors: list[tuple[str, str, str]] = [
        (_name_head(n), hints.origins.get("authors", "declared"), "declared") for n in hints.authors
    ]
    authors += [(n, o, "field") for f, v, o in located if f == "authors" for n in split_names(v)]
    bylines = [(u, n) for u in meta_units for n in u.byline or ()]
    authors += [(n, f"line:{u.line}", "byline") for u, n in bylines if u.line <= after]
    authors += [(n, f"line:{u.line}", "labelled-line") for u, v in labelled for n in split_names(v)]
    if not authors:  # an unlabelled name line, only when nothing labelled names anyone
        authors += [
            (n, f"line:{u.line}", "name-line") for u in of_kind[Kind.BYLINE] for n in _line_names(u)
        ]
    if not authors:  # "More Trending" / "By Jane Doe": a teaser's byline, after the story
        authors += [(n, f"line:{u.line}", "byline") for u, n in bylines if u.line > after]
    if not authors:  # "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024": a name beside a date
        authors += [
            (part, f"line:{u.line}", "dateline-name")
            for u, part in _dateline_parts(of_kind[Kind.DATELINE])
            if capitalised_name(part)
        ]
    if not authors and (box := author_box(units)) is not None:  # "Jane Doe" / "Jane Doe is ..."
        authors.append((box[1], f"line:{box[0].line}", "author-box"))
    for raw, origin, how in authors:
        name = person_name(raw, declared=how != "field")  # a head or a "By" line
        if name is not None:
            meta.authors.append(name)
            meta.note("authors", origin, how)
        elif meta.source is None and publication(unmarked(raw), meta.site_name):
            meta.source = unmarked(raw)
            meta.note("source", origin, "author-is-outlet")
    meta.authors = _without_hosts(meta, _without_parts(_dedupe(meta.authors)))
    editors = [(n, o) for f, v, o in located if f == "editors" for n in split_names(v)]
    for raw, origin in editors:
        name = person_name(raw)
        if name is not None:
            meta.editors.append(name)
            meta.note("editors", origin, "field")
    meta.editors = _dedupe(meta.editors)
    if not meta.authors and meta.editors:  # "（责编：牛镛、岳弘彬）": no one else is named
        meta.authors = list(meta.editors)
        meta.note("authors", meta.evidence["editors"][0], "editor")


def _closing_signoff(doc: Doc, decided: Decided) -> list[Unit]:
    """The story's last paragraph, as a unit whose byline is the reporter's sign-off in
    brackets that closes it ("...起到极大推动作用。（总台记者 张倩）"), or nothing."""
    last = next(
        (
            i
            for i, b in zip(reversed(decided.index), reversed(decided.blocks), strict=True)
            if b.role is Role.BODY
        ),
        None,
    )
    if last is None:
        return []
    u = doc.units[last]
    cut = max(u.text.rfind("（"), u.text.rfind("("))
    tail = u.text[cut:].rstrip()
    if cut <= 0 or "记者" not in tail or tail[-1] not in ")）":
        return []
    names = reporter_signoff(tail)
    return [replace(u, byline=names)] if names else []


def _story_end(doc: Doc) -> float:
    """The line past which a byline is no longer the story's: ``LATE_BYLINE_UNITS`` units
    after the region's last (a sign-off stands right under the story); infinite when the
    page has no region."""
    if doc.end < 0 or doc.end + P.LATE_BYLINE_UNITS >= len(doc.units):
        return float("inf")
    return doc.units[doc.end + P.LATE_BYLINE_UNITS].line


def _line_names(u: Unit) -> list[str]:
    """The names of a bare name line decided a byline (``name_line``): its text's."""
    if u.byline or u.fields or u.date is not None or u.breadcrumb or not u.text:
        return []
    text = line_name(u.text)  # "• Tanyel Mustafa", "Audrey Huang, Print Managing Editor"
    if P.CJK_CHAR.match(text):
        return cjk_names(text) or []
    return split_names(text) if P.NAME_LINE_WORD.match(text.split()[0]) else []


def _name_head(value: str) -> str:
    """A declared name too long to be one ("Jane Doe, professor at ..., site.com"): its
    first part, the name."""
    if len(value) <= P.DECLARED_NAME_MAX_CHARS:
        return value
    return next((p.strip() for p in name_parts(value) if p.strip()), value)


def _read_tags(meta: Meta, hints: Hints, located: list[tuple[str, str, str]]) -> None:
    """The declared keywords, else a labelled tag line's, as a list of short items."""
    if hints.tags:
        meta.tags = _dedupe(hints.tags)
        meta.note("tags", hints.origins.get("tags", "declared"), "declared")
        return
    for f, v, origin in located:
        if f == "tags":
            meta.tags.extend(t for t in P.TAG_SPLIT.split(v) if t and len(t) <= P.TAG_MAX_CHARS)
            meta.note("tags", origin, "field")
    meta.tags = _dedupe(meta.tags)


def _first(values: Iterable[str]) -> str | None:
    """The first of ``values``, or None."""
    return next(iter(values), None)


def _title(doc: Doc, hints: Hints) -> tuple[str | None, bool]:
    """The headline (a dump's name for the story, ``Doc.title_name``, when it has one), and
    whether it is a unit's text (else the declared)."""
    hint = hints.title
    if doc.title is not None:
        at = doc.title if doc.title_name is None else doc.title_name
        u = doc.units[at]
        if hint and u.tag and hint_matches(u.text, hint):
            if u.markdown is not None and _restates(hint, u.text):
                return unescape_leftovers(u.text), True  # a share link's copy of the heading
            if _is_part(u.text, hint):
                return unescape_leftovers(u.text), True  # metadata adds "| Top 19 Companies"
            if _is_head(hint, u.text):
                return unescape_leftovers(u.text), True  # the metadata cut the headline short
            return hint, False  # the <h1> adds a kicker the declared headline leaves out
        text = unescape_leftovers(u.text)
        if u.bullet and not u.tag:  # "• Headline": a w3m breadcrumb's last item names it
            text = P.BULLET.sub("", text, count=1) or text
        if u.tag:
            return text, True
        text = _dump_headline(_without_markdown(text))
        return _kicker_colon(doc, at, text), True
    return hint, False


def _kicker_colon(doc: Doc, i: int, text: str) -> str:
    """A text dump's headline that glues a kicker before the story's name, which a line
    a few lines over it shows alone (a breadcrumb's last item: "Kühltürme von AKW
    Gundremmingen gesprengt" over "Rückbau von Atomkraftwerk Kühltürme von AKW
    Gundremmingen gesprengt"), with the colon between them that the page's inline
    elements left out put back."""
    for k in range(max(0, i - P.KICKER_NAME_REACH), i):
        name = P.BULLET.sub("", doc.units[k].text, count=1)
        cut = len(text) - len(name) - 1
        if (
            len(name) >= P.GLUED_KICKER_REST_MIN_CHARS
            and cut >= P.KICKER_MIN_CHARS
            and text[cut] == " "
            and text.endswith(name)
            and text[cut - 1].isalnum()
        ):
            return f"{text[:cut]}: {name}"
    return text


def _dump_headline(text: str) -> str:
    """A text dump's headline as the page writes it: without a kicker in capitals that
    the dump glued before it ("CHILDHOOD SWEETHEART Who is ..."), and with the space
    after a colon that an inline element's edge left out ("Kreis und quer:Streber ...")."""
    if ":" in text:
        text = P.GLUED_COLON.sub(": ", text)
    m = P.GLUED_CAPS_KICKER.match(text)
    if (
        m
        and m.end() > P.GLUED_KICKER_MIN_CHARS
        and len(text) - m.end() >= P.GLUED_KICKER_REST_MIN_CHARS
    ):
        return text[m.end() :]
    return text


def _without_markdown(text: str) -> str:
    """A text dump's headline without Markdown's marks ("# Headline", "**Headline**");
    the block keeps them."""
    if text[0] not in "#*_" and text[-1] not in "*_":
        return text
    return P.MARKDOWN_TITLE_MARKS.sub("", text).strip() or text


def _restates(hint: str, text: str) -> bool:
    """Markdown: a share link's headline (:func:`~newsparse.segment.markdown.share_title`)
    is the heading's own words, up to quotes and dashes, not the heading without its
    kicker: the heading is kept as the page shows it."""
    return abs(len(norm_text(hint)) - len(norm_text(text))) <= P.MD_SHARE_SLACK_CHARS


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


def _without_hosts(meta: Meta, names: list[str]) -> list[str]:
    """``names`` without a host name ("mdr.de") or an outlet's name ("The Associated
    Press": :data:`~newsparse.patterns.OUTLET_NAME`) credited beside a person's name:
    the outlet the story appeared on, its source when none is known. (Alone, it is left
    as the author: some sites sign their stories with it.)"""
    hosts = [n for n in names if P.HOST_NAME.match(n) or P.OUTLET_NAME.match(n)]
    if not hosts or len(hosts) == len(names):
        return names
    if meta.source is None:
        meta.source = hosts[0]
        meta.note("source", meta.evidence.get("authors", ("", ""))[0], "author-is-outlet")
    return [n for n in names if n not in hosts]


def _without_parts(names: list[str]) -> list[str]:
    """``names`` without a name that is a part of another ("Jane Doe" and "The Texas
    Newsroom" beside the declared "Jane Doe | The Texas Newsroom"): one author, named
    twice."""
    parts = {
        p.strip().casefold()
        for n in names
        for p in name_parts(n)
        if p.strip().casefold() != n.casefold()
    }
    return [n for n in names if n.casefold() not in parts]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        key = it.casefold()
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def _dateline_parts(datelines: list[Unit]) -> Iterator[tuple[Unit, str]]:
    """ "2019/07/23 18:45  连网": what stands beside a dateline's date, short and without
    digits (often the outlet; :func:`~newsparse.metadata.people.outlet` decides), each of
    its parts ("Aashish Saxena / TIMESOFINDIA.COM": a writer's name, an outlet) apart."""
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
            for part in P.DATELINE_REST_SEP.split(rest):
                part = without_when(part)  # "Artikel veröffentlicht am , Tobias Költzsch"
                if part:
                    yield u, part


def guess_language(texts: list[str]) -> str | None:
    """BCP-47 primary tag from the script and, for Latin-script text, function words."""
    sample = "\n".join(texts)[: P.LANGUAGE_SAMPLE_CHARS]
    if not sample.strip():
        return None
    units, cjk = count_units(sample)
    if cjk_counts(units, cjk):
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
