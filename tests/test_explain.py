"""newsparse.explain without a browser: the report holds every block exactly, escapes
everything, carries a CSP that matches its own style and script, and every rule a block
can name has a meaning. (tests/test_explain_browser.py renders it in Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html import escape
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, Evidence, Role, cli, rules
from newsparse.explain import CSP, ROLE_COLOURS, UNKNOWN_RULE, explain, rule_meanings
from tests.explain_helpers import (
    CORPUS,
    HOSTILE,
    HOSTILE_URL,
    SEED,
    Report,
    corpus_sample,
    hostile_article,
    hostile_dump,
    hostile_page,
)


def _norm(text: str) -> str:
    """What an HTML parser makes of a text: CR LF and CR read as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assert_report_holds(article: Article, html: str) -> Report:
    """Every block is in the report once, in order, with its role, kind, rule, line and
    exact text; the only script and style are the report's own."""
    report = Report(html)
    got = [
        (b["id"], b["data-role"], b["data-kind"], b["data-rule"], b["data-line"], b["text"])
        for b in report.blocks
    ]
    want = [
        (f"b{k}", b.role.value, b.kind.value, b.reason, str(b.line), _norm(b.text))
        for k, b in enumerate(article.blocks)
    ]
    assert got == want
    assert len(report.scripts) == 1 and len(report.styles) == 1
    assert [t for t, _ in report.elements].count("meta") == 4
    return report


def test_rule_meanings_cover_the_rule_table_in_whole_sentences() -> None:
    meanings = rule_meanings()
    assert list(meanings) == [r.name for r in rules.RULES]
    for name, meaning in meanings.items():
        assert meaning, f"rule {name} has no docstring"
        assert "\n" not in meaning and "  " not in meaning
        # the whole summary, not a docstring's first physical line cut mid-sentence
        assert meaning.endswith((".", ")")), f"rule {name}: {meaning!r}"


def test_the_meaning_is_the_rules_docstring() -> None:
    meanings = rule_meanings()
    for rule in rules.RULES:
        doc = " ".join((rule.function.__doc__ or "").split())
        assert doc.startswith(meanings[rule.name])


def _sample() -> list[dict[str, Any]]:
    return corpus_sample(16)


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
def test_every_reason_in_a_corpus_sample_has_a_meaning_and_a_faithful_report() -> None:
    meanings = rule_meanings()
    seen: set[str] = set()
    sample = _sample()
    assert sample
    for d in sample:
        article = newsparse.parse_file(CORPUS / d["path"], url=d.get("url"))
        seen.update(b.reason for b in article.blocks)
        html = explain(article)
        assert escape(UNKNOWN_RULE) not in html, d["id"]
        assert_report_holds(article, html)
    assert seen <= set(meanings), f"reasons without a rule: {seen - set(meanings)}"


def test_seed_report() -> None:
    article = newsparse.parse_file(SEED)
    html = explain(article)
    report = assert_report_holds(article, html)
    assert report.title == f"newsparse explain: {article.title}"
    # the legend: one toggle per role, with its count; one row per rule used, with its count
    for role in Role:
        n = sum(b.role is role for b in article.blocks)
        assert re.search(rf'value="{role.value}" checked>.*?<span class="n">{n}</span>', html)
    meanings = rule_meanings()
    for reason in {b.reason for b in article.blocks}:
        n = sum(b.reason == reason for b in article.blocks)
        row = f'<tr data-rule="{reason}"><td><code>{reason}</code><span class="meaning">'
        assert f'{row}{escape(meanings[reason])}</span></td><td class="c">{n}</td></tr>' in html
    # where metadata was found: the dateline holds published_text, the headline the title
    k = next(k for k, b in enumerate(article.blocks) if b.reason == "dateline")
    assert article.published_text and article.published_text in article.blocks[k].text
    assert re.search(rf'<th scope="row">published</th>.*?<a href="#b{k}">', html)
    t = next(k for k, b in enumerate(article.blocks) if b.role is Role.TITLE)
    assert re.search(rf'<th scope="row">title</th>.*?<a href="#b{t}">', html)
    assert f'<th scope="row">confidence</th><td>{article.confidence:.2f}</td>' in html


def test_captions_are_framed_with_their_image() -> None:
    article = newsparse.parse_file(SEED)
    html = explain(article)
    captioned = [img for img in article.images if img.caption]
    assert captioned
    figures = re.findall(r'<div class="fig r-image">\n((?:<div class="b .*?</div>\n)+)', html)
    assert len(figures) == len(captioned)
    for fig, img in zip(figures, captioned, strict=True):
        roles = re.findall(r'data-role="(\w+)"', fig)
        assert roles[0] == "image" and set(roles[1:]) == {"caption"}
        assert f'data-line="{img.line}"' in fig
        assert f">{img.caption}</p>" in fig


