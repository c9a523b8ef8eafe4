"""Speed benchmark: documents per second, memory, and growth with input size.

Run from the repository root::

    python -m benchmarks.speed                 # every page and dump, 5 repetitions
    python -m benchmarks.speed --reps 3 --limit 40

What it measures, all in one process and one run:

* **Throughput**: newsparse on the text dumps and on the HTML pages, and (when importable)
  ``trafilatura.extract`` on the same HTML pages. Each engine first parses
  ``WARMUP_DOCS`` documents untimed; then every document is parsed once per repetition and
  the figure reported is documents / median(total time of a repetition). Inputs are the raw
  file bytes, read before timing, for every engine (so decoding is part of everyone's work).
* **Ratios**: our HTML time / trafilatura's on the same pages, and our text-dump time /
  trafilatura's time on the HTML page each dump was rendered from (manifest
  ``source_html``), per dump style. Below 1 means newsparse is faster. Two ratios each:
  *total* (the per-document median times summed over the pairs) and *median doc* (the
  median of our per-document times over the median of theirs; the throughput issue's
  measure).
* **Memory**: two figures, labelled as such: the largest *tracemalloc* peak of a single
  parse (Python-heap allocations only; libxml2's C allocations are invisible to it), and the
  growth of the process's *ru_maxrss* high-water mark over the timed newsparse passes.
* **Size scaling**: one HTML page (median size of the selection) and its Chromium text dump,
  with the content repeated 1x, 4x and 16x (for HTML, the inner content of ``<body>``); the
  median time of each and its ratio to 1x. Growth is flagged super-linear when the 16x
  ratio exceeds ``SUPERLINEAR_RATIO_AT_16X``.

A parse that raises counts as an error (reported) and its time still counts.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import math
import re
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.accuracy import CORPUS_ENV, MANIFEST_NAME, Item, corpus_dir, load_manifest

# Documents parsed untimed before the timed repetitions (imports, caches, lazy tables).
WARMUP_DOCS = 5
DEFAULT_REPS = 5
# Size multipliers for the scaling test, and the 16x time ratio above which growth is
# called super-linear (linear would be 16; 24 leaves room for cache effects and noise).
SCALE_FACTORS = (1, 4, 16)
SUPERLINEAR_RATIO_AT_16X = 24.0
SCALE_REPS = 3
# Dump style used for the scaling test's text input: the closest to a browser copy.
SCALE_DUMP_STYLE = "chromium"

_BODY_OPEN_RE = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE_RE = re.compile(rb"</body\s*>", re.IGNORECASE)

Parse = Callable[[bytes, Item], object]


@dataclass(frozen=True)
class Doc:
    item: Item
    data: bytes


@dataclass(frozen=True)
class Timing:
    """Timed repetitions of one engine over one list of documents."""

    engine: str
    docs: int
    errors: int
    rep_totals: tuple[float, ...]
    per_doc_median: tuple[float, ...]
    first_error: str | None

    @property
    def median_total(self) -> float:
        return statistics.median(self.rep_totals) if self.rep_totals else math.nan

    @property
    def docs_per_second(self) -> float:
        total = self.median_total
        return self.docs / total if total > 0 else math.nan


def _newsparse_parse() -> Parse:
    try:
        newsparse = importlib.import_module("newsparse")
        import_error: str | None = None
    except Exception as exc:  # an unimportable parser is an error per document
        newsparse, import_error = None, f"{type(exc).__name__}: {exc}"

    def parse(data: bytes, item: Item) -> object:
        if newsparse is None:
            raise RuntimeError(f"import newsparse failed: {import_error}")
        result: object = newsparse.parse(data, url=item.url, format=item.format)
        return result

    return parse


def _trafilatura_parse() -> Parse | None:
    try:
        traf = importlib.import_module("trafilatura")
    except ImportError:
        return None

    def parse(data: bytes, item: Item) -> object:
        result: object = traf.extract(
            data, url=item.url, output_format="txt", include_comments=False
        )
        return result

    return parse


def _call(parse: Parse, doc: Doc) -> tuple[float, str | None]:
    start = time.perf_counter()
    try:
        parse(doc.data, doc.item)
    except Exception as exc:
        return time.perf_counter() - start, f"{type(exc).__name__}: {exc}"[:200]
    return time.perf_counter() - start, None


def time_engine(engine: str, parse: Parse, docs: Sequence[Doc], reps: int) -> Timing:
    """Warm up on ``WARMUP_DOCS`` documents, then time ``reps`` passes over ``docs``."""
    for doc in docs[:WARMUP_DOCS]:
        _call(parse, doc)
    per_doc: list[list[float]] = [[] for _ in docs]
    totals: list[float] = []
    errors = 0
    first_error: str | None = None
    for rep in range(reps):
        gc.collect()
        total = 0.0
        for i, doc in enumerate(docs):
            seconds, error = _call(parse, doc)
            per_doc[i].append(seconds)
            total += seconds
            if error is not None and rep == 0:
                errors += 1
                first_error = first_error or f"{doc.item.id}: {error}"
        totals.append(total)
    return Timing(
        engine=engine,
        docs=len(docs),
        errors=errors,
        rep_totals=tuple(totals),
        per_doc_median=tuple(statistics.median(t) if t else math.nan for t in per_doc),
        first_error=first_error,
    )


def memory_pass(parse: Parse, docs: Sequence[Doc]) -> tuple[float, float]:
    """(largest, median) tracemalloc peak of a single parse, in MiB."""
    peaks: list[int] = []
    tracemalloc.start()
    try:
        for doc in docs:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            _call(parse, doc)
            peaks.append(max(0, tracemalloc.get_traced_memory()[1] - base))
    finally:
        tracemalloc.stop()
    if not peaks:
        return math.nan, math.nan
    return max(peaks) / 2**20, statistics.median(peaks) / 2**20


def _maxrss_mib() -> float:
    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def repeat_html_body(data: bytes, times: int) -> bytes:
    """``data`` with the inner content of its ``<body>`` repeated ``times`` times (the whole
    document repeated when it has no body tags)."""
    opening = _BODY_OPEN_RE.search(data)
    closings = list(_BODY_CLOSE_RE.finditer(data))
    if opening is None or not closings or closings[-1].start() < opening.end():
        return data * times
    start, end = opening.end(), closings[-1].start()
    return data[:start] + data[start:end] * times + data[end:]


def repeat_text(data: bytes, times: int) -> bytes:
    """A text dump repeated ``times`` times, separated by a blank line."""
    return b"\n\n".join([data.rstrip(b"\n")] * times) + b"\n"


@dataclass(frozen=True)
class ScalePoint:
    factor: int
    size: int
    seconds: float
    error: str | None


def scaling(parse: Parse, doc: Doc, grow: Callable[[bytes, int], bytes]) -> list[ScalePoint]:
    """Median time of parsing ``doc`` grown by each of ``SCALE_FACTORS``."""
    _call(parse, doc)  # warm-up
    points: list[ScalePoint] = []
    for factor in SCALE_FACTORS:
        grown = Doc(doc.item, grow(doc.data, factor))
        runs = [_call(parse, grown) for _ in range(SCALE_REPS)]
        error = next((e for _, e in runs if e is not None), None)
        points.append(
            ScalePoint(factor, len(grown.data), statistics.median(s for s, _ in runs), error)
        )
    return points


def spread(items: Sequence[Item], limit: int | None) -> list[Item]:
    """At most ``limit`` items taken at an even stride, so every set is represented."""
    if limit is None or limit >= len(items):
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def _fmt_timing(t: Timing, label: str) -> str:
    err = f", {t.errors} errors" if t.errors else ""
    return (
        f"  {label:<34} {t.docs:>5} docs  {t.docs_per_second:>8.1f} docs/s  "
        f"{1000 * t.median_total / max(t.docs, 1):>7.2f} ms/doc  "
        f"(reps: {', '.join(f'{x:.2f}' for x in t.rep_totals)} s){err}"
    )


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.3g}" if b > 0 and not math.isnan(a) and not math.isnan(b) else "n/a"


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def _caveat(t: Timing) -> str:
    if not t.errors:
        return ""
    return f"  [newsparse raised on {t.errors}/{t.docs} docs: not comparable]"


def _print_scaling(label: str, points: Sequence[ScalePoint]) -> None:
    base = points[0].seconds
    print(f"  {label}")
    for p in points:
        ratio = p.seconds / base if base > 0 else math.nan
        err = f"  error: {p.error}" if p.error else ""
        print(
            f"    {p.factor:>3}x  {p.size / 1024:>9.1f} KiB  {1000 * p.seconds:>9.2f} ms  "
            f"ratio {ratio:>6.2f}{err}"
        )
    last = points[-1].seconds / base if base > 0 else math.nan
    if any(p.error for p in points):
        print("    growth not judged: the parse raised")
    elif points[-1].factor == 16 and last > SUPERLINEAR_RATIO_AT_16X:
        print(f"    SUPER-LINEAR: 16x input took {last:.1f}x (> {SUPERLINEAR_RATIO_AT_16X:g}x)")
    else:
        print(f"    growth ok (16x ratio {last:.1f} <= {SUPERLINEAR_RATIO_AT_16X:g})")


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__)
    p.add_argument("--reps", type=int, default=DEFAULT_REPS, help="timed repetitions")
    p.add_argument(
        "--limit",
        type=int,
        help="at most N HTML pages (evenly spread), and the text dumps of those pages",
    )
    p.add_argument("--corpus", type=Path, help=f"corpus directory (default ${CORPUS_ENV})")
    p.add_argument("--no-compare", action="store_true", help="skip trafilatura")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.reps < 1:
        print("--reps must be at least 1", file=sys.stderr)
        return 2
    corpus = args.corpus or corpus_dir()
    if not (corpus / MANIFEST_NAME).is_file():
        print(f"corpus not found at {corpus} (set {CORPUS_ENV})", file=sys.stderr)
        return 2
    items = load_manifest(corpus)
    pages = spread([it for it in items if it.format == "html"], args.limit)
    page_paths = {it.path for it in pages}
    dumps = [it for it in items if it.format == "text" and it.source_html in page_paths]
    html_docs = [Doc(it, (corpus / it.path).read_bytes()) for it in pages]
    text_docs = [Doc(it, (corpus / it.path).read_bytes()) for it in dumps]

    ours = _newsparse_parse()
    theirs = None if args.no_compare else _trafilatura_parse()
    print(
        f"{len(html_docs)} HTML pages ({sum(len(d.data) for d in html_docs) / 2**20:.1f} MiB), "
        f"{len(text_docs)} text dumps ({sum(len(d.data) for d in text_docs) / 2**20:.1f} MiB); "
        f"{args.reps} timed reps after {WARMUP_DOCS} warm-up docs; single process."
    )

    rss_before = _maxrss_mib()
    our_text = time_engine("newsparse", ours, text_docs, args.reps)
    our_html = time_engine("newsparse", ours, html_docs, args.reps)
    rss_after = _maxrss_mib()
    peak_text = memory_pass(ours, text_docs)
    peak_html = memory_pass(ours, html_docs)
    their_html = time_engine("trafilatura", theirs, html_docs, args.reps) if theirs else None

    print("\nthroughput (docs / median total of a repetition):")
    print(_fmt_timing(our_text, "newsparse, text dumps"))
    print(_fmt_timing(our_html, "newsparse, HTML"))
    if their_html is not None:
        print(_fmt_timing(their_html, "trafilatura.extract, same HTML"))
    else:
        print("  trafilatura: not importable here (or --no-compare); see docs/benchmarks.md")
    for t in (our_text, our_html):
        if t.first_error:
            print(f"  first newsparse error: {t.first_error}")

    if their_html is not None:
        print(
            "\ntime ratios, newsparse / trafilatura (< 1: newsparse faster); 'total' sums the "
            "per-document medians, 'median doc' compares the median documents:"
        )
        print(
            f"  HTML, same pages:                  "
            f"total {_ratio(our_html.median_total, their_html.median_total)}, median doc "
            f"{_ratio(_median(our_html.per_doc_median), _median(their_html.per_doc_median))}"
            f"{_caveat(our_html)}"
        )
        traf_by_path: dict[str, float] = {
            d.item.path: s for d, s in zip(html_docs, their_html.per_doc_median, strict=True)
        }
        styles = sorted({d.item.dump_style or "?" for d in text_docs})
        for style in styles:
            ours_t: list[float] = []
            theirs_t: list[float] = []
            for d, s in zip(text_docs, our_text.per_doc_median, strict=True):
                if (d.item.dump_style or "?") == style and d.item.source_html in traf_by_path:
                    ours_t.append(s)
                    theirs_t.append(traf_by_path[d.item.source_html])
            print(
                f"  our {style} dump vs their HTML page: total "
                f"{_ratio(sum(ours_t), sum(theirs_t))}, median doc "
                f"{_ratio(_median(ours_t), _median(theirs_t))}  ({len(ours_t)} pairs)"
                f"{_caveat(our_text)}"
            )

    print("\nmemory:")
    print(
        f"  tracemalloc peak of one parse (Python heap only), max / median: "
        f"text {peak_text[0]:.1f} / {peak_text[1]:.2f} MiB, "
        f"HTML {peak_html[0]:.1f} / {peak_html[1]:.2f} MiB"
    )
    print(
        f"  ru_maxrss (process high-water mark): {rss_before:.0f} MiB before the timed "
        f"newsparse passes, {rss_after:.0f} MiB after (+{rss_after - rss_before:.0f} MiB)"
    )

    sizes = sorted(html_docs, key=lambda d: len(d.data))
    with_dump = [
        d
        for d in sizes
        if any(
            t.item.source_html == d.item.path and t.item.dump_style == SCALE_DUMP_STYLE
            for t in text_docs
        )
    ]
    if with_dump:
        page = with_dump[len(with_dump) // 2]
        dump = next(
            t
            for t in text_docs
            if t.item.source_html == page.item.path and t.item.dump_style == SCALE_DUMP_STYLE
        )
        print(f"\nsize scaling (median of {SCALE_REPS} runs; page {page.item.id}):")
        _print_scaling(f"text dump ({dump.item.id})", scaling(ours, dump, repeat_text))
        _print_scaling("HTML (body content repeated)", scaling(ours, page, repeat_html_body))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
