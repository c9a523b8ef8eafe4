"""newsparse explain reports in a real browser: Debian's Chromium (/usr/bin/chromium)
driven by Playwright, never a downloaded browser.

Every block of the article is in the page with its role's colour, the role toggles hide
and show, the jump buttons and the rule meanings work, nothing is requested beyond the
file itself, nothing is logged as an error, and hostile page text runs no script. The
reference dump's screenshots and the 10,000-line report's measurements are written to
tmp/artifacts/explain/.

Skipped when Chromium or Playwright is missing, except under CI=true, where that fails.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, Role
from newsparse.explain import ROLE_COLOURS, explain, rule_meanings
from tests.explain_helpers import (
    ARTIFACTS,
    CORPUS,
    HOSTILE,
    HOSTILE_URL,
    SEED,
    big_dump,
    corpus_picks,
    hostile_article,
    hostile_dump,
    hostile_page,
)

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    why = _unavailable()
    if why is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {why}")
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def browser(chromium: Any) -> Iterator[Any]:
    """The browser; the contexts a test opened are closed after it."""
    yield chromium
    for context in chromium.contexts:
        context.close()


@dataclass
class Opened:
    """A report open in a page, with everything the page asked for or complained about."""

    page: Any
    uri: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def other_requests(self) -> list[str]:
        return [r for r in self.requests if r != self.uri]


def open_report(
    browser: Any,
    html: str,
    path: Path,
    *,
    bypass_csp: bool = False,
) -> Opened:
    path.write_text(html, encoding="utf-8")
    context = browser.new_context(bypass_csp=bypass_csp, viewport={"width": 1280, "height": 860})
    page = context.new_page()
    opened = Opened(page, path.as_uri())
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("requestfailed", lambda r: opened.failed.append((r.url, r.failure or "")))

    def dialog(d: Any) -> None:
        opened.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(opened.uri)
    _frame(page)
    return opened


def _frame(page: Any) -> None:
    """Wait until the page has drawn a frame."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


_BLOCKS_JS = """() => Array.from(document.querySelectorAll('#blocks .b')).map(b => [
  b.id, b.dataset.role, b.dataset.kind, b.dataset.rule, Number(b.dataset.line),
  b.querySelector('.t').textContent, getComputedStyle(b).borderLeftColor,
  b.getBoundingClientRect().height > 0])"""
_SWATCHES_JS = """() => Object.fromEntries(Array.from(document.querySelectorAll('#legend label'))
  .map(l => [l.querySelector('input').value, getComputedStyle(l.querySelector('.sw'))
  .backgroundColor]))"""
_VISIBLE_JS = """() => { const n = {}; for (const b of document.querySelectorAll('#blocks .b'))
  { if (b.offsetParent !== null) n[b.dataset.role] = (n[b.dataset.role] || 0) + 1; } return n; }"""


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[k : k + 2], 16) for k in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assert_blocks_shown(opened: Opened, article: Article) -> None:
    """Every block is in the page, in order, shown, with its data and its role's colour
    (the same as the legend's swatch)."""
    shown = opened.page.evaluate(_BLOCKS_JS)
    swatches = opened.page.evaluate(_SWATCHES_JS)
    assert swatches == {r.value: _rgb(c) for r, c in ROLE_COLOURS.items()}
    assert len(shown) == len(article.blocks)
    for k, (b, s) in enumerate(zip(article.blocks, shown, strict=True)):
        want = [f"b{k}", b.role.value, b.kind.value, b.reason, b.line, _norm(b.text)]
        assert s[:6] == want
        assert s[6] == swatches[b.role.value], (k, s)
        assert s[7], f"block {k} is not drawn"


def assert_clean(opened: Opened) -> None:
    assert opened.other_requests == []
    assert opened.errors == []
    assert opened.dialogs == []


def _counts(article: Article) -> dict[str, int]:
    return dict(Counter(b.role.value for b in article.blocks))


def assert_toggles(opened: Opened, article: Article) -> None:
    """Each role's checkbox hides exactly that role's blocks, and shows them again."""
    page, counts = opened.page, _counts(article)
    assert page.evaluate(_VISIBLE_JS) == counts
    for role in counts:
        page.click(f"#show-{role}")
        assert page.evaluate(_VISIBLE_JS) == {r: n for r, n in counts.items() if r != role}
        page.click(f"#show-{role}")
        assert page.evaluate(_VISIBLE_JS) == counts


#: The jump buttons' data-jump values, and the roles each stops at.
JUMPS = {"body heading": {Role.BODY, Role.HEADING}, "boilerplate": {Role.BOILERPLATE}}


