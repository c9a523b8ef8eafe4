"""The rule table's trigger shortcut never changes a decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import features, rules
from newsparse import patterns as P
from newsparse.segment_html import segment_html
from newsparse.segment_text import segment_text

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _inputs() -> list[tuple[str, str, str]]:
    out = [("seed", "text", (FIXTURES / "seed" / "input.txt").read_text())]
    manifest = CORPUS / "manifest.jsonl"
    if manifest.exists():
        items = [json.loads(x) for x in manifest.read_text().splitlines()]
        for d in items[::40]:
            out.append((d["id"], d["format"], (CORPUS / d["path"]).read_text(errors="replace")))
    return out


@pytest.mark.parametrize(("name", "fmt", "text"), _inputs(), ids=lambda x: str(x)[:30])
def test_triggers_change_no_decision(name: str, fmt: str, text: str) -> None:
    units = segment_text(text) if fmt == "text" else segment_html(text, url=None, warnings=[])[0]
    for u in units:
        features.compute(u)
    doc = rules.Doc(units=units)
    rules.analyse(doc)
    assert rules.decide(doc) == rules.decide(doc, use_triggers=False)


def test_every_trigger_names_a_rule_and_a_feature() -> None:
    names = {n for n, _ in rules.RULES}
    for name, trigger in rules.TRIGGERS.items():
        assert name in names
        assert trigger == rules.REGION or hasattr(features.Unit(line=1, text=""), trigger)


def test_every_boilerplate_head_opens_the_shared_way() -> None:
    # patterns.BOILERPLATE_ANY_HEAD strips this opening from each head and anchors it once
    for kind, pattern, _ in P.BOILERPLATE_HEADS:
        assert pattern.pattern.startswith(P.HEAD_START + "("), kind