def test_roles_have_distinct_colours() -> None:
    assert list(ROLE_COLOURS) == list(Role)
    assert len(set(ROLE_COLOURS.values())) == len(Role)


def test_csp_forbids_loading_and_allows_only_the_own_style_and_script() -> None:
    html = explain(newsparse.parse_file(SEED))
    report = Report(html)
    head = [t for t, _ in report.elements[:4]]
    assert head == ["html", "head", "meta", "meta"]
    csp = report.elements[2][1]
    assert csp == {"http-equiv": "Content-Security-Policy", "content": CSP}
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["default-src"] == "'none'"
    for name in ("img-src", "font-src", "connect-src", "frame-src", "base-uri", "form-action"):
        assert directives[name] == "'none'"

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert directives["script-src"] == sha(report.scripts[0])
    assert directives["style-src"] == sha(report.styles[0])


def _assert_inert(article: Article, html: str) -> None:
    report = assert_report_holds(article, html)
    for tag, attrs in report.elements:
        assert tag not in ("img", "iframe", "link", "base", "svg", "object", "embed"), tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("href", "src"):
            assert not attrs.get(name, "#").lower().startswith(("javascript", "http")), attrs
    assert "window.__pwned" not in report.scripts[0]


def test_hostile_article_is_escaped_everywhere() -> None:
    article = hostile_article()
    html = explain(article)
    _assert_inert(article, html)
    report = Report(html)
    assert report.title == f"newsparse explain: {article.title}"
    assert report.elements[0] == ("html", {})  # a language tag that is not one is left out
    assert escape(f"src “{HOSTILE_URL}”") in html
    assert escape(UNKNOWN_RULE) in html


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_hostile_page_is_escaped(fmt: str) -> None:
    data = hostile_dump() if fmt == "text" else hostile_page()
    article = newsparse.parse(data, format=fmt, url=HOSTILE_URL)
    shown = "".join(b.text for b in article.blocks)
    assert sum(h in shown for h in HOSTILE) >= len(HOSTILE) - 1  # the page does carry it
    _assert_inert(article, explain(article))


def test_confidence_is_shown_and_evidence_links_its_block() -> None:
    article = newsparse.parse_file(SEED).model_copy(update={"confidence": 0.8765})
    html = explain(article)
    assert '<th scope="row">confidence</th><td>0.88</td>' in html
    # the published time: where the parse read it (Article.evidence), linked to that block
    evidence = article.evidence["published"]
    assert evidence.origin.startswith("line:")
    k = next(k for k, b in enumerate(article.blocks) if f"line:{b.line}" == evidence.origin)
    row = re.search(r'<th scope="row">published</th>.*?</tr>', html)
    assert row is not None
    assert f'<a href="#b{k}">' in row.group(0) and f"<code>{evidence.rule}</code>" in row.group(0)
    # a declared value says where the page declared it
    declared = Evidence(origin="meta:article:published_time", rule="declared")
    html = explain(article.model_copy(update={"evidence": {"published": declared}}))
    assert "meta:article:published_time · rule <code>declared</code>" in html


def test_an_article_without_blocks() -> None:
    html = explain(Article())
    report = assert_report_holds(Article(), html)
    assert "(no title found)" in report.title


def test_cli_explain_writes_the_report(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert cli.main(["explain", str(SEED), "-o", str(out), "--format", "text"]) == 0
    assert out.read_text(encoding="utf-8") == explain(newsparse.parse_file(SEED))


def test_cli_explain_reads_stdin_and_takes_a_url(tmp_path: Path) -> None:
    args = cli._parser().parse_args(["explain", "-", "--url", "https://example.com/a"])
    stdout, stderr = io.StringIO(), io.StringIO()
    status = cli.cmd_explain(args, io.BytesIO(SEED.read_bytes()), stdout, stderr)
    assert status == 0 and not stderr.getvalue()
    article = newsparse.parse(SEED.read_bytes(), url="https://example.com/a")
    assert stdout.getvalue() == explain(article)
    assert "https://example.com/a" in stdout.getvalue()


def test_cli_explain_reports_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert cli.main(["explain", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "FileNotFoundError" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    assert cli.main(["explain", str(empty), "-o", str(out)]) == 1
    assert "EmptyInputError" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["explain", str(SEED), "--format", "pdf"]) == 2