def _selected(page: Any) -> int:
    sel = page.get_attribute("#blocks .b.sel", "id") if page.query_selector(".b.sel") else None
    return int(sel[1:]) if sel else -1


def assert_jumps_and_meanings(opened: Opened, article: Article) -> None:
    """The jump buttons select the next and previous body / boilerplate block, scroll it
    into view and show its rule's meaning; hovering a block shows the meaning too."""
    page, meanings = opened.page, rule_meanings()
    for jump, roles in JUMPS.items():
        button = f'button[data-jump="{jump}"]'
        start = _selected(page)
        wanted = [k for k, b in enumerate(article.blocks) if b.role in roles and k > start][:3]
        for k in wanted:
            page.click(f'{button}[data-step="1"]')
            assert _selected(page) == k
            b = article.blocks[k]
            detail = page.text_content("#detail") or ""
            assert f"line {b.line} · {b.role.value} · {b.kind.value} · rule {b.reason}" in detail
            assert detail.endswith(meanings[b.reason])
            top = page.evaluate(
                "() => document.querySelector('.b.sel').getBoundingClientRect().top"
            )
            assert 0 <= top < page.viewport_size["height"]
        if len(wanted) > 1:
            page.click(f'{button}[data-step="-1"]')
            assert _selected(page) == wanted[-2]
    first = article.blocks[0]
    page.hover("#b0")
    assert page.get_attribute("#b0", "title") == f"{first.reason}: {meanings[first.reason]}"


def _check_page(
    browser: Any, article: Article, tmp_path: Path, name: str, *, lift_csp: bool = True
) -> Opened:
    html = explain(article)
    opened = open_report(browser, html, tmp_path / f"{name}.html")
    assert_blocks_shown(opened, article)
    assert_toggles(opened, article)
    assert_jumps_and_meanings(opened, article)
    assert_clean(opened)
    if lift_csp:  # the markup itself references nothing: with the CSP lifted, no request
        bare = open_report(browser, html, tmp_path / f"{name}-nocsp.html", bypass_csp=True)
        assert_clean(bare)
    return opened


def test_reference_dump(browser: Any, tmp_path: Path) -> None:
    article = newsparse.parse_file(SEED)
    _check_page(browser, article, tmp_path, "seed")
    # screenshots of a fresh page: as it opens, a caption selected, boilerplate hidden
    page = open_report(browser, explain(article), tmp_path / "shots.html").page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed.png"))
    page.screenshot(path=str(ARTIFACTS / "seed-full.png"), full_page=True)
    caption = page.locator("#blocks .fig .b.r-caption").first
    caption.scroll_into_view_if_needed()
    caption.click()
    page.evaluate("() => window.scrollBy(0, 200)")
    _frame(page)
    page.screenshot(path=str(ARTIFACTS / "seed-caption.png"))
    page.click("#show-boilerplate")
    page.click('button[data-jump="body heading"][data-step="-1"]')
    _frame(page)
    page.screenshot(path=str(ARTIFACTS / "seed-no-boilerplate.png"))
    # a jump to hidden boilerplate shows the boilerplate again
    page.click('button[data-jump="boilerplate"][data-step="1"]')
    assert page.is_checked("#show-boilerplate")
    assert page.evaluate(_VISIBLE_JS) == _counts(article)
    assert article.blocks[_selected(page)].role is Role.BOILERPLATE
    assert (ARTIFACTS / "seed.png").stat().st_size > 10_000


@pytest.mark.skipif(not (CORPUS / "manifest.jsonl").exists(), reason="corpus not present")
@pytest.mark.parametrize("item", corpus_picks(), ids=lambda d: str(d["id"]))
def test_corpus_page(browser: Any, tmp_path: Path, item: dict[str, Any]) -> None:
    article = newsparse.parse_file(CORPUS / item["path"], url=item.get("url"))
    opened = _check_page(browser, article, tmp_path, "page", lift_csp=False)
    lang = article.language or ""
    assert opened.page.evaluate("() => document.documentElement.lang") == lang
    if lang in ("zh", "ja", "ko"):
        own = {"zh": "SC", "ja": "JP", "ko": "KR"}[lang]
        font = opened.page.evaluate(
            "() => getComputedStyle(document.querySelector('#blocks .t')).fontFamily"
        )
        faces = [f.strip().strip('"') for f in font.split(",")]
        cjk = [f for f in faces if f.startswith("Noto Sans CJK")]
        assert cjk[0] == f"Noto Sans CJK {own}", faces  # the page's own script's faces first
        assert len(cjk) == 3


