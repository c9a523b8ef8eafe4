"""The tree stays readable: every function of the library fits on a screen.

(The import layers are checked by import-linter, the complexity by ruff's C901, both in
.ci/run; this is the one bound neither tool has.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsparse"
#: The longest function (lines, docstring included) a reader is asked to hold in mind.
MAX_FUNCTION_LINES = 60


def _functions() -> list[tuple[str, int]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{path.relative_to(SRC)}:{node.name}"
                out.append((name, (node.end_lineno or node.lineno) - node.lineno + 1))
    return out


def test_the_library_has_functions_to_measure() -> None:
    assert len(_functions()) > 100


@pytest.mark.parametrize(("name", "lines"), _functions(), ids=lambda x: str(x))
def test_no_function_is_longer_than_a_screen(name: str, lines: int) -> None:
    assert lines <= MAX_FUNCTION_LINES, f"{name} has {lines} lines: split it into named steps"
