"""The safety net against whole-article loss (``rules.arbitrate``, ``region.rescue_region``):
the region is decided again only on clear loss, and the article says so."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse import features, rules
from newsparse.kinds import Kind, Role
from newsparse.rules import _with_header
from newsparse.rules.region import dense_stretch, rescue_region
from newsparse.segment.text import segment_text

FIXTURES = Path(__file__).parent / "fixtures"
CASE = FIXTURES / "body" / "text_rescued_region_en" / "input.txt"

_PARAGRAPH = (
    "Residents were woken by sirens shortly after midnight, when the water came over the "
    "wall near the old mill and ran down the lanes toward the market square."
)


def _doc(text: str) -> rules.Doc:
    units = segment_text(text)
    features.compute_all(units)
    doc = rules.Doc(units=units)
    rules.analyse(doc)
    return doc


def test_the_density_profile_finds_the_run_of_paragraphs() -> None:
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact"])
    text = f"{menu}\n\n" + "\n\n".join([_PARAGRAPH] * 6) + f"\n\n{menu}\n"
    units = segment_text(text)
    features.compute_all(units)
    found, first, last = dense_stretch(units)
    assert found == 6
    assert units[first].text == _PARAGRAPH and units[last].text == _PARAGRAPH
    assert first > 4 and last < len(units) - 5


def test_a_lost_story_is_found_again_and_the_article_says_so() -> None:
    article = newsparse.parse(CASE.read_bytes(), format="text")
    assert any("decided again" in w for w in article.warnings)
    rescued = [b for b in article.body if b.reason == "rescued_paragraph"]
    assert len(rescued) == 10


def test_a_story_the_region_holds_is_left_alone() -> None:
    text = "Home\nNews\n\nFlood in the valley\n\n" + "\n\n".join([_PARAGRAPH] * 6) + "\n\nTerms\n"
    article = newsparse.parse(text, format="text")
    assert not any("decided again" in w for w in article.warnings)
    assert {b.reason for b in article.body} == {"paragraph"}


def test_a_body_that_touches_the_stretch_is_no_loss() -> None:
    doc = _doc(CASE.read_text(encoding="utf-8"))
    body = [i for i, role, _, _ in rules.decide(doc) if role.value == "body"]
    assert rescue_region(doc, body) is not None  # the case: the lede alone
    inside = next(i for i, u in enumerate(doc.units) if u.text.startswith("Residents"))
    assert rescue_region(doc, [*body, inside]) is None


def test_no_rescue_when_the_body_has_two_paragraphs_of_its_own() -> None:
    text = CASE.read_text(encoding="utf-8")
    lede = next(line for line in text.splitlines() if line.startswith("The Aller flood"))
    article = newsparse.parse(text.replace(lede, f"{lede}\n\n{_PARAGRAPH}"), format="text")
    assert not any("decided again" in w for w in article.warnings)
    assert len(article.body) == 2


PITCH = FIXTURES / "body" / "text_paywall_pitch_rescued_en"


def _pitch_doc() -> rules.Doc:
    units = segment_text((PITCH / "input.txt").read_text(encoding="utf-8"))
    features.compute_all(units)
    doc = rules.Doc(units=units)
    rules.analyse(doc)
    return doc


def _starting(doc: rules.Doc, *heads: str) -> list[int]:
    return [next(i for i, u in enumerate(doc.units) if u.text.startswith(h)) for h in heads]


def test_a_paywall_pitch_is_no_story_and_the_story_is_found_again() -> None:
    article = newsparse.parse(
        (PITCH / "input.txt").read_bytes(),
        format="text",
        url="https://news.example.com/local/harbour-rents-climb-for-a-third-year",
    )
    assert any("decided again: the body held 12 block(s)" in w for w in article.warnings)
    assert len([b for b in article.body if b.reason == "rescued_paragraph"]) == 10
    assert not any(b.text.startswith("Subscribe now") for b in article.body)
    assert article.published is not None and article.published.year == 2026


def test_a_body_of_paragraphs_is_a_story_however_short() -> None:
    doc = _pitch_doc()
    story = _starting(doc, "The harbour board raised", "The board said", "Owners of the smaller")
    assert rescue_region(doc, story) is None  # three paragraphs, all of the body
    short = _starting(doc, "Email Address", "Continue", "Sign In or", "View more", "Daily puzzles")
    assert rescue_region(doc, sorted(story + short)) is not None  # three of eight blocks


def test_the_decisions_made_again_keep_the_metadata_over_the_first_region() -> None:
    doc = _pitch_doc()
    first = rules.decide(doc)
    meta = [(pos, i) for pos, (i, role, _, _) in enumerate(first) if role is Role.METADATA]
    assert meta and all(i < doc.start for _, i in meta)
    again = rules.Decided()
    for i, _, _, _ in first:
        again.add(i, Role.BOILERPLATE, Kind.OTHER, "before_article", doc.units[i])
    kept = _with_header(first, again, doc.start)
    assert all(kept[pos] == first[pos] for pos, _ in meta)
    assert _with_header(first, again, meta[0][1])[meta[0][0]][1] is Role.BOILERPLATE
