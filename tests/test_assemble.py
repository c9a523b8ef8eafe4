"""Blocks are built without per-block validation; they must still be valid Blocks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pydantic import TypeAdapter

import newsparse
from newsparse import Block, Kind, Role

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (
    "<html><head><title>T</title></head><body><nav>Home</nav><h1>A headline here</h1>"
    "<p>" + "Running text of the story, with a clause or two. " * 5 + "</p>"
    '<figure><img src="a.jpg" alt="x"><figcaption>A caption</figcaption></figure>'
    "<footer>Copyright 2024</footer></body></html>"
)


@pytest.mark.parametrize(
    "data",
    [(FIXTURES / "reference" / "seed" / "input.txt").read_bytes(), PAGE.encode()],
    ids=["seed", "html"],
)
def test_constructed_blocks_validate(data: bytes) -> None:
    article = newsparse.parse(data)
    assert article.blocks
    adapter = TypeAdapter(Block)
    for b in article.blocks:
        assert adapter.validate_python(dataclasses.asdict(b)) == b
        assert type(b.role) is Role and type(b.kind) is Kind
        assert type(b.text) is str and type(b.line) is int and b.line >= 1
