"""Smoke tests: every example runs as a script on small inputs."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
CORPUS_DUMPS = ROOT.parent / "shared" / "corpus" / "dumps" / "chromium"


def run_example(name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def small_inputs() -> list[str]:
    return [str(SEED), *sorted(str(p) for p in CORPUS_DUMPS.glob("*.txt"))[:2]]


def needs(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed")


def test_every_example_is_tested() -> None:
    tested = {"parse_one.py", "batch_to_jsonl.py", "warc_to_jsonl.py", "dask_parse.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_parse_one(tmp_path: Path) -> None:
    proc = run_example("parse_one.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"]


def test_batch_to_jsonl(tmp_path: Path) -> None:
    inputs = [*small_inputs(), str(tmp_path / "missing.txt")]
    out = tmp_path / "out.jsonl"
    proc = run_example("batch_to_jsonl.py", *inputs, "--out", str(out), "--jobs", "2", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr  # the missing file fails, the rest is written
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in rows] == inputs
    assert all("title" in r for r in rows[:-1]) and "error" in rows[-1]


def test_warc_to_jsonl(tmp_path: Path) -> None:
    needs("warcio")
    proc = run_example("warc_to_jsonl.py", cwd=tmp_path)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["url"] for r in rows] == [
        "http://example.com/dump.txt",
        "http://example.com/page.html",
    ], proc.stderr
    assert rows[0]["title"] and rows[0]["encoding"] == "gb18030"
    assert [r["http_status"] for r in rows] == [200, 200]
    assert proc.returncode == 0, proc.stderr
    assert "2 records, 0 failed; skipped: 1 response: image/png" in proc.stderr
    assert list(tmp_path.iterdir()) == []  # the sample lives in a temporary folder


def test_warc_to_jsonl_on_a_broken_wet(tmp_path: Path) -> None:
    needs("warcio")
    from tests.warc_helpers import corpus_wet, truncated

    wet = corpus_wet(tmp_path / "a.warc.wet.gz")
    cut = truncated(wet.path, tmp_path / "cut.warc.wet.gz", 0.5)
    proc = run_example("warc_to_jsonl.py", str(cut), cwd=tmp_path)
    assert proc.returncode == 1
    *rows, error = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["url"] for r in rows] == [i.url for i in wet.pages[: len(rows)]]
    assert error["error"]["type"] == "ArchiveError" and "offset" in error


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_dask_parse(tmp_path: Path, suffix: str) -> None:
    needs("dask")
    needs("distributed")
    if suffix == ".parquet":
        needs("pyarrow")
    inputs = small_inputs()
    out = tmp_path / f"articles{suffix}"
    proc = run_example("dask_parse.py", *inputs, "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in rows] == inputs
    assert all("title" in r for r in rows)


def test_dask_parse_default_output_is_not_in_the_current_folder(tmp_path: Path) -> None:
    needs("dask")
    needs("distributed")
    proc = run_example("dask_parse.py", str(SEED), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []
    out = Path(proc.stderr.split(" -> ")[1].split(" (")[0])
    assert out.is_file() and out.parent.name.startswith("newsparse-")
    out.unlink()
    out.parent.rmdir()
