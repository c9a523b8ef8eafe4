"""Before/after by instruction count: a deterministic A/B for speed work.

Run from the repository root (needs ``valgrind``; Debian: ``apt-get install valgrind``)::

    git worktree add /tmp/before <commit>
    python -m benchmarks.instructions --format text --baseline /tmp/before
    python -m benchmarks.instructions --format html --docs 30 --baseline /tmp/before

Wall-clock ratios on a shared machine move by 20% from one run to the next (see
docs/benchmarks.md), which hides the effect of most single changes. The number of machine
instructions a parse executes does not depend on what else the machine is doing: this
script counts them with ``valgrind --tool=callgrind`` for each source tree (this checkout
and ``--baseline``, a checkout of another commit) on the same documents, an evenly spaced
sample of the corpus's items of one format. Per tree it runs the same script twice, once
parsing the documents and once only importing and warming up, and reports the difference
divided by the number of documents, and its ratio to the baseline.

Instructions are a proxy for time, not time: memory stalls and branch mispredictions do not
show. Quote wall-clock figures from ``benchmarks.speed`` (which runs trafilatura in the same
run), and this ratio for "what did this change do".
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.accuracy import corpus_dir, load_manifest
from benchmarks.speed import spread

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = 40

#: Runs inside valgrind: imports the tree's newsparse, parses the sample (or not).
_CHILD = r"""
import sys
sys.path.insert(0, sys.argv[1])
import newsparse
paths, fmt, run = sys.argv[4:], sys.argv[2], sys.argv[3] == "1"
docs = [open(p, "rb").read() for p in paths]
newsparse.parse(docs[0], format=fmt)
if run:
    for d in docs:
        newsparse.parse(d, format=fmt)
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def count(src: Path, fmt: str, paths: Sequence[Path], run: bool) -> int:
    """Instructions valgrind counts for one child process."""
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        _CHILD,
        str(src),
        fmt,
        "1" if run else "0",
        *map(str, paths),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    m = _COLLECTED.search(out.stderr)
    if out.returncode != 0 or m is None:
        raise SystemExit(f"valgrind failed for {src}:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def per_doc(src: Path, fmt: str, paths: Sequence[Path]) -> float:
    """Instructions per document parsed, start-up and warm-up subtracted."""
    return (count(src, fmt, paths, True) - count(src, fmt, paths, False)) / len(paths)


def sample(fmt: str, n: int) -> list[Path]:
    """``n`` evenly spaced corpus items of format ``fmt``."""
    root = corpus_dir()
    return [
        root / it.path for it in spread([it for it in load_manifest(root) if it.format == fmt], n)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.instructions", description=__doc__)
    p.add_argument("--format", choices=("text", "markdown", "html"), default="text")
    p.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="documents in the sample")
    p.add_argument("--baseline", type=Path, help="another checkout of newsparse to compare to")
    args = p.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    paths = sample(args.format, args.docs)
    trees = [("this checkout", ROOT / "src")]
    if args.baseline is not None:
        trees.insert(0, ("baseline", args.baseline.resolve() / "src"))
    print(f"{len(paths)} {args.format} documents; instructions per parse (valgrind callgrind)")
    base: float | None = None
    for name, src in trees:
        ir = per_doc(src, args.format, paths)
        base = base or ir
        print(f"  {name:14} {ir / 1e6:9.1f} M   ratio {ir / base:.3f}   ({src})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
