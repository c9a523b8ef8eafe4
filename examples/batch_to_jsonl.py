"""Parse every file under a directory (or the given files) and write JSON Lines.

    python examples/batch_to_jsonl.py [PATH ...] [--out FILE] [--jobs N]

A directory PATH is walked recursively. Each line is one article
(``Article.model_dump(mode="json")`` plus its ``"path"``), in input order; a file that
cannot be parsed gives ``{"path": ..., "error": {"type": ..., "message": ...}}`` and the
batch goes on. Without PATH it parses the bundled example dump
(``tests/fixtures/reference/seed/input.txt``).

This is the library-level version of ``newsparse parse PATH... -o FILE --jobs N``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newsparse.batch import path_record

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"


def files(paths: list[str]) -> Iterator[str]:
    """Files given, and every non-hidden file under directories given, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(
                str(f) for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
            )
        else:
            yield str(p)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    ap.add_argument("--out", default="-", help="output file (default: standard output)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args(argv)

    todo = list(files(args.paths))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    ok = failed = 0
    pool = ProcessPoolExecutor(args.jobs) if args.jobs > 1 else None
    try:
        # Executor.map yields results in input order, as they are ready.
        # path_record never raises: a bad file becomes an error record.
        results = pool.map(path_record, todo, chunksize=8) if pool else map(path_record, todo)
        for rec in results:
            failed += "error" in rec
            ok += "error" not in rec
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if pool:
            pool.shutdown()
        if out is not sys.stdout:
            out.close()
    print(f"{ok} ok, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
