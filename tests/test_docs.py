"""The docs stay in sync with the code: API names, model fields, rules, CLI options, links."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
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


# --- every fenced Python and shell example runs ------------------------------------------
#
# Every ```python / ```sh block of README.md and docs/*.md is run, as written, unless the
# line just above its fence is `<!-- not run: REASON -->` (a signature, an excerpt of the
# source, a cluster or a network service CI does not have, a long-running tool); the
# reason must be given. Blocks run one by one in a fresh temporary folder that holds the
# files the examples name (page.html, page.txt, dumps/, crawl.warc.gz, articles.jsonl,
# tests/fixtures/reference/seed/input.txt, docs/), with this environment's `newsparse` and
# `python` first on PATH. Blocks that set up a virtual environment from a checkout run in
# a temporary copy of the repository. Nothing is written in the repository itself.

ROOT = DOCS.parent
FENCE = re.compile(r"^( *)```(\w*)\s*$")
NOT_RUN = re.compile(r"^\s*<!-- not run: (.+?) -->\s*$")
RUN_LANGS = {"python": "python", "sh": "sh", "bash": "sh", "shell": "sh"}


@dataclasses.dataclass(frozen=True)
class Example:
    page: str
    line: int
    lang: str
    code: str
    skip: str | None

    def __str__(self) -> str:
        return f"{self.page}:{self.line}"


def doc_examples() -> list[Example]:
    out: list[Example] = []
    for page in [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        lines = page.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            m = FENCE.match(lines[i])
            if not m or not m.group(2):
                i += 1
                continue
            indent, lang, start = len(m.group(1)), m.group(2), i
            i += 1
            body = []
            while not lines[i].strip().startswith("```"):
                body.append(lines[i][indent:])
                i += 1
            i += 1
            if lang in RUN_LANGS:
                skip = NOT_RUN.match(lines[start - 1]) if start else None
                out.append(
                    Example(
                        str(page.relative_to(ROOT)),
                        start + 1,
                        RUN_LANGS[lang],
                        "\n".join(body) + "\n",
                        skip.group(1) if skip else None,
                    )
                )
    return out


EXAMPLES = doc_examples()
#: The examples run: one per distinct code (docs/index.md repeats the README quick start).
RUN = list({e.code: e for e in reversed(EXAMPLES) if e.skip is None}.values())[::-1]


def test_examples_found_and_every_skip_has_a_reason() -> None:
    assert len(EXAMPLES) > 30 and len(RUN) >= 13
    assert all(len(e.skip) > 10 for e in EXAMPLES if e.skip is not None)
    signatures = [e for e in EXAMPLES if e.skip == "a signature, not a program"]
    assert all(re.match(r"[a-z_]+\(", e.code) for e in signatures)


def test_ci_runs_the_readme_test_command() -> None:
    """The README's test set-up is the one example not run here: CI runs it (.ci/run)."""
    (ex,) = [e for e in EXAMPLES if "-m pytest" in e.code and e.page == "README.md"]
    assert ex.skip is not None
    assert ex.code.strip() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files the examples name, built once (copied afresh for every example)."""
    import shutil

    from tests.warc_helpers import HTML_PAGE, SEED, sample_warc

    base = tmp_path_factory.mktemp("docfiles")
    (base / "page.html").write_bytes(HTML_PAGE)
    shutil.copy(SEED, base / "page.txt")
    (base / "dumps").mkdir()
    for i in range(3):
        shutil.copy(SEED, base / "dumps" / f"story-{i}.txt")
    (base / "tests" / "fixtures" / "reference" / "seed").mkdir(parents=True)
    shutil.copy(SEED, base / "tests" / "fixtures" / "reference" / "seed" / "input.txt")
    (base / "docs").mkdir()
    if importlib.util.find_spec("warcio") is not None:
        sample_warc(base / "crawl.warc.gz")
    assert cli.main(["parse", str(base / "dumps"), "-q", "-o", str(base / "articles.jsonl")]) == 0
    return base


def _repo_copy(dest: Path) -> Path:
    import shutil

    ignore = shutil.ignore_patterns(".venv*", ".git", "__pycache__", "*.egg-info", ".*_cache")
    shutil.copytree(ROOT, dest, ignore=ignore)
    return dest


@pytest.mark.parametrize("example", RUN, ids=str)
def test_doc_example_runs(example: Example, workdir: Path, tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    if "warc" in example.code and importlib.util.find_spec("warcio") is None:
        pytest.skip("warcio is not installed")
    if "dask" in example.code and importlib.util.find_spec("dask.distributed") is None:
        pytest.skip("dask is not installed")
    if "python3 -m venv .venv" in example.code:  # sets up a checkout: in a copy of it
        cwd = _repo_copy(tmp_path / "repo")
    else:
        cwd = tmp_path / "work"
        shutil.copytree(workdir, cwd)
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["PYTHONPATH"] = ""  # the installed newsparse, as a reader would have it
    if example.lang == "python":
        (cwd / "example.py").write_text(example.code, encoding="utf-8")
        argv = [sys.executable, "example.py"]
    else:
        argv = ["bash", "-euo", "pipefail", "-c", example.code]
    before = sorted(p.name for p in ROOT.iterdir())
    proc = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, encoding="utf-8"
    )
    assert proc.returncode == 0, f"{example} failed:\n{proc.stderr[-3000:]}"
    assert sorted(p.name for p in ROOT.iterdir()) == before, f"{example} wrote in the repo"


def test_model_md_names_real_rules_for_each_kind() -> None:
    """The Rules column of the Kinds table names rules of rules.RULES (``caption_*``: a
    prefix)."""
    names = [r.name for r in rules.RULES]
    table = sections(read("model.md"))["Kinds (`Kind`)"]
    rows = re.findall(r"^\| `(\w+)` \| `\w+` \| .* \| (.+) \|$", table, flags=re.M)
    listed = {kind: re.findall(r"`([\w*]+)`", cell) for kind, cell in rows}
    for _kind, cited in listed.items():
        for rule in cited:
            prefix = rule.endswith("*") and rule[:-1]
            assert any(n == rule or (prefix and n.startswith(prefix)) for n in names), rule
