"""Robustness benchmark: time and peak memory of newsparse on big and hostile inputs.

Run from the repository root::

    python -m benchmarks.robustness                    # every case, full size (~3 minutes)
    python -m benchmarks.robustness --scale 0.1        # every case at a tenth of the size
    python -m benchmarks.robustness --only text-50mb html-50mb --tracemalloc
    python -m benchmarks.robustness --engine trafilatura   # the HTML cases, for comparison

Each case is written to a temporary file first; then a fresh child process imports
newsparse, reads the file (the input's own bytes are part of the baseline), and parses it
once. Reported per case: the input size, the outcome (blocks and warnings, or the
newsparse error), the wall time, and the memory the parse added on top of the baseline:

* ``rss +MB``: the child's peak resident memory during the parse minus its resident memory
  before (all memory: Python objects, libxml2's tree, lxml proxies; on Linux the VmHWM
  mark, reset before the parse, as ``ru_maxrss`` is inherited from the parent);
* ``x input``: that growth divided by the input size;
* with ``--tracemalloc``: the parse's *tracemalloc* peak (Python allocations only; slows
  the parse down, so the time column is then not comparable).

``--engine trafilatura`` runs ``trafilatura.extract`` (the ``bench`` extra) on the HTML
cases instead, measured the same way, to compare memory with the reference extractor.

The unit tests (tests/test_hostile.py) run 1-5 MB versions of these inputs, and the two
50 MB ones through this module's child (with a bound on their memory); every full-size case
and the comparison live here. Results are documented in docs/robustness.md.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

MB = 1_000_000
ZH = "连云港市网络社会组织党建经验在全国交流展示，会议在北京召开，多家单位作了发言。"
EN = "The council approved the budget on Tuesday, after a long debate about taxes and parks."


def _repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode()) + 1)


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'>"
        f"<title>标题_新闻_站点</title></head><body>{body}</body></html>"
    )


def text_dump(size: int) -> bytes:
    """A browser-style text dump: menus, a dated story with images, related links."""
    story = "\n".join(
        [
            "首页 > 新闻 > 国内",
            "连云港市网络社会组织党建经验在全国交流展示",
            "2019-07-23 18:45 来源：新华社",
            *[f"{k}. {ZH}" for k in range(8)],
            "",
            "photo_2019.jpg",
            "图为会议现场。",
            EN,
            "责编：张三",
            "相关新闻",
            "另一条新闻的标题",
            "版权所有 © 2019",
            "",
        ]
    )
    return _repeat_to(story + "\n", size).encode()


def text_one_line(size: int) -> bytes:
    return ("首页\n" + _repeat_to(ZH, size) + "\n" + ZH + "\n").encode()


def html_page(size: int) -> bytes:
    story = (
        "<article><h2>第{k}篇</h2><div class='info'>2019-07-23 18:45 来源：新华社</div>"
        + "".join(f"<p>{ZH}</p><p>{EN}</p>" for _ in range(5))
        + "<figure><img src='/img/{k}.jpg'><figcaption>图为会场。</figcaption></figure>"
        "</article><aside class='related'><a href='/x'>相关新闻</a></aside>"
    )
    one = len(story.encode())
    body = "<nav><a href='/'>首页</a></nav>" + "".join(
        story.replace("{k}", str(k)) for k in range(size // one + 1)
    )
    return _page(body).encode()


def html_deep(size: int) -> bytes:
    n = max(10_000, size // 11)
    return _page(f"<p>{EN}</p>" + "<div>" * n + ZH + "</div>" * n + f"<p>{ZH}</p>").encode()


def html_one_td(size: int) -> bytes:
    cell = "".join(f"{k}. {ZH}<br>" for k in range(size // 130 + 1))
    return _page(f"<table><tr><td>{cell}</td></tr></table>").encode()


def html_huge_attributes(size: int) -> bytes:
    big = "a" * max(10 * MB + 1, size // 2)
    return _page(f"<div class='{big}'><p>{ZH}</p></div><img src='{big}.jpg'><p>{EN}</p>").encode()


def html_many_attributes(size: int) -> bytes:
    attrs = " ".join(f"a{k}='{k}'" for k in range(max(100_000, size // 12)))
    return _page(f"<p {attrs}>{ZH}</p>").encode()


def html_entity_soup(size: int) -> bytes:
    soup = _repeat_to("&amp;&#x;&#99999999;&bogus;", size)
    return _page(f"<p>{soup}</p><p>{ZH}</p>").encode()


def html_in_comments(size: int) -> bytes:
    story = "".join(f"<p>{k}. {ZH}</p>" for k in range(50))
    return _page("<!--" + _repeat_to(story, size) + "-->").encode()


def html_huge_text_node(size: int) -> bytes:
    return _page(
        f"<p>{ZH}</p><pre>" + _repeat_to("x" * 79 + "\n", size) + f"</pre><p>{EN}</p>"
    ).encode()


def random_bytes(size: int) -> bytes:
    return random.Random(0).randbytes(size)


def gzip_page(size: int) -> bytes:
    return gzip.compress(html_page(size), compresslevel=1, mtime=0)


def _corpus_html(rank: int) -> Callable[[int], bytes]:
    """The ``rank``-th largest HTML page of the development corpus (a real page, for
    comparison with the synthetic ones; its size is its own)."""

    def build(size: int) -> bytes:
        from benchmarks.accuracy import corpus_dir

        pages = sorted((corpus_dir() / "html").glob("*/*.html"), key=lambda p: p.stat().st_size)
        return pages[-1 - rank].read_bytes() if len(pages) > rank else b""

    return build


#: name -> (input builder, full size in bytes).
CASES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "text-50mb": (text_dump, 50 * MB),
    "text-one-line-30mb": (text_one_line, 30 * MB),
    "html-50mb": (html_page, 50 * MB),
    "html-deep-10000": (html_deep, 0),
    "html-one-td-5mb": (html_one_td, 5 * MB),
    "html-attributes-10mb": (html_huge_attributes, 21 * MB),
    "html-100k-attributes": (html_many_attributes, 0),
    "html-entity-soup-5mb": (html_entity_soup, 5 * MB),
    "html-in-comments-5mb": (html_in_comments, 5 * MB),
    "html-text-node-20mb": (html_huge_text_node, 20 * MB),
    "corpus-page-largest": (_corpus_html(0), 0),
    "corpus-page-2nd": (_corpus_html(1), 0),
    "corpus-page-3rd": (_corpus_html(2), 0),
    "random-50mb": (random_bytes, 50 * MB),
    "gzip-page": (gzip_page, 5 * MB),
}


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_bytes(field: str) -> int | None:
    """VmRSS / VmHWM from /proc (Linux), in bytes; None elsewhere."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _reset_peak() -> int:
    """Reset the peak-RSS mark where Linux allows it; return the baseline to subtract.

    ``ru_maxrss`` survives ``exec`` (a child inherits its parent's high-water mark), so on
    Linux the peak is VmHWM, reset by writing 5 to /proc/self/clear_refs."""
    try:
        _CLEAR_REFS.write_text("5")
        rss = _status_bytes("VmRSS")
        if rss is not None:
            return rss
    except OSError:
        pass
    return _maxrss_bytes()


