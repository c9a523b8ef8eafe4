"""Shared by the tests of newsparse.explain: corpus samples, hostile input, and a reader
of reports built on the standard library's HTML parser."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newsparse import Article, Block, Image, ImageRole, Kind, Role

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
#: Screenshots and measurements of the browser tests (not committed: tmp/ is ignored).
ARTIFACTS = ROOT / "tmp" / "artifacts" / "explain"


def _key(item_id: str) -> int:
    """A stable pseudo-random number per corpus id: samples drawn by it do not depend on
    the manifest's order."""
    return int.from_bytes(hashlib.sha1(item_id.encode()).digest()[:8], "big")


def corpus_items() -> list[dict[str, Any]]:
    """The corpus manifest, or [] when the corpus is not there."""
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.exists():
        return []
    return [json.loads(x) for x in manifest.read_text(encoding="utf-8").splitlines() if x]


def corpus_sample(one_in: int) -> list[dict[str, Any]]:
    """About one item in ``one_in``, chosen by id."""
    return [d for d in corpus_items() if _key(d["id"]) % one_in == 0]


def corpus_picks() -> list[dict[str, Any]]:
    """A few pages and dumps: one item per language group (zh, ja, ko, other), a page for
    zh and ko, a text dump for ja and other, each chosen by id."""
    want = {("zh", "html"), ("ja", "text"), ("ko", "html"), ("other", "text")}
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for d in corpus_items():
        group = (d["lang"], d["format"])
        if group not in want or "#" in d["id"]:
            continue  # (encoded copies are their originals again)
        if group not in best or _key(d["id"]) < _key(best[group]["id"]):
            best[group] = d
    return [best[k] for k in sorted(best)]


def big_dump(lines: int = 10_000) -> str | None:
    """``lines`` lines of corpus Chromium dumps, concatenated in path order; None when the
    corpus holds fewer."""
    out: list[str] = []
    for path in sorted((CORPUS / "dumps" / "chromium").glob("*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
        if len(out) >= lines:
            return "\n".join(out[:lines])
    return None


#: Text that would run script, load something or break out of the report if it were
#: written unescaped. Each script sets window.__pwned.
HOSTILE = [
    '<script>window.__pwned = "script"</script>',
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    "<a href=\"javascript:window.__pwned='link'\">click me</a>",
    '</style><script>window.__pwned = "style"</script><style>',
    '</title><script>window.__pwned = "title"</script>',
    "</script><script>window.__pwned = 'close'</script>",
    '"><svg onload="window.__pwned = \'svg\'"></svg>',
    "'><body onload=\"window.__pwned = 'body'\">",
    '<iframe src="https://example.com/"></iframe>',
    '<link rel="stylesheet" href="https://example.com/x.css">',
    '<meta http-equiv="refresh" content="0;url=https://example.com/">',
    '<base href="https://example.com/">',
    "<!-- <p>",
    "<![CDATA[ ]]> &amp; &lt; &#x3c;script&#x3e;",
]

HOSTILE_URL = "javascript:window.__pwned='url'"


def hostile_dump() -> str:
    """A text dump whose headline, metadata and paragraphs hold the hostile text."""
    para = "The council met on Tuesday and agreed the plan, officials said. " * 3
    lines = [
        "Home > News > " + HOSTILE[0],
        "Breaking: " + HOSTILE[4],
        "2024-05-01 10:00  Source: " + HOSTILE[2],
        "By " + "Jane " + HOSTILE[1],
        "",
    ]
    for h in HOSTILE:
        lines += [para + h, ""]
    lines += ["Related stories", HOSTILE[3], HOSTILE[6], "Copyright 2024 " + HOSTILE[5]]
    return "\n".join(lines)


def hostile_page() -> bytes:
    """An HTML page whose visible text holds the hostile text (escaped, as a page shows
    markup it quotes), and whose attributes carry more of it."""
    from html import escape

    para = "The council met on Tuesday and agreed the plan, officials said. " * 3
    body = "".join(f"<p>{escape(para + h)}</p>" for h in HOSTILE)
    title = escape("Breaking: " + HOSTILE[4])
    return (
        "<!DOCTYPE html><html><head><meta charset=utf-8>"
        f"<title>{title}</title>"
        f'<meta property="og:site_name" content="{escape(HOSTILE[1])}">'
        f'<meta name="author" content="{escape(HOSTILE[0])}">'
        f'<meta name="keywords" content="{escape(HOSTILE[3])}">'
        f'</head><body><nav><a href="/">Home</a> {escape(HOSTILE[2])}</nav>'
        f"<article><h1>{title}</h1>"
        f'<figure><img src="{escape(HOSTILE_URL)}" alt="{escape(HOSTILE[1])}">'
        f"<figcaption>{escape(HOSTILE[6])}</figcaption></figure>"
        f"{body}</article><footer>{escape(HOSTILE[5])}</footer></body></html>"
    ).encode()


def hostile_article() -> Article:
    """An Article built by hand with hostile text in every field a report shows."""
    h = " ".join(HOSTILE)
    blocks = [
        Block(role=role, kind=kind, text=f"{role.value} {h}", line=k + 1, reason=h)
        for k, (role, kind) in enumerate(
            [
                (Role.TITLE, Kind.TITLE),
                (Role.METADATA, Kind.BYLINE),
                (Role.BODY, Kind.PARAGRAPH),
                (Role.IMAGE, Kind.IMAGE),
                (Role.CAPTION, Kind.CAPTION),
                (Role.BOILERPLATE, Kind.FOOTER),
            ]
        )
    ]
    return Article(
        title=h,
        subtitle=h,
        published_text=h,
        authors=[h, HOSTILE[1]],
        editors=[h],
        source=h,
        site_name=h,
        breadcrumb=[h, h],
        tags=[h],
        language='zh" onload="window.__pwned=1',
        url=HOSTILE_URL,
        encoding=h,
        warnings=[h],
        blocks=blocks,
        images=[
            Image(src=HOSTILE_URL, alt=h, caption=blocks[4].text, role=ImageRole.CONTENT, line=4)
        ],
    )


class Report(HTMLParser):
    """What a report holds, read with the standard library's parser: every element with
    its attributes, the blocks (attributes and the text of their ``.t``), the scripts,
    styles and the text of <title>."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.blocks: list[dict[str, str]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.title = ""
        self._in: str | None = None
        self._buf: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if tag == "div" and "b" in a.get("class", "").split():
            self.blocks.append({**a, "text": ""})
        elif tag == "p" and a.get("class") == "t":
            self._in, self._buf = "t", []
        elif tag in ("script", "style", "title"):
            self._in, self._buf = tag, []

    def handle_endtag(self, tag: str) -> None:
        text = "".join(self._buf)
        if self._in == "t" and tag == "p":
            self.blocks[-1]["text"] = text
        elif self._in == tag == "script":
            self.scripts.append(text)
        elif self._in == tag == "style":
            self.styles.append(text)
        elif self._in == tag == "title":
            self.title = text
        else:
            return
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self._buf.append(data)
