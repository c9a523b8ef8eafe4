"""The command line: inputs, outputs, errors, exit status, -o, --jobs, WARC, schema."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from tests.warc_helpers import SEED, sample_warc

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DUMPS = ROOT.parent / "shared" / "corpus" / "dumps" / "chromium"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def batch(tmp_path: Path) -> list[Path]:
    """Four small text dumps (corpus dumps when the corpus is there, else the seed)."""
    sources = sorted(CORPUS_DUMPS.glob("*.txt"))[:3] if CORPUS_DUMPS.is_dir() else []
    sources = [SEED, *sources]
    while len(sources) < 4:
        sources.append(SEED)
    out = []
    for i, src in enumerate(sources[:4]):
        p = tmp_path / "in" / f"d{i}" / f"{i:02d}-{src.name}"
        p.parent.mkdir(parents=True)
        p.write_bytes(src.read_bytes())
        out.append(p)
    return out


def test_single_input_prints_one_indented_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", str(SEED))
    assert code == 0
    assert out.startswith("{\n  ")
    obj = json.loads(out)
    want = newsparse.parse_file(SEED).model_dump(mode="json")
    assert obj == {"path": str(SEED), **want}
    assert next(iter(obj)) == "path"
    assert err == ""  # no summary for one good input


def test_many_inputs_print_json_lines_in_order(
    capsys: pytest.CaptureFixture[str], batch: list[Path]
) -> None:
    code, out, err = run(capsys, "parse", *map(str, batch), "--jobs", "1")
    assert code == 0
    got = lines(out)
    assert [o["path"] for o in got] == [str(p) for p in batch]
    for o, p in zip(got, batch, strict=True):
        assert o["title"] == newsparse.parse_file(p).title
    assert "4 ok, 0 failed" in err


def test_directory_and_glob_expand_in_sorted_order(
    capsys: pytest.CaptureFixture[str], batch: list[Path], tmp_path: Path
) -> None:
    root = tmp_path / "in"
    (root / ".hidden").write_text("skipped")
    code, out, _ = run(capsys, "parse", str(root), "--output", "jsonl", "-j", "1")
    assert code == 0
    assert [o["path"] for o in lines(out)] == [str(p) for p in batch]
    code, out, _ = run(capsys, "parse", str(root / "**" / "*.txt"), "-j", "1")
    assert [o["path"] for o in lines(out)] == [str(p) for p in batch]


def test_bad_inputs_become_error_lines_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "pic.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    args = [str(empty), str(SEED), str(missing), str(binary), str(tmp_path / "*.nomatch")]
    code, out, err = run(capsys, "parse", *args, "-j", "1")
    assert code == 1
    got = lines(out)
    assert [o["path"] for o in got] == args
    assert got[0]["error"]["type"] == "EmptyInputError"  # type: ignore[index]
    assert got[0]["error"]["message"]  # type: ignore[index]
    assert "title" in got[1] and "error" not in got[1]
    assert got[2]["error"]["type"] == "FileNotFoundError"  # type: ignore[index]
    assert got[3]["error"]["type"] == "NotAPageError"  # type: ignore[index]
    assert got[4]["error"]["type"] == "FileNotFoundError"  # type: ignore[index]
    assert set(got[0]) == {"path", "error"}
    assert "1 ok, 4 failed" in err


def test_unexpected_exception_is_reported_not_raised(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, batch: list[Path]
) -> None:
    real = cli.parse_source

    def flaky(source: cli.Source, **kw: object) -> newsparse.Article:
        if source.path == str(batch[1]):
            raise RuntimeError("boom")
        return real(source, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "parse_source", flaky)
    code, out, _ = run(capsys, "parse", *map(str, batch), "-j", "1")
    assert code == 1
    got = lines(out)
    assert got[1] == {"path": str(batch[1]), "error": {"type": "RuntimeError", "message": "boom"}}
    assert all("title" in o for i, o in enumerate(got) if i != 1)


def test_jobs_2_gives_the_same_output_as_jobs_1(
    capsys: pytest.CaptureFixture[str], batch: list[Path], tmp_path: Path
) -> None:
    args = [*map(str, batch), str(tmp_path / "missing.txt"), *map(str, batch)]
    code1, out1, _ = run(capsys, "parse", *args, "-j", "1")
    code2, out2, _ = run(capsys, "parse", *args, "-j", "2")
    assert code1 == code2 == 1
    assert out1 == out2
    assert len(out1.splitlines()) == 9


def test_ordered_map_streams_in_order() -> None:
    got = list(cli.ordered_map(abs, range(0, -50, -1), jobs=2, chunksize=3))
    assert got == list(range(50))


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], batch: list[Path]) -> None:
    code, _, err = run(capsys, "parse", str(batch[0]), str(batch[1]), "--url", "http://x/")
    assert code == 2 and "--url" in err
    code, _, err = run(capsys, "parse", str(batch[0]), "--output", "yaml")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "parse", str(batch[0]), "--jobs", "0")
    assert code == 2
    code, _, err = run(capsys, "parse", "-", "-")
    assert code == 2
    code, _, _ = run(capsys)
    assert code == 2


def test_url_and_format_are_passed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "parse", str(SEED), "--url", "https://example.com/a", "--format", "text"
    )
    assert code == 0
    assert json.loads(out)["url"] == "https://example.com/a"


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = SEED.read_text(encoding="utf-8").encode("gb18030")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "parse", "-")
    assert code == 0
    obj = json.loads(out)
    assert obj["path"] == "-"
    assert obj["title"] == newsparse.parse_file(SEED).title
    assert obj["encoding"] == "gb18030"


def test_markdown_and_text_outputs(capsys: pytest.CaptureFixture[str], batch: list[Path]) -> None:
    article = newsparse.parse_file(SEED)
    code, out, _ = run(capsys, "parse", str(SEED), "--output", "markdown")
    assert code == 0 and out == article.to_markdown().rstrip("\n") + "\n"
    code, out, _ = run(capsys, "parse", str(SEED), "--output", "text")
    assert out == f"{article.title}\n\n{article.text}\n"
    code, out, err = run(capsys, "parse", str(SEED), "/nonexistent", "--output", "text", "-j", "1")
    assert code == 1
    assert out.startswith(f"==> {SEED} <==\n{article.title}\n")
    assert "/nonexistent" not in out and "/nonexistent: FileNotFoundError" in err


def test_output_file_is_replaced_atomically(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    batch: list[Path],
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    code, out, _ = run(capsys, "parse", *map(str, batch), "-o", str(target), "-j", "1")
    assert code == 0 and out == ""
    assert [o["path"] for o in lines(target.read_text(encoding="utf-8"))] == [str(p) for p in batch]

    target.write_text("old\n")
    real = cli.process
    calls = []

    def interrupted(source: cli.Source, **kw: object) -> cli.Outcome:
        calls.append(source)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(source, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "process", interrupted)
    code, _, _ = run(capsys, "parse", *map(str, batch), "-o", str(target), "-j", "1")
    assert code == 130
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]  # no temp file left


def test_progress_bar(capsys: pytest.CaptureFixture[str], batch: list[Path]) -> None:
    code, _, err = run(capsys, "parse", *map(str, batch * 2), "--progress", "-j", "1")
    assert code == 0
    assert "8/8" in err and "docs/s" in err
    code, _, err = run(capsys, "parse", *map(str, batch * 2), "-j", "1")
    assert "docs/s" in err and "8/8" not in err  # stderr is not a terminal: summary only
    code, _, err = run(capsys, "parse", *map(str, batch * 2), "-j", "1", "-q")
    assert err == ""


def test_schema_command_matches_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == newsparse.Article.model_json_schema(mode="serialization")
    assert out == (ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8")


def test_python_dash_m(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(SEED), "--output", "jsonl"],
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["path"] == str(SEED)


# --- WARC ---------------------------------------------------------------------------------


def test_warc_records(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    warc = sample_warc(tmp_path / "crawl.warc.gz")
    code, out, err = run(capsys, "parse", str(warc), "-j", "1")
    assert "1 WARC records skipped" in err
    got = lines(out)
    assert len(got) == 2  # the request record and the image response are skipped
    text, html = got
    assert text["path"] == html["path"] == str(warc)
    assert text["url"] == "http://example.com/dump.txt"
    assert html["url"] == "http://example.com/page.html"
    assert str(text["record_id"]).startswith("<urn:uuid:")
    assert (
        str(html["record_id"]).startswith("<urn:uuid:") and html["record_id"] != text["record_id"]
    )
    assert list(text)[:3] == ["path", "url", "record_id"]
    assert text["title"] == newsparse.parse_file(SEED).title
    assert text["encoding"] == "gb18030"
    # HTML parsing may not be available yet; either way the record is there.
    assert ("title" in html) != ("error" in html)
    assert code == (1 if "error" in html else 0)


def test_warc_with_jobs_2_and_other_inputs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("warcio")
    warc = sample_warc(tmp_path / "crawl.warc")
    code1, out1, _ = run(capsys, "parse", str(SEED), str(warc), str(SEED), "-j", "1")
    code2, out2, _ = run(capsys, "parse", str(SEED), str(warc), str(SEED), "-j", "2")
    assert out1 == out2 and code1 == code2
    assert [o["path"] for o in lines(out1)] == [str(SEED), str(warc), str(warc), str(SEED)]


def test_corrupt_warc_is_an_error_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x00\x01garbage" * 50)
    code, out, _ = run(capsys, "parse", str(bad), str(SEED), "-j", "1")
    assert code == 1
    got = lines(out)
    assert got[0]["path"] == str(bad)
    assert got[0]["error"]["type"] == "ArchiveLoadFailed"  # type: ignore[index]
    assert len(got[0]["error"]["message"]) < 400  # type: ignore[index]
    assert got[1]["path"] == str(SEED) and "title" in got[1]


def test_warc_without_warcio(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"")
    for name in ("warcio", "warcio.archiveiterator"):
        monkeypatch.setitem(sys.modules, name, None)
    code, out, err = run(capsys, "parse", str(warc))
    assert code == 2 and out == ""
    assert "pip install 'newsparse[warc]'" in err