def _peak() -> int:
    hwm = _status_bytes("VmHWM")
    return hwm if hwm is not None else _maxrss_bytes()


def _maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def child(path: str, trace: bool, engine: str = "newsparse") -> dict[str, object]:
    """Parse one file in this (fresh) process with ``engine``; report time and memory."""
    data = Path(path).read_bytes()
    run = _trafilatura_run() if engine == "trafilatura" else _newsparse_run()
    before = _reset_peak()
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    outcome = run(data)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    return {
        "bytes": len(data),
        "seconds": seconds,
        "rss_growth": max(0, _peak() - before),
        "tracemalloc_peak": peak,
        "outcome": outcome,
    }


def _newsparse_run() -> Callable[[bytes], str]:
    """newsparse, warmed up on both paths, so that importing modules (lxml alone is
    ~10 MB) is not counted as the memory of the parse."""
    import newsparse

    newsparse.parse("warm up: import every module first.\n" * 3)
    newsparse.parse("<html><body><p>warm up: import every module first.</p></body></html>")

    def run(data: bytes) -> str:
        try:
            article = newsparse.parse(data)
        except newsparse.NewsparseError as exc:
            return f"{type(exc).__name__}: {str(exc)[:80]}"
        outcome = f"{len(article.blocks)} blocks"
        if article.warnings:
            outcome += "; " + " / ".join(w[:70] for w in article.warnings)
        return outcome

    return run


def _trafilatura_run() -> Callable[[bytes], str]:
    """``trafilatura.extract`` (the ``bench`` extra), warmed up the same way."""
    trafilatura = importlib.import_module("trafilatura")
    trafilatura.extract("<html><body><p>warm up: import every module first.</p></body></html>")

    def run(data: bytes) -> str:
        try:
            text = trafilatura.extract(data)
        except Exception as exc:  # report whatever the other engine raises
            return f"{type(exc).__name__}: {str(exc)[:80]}"
        return f"{len(text or '')} characters extracted"

    return run


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.robustness", description=__doc__)
    p.add_argument("--only", nargs="*", choices=sorted(CASES), help="run these cases only")
    p.add_argument("--scale", type=float, default=1.0, help="multiply the input sizes")
    p.add_argument("--tracemalloc", action="store_true", help="also report tracemalloc peaks")
    p.add_argument(
        "--engine",
        choices=["newsparse", "trafilatura"],
        default="newsparse",
        help="what parses the inputs (trafilatura: the HTML cases only)",
    )
    p.add_argument("--child", nargs=3, metavar=("FILE", "TRACE", "ENGINE"), help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1] == "1", args.child[2])))
        return 0
    names = args.only or list(CASES)
    if args.engine != "newsparse":
        names = [n for n in names if n.startswith(("html-", "corpus-"))]
    header = f"{'case':22} {'input MB':>9} {'seconds':>8} {'rss +MB':>8} {'x input':>8}"
    if args.tracemalloc:
        header += f" {'tracemalloc MB':>15}"
    print(header + "  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            build, size = CASES[name]
            path = os.path.join(tmp, name)
            data = build(int(size * args.scale))
            if not data:
                print(f"{name:22} skipped: the corpus is not there")
                continue
            Path(path).write_bytes(data)
            del data
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.robustness",
                    "--child",
                    path,
                    "1" if args.tracemalloc else "0",
                    args.engine,
                ],
                capture_output=True,
                text=True,
            )
            os.unlink(path)
            if run.returncode != 0:
                print(f"{name:22} CRASHED: {run.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(run.stdout)
            mb = r["bytes"] / MB
            grow = r["rss_growth"] / MB
            line = f"{name:22} {mb:9.1f} {r['seconds']:8.2f} {grow:8.0f} {grow / mb:8.1f}"
            if args.tracemalloc:
                line += f" {r['tracemalloc_peak'] / MB:15.0f}"
            print(line + "  " + r["outcome"], flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
