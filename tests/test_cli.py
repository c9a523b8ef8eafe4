"""The command line: inputs, outputs, errors, exit status, -o, --jobs, WARC, schema."""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli, jobs
from newsparse.batch import Source
from tests.warc_helpers import (
    SEED,
    Archive,
    corpus_warc,
    corpus_wet,
    flipped,
    sample_warc,
    truncated,
)

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
    real = jobs.parse_source

    def flaky(source: Source, **kw: object) -> newsparse.Article:
        if source.path == str(batch[1]):
            raise RuntimeError("boom")
        return real(source, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(jobs, "parse_source", flaky)
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
    # tqdm: done/total, [elapsed<ETA, rate]
    assert re.search(r"8/8 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+doc/s\]", err), err
    code, _, err = run(capsys, "parse", *map(str, batch * 2), "-j", "1")
    assert "8 ok, 0 failed" in err and "8/8" not in err  # stderr is not a terminal
    code, _, err = run(capsys, "parse", *map(str, batch * 2), "-j", "1", "-q")
    assert err == ""


def test_no_rate_for_a_batch_under_a_second(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "parse", "/nonexistent.txt")
    assert code == 1
    assert err.splitlines() == [
        "newsparse: /nonexistent.txt: FileNotFoundError: no such file or directory",
        "newsparse: 0 ok, 1 failed",
    ]


def test_schema_command_matches_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema.pop("$schema") == "https://json-schema.org/draft/2020-12/schema"
    assert schema == newsparse.Article.model_json_schema(mode="serialization")
    assert out == (ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8")
    code, out, _ = run(capsys, "schema", "--record")
    assert code == 0
    assert json.loads(out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert out == (ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8")


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
    assert "skipped 2 archive records: 1 request, 1 response: image/png" in err
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
    assert got[0]["error"]["type"] == "ArchiveError"  # type: ignore[index]
    assert "ArchiveLoadFailed" in got[0]["error"]["message"]  # type: ignore[index]
    assert len(got[0]["error"]["message"]) < 400  # type: ignore[index]
    assert got[0]["offset"] == 0
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


# --- archives that never lose a record: WARC, WET, truncated, corrupt -------------------

ARCHIVES = {
    "warc.gz": lambda p: corpus_warc(p / "crawl.warc.gz"),
    "warc": lambda p: corpus_warc(p / "crawl.warc", gzip=False),
    "wet.gz": lambda p: corpus_wet(p / "CC-MAIN-1.warc.wet.gz"),
    "wet": lambda p: corpus_wet(p / "CC-MAIN-1.warc.wet", gzip=False),
}


def skipped_summary(archive: Archive) -> str:
    n = sum(archive.skipped.values())
    kinds = ", ".join(f"{c} {k}" for k, c in sorted(archive.skipped.items()))
    return f"skipped {n} archive record{'s' * (n != 1)}: {kinds}"


@pytest.mark.parametrize("name", sorted(ARCHIVES))
def test_archive_every_page_record_out_every_other_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    pytest.importorskip("warcio")
    archive = ARCHIVES[name](tmp_path)
    code, out, err = run(capsys, "parse", str(archive.path), "-j", "1")
    assert code == 0, err
    got = lines(out)
    assert [o["url"] for o in got] == [item.url for item in archive.pages]
    wet = "wet" in name
    for o, item in zip(got, archive.pages, strict=True):
        assert "error" not in o and o["path"] == str(archive.path)
        assert str(o["record_id"]).startswith("<urn:uuid:")
        want = newsparse.parse(item.data, format="text" if wet else "auto", url=item.url)
        assert o["title"] == want.title and o["text"] == want.text
    statuses = [o["http_status"] for o in got]
    assert statuses == ([None] * len(got) if wet else [200] * (len(got) - 1) + [None])
    assert f"{len(got)} ok, 0 failed; {skipped_summary(archive)}" in err


def test_archive_recognised_by_content_not_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("warcio")
    for archive in (corpus_wet(tmp_path / "a.warc.wet.gz"), corpus_warc(tmp_path / "b.warc")):
        renamed = archive.path.rename(tmp_path / f"{archive.path.name}.bin")
        code, out, _ = run(capsys, "parse", str(renamed), "-j", "1")
        assert code == 0
        assert [o["url"] for o in lines(out)] == [i.url for i in archive.pages]


def test_non_2xx_responses_are_skipped_unless_all_statuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("warcio")
    archive = corpus_warc(tmp_path / "crawl.warc.gz")
    code, out, _ = run(capsys, "parse", str(archive.path), "--all-statuses", "-j", "1")
    assert code == 0
    got = lines(out)
    assert len(got) == len(archive.pages) + 1
    not_found = [o for o in got if o["http_status"] == 404]
    assert [o["url"] for o in not_found] == ["http://corpus.example/gone.html"]


@pytest.mark.parametrize("name", sorted(ARCHIVES))
@pytest.mark.parametrize("damage", ["truncated", "flipped"])
def test_broken_archive_keeps_records_before_the_break_and_says_so_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, damage: str
) -> None:
    pytest.importorskip("warcio")
    archive = ARCHIVES[name](tmp_path)
    broken = tmp_path / f"broken-{archive.path.name}"
    if damage == "truncated":
        truncated(archive.path, broken, 0.5)
    else:
        flipped(archive.path, broken, at=0.5, count=200)
    code, out, err = run(capsys, "parse", str(broken), str(SEED), "-j", "1")
    assert code == 1
    got = lines(out)
    *records, error, seed = got
    assert seed["path"] == str(SEED) and "title" in seed  # the batch went on
    assert [o["url"] for o in records] == [i.url for i in archive.pages[: len(records)]]
    assert all("error" not in o for o in records)
    assert 0 < len(records) < len(archive.pages)
    assert set(error) == {"path", "offset", "error"} and error["path"] == str(broken)
    assert isinstance(error["offset"], int) and 0 < error["offset"] < broken.stat().st_size
    assert error["error"]["type"] == "ArchiveError"  # type: ignore[index]
    message = error["error"]["message"]  # type: ignore[index]
    assert err.count(str(message)) == 1, err
    assert f"{len(records) + 1} ok, 1 failed" in err
    code, out, err = run(capsys, "parse", str(broken), "-j", "2", "-q")
    assert code == 1 and err == ""
    assert len(lines(out)) == len(records) + 1


def test_gzip_single_inputs_are_decompressed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsparse import archive

    page = tmp_path / "page.html.gz"
    from tests.warc_helpers import HTML_PAGE

    page.write_bytes(gzip.compress(HTML_PAGE))
    dump = tmp_path / "dump"  # no telling name: gzip is found by its magic bytes
    dump.write_bytes(gzip.compress(SEED.read_bytes()) + gzip.compress(b"\n"))  # two members
    code, out, _ = run(capsys, "parse", str(page), str(dump), "-j", "1")
    assert code == 0
    got = lines(out)
    assert got[0]["title"] == newsparse.parse(HTML_PAGE).title == "A headline"
    assert got[1]["text"] == newsparse.parse(SEED.read_bytes() + b"\n").text

    monkeypatch.setattr(archive, "MAX_DECOMPRESSED", 1000)  # a bomb, in small
    bad = tmp_path / "cut.txt.gz"
    bad.write_bytes(gzip.compress(SEED.read_bytes())[:-20])
    code, out, _ = run(capsys, "parse", str(dump), str(bad), "-j", "1")
    assert code == 1
    bomb, cut = lines(out)
    assert bomb["error"] == {  # type: ignore[comparison-overlap]
        "type": "ArchiveError",
        "message": "gzip input decompresses to more than 1000 bytes",
    }
    assert cut["error"]["type"] == "ArchiveError"  # type: ignore[index]


def test_jsonl_output_file_gives_one_line_for_one_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, "parse", str(SEED), "-o", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert text.count("\n") == 1 and json.loads(text)["path"] == str(SEED)
    code, out, _ = run(capsys, "parse", str(SEED), "--output", "jsonl")
    assert out.count("\n") == 1


def test_output_dir_writes_one_file_per_input(
    capsys: pytest.CaptureFixture[str], batch: list[Path], tmp_path: Path
) -> None:
    pytest.importorskip("warcio")
    sample_warc(tmp_path / "in" / "crawl.warc.gz")
    out_dir = tmp_path / "out"
    code, out, _ = run(capsys, "parse", str(tmp_path / "in"), "--output-dir", str(out_dir))
    assert code == 0 and out == ""
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*"))
    names = [p.relative_to(tmp_path / "in").as_posix() + ".json" for p in batch]
    assert written == sorted([*names, "crawl.warc.gz.jsonl", "d0", "d1", "d2", "d3"])
    for p, name in zip(batch, names, strict=True):
        assert json.loads((out_dir / name).read_text(encoding="utf-8"))["path"] == str(p)
    assert len((out_dir / "crawl.warc.gz.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    code, _, _ = run(
        capsys, "parse", str(batch[0]), "--output", "markdown", "--output-dir", str(out_dir)
    )
    md = out_dir / (batch[0].name + ".md")
    assert (
        md.read_text(encoding="utf-8")
        == newsparse.parse_file(batch[0]).to_markdown().rstrip("\n") + "\n"
    )


def test_input_list_from_a_file_or_stdin(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    batch: list[Path],
    tmp_path: Path,
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(map(str, batch[1:])) + "\n\n", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(batch[0]), "-i", str(listing), "-j", "1")
    assert code == 0
    assert [o["path"] for o in lines(out)] == [str(p) for p in batch]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listing.read_bytes())))
    code, out, _ = run(capsys, "parse", "-i", "-", "-j", "1")
    assert [o["path"] for o in lines(out)] == [str(p) for p in batch[1:]]
    code, _, err = run(capsys, "parse", "-i", str(tmp_path / "nolist.txt"))
    assert code == 2 and "nolist.txt" in err


def test_unknown_option_prints_the_subcommand_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "parse", str(SEED), "--bogus")
    assert code == 2
    assert err.startswith("usage: newsparse parse ") and "unrecognized arguments: --bogus" in err


