"""See why every line went where it went: an :class:`~newsparse.models.Article` as one
self-contained HTML report.

:func:`explain` renders the article's metadata (with the block each value was found in),
every block in reading order coloured by role with its kind, the rule that decided it and
its line, captions together with their image, and a legend with counts per role and per
rule, toggles that hide and show each role, and buttons that jump between body and
boilerplate. Hovering a block shows its rule's one-line meaning, clicking it shows the
block's details; the meanings come from the rule functions' docstrings
(:func:`rule_meanings`), so they never drift from the code.

The page text is untrusted: every piece of it goes through :func:`html.escape`, none of it
into a URL, a style or a script, and the report carries a Content-Security-Policy that
allows only its own inline style and script (by hash) and forbids loading anything.
Standard library only; ``newsparse explain`` is the command line for it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from html import escape
from typing import Final

from newsparse.assemble import PAGE_IMAGE_KINDS
from newsparse.models import Article, Block, Evidence, Image, Role
from newsparse.rules import meanings

# --------------------------------------------------------------------------------------
# The rules' meanings
# --------------------------------------------------------------------------------------


def rule_meanings() -> dict[str, str]:
    """Rule name -> its one-line meaning, for every rule of :data:`newsparse.rules.RULES`:
    :attr:`newsparse.rules.Rule.meaning`, the first paragraph of the rule's docstring on
    one line."""
    return meanings()


#: The report's heading when the article has no title.
NO_TITLE: Final = "(no title found)"
#: What the report says for a reason that no rule of the table carries (an article
#: loaded from the JSON of another version of newsparse, say).
UNKNOWN_RULE: Final = "(no rule of this name in the rule table of this version)"

# --------------------------------------------------------------------------------------
# The page's fixed parts: style and script (hashed into the Content-Security-Policy)
# --------------------------------------------------------------------------------------

#: Each role's colour, in the order of the legend. Boilerplate is grey: dimmed, not hidden.
ROLE_COLOURS: Final[dict[Role, str]] = {
    Role.TITLE: "#7b3fb8",
    Role.METADATA: "#b7791f",
    Role.BODY: "#2f855a",
    Role.HEADING: "#2b6cb0",
    Role.CAPTION: "#c05621",
    Role.IMAGE: "#00838f",
    Role.BOILERPLATE: "#8a94a3",
}

#: Latin faces first, then CJK faces per script; ``:lang()`` puts the page language's own
#: CJK faces first (one Han character is drawn differently in Chinese, Japanese and Korean).
_SANS = '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans"'
_CJK: Final[dict[str, str]] = {
    "zh": '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei"',
    "ja": '"Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo"',
    "ko": '"Noto Sans CJK KR", "Source Han Sans KR", "Apple SD Gothic Neo", "Malgun Gothic"',
}


def _font_stack(first: str) -> str:
    rest = [v for k, v in _CJK.items() if k != first]
    return ", ".join([_SANS, _CJK[first], *rest, "sans-serif"])


_STYLE: Final = (
    ":root{color-scheme:light;--fg:#1a202c;--muted:#5a6473;--line:#e2e8f0}"
    "*{box-sizing:border-box}"
    f"html{{font-family:{_font_stack('zh')};font-size:15px;line-height:1.55;color:var(--fg)}}"
    f":lang(ja){{font-family:{_font_stack('ja')}}}"
    f":lang(ko){{font-family:{_font_stack('ko')}}}"
    "body{margin:0;background:#f7f8fa}"
    'code,.mono{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;'
    "font-size:.85em}"
    "#top{padding:16px 24px 8px;background:#fff;border-bottom:1px solid var(--line)}"
    "#top h1{margin:0 0 2px;font-size:1.45rem;line-height:1.3}"
    "#top .tool{color:var(--muted);font-size:.8rem;margin:0 0 10px}"
    ".meta{border-collapse:collapse;font-size:.88rem}"
    ".meta th{text-align:left;font-weight:600;color:var(--muted);padding:1px 16px 1px 0;"
    "white-space:nowrap;vertical-align:top}"
    ".meta td{padding:1px 24px 1px 0;vertical-align:top;overflow-wrap:anywhere;"
    "max-width:60ch}"
    ".meta td.from{color:var(--muted);font-size:.8rem;padding-top:.2em}"
    ".meta .none{color:#a0a8b4}"
    ".warn{margin:8px 0 0;padding:6px 10px;background:#fff8e1;border:1px solid #f0d98a;"
    "border-radius:4px;font-size:.85rem}"
    ".warn ul{margin:2px 0 0;padding-left:20px}"
    "#wrap{display:flex;align-items:flex-start}"
    "#legend{position:sticky;top:0;width:330px;flex:none;max-height:100vh;overflow:auto;"
    "padding:12px 14px;font-size:.85rem;background:#fff;border-right:1px solid var(--line)}"
    "#legend h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;"
    "color:var(--muted);margin:10px 0 4px}"
    "#legend label{display:flex;align-items:center;gap:6px;padding:1px 0;cursor:pointer}"
    "#legend label .n{margin-left:auto;color:var(--muted)}"
    ".sw{display:inline-block;width:12px;height:12px;border-radius:2px;background:var(--c)}"
    ".jump{display:grid;grid-template-columns:1fr auto auto;gap:4px;align-items:center}"
    ".jump button{font:inherit;padding:1px 8px;border:1px solid #cbd2dc;border-radius:3px;"
    "background:#f4f6f9;cursor:pointer}"
    ".jump button:hover{background:#e6ebf2}"
    "#rules{border-collapse:collapse;width:100%}"
    "#rules td{padding:2px 4px 2px 0;vertical-align:top;border-top:1px solid #f0f2f5}"
    "#rules td.c{text-align:right;color:var(--muted)}"
    "#rules .meaning{display:block;color:var(--muted);font-size:.78rem;line-height:1.35}"
    "#blocks{flex:1;min-width:0;padding:12px 24px 80px}"
    ".b{position:relative;display:flex;gap:10px;margin:0 0 3px;padding:3px 8px;"
    "border-left:4px solid var(--c);background:var(--bg);border-radius:0 3px 3px 0;"
    "cursor:pointer}"
    ".b:hover{outline:1px solid var(--c)}"
    ".b.sel{outline:2px solid var(--c)}"
    ".b .ln{flex:none;width:4.2em;text-align:right;color:var(--muted);font-size:.8rem;"
    "padding-top:.15em}"
    ".b .t{flex:1;min-width:0;margin:0;white-space:pre-wrap;overflow-wrap:anywhere}"
    ".b .tag{flex:none;max-width:40%;text-align:right;font-size:.75rem;color:var(--muted);"
    "padding-top:.2em}"
    ".b .tag .rl{color:var(--fg)}"
    ".b .note{flex:none;max-width:30%;color:var(--muted);font-style:italic;font-size:.85em;"
    "overflow-wrap:anywhere}"
    ".r-title .t{font-size:1.25em;font-weight:700}"
    ".r-heading .t{font-weight:700}"
    ".r-boilerplate{color:#5f6877}"
    ".r-boilerplate .t{font-size:.92em}"
    ".fig{margin:6px 0 8px;padding:4px;border:1px dashed var(--c);border-radius:4px}"
    ".fig>.b:last-child{margin-bottom:0}"
    + "".join(
        f".r-{r.value}{{--c:{c};--bg:{c}{'12' if r is Role.BOILERPLATE else '1c'}}}"
        f"body.hide-{r.value} .b.r-{r.value}{{display:none}}"
        for r, c in ROLE_COLOURS.items()
    )
    + "#detail{position:fixed;left:0;right:0;bottom:0;padding:8px 24px;background:#1f2733;"
    "color:#f1f4f8;font-size:.85rem;min-height:2.4em;box-shadow:0 -2px 6px #0003}"
    "#detail b{color:#fff}"
    "#detail:empty{display:none}"
)

# The report's only script. It reads everything it needs from the document (the rule
# meanings from the legend's table) and writes only with textContent and classList.
_SCRIPT: Final = """(function () {
"use strict";
var body = document.body, main = document.getElementById("blocks");
var detail = document.getElementById("detail");
var all = main.getElementsByClassName("b"), current = -1, meanings = {};
Array.prototype.forEach.call(document.querySelectorAll("#rules tr[data-rule]"), function (tr) {
  meanings[tr.getAttribute("data-rule")] = tr.querySelector(".meaning").textContent;
});
function meaning(rule) {
  return Object.prototype.hasOwnProperty.call(meanings, rule) ? meanings[rule] : "";
}
Array.prototype.forEach.call(document.querySelectorAll("input.toggle"), function (box) {
  box.addEventListener("change", function () {
    body.classList.toggle("hide-" + box.value, !box.checked);
  });
});
function show(b) {
  if (current >= 0 && all[current]) { all[current].classList.remove("sel"); }
  current = Number(b.getAttribute("data-i"));
  b.classList.add("sel");
  var rule = b.getAttribute("data-rule");
  detail.textContent = "";
  var head = document.createElement("b");
  head.textContent = "line " + b.getAttribute("data-line") + " \\u00b7 " +
    b.getAttribute("data-role") + " \\u00b7 " + b.getAttribute("data-kind") +
    " \\u00b7 rule " + rule;
  detail.appendChild(head);
  detail.appendChild(document.createTextNode(" \\u2014 " + meaning(rule)));
}
main.addEventListener("mouseover", function (e) {
  var b = e.target.closest(".b");
  if (b && !b.title) {
    b.title = b.getAttribute("data-rule") + ": " + meaning(b.getAttribute("data-rule"));
  }
});
main.addEventListener("click", function (e) {
  var b = e.target.closest(".b");
  if (b) { show(b); }
});
function jump(roles, step) {
  var list = roles.split(" ");
  for (var k = current + step; k >= 0 && k < all.length; k += step) {
    var b = all[k];
    if (list.indexOf(b.getAttribute("data-role")) >= 0) {
      list.forEach(function (r) {
        var box = document.getElementById("show-" + r);
        if (box && !box.checked) { box.checked = true; body.classList.remove("hide-" + r); }
      });
      show(b);
      b.scrollIntoView({block: "center"});
      return;
    }
  }
}
Array.prototype.forEach.call(document.querySelectorAll("button[data-jump]"), function (btn) {
  btn.addEventListener("click", function () {
    jump(btn.getAttribute("data-jump"), Number(btn.getAttribute("data-step")));
  });
});
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


#: Nothing may be loaded, sent or framed; only the report's own style and script run.
CSP: Final = (
    f"default-src 'none'; style-src {_sha256(_STYLE)}; script-src {_sha256(_SCRIPT)}; "
    "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
    "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
)

# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------

#: The roles a "body" jump stops at: Article.body is paragraphs and headings.
_JUMPS: Final = (("body", "body heading"), ("boilerplate", "boilerplate"))
#: Boilerplate kinds that an image outside the article takes (see newsparse.assemble).
#: A language tag as the report may put it in ``lang=""``.
_LANG_TAG: Final = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")


def _e(value: object) -> str:
    """Text for HTML content or a quoted attribute value."""
    return escape(str(value), quote=True)


def explain(article: Article) -> str:
    """The article as one self-contained HTML report (a ``str``; write it as UTF-8):
    its metadata and where each value was found, every block in reading order coloured
    by role with its kind, rule and line, and a legend with counts, role toggles and
    body/boilerplate jumps. Nothing in it loads anything; all page text is escaped."""
    meanings = rule_meanings()
    lang = article.language if article.language and _LANG_TAG.fullmatch(article.language) else ""
    title = article.title or NO_TITLE
    out: list[str] = [
        "<!DOCTYPE html>\n",
        f'<html lang="{_e(lang)}">' if lang else "<html>",
        "<head>\n",
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n',
        '<meta charset="utf-8">\n<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>newsparse explain: {_e(title)}</title>\n",
        f"<style>{_STYLE}</style>\n</head>\n<body>\n",
    ]
    out.extend(_header(article))
    out.append('<div id="wrap">\n')
    out.extend(_legend(article.blocks, meanings))
    out.append('<main id="blocks">\n')
    out.extend(_blocks(article))
    out.append('</main>\n</div>\n<div id="detail" aria-live="polite"></div>\n')
    out.append(f"<script>{_SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(out)


def _header(article: Article) -> Iterator[str]:
    """The title, a table of the metadata with where each value was found, warnings."""
    yield '<header id="top">\n'
    yield f"<h1>{_e(article.title or NO_TITLE)}</h1>\n"
    n = len(article.blocks)
    yield f'<p class="tool">newsparse explain · {n} block{"" if n == 1 else "s"}</p>\n'
    yield '<table class="meta">\n'
    find = _Finder(article.blocks)
    a = article
    # (label, Article field, value shown, where the value was found)
    rows: list[tuple[str, str, str | None, str]] = [
        ("title", "title", a.title, find.one(a.title, Role.TITLE)),
        ("subtitle", "subtitle", a.subtitle, find.one(a.subtitle, Role.TITLE)),
        (
            "published",
            "published",
            _when(a.published, a.published_text),
            find.one(a.published_text),
        ),
        ("modified", "modified", _when(a.modified, None), ""),
        ("authors", "authors", _list(a.authors), find.many(a.authors)),
        ("editors", "editors", _list(a.editors), find.many(a.editors)),
        ("source", "source", a.source, find.one(a.source)),
        ("site", "site_name", a.site_name, find.one(a.site_name)),
        ("breadcrumb", "breadcrumb", " › ".join(a.breadcrumb) or None, find.many(a.breadcrumb)),
        ("tags", "tags", _list(a.tags), find.many(a.tags)),
        ("language", "language", a.language, ""),
        ("url", "url", a.url, ""),
        ("encoding", "encoding", a.encoding, ""),
        ("confidence", "confidence", _number(a.confidence), ""),
    ]
    for label, name, value, found in rows:
        cell = _e(value) if value else '<span class="none">—</span>'
        evidence = a.evidence.get(name)  # where the parse read the value, and by what step
        where = find.evidence(evidence) if evidence is not None else found
        yield (
            f'<tr><th scope="row">{label}</th><td>{cell}</td><td class="from">{where}</td></tr>\n'
        )
    yield "</table>\n"
    if a.warnings:
        yield '<div class="warn"><b>Warnings</b><ul>'
        yield "".join(f"<li>{_e(w)}</li>" for w in a.warnings)
        yield "</ul></div>\n"
    yield "</header>\n"


def _when(value: datetime | None, text: str | None) -> str | None:
    if value is None:
        return None
    iso = value.isoformat()
    return f"{iso} (read from “{text}”)" if text and text != iso else iso


def _list(values: Sequence[str]) -> str | None:
    return "; ".join(values) or None


def _number(value: float) -> str:
    return f"{value:.2f}"


class _Finder:
    """Finds the block a metadata value is written in: the first title or metadata block
    whose text holds it, else the first other block that does."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self.first = [k for k, b in enumerate(blocks) if b.role in (Role.TITLE, Role.METADATA)]

    def _find(self, value: str, role: Role | None) -> int | None:
        for k in self.first:
            b = self.blocks[k]
            if (role is None or b.role is role) and value in b.text:
                return k
        if role is None:
            for k, b in enumerate(self.blocks):
                if b.role not in (Role.TITLE, Role.METADATA) and value in b.text:
                    return k
        return None

    def one(self, value: str | None, role: Role | None = None) -> str:
        """Where ``value`` is written, as HTML: a link to its block, or a note."""
        if not value:
            return ""
        k = self._find(value, role)
        if k is None:
            return '<span class="none">in no block’s text</span>'
        b = self.blocks[k]
        return (
            f'<a href="#b{k}">line {b.line}</a> · {_e(b.kind.value)} · '
            f"rule <code>{_e(b.reason)}</code>"
        )

    def evidence(self, evidence: Evidence) -> str:
        """Where the parse read a value (``Article.evidence``), as HTML: a link to the
        block on its line, or the page's declaration it came from; and the step."""
        rule = f"rule <code>{_e(evidence.rule)}</code>"
        if evidence.origin.startswith("line:"):
            line = int(evidence.origin.removeprefix("line:"))
            k = next((k for k in self.first if self.blocks[k].line == line), None)
            if k is None:
                k = next((k for k, b in enumerate(self.blocks) if b.line == line), None)
            if k is not None:
                kind = _e(self.blocks[k].kind.value)
                return f'<a href="#b{k}">line {line}</a> · {kind} · {rule}'
        return f"{_e(evidence.origin)} · {rule}"

    def many(self, values: Sequence[str]) -> str:
        """Where each of ``values`` is written, one entry per distinct block."""
        if not values:
            return ""
        seen: dict[str, list[str]] = {}
        for v in values:
            seen.setdefault(self.one(v), []).append(v)
        if len(seen) == 1:
            return next(iter(seen))
        return "; ".join(f"{_e(', '.join(vs))}: {where}" for where, vs in seen.items())


def _legend(blocks: Sequence[Block], meanings: dict[str, str]) -> Iterator[str]:
    """Role toggles with counts, the jump buttons, and the rules used with counts and
    meanings (the script reads the meanings from this table)."""
    roles = Counter(b.role for b in blocks)
    rules = Counter(b.reason for b in blocks)
    yield '<nav id="legend" aria-label="Legend">\n<h2>Roles</h2>\n'
    for role in ROLE_COLOURS:
        r = role.value
        yield (
            f'<label class="r-{r}"><input type="checkbox" class="toggle" id="show-{r}" '
            f'value="{r}" checked><span class="sw"></span>{r}<span class="n">{roles[role]}</span>'
            "</label>\n"
        )
    yield '<h2>Jump</h2>\n<div class="jump">\n'
    for label, roles_ in _JUMPS:
        yield (
            f'<span>{label}</span><button type="button" data-jump="{roles_}" data-step="-1" '
            f'title="previous {label} block">◀</button><button type="button" '
            f'data-jump="{roles_}" data-step="1" title="next {label} block">▶</button>\n'
        )
    yield '</div>\n<h2>Rules</h2>\n<table id="rules">\n'
    order = {name: k for k, name in enumerate(meanings)}
    for rule in sorted(rules, key=lambda r: (order.get(r, len(order)), r)):
        yield (
            f'<tr data-rule="{_e(rule)}"><td><code>{_e(rule)}</code><span class="meaning">'
            f'{_e(meanings.get(rule, UNKNOWN_RULE))}</span></td><td class="c">{rules[rule]}'
            "</td></tr>\n"
        )
    yield "</table>\n</nav>\n"


def _blocks(article: Article) -> Iterator[str]:
    """Every block in reading order; an image and its captions inside one frame."""
    blocks = article.blocks
    images = _images_by_block(blocks, article.images)
    k = 0
    while k < len(blocks):
        group = _figure(blocks, images, k)
        if len(group) > 1:
            yield '<div class="fig r-image">\n'
        for j in group:
            yield _block(j, blocks[j], images.get(j))
        if len(group) > 1:
            yield "</div>\n"
        k = group[-1] + 1


def _images_by_block(blocks: Sequence[Block], images: Sequence[Image]) -> dict[int, Image]:
    """Block position -> the Image it stands for. Images come in the order of their
    blocks (content images, and the page images among the QR code / report / page-image
    boilerplate), each on its block's line."""
    out: dict[int, Image] = {}
    it = iter(images)
    img = next(it, None)
    for k, b in enumerate(blocks):
        if img is None:
            break
        if b.line == img.line and (b.role is Role.IMAGE or b.kind in PAGE_IMAGE_KINDS):
            out[k] = img
            img = next(it, None)
    return out


def _figure(blocks: Sequence[Block], images: dict[int, Image], k: int) -> list[int]:
    """The blocks shown together from position ``k``: an image with the captions right
    under it (or a caption right above an image, with that image and its captions), as
    newsparse.assemble links them; else the one block."""
    start = k
    if blocks[k].role is Role.CAPTION and k + 1 < len(blocks) and k + 1 in images:
        k += 1
    if k not in images:
        return [start]
    end = k + 1
    while end < len(blocks) and blocks[end].role is Role.CAPTION:
        end += 1
    return list(range(start, end)) if end - start > 1 else [start]


def _block(k: int, b: Block, image: Image | None) -> str:
    """One block: its line, its text (exactly, escaped), a note for what the text does
    not show (an image's src and alt, an empty line), and role · kind · rule."""
    role, kind, reason = b.role.value, b.kind.value, _e(b.reason)
    notes = []
    if image is not None:
        notes = [f"{name} “{v}”" for name, v in (("src", image.src), ("alt", image.alt)) if v]
        if image.src == b.text:
            notes = notes[1:]
    if not b.text and not notes:
        notes = ["blank line: an image’s place" if b.role is Role.IMAGE else "empty"]
    note = f'<span class="note">{_e(" · ".join(notes))}</span>' if notes else ""
    return (
        f'<div class="b r-{role}" id="b{k}" data-i="{k}" data-role="{role}" data-kind="{kind}" '
        f'data-rule="{reason}" data-line="{b.line}"><span class="ln">{b.line}</span>'
        f'<p class="t">{_e(b.text)}</p>{note}<span class="tag">{role} · {kind} · '
        f'<span class="rl">{reason}</span></span></div>\n'
    )


__all__ = ["CSP", "ROLE_COLOURS", "explain", "rule_meanings"]
