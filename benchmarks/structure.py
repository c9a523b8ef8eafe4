"""What structure the parser keeps, counted over the corpus: the counts issue #19 asks for.

Run from the repository root (``PYTHONPATH=<other checkout>/src`` measures another tree)::

    python -m benchmarks.structure                 # every HTML page and every w3m dump
    python -m benchmarks.structure --format html --limit 50

It prints:

* per format, the body blocks of kind ``table`` (and how many hold ``rows``),
  ``list_item``, ``quote`` and ``code``, and the links kept in body blocks;
* for HTML, the ``<img>`` elements inside a ``<picture>`` (not in a ``<template>``,
  ``<noscript>`` or ``<script>``, and with an address somewhere in its element or the
  picture's ``<source>`` elements: ``src``, ``srcset`` or a ``data-*`` attribute) and how
  many of them the article's ``images`` hold (an image counts as found when one of those
  addresses, resolved against the page URL, is an ``Image.src``); read with lxml here,
  independently of the parser's walk; and the ``<figcaption>`` blocks (``dom_caption``)
  and how many of them no ``Image.caption`` holds (an image's caption holds every caption
  block right after its first);
* for w3m dumps, the body paragraphs that end mid-sentence: a paragraph block that ends
  without a sentence's end, whose last line is followed (no blank line between) by the
  next block, and reaches within ``MID_SENTENCE_REACH`` columns of the dump's widest line
  (of at most ``WRAP_MAX_WIDTH``): a paragraph the segmenter cut at the wrap column.

Nothing here reads the truth.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree, html

import newsparse
from benchmarks.accuracy import Item, corpus_dir, load_manifest
from newsparse import patterns as P
from newsparse.segment.text import display_width, split_lines

#: Kinds of body block counted.
KINDS = ("table", "list_item", "quote", "code")
#: A mid-sentence paragraph's last line reaches within this many columns of the widest.
MID_SENTENCE_REACH = 30
#: A srcset candidate's address, after the whitespace and commas before it.
_ADDRESS = re.compile(r"[\s,]*([^\s,]\S*)")


def count_blocks(article: newsparse.Article, out: Counter[str]) -> None:
    """Add the article's structured body blocks and body links to ``out``."""
    for b in article.body:
        if b.kind.value in KINDS:
            out[b.kind.value] += 1
            if getattr(b, "rows", None):
                out["table with rows"] += 1
        out["links in body blocks"] += len(getattr(b, "links", ()))  # (older trees: none)


def picture_addresses(page: bytes, url: str | None) -> list[set[str]]:
    """For each ``<img>`` inside a ``<picture>``: every address it or the picture's
    ``<source>`` elements spell, resolved against ``url``."""
    try:
        root = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    found: list[set[str]] = []
    for picture in root.iter("picture"):
        if any(a.tag in ("template", "noscript", "script") for a in picture.iterancestors()):
            continue  # never shown as it is
        spelled: set[str] = set()
        for el in picture.iter("source", "img"):
            for attr, value in el.attrib.items():
                name = str(attr)
                if name not in ("src", "srcset") and not name.startswith("data-"):
                    continue
                text = str(value)
                addresses = srcset_urls(text) if "srcset" in name else [text.strip()]
                spelled.update(urljoin(url, a) if url else a for a in addresses if a)
        spelled = {a for a in spelled if not a.startswith("data:")}
        if spelled:  # (one only a script fills in has no address to find)
            found.extend(spelled for _ in picture.iter("img"))
    return found


def srcset_urls(srcset: str) -> list[str]:
    """The candidates' addresses of a ``srcset``, split as the HTML standard says: an
    address runs to the next whitespace (commas inside it belong to it, as in
    ``t_fit-760w,f_auto``); one that ends with a comma ends its candidate, else the
    candidate's descriptors run to the next comma."""
    urls: list[str] = []
    pos = 0
    while m := _ADDRESS.match(srcset, pos):
        url, pos = m.group(1), m.end()
        urls.append(url.rstrip(","))
        if not url.endswith(","):
            comma = srcset.find(",", pos)
            if comma < 0:
                break
            pos = comma + 1
    return urls


def mid_sentence(article: newsparse.Article, text: str) -> tuple[int, int]:
    """(body paragraphs, those cut mid-sentence) of a text dump's article."""
    lines = split_lines(text)
    widths = [display_width(s.rstrip()) for s in lines]
    widest = max((w for w in widths if w <= P.WRAP_MAX_WIDTH), default=0)
    starts = [b.line for b in article.blocks]
    paragraphs = cut = 0
    for k, b in enumerate(article.blocks):
        if b.role.value != "body" or b.kind.value != "paragraph":
            continue
        paragraphs += 1
        nxt = starts[k + 1] if k + 1 < len(starts) else len(lines) + 1
        last = nxt - 2
        while last >= 0 and not lines[last].strip():
            last -= 1
        if (
            nxt == last + 2
            and last + 1 < len(lines)
            and not P.ends_sentence(b.text.rstrip())
            and widths[last] >= widest - MID_SENTENCE_REACH
        ):
            cut += 1
    return paragraphs, cut


def run(items: Iterable[Item], corpus: Path) -> dict[str, Counter[str]]:
    """The counts, per format (and per language for the w3m paragraphs)."""
    out: dict[str, Counter[str]] = {}
    for item in items:
        data = (corpus / item.path).read_bytes()
        try:
            article = newsparse.parse(data, url=item.url, format=item.format)  # type: ignore[arg-type]
        except newsparse.NewsparseError:
            continue
        key = item.format if item.format == "html" else f"text/{item.dump_style}"
        count_blocks(article, out.setdefault(key, Counter()))
        if item.format == "html":
            pictures = picture_addresses(data, item.url)
            srcs = {img.src for img in article.images}
            c = out[key]
            c["<picture> images present"] += len(pictures)
            c["<picture> images found"] += sum(1 for spelled in pictures if spelled & srcs)
            c["pages with <picture>"] += bool(pictures)
            owned = " ".join(img.caption for img in article.images if img.caption)
            figcaptions = [b for b in article.blocks if b.reason == "dom_caption"]
            c["figcaptions"] += len(figcaptions)
            c["figcaptions without an image"] += sum(1 for b in figcaptions if b.text not in owned)
        elif item.dump_style == "w3m":
            text = data.decode(article.encoding or "utf-8", "replace")
            paragraphs, cut = mid_sentence(article, text)
            c = out.setdefault(f"w3m/{item.lang}", Counter())
            c["paragraphs"] += paragraphs
            c["ending mid-sentence"] += cut
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--format", choices=("html", "text"))
    p.add_argument("--limit", type=int)
    p.add_argument("--corpus", type=Path, default=None)
    args = p.parse_args()
    corpus = args.corpus or corpus_dir()
    items = [
        i
        for i in load_manifest(corpus)
        if (args.format is None or i.format == args.format)
        and (i.format == "html" or i.dump_style == "w3m")
        and not i.set.startswith("enc-")
    ]
    for key, counts in sorted(run(items[: args.limit], corpus).items()):
        print(key + ": " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
