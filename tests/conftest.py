"""Shared pytest configuration."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # The accuracy gate runs the parser over the corpus gate subset (about a minute or
    # two); deselect it with `-m "not gate"`.
    config.addinivalue_line(
        "markers", "gate: accuracy gate over the corpus (deselect with -m 'not gate')"
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/fixtures/<family>/<case>/expected.json from the current parser (review the diff)",
    )
