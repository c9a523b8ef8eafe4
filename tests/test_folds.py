"""Site folds: one site, one fold; a page's dumps and encoded copies with it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from benchmarks.folds import FOLDS, fold_of, registered_domain

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://news.sina.com.cn/c/2024-03-05/doc.shtml", "sina.com.cn"),
        ("https://www.bbc.co.uk/news/world", "bbc.co.uk"),
        ("https://edition.cnn.com/2024/03/05/x.html", "cnn.com"),
        ("https://zh.wikipedia.org/wiki/X", "wikipedia.org"),
        ("https://www.spiegel.de/politik/a.html", "spiegel.de"),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_registered_domain(url: str | None, site: str | None) -> None:
    assert registered_domain(url) == site


def test_a_site_is_in_one_fold_and_a_page_without_url_goes_by_its_id() -> None:
    a = fold_of("magic-1", "https://news.sina.com.cn/a.html")
    assert fold_of("magic-2@w3m", "https://finance.sina.com.cn/b.html") == a
    assert fold_of("cwce-7@chromium", None) == fold_of("cwce-7#gb18030-text", None)
    assert {fold_of(f"page-{k}", None) for k in range(40)} == set(FOLDS)


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
def test_no_corpus_site_is_in_both_folds_and_both_folds_hold_chinese_pages() -> None:
    folds: dict[str, set[str]] = defaultdict(set)
    zh: dict[str, int] = defaultdict(int)
    for line in (CORPUS / "manifest.jsonl").read_text().splitlines():
        item = json.loads(line)
        fold = fold_of(item["id"], item.get("url"))
        folds[registered_domain(item.get("url")) or item["id"]].add(fold)
        zh[fold] += item["lang"] == "zh" and item["format"] == "html"
    assert all(len(f) == 1 for f in folds.values())
    assert min(zh[f] for f in FOLDS) >= 20


def test_the_markdown_pairs_are_counted_per_fold() -> None:
    from benchmarks.accuracy import OURS, Item, ItemScore, fold_pairs, format_pairs

    def item(id_: str, fmt: str, url: str) -> Item:
        return Item(id_, "wcxb", "other", fmt, "x", url, None, None, {})

    def score(id_: str, fmt: str, p: float) -> ItemScore:
        return ItemScore(
            OURS, id_, "wcxb", "other", fmt, None, 0.0, p, p, 0, 0, 0, 0, None, None, None
        )

    urls = {f"p{k}": f"https://site{k}.example/a" for k in range(12)}
    items, scores = [], []
    for page, url in urls.items():
        items += [item(f"{page}@html2text", "markdown", url), item(f"{page}@chromium", "text", url)]
        scores += [
            score(f"{page}@html2text", "markdown", 0.5),
            score(f"{page}@chromium", "text", 0.9),
        ]
    counts = fold_pairs(scores, items)
    assert set(counts) == set(FOLDS)
    assert sum(c.pages for c in counts.values()) == 12
    for f, c in counts.items():
        pages = sum(fold_of(p, u) == f for p, u in urls.items())
        assert c.pages == c.worse == c.worse_by == pages
        assert format_pairs(c, f"fold {f}: ").startswith(f"fold {f}: markdown vs chromium")
