"""Body accuracy on text dumps of a style the corpus does not hold: ``lynx -dump``.

Run from the repository root (needs ``lynx``; Debian: ``apt-get install lynx``)::

    python -m benchmarks.other_dumps                 # every corpus HTML page, 80 columns
    python -m benchmarks.other_dumps --width 132 --limit 40

The corpus has Chromium and w3m dumps of its pages; accuracy must hold for other
renderers too. This renders each corpus HTML page with ``lynx -dump`` (which indents,
wraps at ``--width``, marks links ``[12]`` and lists their URLs, unbroken, at the end),
parses the dump as text, and scores the body against the page's truth with the corpus
convention (:mod:`benchmarks.scoring`), read only after parsing. Reported: mean precision,
mean recall and F1 of the means, for all pages and for the Chinese ones.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
from collections.abc import Sequence

import newsparse
from benchmarks import scoring
from benchmarks.accuracy import Item, corpus_dir, load_manifest
from benchmarks.speed import spread


def render(item: Item, width: int) -> bytes:
    """``lynx -dump`` of the item's HTML page."""
    cmd = [
        "lynx",
        "-dump",
        "-assume_charset=utf-8",
        "-display_charset=utf-8",
        f"-width={width}",
        str(corpus_dir() / item.path),
    ]
    return subprocess.run(cmd, capture_output=True, timeout=120, check=False).stdout


def body_text(dump: bytes) -> str:
    """The body newsparse reads from a dump ('' when it raises)."""
    try:
        return newsparse.parse(dump, format="text").text
    except newsparse.NewsparseError:
        return ""


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.other_dumps", description=__doc__)
    p.add_argument("--width", type=int, default=80, help="lynx's wrap column")
    p.add_argument("--limit", type=int, help="only N pages, at an even stride")
    args = p.parse_args(argv)
    if shutil.which("lynx") is None:
        print("lynx is not installed", file=sys.stderr)
        return 2
    items = spread([it for it in load_manifest() if it.format == "html"], args.limit)
    scores: dict[str, list[scoring.BodyScore]] = {"ALL": [], "zh": []}
    for it in items:
        text = body_text(render(it, args.width))
        truth = it.truth.get("body")
        if not truth:
            continue
        score = scoring.body_score(text, truth)
        scores["ALL"].append(score)
        if it.lang == "zh":
            scores["zh"].append(score)
    print(f"lynx -dump -width={args.width}, parsed as text dumps")
    for name, rows in scores.items():
        if rows:
            prec = statistics.mean(s.precision for s in rows)
            rec = statistics.mean(s.recall for s in rows)
            f1 = scoring.f1(prec, rec)
            print(f"  {name:4} {len(rows):4} pages  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
