"""Blocks are built without per-block validation; they must still be valid Blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import Block

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (
    "<html><head><title>T</title></head><body><nav>Home</nav><h1>A headline here</h1>"
    "<p>" + "Running text of the story, with a clause or two. " * 5 + "</p>"
    '<figure><img src="a.jpg" alt="x"><figcaption>A caption</figcaption></figure>'
    "<footer>Copyright 2024</footer></body></html>"
)


@pytest.mark.parametrize(
    "data", [(FIXTURES / "seed" / "input.txt").read_bytes(), PAGE.encode()], ids=["seed", "html"]
)
def test_constructed_blocks_validate(data: bytes) -> None:
    article = newsparse.parse(data)
    assert article.blocks
    for b in article.blocks:
        assert Block.model_validate(b.model_dump()) == b
        assert b.model_fields_set == set(Block.model_fields)
