"""newsparse.distributed on a real (local, multi-process) Dask cluster."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import distributed
from newsparse.batch import MissingDependencyError
from tests.warc_helpers import SEED, corpus_wet, sample_warc, truncated

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DUMPS = ROOT.parent / "shared" / "corpus" / "dumps" / "chromium"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.distributed")
    with (
        dd.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        dd.Client(cluster) as c,
    ):
        yield c


def test_articles_bag_on_a_local_cluster(client: Any, tmp_path: Path) -> None:
    if not CORPUS_DUMPS.is_dir():
        pytest.skip("corpus not present")
    dumps = sorted(str(p) for p in CORPUS_DUMPS.glob("*.txt"))[:5]
    paths = [*dumps[:3], str(tmp_path / "missing.txt"), *dumps[3:], str(SEED)]
    bag = distributed.articles_bag(paths, format="text", partition_size=2)
    assert bag.npartitions == 4
    records = bag.compute()
    assert [r["path"] for r in records] == paths
    for path, record in zip(paths, records, strict=True):
        if path.endswith("missing.txt"):
            assert record["error"]["type"] == "FileNotFoundError"
            assert set(record) == {"path", "error"}
            continue
        want = newsparse.parse_file(path, format="text").model_dump(mode="json")
        assert record == {"path": path, **want}


def test_warc_bag(client: Any, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    a = sample_warc(tmp_path / "a.warc.gz")
    b = tmp_path / "b.warc"
    b.write_bytes(b"\x00\x01garbage" * 50)
    records = distributed.warc_bag([str(a), str(b), str(a)]).compute()
    assert [(r["path"], r.get("url")) for r in records] == [
        (str(a), "http://example.com/dump.txt"),
        (str(a), "http://example.com/page.html"),
        (str(b), None),
        (str(a), "http://example.com/dump.txt"),
        (str(a), "http://example.com/page.html"),
    ]
    assert records[0]["title"] == newsparse.parse_file(SEED).title
    assert records[2]["error"]["type"] == "ArchiveError"
    assert "ArchiveLoadFailed" in records[2]["error"]["message"]
    assert records[0]["record_id"] == records[3]["record_id"]
    assert records[0]["http_status"] == 200


def test_warc_bag_wet_and_truncated(client: Any, tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    wet = corpus_wet(tmp_path / "a.warc.wet.gz")
    cut = truncated(wet.path, tmp_path / "cut.warc.wet.gz", 0.5)
    records = distributed.warc_bag([str(wet.path), str(cut)]).compute()
    whole = [r for r in records if r["path"] == str(wet.path)]
    assert [r["url"] for r in whole] == [i.url for i in wet.pages]
    assert all("error" not in r and r["http_status"] is None for r in whole)
    *before, error = [r for r in records if r["path"] == str(cut)]
    assert [r["url"] for r in before] == [i.url for i in wet.pages[: len(before)]]
    assert error["error"]["type"] == "ArchiveError" and error["offset"] > 0


def test_missing_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'newsparse\[dask\]'"):
        distributed.articles_bag([str(SEED)])
