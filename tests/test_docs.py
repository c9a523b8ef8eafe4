"""The docs stay in sync with the code: API names, model fields, rules, CLI options, links."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import pytest

import newsparse
from newsparse import cli, rules
from newsparse.models import Article, Block, Image, ImageRole, Kind, Role

DOCS = Path(__file__).resolve().parents[1] / "docs"


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """'## Heading' -> the text under it."""
    parts = re.split(r"^## (.+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


def table_names(text: str) -> list[str]:
    """The first-column code names of the Markdown table rows in ``text``."""
    return re.findall(r"^\| (?:\d+ \| )?`([^`]+)` \|", text, flags=re.M)


def resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(dotted)


API_HEADINGS = re.findall(r"^### `([\w.]+)`$", read("api.md"), flags=re.M)


def test_every_public_name_is_in_api_md() -> None:
    missing = [n for n in newsparse.__all__ if f"newsparse.{n}" not in API_HEADINGS]
    assert not missing, f"add a '### `newsparse.NAME`' entry to docs/api.md for {missing}"


@pytest.mark.parametrize("dotted", API_HEADINGS)
def test_every_documented_name_exists(dotted: str) -> None:
    resolve(dotted)


def test_model_md_lists_every_field_and_value() -> None:
    secs = sections(read("model.md"))
    models: list[tuple[str, list[str]]] = [
        (m.__name__, [*m.model_fields, *m.model_computed_fields]) for m in (Article, Image)
    ]
    models.append(("Block", [f.name for f in dataclasses.fields(Block)]))
    for name, fields in models:
        listed = table_names(secs[name])
        assert [n for n in listed if n in fields] == fields, f"{name} fields in docs/model.md"
        assert set(listed) <= set(fields) | {"body", "captions", "boilerplate", "to_markdown()"}
    for enum, title in (
        (Role, "Roles (`Role`)"),
        (Kind, "Kinds (`Kind`)"),
        (ImageRole, "Image roles (`ImageRole`)"),
    ):
        assert table_names(secs[title]) == [m.value for m in enum], (
            f"{enum.__name__} in docs/model.md"
        )


def test_rules_md_lists_the_rule_table() -> None:
    table = sections(read("rules.md"))["The rule table"]
    assert table_names(table) == [r.name for r in rules.RULES], (
        "docs/rules.md's rule table differs from rules.RULES: update the table"
    )


def test_cli_md_documents_every_option() -> None:
    text = read("cli.md")
    parser = cli._parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():  # type: ignore[union-attr]
        assert f"newsparse {name}" in text
        for action in subparser._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help":
                    assert opt in text, f"{opt} of 'newsparse {name}' is not in docs/cli.md"


@pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md")))
def test_relative_links_resolve(page: str) -> None:
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", read(page)):
        if "://" not in target:
            assert (DOCS / target).exists(), f"{page} links to missing {target}"
