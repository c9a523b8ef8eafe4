"""Text-dump segmentation: a renderer's hard wrap is undone, whatever the renderer."""

from __future__ import annotations

import textwrap

from newsparse.segment.text import segment_text

PARAS = [
    "The council approved the budget on Tuesday after a long debate about taxes, parks and "
    "the new library, which several members said the city could not afford this year.",
    "Residents who spoke at the meeting were divided: some praised the plan for the parks, "
    "others asked why the road repairs promised last spring had been put off once again.",
    "The mayor said the library would open in the autumn and that the road works would "
    "start as soon as the contracts were signed, probably before the end of the summer.",
]


def _texts(dump: str) -> list[str]:
    return [u.text for u in segment_text(dump) if u.text]


def test_w3m_style_wrap_is_joined() -> None:
    # w3m: wrapped at 80 columns, paragraphs apart
    dump = "\n\n".join(textwrap.fill(p, 80) for p in PARAS)
    assert _texts(dump) == PARAS


def test_lynx_style_wrap_is_joined_despite_overflowing_urls() -> None:
    # lynx: an indented body wrapped at 76 columns, then the numbered list of the page's
    # links, which it never breaks: the widest lines are URLs, not the margin
    paras = [f"({k}) {p}" for k in range(3) for p in PARAS]
    body = "\n\n".join(
        textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ") for p in paras
    )
    links = [
        f"  {k}. https://www.example.com/news/{'section/' * (k % 5)}{'story-' * (k * 7 % 23)}{k}"
        for k in range(1, 30)
    ]
    dump = "Home\nNews\n\n" + body + "\n\nReferences\n\n" + "\n".join(links)
    texts = _texts(dump)
    for p in paras:
        assert p in texts
    assert sum(t.startswith(tuple(f"{k}. https://" for k in range(1, 30))) for t in texts) == 29


def test_unwrapped_dump_with_a_list_of_like_headlines_is_not_joined() -> None:
    # a browser copy: paragraphs on one line each, and a "most read" list whose lines
    # happen to be about as long as each other; nothing may be joined
    heads = [
        f"Story number {k} about the council and its budget debate this week" for k in range(12)
    ]
    dump = "\n".join([*heads, "", *PARAS, "", *heads])
    assert _texts(dump) == [*heads, *PARAS, *heads]


def test_lynx_links_outnumbering_the_story_lines_neither_hide_the_margin_nor_win() -> None:
    # Real pages link hundreds of times: lynx's list of addresses then holds more lines,
    # all wider than the margin, than the story; a bare address counts as no width, and
    # as a list of links, not running text
    import newsparse
    from newsparse import Kind

    body = "\n\n".join(
        textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ") for p in PARAS
    )
    links = [
        f"  {k}. https://www.example.com/signup/cold-join?session_redirect=/pulse/story-{k}"
        f"&trk=article-ssr-frontend-pulse_x-social-details_comments-action_comment-reply"
        for k in range(1, 201)
    ]
    dump = "   [1]Home [2]News\n\n" + body + "\n\nReferences\n\n" + "\n".join(links)
    assert [t for t in _texts(dump) if t in PARAS] == PARAS
    art = newsparse.parse(dump, format="text")
    assert art.text == "\n\n".join(PARAS)
    assert all(b.kind is Kind.OTHER for b in art.blocks if "https://" in b.text)


def test_a_dump_broken_at_every_link_is_read_as_sentences() -> None:
    # get_text("\n") puts a line break around every link and keeps the pieces' spaces
    dump = (
        "Pats rookie camp\n\nThe \nNew England Patriots\n hope they found their quarterback "
        "in \nDrake Maye\n, but the move to the \nNFL\n is hard for any rookie, as \nthe coach"
        "\n said on Saturday \nhere\n.\n\nA second paragraph follows on its own line.\n"
    )
    assert _texts(dump) == [
        "Pats rookie camp",
        "The New England Patriots hope they found their quarterback in Drake Maye, but the "
        "move to the NFL is hard for any rookie, as the coach said on Saturday here.",
        "A second paragraph follows on its own line.",
    ]
    # two such links are not enough: a rendered dump's stray trailing space joins nothing
    few = "Pats rookie camp \nThe \nPatriots\n hope so.\nNext line\n"
    assert _texts(few) == ["Pats rookie camp", "The", "Patriots", "hope so.", "Next line"]


def test_a_markdown_dump_gives_its_headline_and_pictures() -> None:
    import newsparse
    from newsparse import Role

    paras = "\n\n".join(PARAS)
    dump = (
        "[Home](/) [News](/news)\n\n# Council approves the budget\n\n"
        "![](/img/placeholder.png)![The new library](https://example.com/lib.jpg)Photo: City\n\n"
        "**The council approved its budget after a long debate.**\n\n" + paras
    )
    art = newsparse.parse(dump, format="text")
    assert art.title == "Council approves the budget"
    assert next(b for b in art.blocks if b.text.startswith("# ")).role is Role.TITLE
    [image] = art.images
    assert (image.src, image.alt) == ("https://example.com/lib.jpg", "The new library")
