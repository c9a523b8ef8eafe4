"""Body accuracy on text dumps of styles the corpus does not hold.

Run from the repository root::

    python -m benchmarks.other_dumps                     # lynx -dump, 80 columns
    python -m benchmarks.other_dumps --width 132 --limit 40
    python -m benchmarks.other_dumps --style get_text    # also: inscriptis, html2text, markdownify

The corpus has Chromium and w3m dumps of its pages; accuracy must hold for other ways of
turning a page into text too. This renders each corpus HTML page in one of these styles,
parses the result as a text dump, and scores the body against the page's truth with the
corpus convention (:mod:`benchmarks.scoring`), read only after parsing. Reported: mean
precision, mean recall and F1 of the means, for all pages and for the Chinese ones.

Styles:

* ``lynx`` (needs ``lynx``; Debian: ``apt-get install lynx``): ``lynx -dump``, which
  indents, wraps at ``--width``, marks links ``[12]`` and lists their URLs, unbroken, at
  the end.
* ``get_text``: BeautifulSoup's ``get_text("\\n")``, the crawler's quick dump: a line
  break around every piece of text (every link), script and style text included.
* ``inscriptis``: the inscriptis renderer (layout-aware plain text).
* ``html2text``: Markdown, as html2text writes it (``[text](url)``, ``# heads``), with its
  default wrapping at 78 columns (the corpus's own html2text dumps are not wrapped);
  parsed as Markdown.
* ``markdownify``: Markdown as markdownify writes it (setext headings, ``*`` bullets), from
  the page without its scripts and styles; parsed as Markdown.

The Python styles need the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import Any

import newsparse
from benchmarks import scoring
from benchmarks.accuracy import Item, corpus_dir, load_manifest
from benchmarks.speed import spread
from newsparse.decode import decode


def render(item: Item, width: int, style: str = "lynx") -> bytes:
    """The item's HTML page as a text dump of ``style`` (see the module docstring)."""
    if style != "lynx":
        # decoded as newsparse decodes pages: cwce keeps its pages' own (GB2312/GBK) bytes
        html = decode((corpus_dir() / item.path).read_bytes(), html=True).text
        return _PYTHON_STYLES[style](html).encode("utf-8")
    # The corpus stores every page as UTF-8 whatever its <meta> says, and lynx believes
    # the <meta>: a page declaring GB2312 would be rendered as mojibake. The declaration
    # is made to say UTF-8, in a temporary copy.
    page = _DECLARED_CHARSET.sub(b"charset=utf-8", (corpus_dir() / item.path).read_bytes(), 1)
    with tempfile.NamedTemporaryFile(suffix=".html") as copy:
        copy.write(page)
        copy.flush()
        cmd = [
            "lynx",
            "-dump",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
            f"-width={width}",
            copy.name,
        ]
        return subprocess.run(cmd, capture_output=True, timeout=120, check=False).stdout


_DECLARED_CHARSET = re.compile(rb"charset\s*=\s*[\"']?[\w.:-]+", re.I)


def _get_text(html: str) -> str:
    bs4: Any = importlib.import_module("bs4")
    return str(bs4.BeautifulSoup(html, "lxml").get_text("\n"))


def _inscriptis(html: str) -> str:
    inscriptis: Any = importlib.import_module("inscriptis")
    return str(inscriptis.get_text(html))


def _html2text(html: str) -> str:
    html2text: Any = importlib.import_module("html2text")
    converter = html2text.HTML2Text()
    # html2text's default wrapping (78 columns) is kept, as a new user gets it: the corpus
    # holds the unwrapped dumps (dumps/html2text/)
    return str(converter.handle(html))


def _markdownify(html: str) -> str:
    markdownify: Any = importlib.import_module("markdownify")
    return str(markdownify.markdownify(_SCRIPTS.sub("", html)))


# markdownify writes the text of <script> and <style> elements as text
_SCRIPTS = re.compile(r"(?is)<(script|style|noscript)\b.*?</\1\s*>")

_PYTHON_STYLES: dict[str, Callable[[str], str]] = {
    "get_text": _get_text,
    "inscriptis": _inscriptis,
    "html2text": _html2text,
    "markdownify": _markdownify,
}
_MODULES: dict[str, str] = {
    "get_text": "bs4",
    "inscriptis": "inscriptis",
    "html2text": "html2text",
    "markdownify": "markdownify",
}
#: The styles that are Markdown, parsed with format="markdown".
_MARKDOWN_STYLES = frozenset({"html2text", "markdownify"})


def body_text(dump: bytes, style: str = "lynx") -> str:
    """The body newsparse reads from a dump of ``style`` ('' when it raises): Markdown
    (html2text, markdownify) as Markdown, the others as plain text."""
    try:
        return newsparse.parse(
            dump, format="markdown" if style in _MARKDOWN_STYLES else "text"
        ).text
    except newsparse.NewsparseError:
        return ""


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.other_dumps", description=__doc__)
    p.add_argument("--style", choices=["lynx", *_PYTHON_STYLES], default="lynx")
    p.add_argument("--width", type=int, default=80, help="lynx's wrap column")
    p.add_argument("--limit", type=int, help="only N pages, at an even stride")
    args = p.parse_args(argv)
    if args.style == "lynx" and shutil.which("lynx") is None:
        print("lynx is not installed", file=sys.stderr)
        return 2
    if args.style in _MODULES and importlib.util.find_spec(_MODULES[args.style]) is None:
        print(
            f"{_MODULES[args.style]} is not installed (pip install -e '.[bench]')", file=sys.stderr
        )
        return 2
    items = spread([it for it in load_manifest() if it.format == "html"], args.limit)
    scores: dict[str, list[scoring.BodyScore]] = {"ALL": [], "zh": []}
    for it in items:
        text = body_text(render(it, args.width, args.style), args.style)
        truth = it.truth.get("body")
        if not truth:
            continue
        score = scoring.body_score(text, truth)
        scores["ALL"].append(score)
        if it.lang == "zh":
            scores["zh"].append(score)
    what = f"lynx -dump -width={args.width}" if args.style == "lynx" else args.style
    print(f"{what}, parsed as {'Markdown' if args.style in _MARKDOWN_STYLES else 'text dumps'}")
    for name, rows in scores.items():
        if rows:
            prec = statistics.mean(s.precision for s in rows)
            rec = statistics.mean(s.recall for s in rows)
            f1 = scoring.f1(prec, rec)
            print(f"  {name:4} {len(rows):4} pages  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
