"""Golden tests: each tests/fixtures/<case>/input.* parses to expected.json, field by field.

Regenerate on purpose only: ``pytest tests/test_golden.py --update-golden``, then review
the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from tests.helpers import assert_lossless

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and any(p.glob("input.*")))


def _load_case(case: Path) -> tuple[bytes, dict[str, Any]]:
    src = next(case.glob("input.*"))
    meta_path = case / "case.json"
    opts = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    return src.read_bytes(), opts


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    data, opts = _load_case(case)
    article = newsparse.parse(data, **opts)
    got = article.model_dump(mode="json")
    expected_path = case / "expected.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n")
    expected = json.loads(expected_path.read_text())
    assert sorted(got) == sorted(expected), "the Article's fields changed"
    for name in expected:
        if name == "blocks":
            continue
        assert got[name] == expected[name], f"field {name!r} differs"
    for g, e in zip(got["blocks"], expected["blocks"], strict=False):
        assert g == e, f"block at line {e['line']} differs"
    assert len(got["blocks"]) == len(expected["blocks"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_lossless(case: Path) -> None:
    data, opts = _load_case(case)
    article = newsparse.parse(data, **opts)
    if article.encoding is not None and opts.get("format", "text") == "text":
        assert_lossless(data.decode(article.encoding), article)
