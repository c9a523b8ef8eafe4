"""``Article.confidence``: high on a news story, low where there is no story to find, and
lower when the body and the second estimate of where the prose is disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import features, rules
from newsparse.segment.text import segment_text

FIXTURES = Path(__file__).parent / "fixtures"

_STORY = [
    "Dock workers at the city's container port voted on Sunday to accept a three-year pay "
    "agreement, ending a strike that had halted cargo handling for nine days.",
    "The deal raises wages by 4.5 per cent this year and by 3 per cent in each of the "
    "following two years, the union said in a statement on Sunday evening.",
    "Operators said the first ships would be unloaded on Monday morning and that the "
    "backlog of containers should be cleared within two weeks.",
    "Exporters had warned that the walkout was costing them millions of dollars a day in "
    "delayed shipments and lost orders from overseas buyers.",
]

_INDEX_PAGE = """<html><head><title>News - Example Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<h1>Latest news</h1><ul>
<li><a href="/a1">Council approves late-night bus routes after two-year trial</a></li>
<li><a href="/a2">Harbour strike ends after pay deal with dock operators</a></li>
<li><a href="/a3">New cycle lane opens on Queen Street</a></li>
<li><a href="/a4">Museum reopens after a year of renovation work</a></li>
</ul><footer>© 2024 Example Daily. All rights reserved.</footer></body></html>"""

_FORM_PAGE = """<html><head><title>Sign in - Example Daily</title></head><body>
<h1>Sign in to your account</h1>
<form><label>Email address</label><input name="email"><label>Password</label>
<input type="password" name="pw"><button>Sign in</button></form>
<p><a href="/forgot">Forgot your password?</a></p>
<p><a href="/register">Create a free account</a></p></body></html>"""

_CONFIG_FILE = """# This is the sshd server system-wide configuration file.  See
# sshd_config(5) for more information.

# The strategy used for options in the default sshd_config shipped with
# OpenSSH is to specify options with their default value where
# possible, but leave them commented.  Uncommented options override the
# default value.

Include /etc/ssh/sshd_config.d/*.conf

#Port 22
#AddressFamily any
PermitRootLogin prohibit-password
#MaxAuthTries 6
"""


@pytest.mark.parametrize("path", ["reference/seed/input.txt", "title/text_headline_en/input.txt"])
def test_a_news_story_is_parsed_with_high_confidence(path: str) -> None:
    assert newsparse.parse_file(FIXTURES / path).confidence >= 0.85


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(_INDEX_PAGE, "html"), (_FORM_PAGE, "html"), (_CONFIG_FILE, "text")],
    ids=["index page", "sign-in form", "config file"],
)
def test_a_page_with_no_story_has_low_confidence(data: str, fmt: str) -> None:
    assert newsparse.parse(data, format=fmt).confidence < 0.3  # type: ignore[arg-type]


def test_a_body_the_prose_estimate_disagrees_with_lowers_confidence() -> None:
    """The same page, with the body taken as its first story only or as both: the
    second estimate (the run of prose lines) holds both, so the first alone agrees with
    it on half the prose."""
    menu = ["Home", "World", "Sport", "Business"]
    text = "\n".join(["Harbour strike ends", *_STORY, *menu, *_STORY[::-1]])
    units = segment_text(text)
    features.compute_all(units)
    doc = rules.Doc(units=units)
    rules.analyse(doc)
    first = list(range(1, 1 + len(_STORY)))
    both = [i for i, u in enumerate(units) if u.units > 10]
    assert rules.confidence(doc, both) >= 0.9
    assert rules.confidence(doc, first) < 0.85
    assert rules.confidence(doc, []) == 0.0
