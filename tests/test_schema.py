"""docs/article.schema.json is the committed JSON Schema of Article; keep them equal."""

from __future__ import annotations

import json
from pathlib import Path

from newsparse import Article
from newsparse.batch import article_schema, record_schema

DOCS = Path(__file__).resolve().parents[1] / "docs"
SCHEMA = DOCS / "article.schema.json"


def test_committed_schema_matches_model() -> None:
    current = article_schema()
    assert {k: v for k, v in current.items() if k != "$schema"} == Article.model_json_schema(
        mode="serialization"
    )
    committed = json.loads(SCHEMA.read_text())
    assert committed == current, (
        "docs/article.schema.json is stale: run `newsparse schema > docs/article.schema.json`"
    )
    committed = json.loads((DOCS / "record.schema.json").read_text())
    assert committed == record_schema(), (
        "docs/record.schema.json is stale: run "
        "`newsparse schema --record > docs/record.schema.json`"
    )


def test_every_field_is_documented() -> None:
    schema = Article.model_json_schema(mode="serialization")
    for defn in [schema, *schema.get("$defs", {}).values()]:
        for name, prop in defn.get("properties", {}).items():
            assert prop.get("description"), f"{defn.get('title')}.{name} has no description"