def test_unwritable_output_names_the_file_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "nonexistdir" / "out.jsonl"
    code, _, err = run(capsys, "parse", str(SEED), "-o", str(target))
    assert code == 2
    assert err == f"newsparse: error: cannot write {target}: No such file or directory\n"


def _corpus_sample(per_folder: int) -> list[Path]:
    """A few files of every corpus folder (page sets, dump styles, encoded copies)."""
    corpus = ROOT.parent / "shared" / "corpus"
    folders = sorted({p.parent for p in corpus.glob("*/*/*") if p.is_file()})
    return [p for folder in folders for p in sorted(folder.iterdir())[:per_folder]]


def test_every_output_line_validates_against_the_record_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("warcio")
    _, out, _ = run(capsys, "schema", "--record")
    validator = jsonschema.Draft202012Validator(json.loads(out))
    validator.check_schema(validator.schema)
    archives = [ARCHIVES[name](tmp_path).path for name in sorted(ARCHIVES)]
    broken = flipped(archives[0], tmp_path / "broken.warc.gz")
    empty = tmp_path / "empty.txt"
    empty.write_text(" ")
    inputs = [*map(str, _corpus_sample(3)), str(SEED), *map(str, archives), str(broken)]
    inputs += [str(empty), str(tmp_path / "missing.txt")]
    _code, out, _ = run(capsys, "parse", *inputs, "--all-statuses", "-j", "2")
    got = lines(out)
    assert len(got) >= len(inputs)
    kinds = {("error" in o, o.get("record_id") is not None) for o in got}
    assert kinds == {(False, False), (False, True), (True, False)}  # all three sorts seen
    for line in got:
        validator.validate(line)
    for bad in ({**got[0], "extra": 1}, {"path": "x", "error": {"type": "E"}}):
        assert not validator.is_valid(bad)
