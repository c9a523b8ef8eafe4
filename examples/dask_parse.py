"""Parse many files on a Dask cluster and write JSON Lines (or Parquet).

    python examples/dask_parse.py [PATH ...] [--limit N] [--out FILE] [--scheduler ADDR]

Without PATHs it parses the first ``--limit`` (default 8) Chromium text dumps of the
development corpus (``../shared/corpus/dumps/chromium/*.txt``). Without ``--scheduler``
it starts a ``LocalCluster(n_workers=2, threads_per_worker=1, processes=True)``; with
``--scheduler tcp://host:8786`` the very same code runs on a real cluster (docs/scale.md).

``--out`` ending in ``.parquet`` writes a flat table (one row per input: path, url,
title, published, authors, source, language, text, error) and needs pyarrow (in the
``dask`` extra); ``.jsonl`` writes every article record in full, one a line, in input
order. Without ``--out`` it writes ``articles.parquet`` (or ``.jsonl`` without pyarrow) in
a new temporary folder, never in the current one, and prints where. Needs ``pip install
'newsparse[dask]'``.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsparse.distributed import articles_bag

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DUMPS = ROOT.parent / "shared" / "corpus" / "dumps" / "chromium"
HAVE_PYARROW = importlib.util.find_spec("pyarrow") is not None


def ordered_records(bag: Any, client: Any) -> Iterator[dict[str, Any]]:
    """The bag's records in order, partition by partition, while later partitions are
    still being computed on the cluster (only finished partitions come back)."""
    futures = client.compute(bag.to_delayed())
    for future in futures:
        yield from future.result()
        future.release()


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One Parquet row: the article's main fields, or the error."""
    error = record.get("error")
    return {
        "path": record.get("path"),
        "url": record.get("url"),
        "title": record.get("title"),
        "published": record.get("published"),
        "authors": record.get("authors", []),
        "source": record.get("source"),
        "language": record.get("language"),
        "text": record.get("text"),
        "error": f"{error['type']}: {error['message']}" if error else None,
    }


def write_parquet(
    records: Iterator[dict[str, Any]], out: Path, batch: int = 1000
) -> tuple[int, int]:
    """Write flat rows to ``out`` in batches of ``batch`` rows; (rows, failed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    string = pa.string()
    schema = pa.schema(
        [(name, pa.list_(string) if name == "authors" else string) for name in flat_row({})]
    )
    n = failed = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            rows.append(flat_row(record))
            n += 1
            failed += "error" in record
            if len(rows) == batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n, failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files to parse (default: corpus dumps)")
    ap.add_argument("--limit", type=int, default=8, help="corpus dumps to take (default 8)")
    ap.add_argument("--out", default=None, help="output .jsonl or .parquet file")
    ap.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    ap.add_argument("--partition-size", type=int, default=4, help="files per task")
    args = ap.parse_args(argv)

    paths = args.paths or sorted(glob.glob(str(CORPUS_DUMPS / "*.txt")))[: args.limit]
    if not paths:
        print(f"no input: give PATHs, or put the corpus at {CORPUS_DUMPS}", file=sys.stderr)
        return 2
    default = "articles.parquet" if HAVE_PYARROW else "articles.jsonl"
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="newsparse-")) / default
    if out.suffix == ".parquet" and not HAVE_PYARROW:
        print("writing Parquet needs pyarrow: pip install pyarrow", file=sys.stderr)
        return 2

    from dask.distributed import Client, LocalCluster

    start = time.monotonic()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        bag = articles_bag(paths, partition_size=args.partition_size)
        records = ordered_records(bag, client)
        n = failed = 0
        if out.suffix == ".parquet":
            n, failed = write_parquet(records, out)
        else:
            with out.open("w", encoding="utf-8") as fh:
                for record in records:
                    n += 1
                    failed += "error" in record
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.monotonic() - start
    print(
        f"{n} inputs, {failed} failed -> {out} ({seconds:.1f} s with cluster start-up)",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