@pytest.mark.parametrize("kind", ["dump", "page", "article"])
def test_hostile_text_runs_no_script(browser: Any, tmp_path: Path, kind: str) -> None:
    if kind == "dump":
        article = newsparse.parse(hostile_dump(), format="text", url=HOSTILE_URL)
    elif kind == "page":
        article = newsparse.parse(hostile_page(), format="html", url=HOSTILE_URL)
    else:
        article = hostile_article()
    html = explain(article)
    for bypass_csp in (False, True):  # escaping alone must hold, and the CSP on top
        opened = open_report(
            browser, html, tmp_path / f"{kind}{bypass_csp}.html", bypass_csp=bypass_csp
        )
        page = opened.page
        for b in page.query_selector_all("#blocks .b")[:5]:
            b.click()
        assert page.evaluate("() => window.__pwned") is None
        assert page.evaluate("() => document.scripts.length") == 1
        assert (
            page.evaluate("() => document.querySelectorAll('img, iframe, svg, link, base').length")
            == 0
        )
        assert_clean(opened)
        assert_blocks_shown(opened, article)
        shown = page.text_content("#blocks")
        assert sum(h in shown for h in HOSTILE) >= len(HOSTILE) - 1  # shown as text
        assert page.title() == f"newsparse explain: {article.title or '(no title found)'}"


def test_csp_blocks_what_a_script_might_inject(browser: Any, tmp_path: Path) -> None:
    """The policy itself: an inline script or an image added to the page later (as a hole
    in the escaping would add it) neither runs nor loads."""
    opened = open_report(browser, explain(newsparse.parse_file(SEED)), tmp_path / "r.html")
    page = opened.page
    page.evaluate(
        """() => { const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1'; document.body.appendChild(s);
        const i = document.createElement('img'); i.src = 'http://127.0.0.1:9/x.png';
        document.body.appendChild(i); }"""
    )
    _frame(page)
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    # Chromium reports the image's request, and that the policy stopped it before it left
    assert [(url, "csp" in why.lower()) for url, why in opened.failed] == [
        ("http://127.0.0.1:9/x.png", True)
    ]
    assert any("Content Security Policy" in e for e in opened.errors)


def test_ten_thousand_lines_open_and_scroll_smoothly(browser: Any, tmp_path: Path) -> None:
    text = big_dump(10_000)
    if text is None:
        pytest.skip("the corpus holds fewer than 10,000 lines of Chromium dumps")
    article = newsparse.parse(text, format="text")
    t0 = time.perf_counter()
    html = explain(article)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    opened = open_report(browser, html, tmp_path / "big.html")
    page = opened.page
    opened_s = time.perf_counter() - t0
    timing = page.evaluate(
        """() => { const n = performance.getEntriesByType('navigation')[0];
        const p = performance.getEntriesByName('first-contentful-paint')[0];
        return {dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: p ? p.startTime : null}; }"""
    )
    frames = page.evaluate(
        """async () => { const H = document.documentElement.scrollHeight, t = [];
        let last = performance.now();
        for (let y = 0; y < H; y += 600) { window.scrollTo(0, y);
          await new Promise(r => requestAnimationFrame(r));
          const now = performance.now(); t.push(now - last); last = now; }
        return t; }"""
    )
    t0 = time.perf_counter()
    page.click("#show-boilerplate")
    _frame(page)
    toggle_s = time.perf_counter() - t0
    result = {
        "lines": 10_000,
        "blocks": len(article.blocks),
        "bytes": len(html.encode()),
        "explain_s": round(build, 3),
        "goto_and_first_frame_s": round(opened_s, 3),
        "dom_content_loaded_ms": round(timing["dom"]),
        "load_ms": round(timing["load"]),
        "first_contentful_paint_ms": timing["fcp"] and round(timing["fcp"]),
        "scroll_frames": len(frames),
        "scroll_frame_median_ms": round(statistics.median(frames), 1),
        "scroll_frame_p95_ms": round(sorted(frames)[int(len(frames) * 0.95)], 1),
        "toggle_boilerplate_s": round(toggle_s, 3),
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "ten-thousand-lines.json").write_text(json.dumps(result, indent=2) + "\n")
    print(result)
    assert_clean(opened)
    assert page.evaluate("() => document.querySelectorAll('#blocks .b').length") == len(
        article.blocks
    )
    assert timing["load"] < 10_000
    # Scrolling 600 px a frame through the whole report at 20 frames a second or better
    # (60 on a quiet machine: median 16.7 ms; blocks drawn lazily with content-visibility:
    # auto took 50-70 ms, with blank blocks until drawn).
    assert result["scroll_frame_median_ms"] <= 50
