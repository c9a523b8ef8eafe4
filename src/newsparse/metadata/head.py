"""What a page's head declares: JSON-LD first, then OpenGraph and ``<meta>`` conventions
(Chinese CMS names included), then ``<title>`` and ``<time>``, and the ``lang`` attribute.

:func:`read_hints` reads them into :class:`~newsparse.units.Hints`, which the segmenter
(the headline's ``<h1>``), the title analysis and :func:`newsparse.metadata.extract` use;
declared values come before what the text shows.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any, Final

from lxml import etree

from newsparse import patterns as P
from newsparse.text import (
    bare_host,
    cjk_text,
    count_units,
    host_name,
    name_parts,
    squash,
    unescape_leftovers,
)
from newsparse.units import Hints, Unit

Element = etree._Element

_LANG: Final = re.compile(r"^[a-z]{2,3}(?![a-z0-9])", re.I)  # "en", "en-US", og:locale's "en_US"
_REGION: Final = re.compile(r"^[a-z]{2,3}[-_][a-z]{2}(?![a-z0-9])", re.I)


def read_hints(root: Element, url: str | None = None) -> Hints:
    """Metadata the page declares: JSON-LD, OpenGraph, <meta>, <title>, <time>, lang."""
    host = host_name(url)
    metas = _meta_map(root)
    ld = _jsonld_article(root)
    hints = Hints()
    origins = hints.origins

    site = _ld_name(ld.get("publisher")) if ld else None
    if site:
        hints.site_name, origins["site_name"] = site, "jsonld:publisher"
    else:
        hints.site_name = _named_meta(metas, P.META_SITE_NAME, origins, "site_name")

    hints.description = _first_meta(metas, P.META_DESCRIPTION)
    _read_title(root, ld, metas, hints, host)
    if ld:
        _read_ld(ld, hints)
    if not hints.published:
        hints.published = _named_meta(metas, P.META_PUBLISHED, origins, "published")
    if not hints.published:
        hints.published = _time_el(root)
        if hints.published:
            origins["published"] = "time"
    if not hints.modified:
        hints.modified = _named_meta(metas, P.META_MODIFIED, origins, "modified")
    if not hints.authors:
        hints.authors = _meta_authors(metas, hints.site_name, origins)
    source = _named_meta(metas, P.META_SOURCE, {}, "source")
    if source and len(source) <= P.NAME_MAX_CHARS and not source.startswith("http"):
        hints.source = source
        _named_meta(metas, P.META_SOURCE, origins, "source")
    if not hints.tags:
        for name in P.META_TAGS:
            values = metas.get(name)
            if values:
                hints.tags = [t for v in values for t in _split_tags(v)]
                origins["tags"] = f"meta:{name}"
                break
    hints.language, hints.locale = _language(root, metas)
    if hints.language:
        origins["language"] = "lang"
    return hints


def _read_title(
    root: Element,
    ld: dict[str, Any] | None,
    metas: dict[str, list[str]],
    hints: Hints,
    host: str | None,
) -> None:
    """The declared headline: JSON-LD's (unless it is the description), a ``<meta>``'s,
    else the ``<title>``'s, without the site's name."""
    raw_title: str | None = None
    origin = ""
    if ld:
        for key in ("headline", "name"):
            raw_title, origin = _ld_text(ld.get(key)), f"jsonld:{key}"
            if raw_title:
                break
    if raw_title and _is_description(raw_title, hints.description):
        raw_title = None
    if not raw_title:
        found: dict[str, str] = {}
        raw_title = _named_meta(metas, P.META_TITLE, found, "title")
        origin = found.get("title", "")
    declared = raw_title is not None
    if not raw_title:
        title_el = root.find(".//title")
        if title_el is not None:
            raw_title = squash("".join(str(t) for t in title_el.itertext())) or None
            origin = "title"
    if raw_title:
        hints.title, suffix_site = strip_title(
            unescape_leftovers(raw_title), hints.site_name, host=host, declared=declared
        )
        hints.origins["title"] = origin
        if not hints.site_name and suffix_site:
            hints.site_name = suffix_site
            hints.origins["site_name"] = origin
        hints.title = P.TITLE_EDIT_LINK.sub("", hints.title).strip() or hints.title


def _read_ld(ld: dict[str, Any], hints: Hints) -> None:
    """Dates, authors and keywords of the JSON-LD article object."""
    origins = hints.origins
    for key in ("datePublished", "dateCreated"):
        hints.published = _ld_text(ld.get(key))
        if hints.published:
            origins["published"] = f"jsonld:{key}"
            break
    hints.modified = _ld_text(ld.get("dateModified"))
    if hints.modified:
        origins["modified"] = "jsonld:dateModified"
    hints.authors = _ld_people(ld.get("author"))
    if hints.authors:
        origins["authors"] = "jsonld:author"
    kw = ld.get("keywords")
    if isinstance(kw, list):
        hints.tags = [t for k in kw if isinstance(k, str) for t in _split_tags(k)]
    elif isinstance(kw, str):
        hints.tags = _split_tags(kw)
    if hints.tags:
        origins["tags"] = "jsonld:keywords"


def _named_meta(
    metas: dict[str, list[str]], names: tuple[str, ...], origins: dict[str, str], field: str
) -> str | None:
    """The first of ``names`` the page's ``<meta>`` gives; notes ``meta:<name>`` as the
    origin of ``field``."""
    for name in names:
        values = metas.get(name)
        if values:
            origins[field] = f"meta:{name}"
            return values[0]
    return None


def _is_description(headline: str, description: str | None) -> bool:
    """A JSON-LD headline that is the page's description, word for word, and longer than a
    headline can be: an excerpt the CMS filled the headline field with."""
    return (
        description is not None
        and squash(headline) == description
        and count_units(description)[0] > P.TITLE_DESCRIPTION_MIN_UNITS
    )


def _meta_map(root: Element) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(squash(content))
    return out


def _first_meta(metas: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        values = metas.get(name)
        if values:
            return values[0]
    return None


def _time_el(root: Element) -> str | None:
    """``<time datetime>``: one marked as the publication time, else the first."""
    first: str | None = None
    for el in root.iter("time"):
        value = el.get("datetime")
        if not value:
            continue
        if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
            return value
        first = first or value
    return first


def _language(root: Element, metas: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """The declared language's primary tag ("en"), and the whole tag when it names a
    region ("en-US"; else None)."""
    for value in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _first_meta(metas, ("content-language", "og:locale", "language", "dc.language")),
    ):
        if value:
            m = _LANG.match(value.strip())
            if m:
                region = _REGION.match(value.strip())
                return m.group(0).lower(), region.group(0) if region else None
    return None, None


def check_language(hints: Hints, units: list[Unit]) -> None:
    """Templates often keep ``lang="en"`` on Chinese pages: drop a declared language that
    the script of the text contradicts (the text decides later)."""
    if hints.language is None:
        return
    sample = "".join(u.text for u in units if len(u.text) >= P.LANGUAGE_CHECK_MIN_CHARS)
    sample = sample[: P.LANGUAGE_CHECK_CHARS]
    if sample and (hints.language in P.CJK_LANGUAGES) != cjk_text(sample):
        hints.language = hints.locale = None


def _split_tags(value: str) -> list[str]:
    return split_tags(value)


def split_tags(value: str) -> list[str]:
    """The tags of a keyword list, split on its separators (",", "、", "|", ...); a
    Chinese list with none of them is split on its spaces ("两会 经济 民生"), since Chinese
    tags hold no spaces. Items longer than a tag can be (a sentence) are left out."""
    value = value.strip()
    parts = P.META_TAG_SPLIT.split(value)
    if len(parts) == 1 and cjk_text(value):
        parts = value.split()
    return [t for t in (p.strip("#＃ ") for p in parts) if t and len(t) <= P.TAG_MAX_CHARS]


def _meta_authors(
    metas: dict[str, list[str]], site: str | None, origins: dict[str, str]
) -> list[str]:
    for name in P.META_AUTHOR:
        for value in metas.get(name, []):
            value = re.sub(r"^by\s+", "", value, flags=re.I).strip()
            if (
                not any(ch.isalpha() for ch in value)
                or value.startswith(("http://", "https://", "@", "www."))
                or (site and value.casefold() == site.casefold())
                or len(value) > 2 * P.NAME_MAX_CHARS
            ):
                continue
            names = [n.strip() for n in name_parts(value) if n.strip()]
            if names:
                origins["authors"] = f"meta:{name}"
                return names
    return []


def strip_title(
    title: str, site: str | None, *, host: str | None = None, declared: bool = False
) -> tuple[str, str | None]:
    """(headline, site name) from a page title: " - Site", "_频道_站点", " | Site"
    suffixes (and a "Site | " prefix) are cut off.

    A trailing part that names the site (``site`` or the page's ``host``) is cut with
    everything after it. Otherwise, for a ``<title>`` (``declared=False``), short trailing
    parts are cut; a ``declared`` headline (JSON-LD, og:title) keeps them: "Zwei
    Rücktritte - und viele offene Fragen" is one headline."""
    title = squash(title)
    pieces = [(m.start(), m.end()) for m in P.TITLE_SEPARATOR.finditer(title)]
    if not pieces:
        return title, None
    bounds = [0, *[x for s, e in pieces for x in (s, e)], len(title)]
    parts = [title[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]
    names = _site_names(site, host)
    lo, hi = 0, len(parts)
    removed_site: str | None = None
    # a leading site name: "Site | Headline"
    if hi > 1 and _names_site(parts[0], names):
        lo = 1
    for k in range(hi - 1, lo, -1):
        if _names_site(parts[k], names):
            removed_site, hi = parts[k], k
            # "标题_频道_站点": the channel names go with the site
            while hi - lo > 1 and title[bounds[2 * hi - 1] : bounds[2 * hi]].strip() == "_":
                hi -= 1
            break
    else:
        while not declared and hi - lo > 1:
            last = parts[hi - 1]
            head = title[bounds[2 * lo] : bounds[2 * (hi - 1) - 1]]
            if last and (len(last) > P.TITLE_SUFFIX_MAX_CHARS or len(last) >= len(head)):
                break
            removed_site = removed_site or last or None
            hi -= 1
    headline = title[bounds[2 * lo] : bounds[2 * hi - 1]].strip()
    return (headline or title), removed_site


def _site_names(site: str | None, host: str | None) -> set[str]:
    names: set[str] = set()
    if site:
        names.add(site.casefold())
    if host:
        h = bare_host(host.casefold())
        names.add(h)
        label = h.split(".")[0]
        if len(label) >= P.SITE_LABEL_MIN_CHARS:
            names.add(label)
    return names


def _names_site(part: str, names: set[str]) -> bool:
    p = part.casefold()
    if not p:
        return False
    joined = p.replace(" ", "")  # "The Nutrition Source" is host nutritionsource.…
    if p in names or joined in names:
        return True
    return any(
        len(n) >= P.SITE_NAME_MIN_CHARS
        and (n in p or n in joined)
        and len(p) <= len(n) + P.SITE_PART_EXTRA_CHARS
        for n in names
    )


# -- JSON-LD ---------------------------------------------------------------------------


def _jsonld_article(root: Element) -> dict[str, Any] | None:
    """The first JSON-LD object of an article type (searching @graph lists too)."""
    fallback: dict[str, Any] | None = None
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _load_json(el.text or "")
        if data is None:
            continue
        for obj in _ld_objects(data):
            types = obj.get("@type")
            names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
            lowered = {t.lower() for t in names if isinstance(t, str)}
            if lowered & P.JSONLD_ARTICLE_TYPES or any(t.endswith("article") for t in lowered):
                return obj
            if fallback is None and "webpage" in lowered and obj.get("datePublished"):
                fallback = obj
    return fallback


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past the stack
        return None


def _ld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > P.JSONLD_MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            sub = data.get(key)
            if isinstance(sub, (list, dict)):
                yield from _ld_objects(sub, depth + 1)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and str(value).strip():
        # CMSs often write JSON-LD strings HTML-escaped ("zerst&ouml;ren", "&#8217;")
        return squash(html.unescape(str(value)))
    return None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return _ld_text(value)


def _ld_people(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        name = _ld_name(item)
        if name and not name.startswith(("http://", "https://")):
            out.append(name)
    return out
