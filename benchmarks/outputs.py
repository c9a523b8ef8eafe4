"""Did a change move any output? Hash every corpus document's JSON for two source trees.

Run from the repository root::

    git worktree add /tmp/before <commit>
    python -m benchmarks.outputs --baseline /tmp/before/src
    python -m benchmarks.outputs --write hashes.json        # this tree's hash list only

Each tree is imported in a child process of its own (``sys.path`` first), parses every
item of the corpus manifest with the format the accuracy benchmark gives it (html2text
dumps as Markdown), and hashes
``Article.model_dump_json()`` (or the exception's name and message). The report gives the
number of documents, a digest of each tree's whole hash list, and the ids whose output
differs: the check behind "output byte-identical on every corpus document" in a refactor's
commit message.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.accuracy import corpus_dir, load_manifest

ROOT = Path(__file__).resolve().parents[1]

#: Runs in the child: imports the tree's newsparse, hashes each document's JSON (the items,
#: as load_manifest reads them, come on standard input: one "id path url format" JSON list
#: a line).
_CHILD = r"""
import hashlib, json, sys, warnings
warnings.simplefilter("ignore")
src, corpus = sys.argv[1], sys.argv[2]
sys.path.insert(0, src)
import newsparse
out = {}
for line in sys.stdin:
    item_id, path, url, fmt = json.loads(line)
    data = open(corpus + "/" + path, "rb").read()
    try:
        text = newsparse.parse(data, url=url, format=fmt).model_dump_json()
    except Exception as exc:
        text = "error " + type(exc).__name__ + ": " + str(exc)
    out[item_id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
json.dump(out, sys.stdout)
"""


def hashes(src: Path, corpus: Path) -> dict[str, str]:
    """Document id -> SHA-256 of its JSON output, for the newsparse under ``src``; each item
    parsed with the format the accuracy benchmark gives it (:func:`load_manifest`)."""
    items = "".join(
        json.dumps([it.id, it.path, it.url, it.format]) + "\n" for it in load_manifest(corpus)
    )
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), str(corpus)],
        input=items,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, str] = json.loads(proc.stdout)
    return result


def digest(table: dict[str, str]) -> str:
    """One SHA-256 over a whole hash list (ids sorted)."""
    lines = "".join(f"{k} {table[k]}\n" for k in sorted(table))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, help="the src/ folder of another tree")
    parser.add_argument("--write", type=Path, help="write this tree's hash list (JSON) here")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus directory")
    args = parser.parse_args(argv)
    corpus = args.corpus or corpus_dir()
    mine = hashes(ROOT / "src", corpus)
    if args.write:
        args.write.write_text(json.dumps(mine, indent=0, sort_keys=True) + "\n")
    print(f"{len(mine)} documents; this tree's hash list digest {digest(mine)}")
    if args.baseline is None:
        return 0
    base = hashes(args.baseline, corpus)
    print(f"baseline ({args.baseline}) digest {digest(base)}")
    moved = sorted(k for k in mine.keys() | base.keys() if mine.get(k) != base.get(k))
    print(f"{len(moved)} documents differ" + (": " + ", ".join(moved) if moved else ""))
    return 1 if moved else 0


if __name__ == "__main__":
    raise SystemExit(main())
