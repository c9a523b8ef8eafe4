"""Golden tests: every tests/fixtures/<family>/<case>/input.* parses to its expected.json.

Each case is a small hand-written input (an HTML page or a text dump) written for one rule
family; ``case.json`` holds the options it is parsed with and ``pins``: the blocks the case
exists for (line, role, kind, reason), written by hand. expected.json is the parser's whole
output, compared field by field and block by block; the pins say what of it is the point,
and keep saying so when expected.json is regenerated.

Regenerate on purpose only: ``pytest tests/test_golden.py --update-golden``, then review
the diff like code (tests/fixtures/README.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import rules
from tests.helpers import assert_lossless, assert_markdown_lossless

FIXTURES = Path(__file__).parent / "fixtures"
#: Keys of case.json that describe the case rather than how to parse it.
_CASE_KEYS = ("about", "pins")


def find_cases(root: Path = FIXTURES) -> list[Path]:
    """Every folder under ``root`` that holds an ``input.*`` file, in path order."""
    return sorted({p.parent for p in root.rglob("input.*")})


CASES = find_cases()
IDS = [c.relative_to(FIXTURES).as_posix() for c in CASES]


def rule_names() -> list[str]:
    """The names of the parser's rules, as blocks carry them in ``reason``. (The one place
    that knows where the rule table lives: adapt it when the table moves.)"""
    return [r.name for r in rules.RULES]


def _case_file(case: Path) -> dict[str, Any]:
    path = case / "case.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data


def _load_case(case: Path) -> tuple[bytes, dict[str, Any]]:
    """The input's bytes and the keyword arguments for :func:`newsparse.parse`."""
    inputs = sorted(case.glob("input.*"))
    assert len(inputs) == 1, f"{case}: one input.* file per case, found {inputs}"
    opts = {k: v for k, v in _case_file(case).items() if k not in _CASE_KEYS}
    return inputs[0].read_bytes(), opts


def _expected(case: Path) -> dict[str, Any]:
    path = case / "expected.json"
    assert path.exists(), f"{path} is missing: run pytest --update-golden and review it"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _show(block: dict[str, Any]) -> str:
    text = block.get("text", "")
    text = text if len(text) <= 50 else text[:47] + "..."
    return (
        f"line {block.get('line')} {block.get('role')}/{block.get('kind')} "
        f"by {block.get('reason')}: {text!r}"
    )


def _block_diffs(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> list[str]:
    """One message per differing block, naming the fields that differ."""
    out = []
    for n, (g, e) in enumerate(zip(got, want, strict=False)):
        if g != e:
            fields = ", ".join(
                f"{k}: {g.get(k)!r} != expected {e.get(k)!r}"
                for k in sorted(set(g) | set(e))
                if g.get(k) != e.get(k)
            )
            out.append(f"block {n} ({_show(e)}): {fields}")
    out += [f"block {n} is new: {_show(b)}" for n, b in enumerate(got) if n >= len(want)]
    out += [f"block {n} is gone: {_show(b)}" for n, b in enumerate(want) if n >= len(got)]
    return out


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    data, opts = _load_case(case)
    got = newsparse.parse(data, **opts).model_dump(mode="json")
    expected_path = case / "expected.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    expected = _expected(case)
    assert sorted(got) == sorted(expected), "the Article's fields changed"
    fields = [
        f"{name}: {got[name]!r} != expected {expected[name]!r}"
        for name in expected
        if name != "blocks" and got[name] != expected[name]
    ]
    assert not fields, "fields differ:\n" + "\n".join(fields)
    diffs = _block_diffs(got["blocks"], expected["blocks"])
    assert not diffs, f"{len(diffs)} block(s) differ:\n" + "\n".join(diffs)


def _is_text(case: Path, opts: dict[str, Any]) -> bool:
    """A text-dump case: parsed as text, or sniffed and named input.txt."""
    fmt = opts.get("format", "auto")
    return fmt == "text" or (fmt == "auto" and next(case.glob("input.*")).suffix == ".txt")


def _is_markdown(case: Path, opts: dict[str, Any]) -> bool:
    """A Markdown case: parsed as Markdown, or sniffed and named input.md."""
    fmt = opts.get("format", "auto")
    return fmt == "markdown" or (fmt == "auto" and next(case.glob("input.*")).suffix == ".md")


TEXT_CASES = [c for c in CASES if _is_text(c, _load_case(c)[1])]


@pytest.mark.parametrize(
    "case", TEXT_CASES, ids=[c.relative_to(FIXTURES).as_posix() for c in TEXT_CASES]
)
def test_fixture_lossless(case: Path) -> None:
    # Every non-blank line of a text dump lands in a block (HTML has no such line map).
    data, opts = _load_case(case)
    article = newsparse.parse(data, **opts)
    assert article.encoding is not None
    text = data.decode(article.encoding).removeprefix("\ufeff")  # a BOM is no text
    assert_lossless(text, article)


MARKDOWN_CASES = [c for c in CASES if _is_markdown(c, _load_case(c)[1])]


@pytest.mark.parametrize(
    "case", MARKDOWN_CASES, ids=[c.relative_to(FIXTURES).as_posix() for c in MARKDOWN_CASES]
)
def test_markdown_fixture_lossless(case: Path) -> None:
    # Every non-blank line of a Markdown dump lands in one block, whose source it is.
    data, opts = _load_case(case)
    article = newsparse.parse(data, **opts)
    assert article.encoding is not None
    assert_markdown_lossless(data.decode(article.encoding).removeprefix("\ufeff"), article)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_fixture_pins_hold(case: Path) -> None:
    # The blocks a case was written for, as case.json names them by hand: checked against
    # expected.json, so a regenerated file that lost its point fails here.
    pins = _case_file(case).get("pins")
    assert pins, f"{case}/case.json names no pins: which blocks is the case for?"
    names = set(rule_names())
    by_line: dict[int, list[dict[str, Any]]] = {}
    for b in _expected(case)["blocks"]:
        by_line.setdefault(b["line"], []).append(b)
    for pin in pins:
        assert pin["reason"] in names, f"pin names no rule: {pin}"
        found = [(b["role"], b["kind"], b["reason"]) for b in by_line.get(pin["line"], [])]
        assert (pin["role"], pin["kind"], pin["reason"]) in found, (
            f"pinned block not in expected.json: {pin}; line {pin['line']} has {found}"
        )


def _reasons(cases: Iterable[Path]) -> set[str]:
    return {b["reason"] for case in cases for b in _expected(case)["blocks"]}


def test_every_rule_has_a_fixture() -> None:
    # A new rule in the table fails CI until a fixture shows it deciding a block.
    used = _reasons(CASES)
    missing = [name for name in rule_names() if name not in used]
    assert not missing, f"rules that decide no block in any tests/fixtures case: {missing}"


def test_every_reason_in_the_fixtures_is_a_rule() -> None:
    # A rule renamed or removed leaves expected.json files naming it: regenerate them.
    stale = sorted(_reasons(CASES) - set(rule_names()))
    assert not stale, f"expected.json files name rules the table no longer has: {stale}"


def test_cases_are_found_in_families() -> None:
    # tests/fixtures/<family>/<case>/: nothing directly under fixtures, nothing nested
    # deeper (find_cases would run it, but the layout README.md describes would be off).
    for case in CASES:
        assert len(case.relative_to(FIXTURES).parts) == 2, case
