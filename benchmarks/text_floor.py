"""How far the text-dump speed target is from this design: floors, in one run.

Run from the repository root (needs trafilatura: the ``bench`` extra)::

    python -m benchmarks.text_floor

For every Chromium dump of the corpus and the HTML page it was rendered from, it times, in
one process and one run (median of ``REPS`` passes per document):

* ``trafilatura.extract`` on the HTML page, called as :mod:`benchmarks.speed` calls it (the
  throughput issue's yardstick);
* ``newsparse.parse`` on the dump;
* floor (a): decode, split into lines, one ``Unit`` per line with its length and sentence
  end; nothing any rule could decide from;
* floor (b): floor (a) plus :func:`newsparse.features.compute` on every line, the marker
  scans every rule reads, and nothing after them (no region, rules, metadata or blocks).

It prints each median document's time and its share of trafilatura's median. The text
target is a share of 1/20: a floor above it says the design, not its tuning, is the limit.
"""

from __future__ import annotations

import importlib
import statistics
import sys
import time
from collections.abc import Callable

from benchmarks.accuracy import corpus_dir, load_manifest
from newsparse import features, patterns
from newsparse.segment.text import split_lines
from newsparse.text import count_units
from newsparse.units import Unit

REPS = 3
TARGET_SHARE = 1 / 20


def _lines(data: bytes, compute: bool) -> list[Unit]:
    units = []
    for line in split_lines(data.decode("utf-8")):
        text = line.strip()
        if text:
            u = Unit(line=1, text=text)
            if compute:
                features.compute(u)
            else:
                u.units, u.cjk = count_units(text)
                u.sentence_end = patterns.ends_sentence(text)
            units.append(u)
    return units


def main() -> int:
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError:
        print("needs trafilatura: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    import newsparse

    corpus = corpus_dir()
    items = load_manifest(corpus)
    pairs = [
        ((corpus / it.source_html).read_bytes(), (corpus / it.path).read_bytes())
        for it in items
        if it.dump_style == "chromium" and it.source_html
    ]
    if not pairs:
        print(f"no Chromium dumps with their HTML pages in {corpus}", file=sys.stderr)
        return 2
    engines: dict[str, Callable[[bytes, bytes], object]] = {
        "trafilatura.extract (HTML page)": lambda page, dump: trafilatura.extract(
            page, output_format="txt", include_comments=False
        ),
        "newsparse.parse (dump)": lambda page, dump: newsparse.parse(dump),
        "floor (a): lines, length, sentence end": lambda page, dump: _lines(dump, False),
        "floor (b): (a) + features.compute": lambda page, dump: _lines(dump, True),
    }
    for run in engines.values():
        for page, dump in pairs[:5]:
            run(page, dump)  # imports and caches, untimed
    medians: dict[str, float] = {}
    for name, run in engines.items():
        per_doc = []
        for page, dump in pairs:
            times = []
            for _ in range(REPS):
                start = time.perf_counter()
                run(page, dump)
                times.append(time.perf_counter() - start)
            per_doc.append(statistics.median(times))
        medians[name] = statistics.median(per_doc)
    theirs = medians["trafilatura.extract (HTML page)"]
    print(f"{len(pairs)} Chromium dumps and their HTML pages; median document, {REPS} passes")
    for name, value in medians.items():
        print(f"  {name:42s} {value * 1e3:8.3f} ms   share {value / theirs:.3f}")
    print(f"  target share {TARGET_SHARE:.3f} ({theirs * TARGET_SHARE * 1e3:.3f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
