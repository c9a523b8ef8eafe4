"""docs/article.schema.json is the committed JSON Schema of Article; keep them equal."""

from __future__ import annotations

import json
from pathlib import Path

from newsparse import Article

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "article.schema.json"


def test_committed_schema_matches_model() -> None:
    current = Article.model_json_schema(mode="serialization")
    committed = json.loads(SCHEMA.read_text())
    assert committed == current, (
        "docs/article.schema.json is stale: run "
        "`python -c 'import json,newsparse;print(json.dumps(newsparse.Article.model_json_schema("
        'mode="serialization"),indent=2,ensure_ascii=False))\' > docs/article.schema.json`'
    )


def test_every_field_is_documented() -> None:
    schema = Article.model_json_schema(mode="serialization")
    for defn in [schema, *schema.get("$defs", {}).values()]:
        for name, prop in defn.get("properties", {}).items():
            assert prop.get("description"), f"{defn.get('title')}.{name} has no description"
