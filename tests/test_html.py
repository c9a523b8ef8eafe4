"""The HTML path: raw pages parse to the same Article model as text dumps.

Every page here is small and written for the test (never copied from the corpus).
"""

from __future__ import annotations

import json

import pytest
from lxml import etree

import newsparse
from newsparse import Kind, Role
from newsparse.metadata.head import strip_title
from newsparse.segment.html.main import _common_ancestor
from tests.helpers import html_units

URL = "https://news.example.com/world/2024/03/05/story.html"

PARAS_ZH = [
    "新华社北京3月5日电，今年的政府工作报告提出，要着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。",
    "报告指出，过去一年我国经济总体回升向好，就业物价总体平稳，粮食产量再创新高，人民生活水平持续改善。",
    "多位代表在分组审议时表示，科技创新是发展新质生产力的核心要素，应当加大基础研究投入，培养更多青年人才。",
    "专家认为，随着各项稳增长政策落地见效，消费和投资有望继续回暖，外贸结构也将进一步优化，前景值得期待。",
]

PARAS_EN = [
    "The city council voted on Tuesday to expand the network of protected bike lanes across the "
    "northern districts, a plan that supporters say will make commuting safer for thousands.",
    "Opponents argued that the project would remove too many parking spaces from busy shopping "
    "streets, and several shop owners spoke during the public comment period to voice concern.",
    "Construction is expected to begin in the spring and to last about eighteen months, with the "
    "busiest intersections rebuilt first according to the transport department's schedule.",
]


def _page(
    body: str,
    *,
    head: str = "",
    lang: str = "zh-CN",
    charset: str | None = "utf-8",
) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f'<!DOCTYPE html><html lang="{lang}"><head>{meta}{head}</head><body>{body}</body></html>'


def _nav() -> str:
    return (
        '<nav class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li>'
        '<li><a href="/s">体育</a></li><li><a href="/f">财经</a></li></ul></nav>'
    )


def _zh_article(extra_head: str = "", title: str = "两会观察：扩大内需成为今年经济工作重点") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    body = (
        f"{_nav()}<div class='main'><h1>{title}</h1>"
        "<div class='info'>2024-03-05 10:20 来源：新华社</div>"
        f"<div class='article-content'>{paras}</div></div>"
        "<aside class='sidebar'><h3>热门排行</h3><ul>"
        "<li><a href='/1'>某地举办春季招聘会</a></li><li><a href='/2'>气象台发布大风预警</a></li>"
        "</ul></aside>"
        "<footer><p>关于我们 | 联系我们 | 版权所有 某某新闻网</p></footer>"
    )
    return _page(body, head=f"<title>{title}_新闻中心_某某新闻网</title>{extra_head}")


def _parse(html: str, **kw: object) -> newsparse.Article:
    return newsparse.parse(html.encode("utf-8"), url=URL, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------- the basics


def test_article_body_title_and_boilerplate() -> None:
    art = _parse(_zh_article())
    assert art.title == "两会观察：扩大内需成为今年经济工作重点"
    assert [b.text for b in art.body] == PARAS_ZH
    assert art.source == "新华社"
    assert art.published is not None and art.published.isoformat() == "2024-03-05T10:20:00+08:00"
    assert art.language == "zh"
    assert art.site_name == "某某新闻网"


def test_nav_footer_aside_are_kept_as_boilerplate() -> None:
    art = _parse(_zh_article())
    by_text = {b.text: b for b in art.blocks}
    assert by_text["某地举办春季招聘会"].role is Role.BOILERPLATE
    assert by_text["首页"].role is Role.BOILERPLATE
    assert by_text["首页"].kind is Kind.NAVIGATION
    footer = next(b for b in art.blocks if "联系我们" in b.text)
    assert footer.role is Role.BOILERPLATE
    # nothing the page shows is lost
    assert any("热门排行" in b.text for b in art.blocks)
    assert all(b.line >= 1 for b in art.blocks)


def test_heading_inside_article() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        f"<article><h1>Council backs bike lane plan</h1><p>{PARAS_EN[0]}</p>"
        f"<h2>What happens next</h2>{paras}</article>"
    )
    art = _parse(
        _page(body, lang="en", head="<title>Council backs bike lane plan | City News</title>")
    )
    heading = next(b for b in art.blocks if b.text == "What happens next")
    assert heading.role is Role.HEADING
    assert heading.reason == "html_heading"
    assert art.title == "Council backs bike lane plan"
    assert art.language == "en"


def test_script_and_style_are_dropped_hidden_content_is_kept_as_boilerplate() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        "<script>var x = 'SCRIPT TEXT';</script><style>p { color: red }</style>"
        f"<noscript>NOSCRIPT TEXT</noscript><article><h1>Council backs bike lane plan</h1>{paras}"
        "<div style='display:none'>HIDDEN TEXT</div><template>TEMPLATE TEXT</template>"
        "<p style='color: red; Visibility: Hidden'>HIDDEN TOO</p></article>"
    )
    art = _parse(_page(body, lang="en"))
    everything = " ".join(b.text for b in art.blocks)
    for gone in ("SCRIPT TEXT", "color: red", "NOSCRIPT TEXT", "TEMPLATE TEXT"):
        assert gone not in everything
    assert art.text == "\n\n".join(PARAS_EN)
    hidden = [b for b in art.blocks if b.kind is Kind.HIDDEN]
    assert [b.text for b in hidden] == ["HIDDEN TEXT", "HIDDEN TOO"]
    assert all(b.role is Role.BOILERPLATE and b.reason == "hidden_text" for b in hidden)


def test_framework_hiding_classes_hide_an_element_unless_a_class_shows_it() -> None:
    # Paywall and sign-in panels ship hidden by a CSS framework class; with a class that
    # shows the element again ("md:block", "flex") which one wins is up to the CSS
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        f"<article><h1>Council backs bike lane plan</h1>{paras}"
        "<div class='paywall-panel hidden'><p>GONE ONE, subscribe to read on.</p></div>"
        "<section class='modal d-none'><p>GONE TWO, log in here.</p></section>"
        "<p class='note is-hidden'>GONE THREE, thanks for reading.</p>"
        "<p class='hidden md:block'>Shown on wide screens, this sentence stays.</p>"
        "<p class='hide flex'>Shown by flex, this sentence stays too.</p>"
        "<p class='overflow-hidden'>A clipped box is shown, and this one stays.</p></article>"
    )
    art = _parse(_page(body, lang="en"))
    hidden = [b.text for b in art.blocks if b.kind is Kind.HIDDEN]
    assert [h.split(",")[0] for h in hidden] == ["GONE ONE", "GONE TWO", "GONE THREE"]
    assert "GONE" not in art.text
    everything = " ".join(b.text for b in art.blocks if b.kind is not Kind.HIDDEN)
    for kept in ("wide screens", "Shown by flex", "clipped box"):
        assert kept in everything


def test_newsletter_and_sign_up_boxes_are_chrome() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    box = (
        "<div class='newsletter-signup'><p>Get the latest headlines, breaking news "
        "and columns in your inbox every morning.</p></div>"
    )
    body = f"<article><h1>Council backs bike lane plan</h1>{paras}{box}</article>"
    art = _parse(_page(body, lang="en"))
    assert art.text == "\n\n".join(PARAS_EN)
    assert any(b.text.startswith("Get the latest") and b.kind is Kind.OTHER for b in art.blocks)


def test_role_and_article_body_attributes_are_read() -> None:
    # role="navigation" marks chrome; a <header> inside itemprop="articleBody" is the
    # story's own (elsewhere, a page header); a hidden <body> is still read (anti-flicker)
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        '<div role="navigation"><p>Home</p><p>World</p><p>Sport</p></div>'
        '<div itemprop="articleBody"><h1>Council backs bike lane plan</h1>'
        f"<p>{PARAS_EN[0]}</p><header><p>Main street, Tuesday</p></header>{paras}</div>"
    )
    html = _page(body, lang="en").replace("<body>", '<body style="display:none">')
    kinds = {u.text: u.dom_kind for u in html_units(html)}
    assert kinds["Home"] == "nav"
    assert kinds["Main street, Tuesday"] == ""
    outside = html.replace('itemprop="articleBody"', "")
    kinds = {u.text: u.dom_kind for u in html_units(outside)}
    assert kinds["Main street, Tuesday"] == "header"
    assert _parse(html).blocks[0].kind is Kind.NAVIGATION


def test_br_separated_paragraphs() -> None:
    text = "<br><br>".join(PARAS_ZH)
    body = f"<h1>两会观察：扩大内需成为今年经济工作重点</h1><div class='content'>{text}</div>"
    art = _parse(_page(body))
    assert [b.text for b in art.body] == PARAS_ZH


# ------------------------------------------------------------------------- images


def test_lazy_images_resolve_against_url() -> None:
    body = (
        "<article><h1>Council backs bike lane plan</h1>"
        f"<p>{PARAS_EN[0]}</p>"
        '<p><img src="data:image/gif;base64,R0lGOD" data-src="/img/lanes.jpg" alt="A bike lane"></p>'
        f"<p>{PARAS_EN[1]}</p>"
        '<picture><img srcset="../photos/council-800.jpg 800w, ../photos/council-1600.jpg 1600w"></picture>'
        f"<p>{PARAS_EN[2]}</p></article>"
    )
    art = _parse(_page(body, lang="en"))
    srcs = [img.src for img in art.images]
    assert srcs == [
        "https://news.example.com/img/lanes.jpg",
        "https://news.example.com/world/2024/03/photos/council-1600.jpg",  # the largest
    ]
    assert art.images[0].alt == "A bike lane"
    assert all(img.role.value == "content" for img in art.images)
    image_blocks = [b for b in art.blocks if b.role is Role.IMAGE]
    assert len(image_blocks) == 2 and all(b.text == "" for b in image_blocks)


def test_figcaption_is_a_caption_and_owned_by_its_image() -> None:
    body = (
        "<article><h1>Council backs bike lane plan</h1>"
        f"<p>{PARAS_EN[0]}</p>"
        '<figure><img src="/img/vote.jpg"><figcaption>Council members vote on the plan.'
        "</figcaption></figure>"
        f"<p>{PARAS_EN[1]}</p><p>{PARAS_EN[2]}</p></article>"
    )
    art = _parse(_page(body, lang="en"))
    cap = next(b for b in art.blocks if b.text == "Council members vote on the plan.")
    assert cap.role is Role.CAPTION
    assert art.images[0].caption == "Council members vote on the plan."
    assert "Council members vote" not in art.text


def test_centred_caption_paragraph_under_an_image() -> None:
    body = (
        "<h1>两会观察：扩大内需成为今年经济工作重点</h1><div class='content'>"
        f"<p>{PARAS_ZH[0]}</p>"
        '<p style="text-align:center"><img src="/u/2024/0305/a.jpg"></p>'
        '<p style="text-align:center">图为人民大会堂外景</p>'
        + "".join(f"<p>{p}</p>" for p in PARAS_ZH[1:])
        + "</div>"
    )
    art = _parse(_page(body))
    cap = next(b for b in art.blocks if b.text == "图为人民大会堂外景")
    assert cap.role is Role.CAPTION
    assert art.images[0].src == "https://news.example.com/u/2024/0305/a.jpg"
    assert art.images[0].caption == "图为人民大会堂外景"
    assert [b.text for b in art.body] == PARAS_ZH


def test_a_line_under_an_image_that_leads_into_what_follows_is_not_its_caption() -> None:
    body = (
        "<h1>Three useful things</h1><div class='content'>"
        f"<p>{PARAS_EN[0]}</p><p><img src='/a.jpg'></p><p>My top choices are:</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS_EN[1:])
        + "</div>"
    )
    art = _parse(_page(body, lang="en"))
    lead = next(b for b in art.blocks if b.text == "My top choices are:")
    assert lead.role in (Role.BODY, Role.HEADING)
    assert art.images[0].caption is None


def test_an_inline_teaser_box_with_pictures_does_not_cut_the_story() -> None:
    # "Meistgelesen" boxes stand between two paragraphs; their pictures cost no more
    # than any picture, or a box of four cards would outweigh the paragraphs after it
    cards = "".join(
        f"<article><img src='/t{n}.jpg'><a href='/t{n}'>Teaser headline {n}</a></article>"
        for n in range(2)
    )
    story = [*PARAS_EN, *(p.replace("the", "a") for p in PARAS_EN)]
    story += [p.replace("and", "as well as") for p in story]
    before = "".join(f"<p>{p}</p>" for p in story[:6])
    after = "".join(f"<p>{p}</p>" for p in story[6:])
    body = (
        f"<section><div class='text'>{before}</div>"
        f"<aside><div>Most read</div>{cards}</aside><div class='text'>{after}</div></section>"
    )
    art = _parse(_page(body, lang="en"))
    assert [b.text for b in art.body] == story


# ------------------------------------------------------------------------- metadata


def test_jsonld_wins_over_meta() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "City News"},
            {
                "@type": ["NewsArticle"],
                "headline": "Council backs bike lane plan",
                "datePublished": "2024-03-05T09:30:00+01:00",
                "dateModified": "2024-03-06T08:00:00+01:00",
                "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}],
                "publisher": {"@type": "Organization", "name": "City News"},
                "keywords": ["transport", "cycling"],
            },
        ],
    }
    head = (
        '<meta property="og:title" content="Bike lanes: the council decides">'
        '<meta property="article:published_time" content="2023-01-01T00:00:00Z">'
        '<meta name="author" content="Somebody Else">'
        '<meta name="keywords" content="other, words">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        "<title>Bike lanes | City News</title>"
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = f"<article><h1>Council backs bike lane plan</h1>{paras}</article>"
    art = _parse(_page(body, head=head, lang="en"))
    assert art.title == "Council backs bike lane plan"
    assert art.published is not None
    assert art.published.isoformat() == "2024-03-05T09:30:00+01:00"
    assert art.modified is not None and art.modified.isoformat() == "2024-03-06T08:00:00+01:00"
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.site_name == "City News"
    assert art.tags == ["transport", "cycling"]


def test_chinese_meta_names() -> None:
    head = (
        '<meta name="publishdate" content="2024-03-05 10:20:00">'
        '<meta name="source" content="人民日报">'
        '<meta name="author" content="张三">'
        '<meta name="keywords" content="两会,扩大内需，科技创新">'
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    body = f"<h1>两会观察：扩大内需成为今年经济工作重点</h1><div class='content'>{paras}</div>"
    art = _parse(_page(body, head=head))
    assert art.published is not None
    assert art.published.isoformat() == "2024-03-05T10:20:00+08:00"
    assert art.source == "人民日报"
    assert art.authors == ["张三"]
    assert art.tags == ["两会", "扩大内需", "科技创新"]


def test_time_element_and_html_lang() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        "<article><h1>Council backs bike lane plan</h1>"
        f'<time datetime="2024-03-05T09:30:00Z">March 5</time>{paras}</article>'
    )
    art = _parse(_page(body, lang="en-GB"))
    assert art.published is not None and art.published.isoformat() == "2024-03-05T09:30:00+00:00"
    assert art.language == "en"


def test_contradicted_lang_attribute_is_ignored() -> None:
    art = _parse(_zh_article().replace('lang="zh-CN"', 'lang="en"'))
    assert art.language == "zh"


@pytest.mark.parametrize(
    ("title", "site", "want"),
    [
        ("两会观察：扩大内需_新闻中心_某某新闻网", None, ("两会观察：扩大内需", "某某新闻网")),
        (
            "Council backs bike lane plan - City News",
            None,
            ("Council backs bike lane plan", "City News"),
        ),
        (
            "Council backs bike lane plan | City News",
            "City News",
            ("Council backs bike lane plan", "City News"),
        ),
        (
            "City News | Council backs bike lane plan",
            "City News",
            ("Council backs bike lane plan", None),
        ),
        (
            "扩大内需成为今年经济工作重点—中国某某网",
            None,
            ("扩大内需成为今年经济工作重点", "中国某某网"),
        ),
        (
            "Biden - Trump debate draws record audience",
            None,
            ("Biden - Trump debate draws record audience", None),
        ),
        ("Plain headline", None, ("Plain headline", None)),
    ],
)
def test_strip_title(title: str, site: str | None, want: tuple[str, str | None]) -> None:
    assert strip_title(title, site) == want


def test_title_suffix_stripped_when_no_h1_matches() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    page = _page(
        f"<div class='story'>{paras}</div>",
        head="<title>Council backs bike lane plan - City News</title>",
        lang="en",
    )
    art = _parse(page)
    assert art.title == "Council backs bike lane plan"
    assert art.site_name == "City News"


def test_h1_close_to_the_hint_is_the_title_block() -> None:
    head = '<meta property="og:title" content="两会观察：扩大内需成为今年经济工作重点（图）">'
    art = _parse(_zh_article(extra_head=head))
    block = next(b for b in art.blocks if b.role is Role.TITLE)
    assert block.text == "两会观察：扩大内需成为今年经济工作重点"
    assert block.reason == "headline"
    # the headline the page's metadata declares is the article's title
    assert art.title == "两会观察：扩大内需成为今年经济工作重点（图）"


# ------------------------------------------------------------------------- encodings


def test_lying_charset_declares_gb2312_but_bytes_are_utf8() -> None:
    html = _zh_article().replace('charset="utf-8"', 'charset="gb2312"')
    art = newsparse.parse(html.encode("utf-8"), url=URL)
    assert art.encoding == "utf-8"
    assert [b.text for b in art.body] == PARAS_ZH
    assert any("gb2312" in w for w in art.warnings)


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "big5"])
@pytest.mark.parametrize("declared", [True, False])
def test_legacy_chinese_encodings(codec: str, declared: bool) -> None:
    paras = PARAS_ZH
    if codec == "big5":  # traditional characters, as Big5 pages carry them
        paras = [
            "新華社北京3月5日電，今年的政府工作報告提出，要著力擴大國內需求，推動經濟實現質的有效提升和量的合理增長。",
            "報告指出，過去一年我國經濟總體回升向好，就業物價總體平穩，糧食產量再創新高，人民生活水平持續改善。",
            "多位代表在分組審議時表示，科技創新是發展新質生產力的核心要素，應當加大基礎研究投入，培養更多青年人才。",
        ]
    title = (
        "兩會觀察：擴大內需成為今年經濟工作重點"
        if codec == "big5"
        else "两会观察：扩大内需成为今年经济工作重点"
    )
    body = (
        f"<h1>{title}</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
    )
    html = _page(body, charset=codec if declared else None)
    art = newsparse.parse(html.encode(codec), url=URL)
    assert art.title == title
    assert [b.text for b in art.body] == paras
    assert art.encoding is not None
    assert not any("replace" in w for w in art.warnings)


# ------------------------------------------------------------------------- odd pages


def test_navigation_only_page_warns_and_keeps_blocks() -> None:
    body = _nav() + "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer>"
    art = _parse(_page(body, head="<title>首页 - 某某新闻网</title>"))
    assert art.body == []
    assert any("no article body" in w for w in art.warnings)
    assert art.blocks and all(b.role is Role.BOILERPLATE for b in art.blocks)


def test_page_with_no_visible_text() -> None:
    art = _parse(_page("<script>var a = 1;</script><div></div>"))
    assert art.blocks == []
    assert any("no visible text" in w for w in art.warnings)


def test_str_input_and_forced_format() -> None:
    html = _zh_article()
    art = newsparse.parse(html, url=URL, format="html")
    assert [b.text for b in art.body] == PARAS_ZH
    assert art.encoding is None


def test_xml_declaration_in_str_input() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + _zh_article()
    art = newsparse.parse(html, url=URL)
    assert [b.text for b in art.body] == PARAS_ZH


def test_broken_markup_does_not_crash() -> None:
    html = "<html><body><div><p>" + PARAS_EN[0] + "<div><p>" + PARAS_EN[1] + "</span></td></body>"
    art = newsparse.parse(html, url=URL, format="html")
    assert PARAS_EN[0] in art.text and PARAS_EN[1] in art.text


def test_qr_code_and_logo_images_are_page_chrome() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    body = (
        "<h1>两会观察：扩大内需成为今年经济工作重点</h1><div class='content'>"
        f"{paras}<p><img src='/static/weixin_qrcode.png' alt='扫一扫'></p></div>"
        "<div class='footer-logo'><img src='/static/logo.png'></div>"
    )
    art = _parse(_page(body))
    roles = {img.src.rsplit("/", 1)[-1]: img.role.value for img in art.images if img.src}
    assert roles == {"weixin_qrcode.png": "page", "logo.png": "page"}


def test_deeply_nested_page_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 3000 + "<p>deep</p>" + "</div>" * 3000 + "</body></html>"
    art = newsparse.parse(html, url=URL, format="html")
    assert any("nests deeper" in w for w in art.warnings)


def test_numeric_meta_author_is_ignored() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    body = f"<h1>两会观察：扩大内需成为今年经济工作重点</h1><div class='content'>{paras}</div>"
    art = _parse(_page(body, head='<meta name="author" content="2909">'))
    assert art.authors == []


def test_declared_headline_with_a_seo_tail_gives_the_h1() -> None:
    page = (
        "<html><head><title>x</title>"
        '<meta property="og:title" content="Best Movers in Town 2025 | Top 19 Companies &amp;#x26; More">'
        "</head><body><h1>Best Movers in Town 2025</h1>"
        + "<p>"
        + "Moving is hard, and the right company makes it easier for everyone. " * 4
        + "</p>"
        + "<p>"
        + "We compared prices, reviews and insurance for a month in the city. " * 4
        + "</p>"
        + "</body></html>"
    )
    art = newsparse.parse(page)
    assert art.title == "Best Movers in Town 2025"


_STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "Moving is hard, and the right company makes it easier for everyone involved. " * 3,
        "We compared prices, reviews and insurance for a month in the city and its suburbs. " * 3,
    )
)


def test_a_jsonld_headline_that_is_the_long_description_gives_way_to_og_title() -> None:
    # CMSs fill an empty headline field with the excerpt: it repeats the description word
    # for word and runs longer than a headline; og:title and the <h1> name the headline
    excerpt = (
        "The annual meeting brought together leading experts, thought leaders and clinicians "
        "to Orlando to showcase the latest in science and practice. I have compiled five "
        "trends that stood out to me while walking the expo hall and si"
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": excerpt})
    head = (
        f'<script type="application/ld+json">{ld}</script>'
        f'<meta name="description" content="{excerpt}">'
        '<meta property="og:title" content="5 Trends from 2025">'
    )
    art = _parse(_page(f"<h1>5 Trends from 2025</h1>{_STORY}", head=head, lang="en"))
    assert art.title == "5 Trends from 2025"
    # a short headline that the description repeats is still the headline
    short = "Five trends from the annual meeting"
    ld = json.dumps({"@type": "NewsArticle", "headline": short})
    head = (
        f'<script type="application/ld+json">{ld}</script>'
        f'<meta name="description" content="{short}">'
        '<meta property="og:title" content="Other words entirely here">'
    )
    assert _parse(_page(_STORY, head=head, lang="en")).title == short


def test_an_h1_that_reads_as_a_description_is_not_the_headline() -> None:
    head = '<meta property="og:title" content="The 10 Best Home Projects of 2023">'
    h1 = (
        "<h1>Learn which home renovations pay off. Get expert tips on how to weigh the cost "
        "of each project.</h1>"
    )
    art = _parse(_page(h1 + _STORY, head=head, lang="en"))
    assert art.title == "The 10 Best Home Projects of 2023"
    # a question or an exclamation, even in brackets, ends a headline
    h1 = "<h1>How to Use Gym Equipment (With Confidence!)</h1>"
    art = _parse(_page(h1 + _STORY, head=head, lang="en"))
    assert art.title == "How to Use Gym Equipment (With Confidence!)"


def test_common_ancestor_does_not_mistake_a_freed_proxy_for_an_ancestor() -> None:
    # Ancestors were remembered by id(): lxml frees an ancestor's proxy once looked at,
    # the next proxy takes its address, and b's own parent "matched". Every call on these
    # two disjoint branches went wrong, and on real pages the result hung on memory layout.
    branch_a = "".join(f"<div class='a{i}'>" for i in range(30)) + "<p id='a'>x</p>" + "</div>" * 30
    branch_b = "<section>" * 30 + "<p id='b'>y</p>" + "</section>" * 30
    root = etree.fromstring(f"<html><body>{branch_a}{branch_b}</body></html>", etree.HTMLParser())
    a, b = root.find(".//p[@id='a']"), root.find(".//p[@id='b']")
    for _ in range(200):
        common = _common_ancestor(a, b)
        assert common is not None and common.tag == "body"


def test_an_escaped_separator_and_a_host_named_site_are_cut_from_the_declared_title() -> None:
    # "&bull;" left escaped in the metadata hid the separator; the site part, "The
    # Nutrition Source", is the host's first label written with spaces
    head = (
        '<meta property="og:title" content="Healthy Eating Plate &amp;bull; The Nutrition Source">'
    )
    page = _page("<h1>Healthy Eating Plate</h1>" + _STORY, head=head, lang="en")
    art = newsparse.parse(page.encode(), url="https://nutritionsource.example.edu/plate/")
    assert art.title == "Healthy Eating Plate"
    assert art.site_name == "The Nutrition Source"


def test_an_h1_that_goes_on_where_the_declared_title_stops_is_the_title() -> None:
    head = '<meta property="og:title" content="Plumbing Tips: 11 Best Practices &amp; Upgrades">'
    h1 = "<h1>Plumbing Tips: 11 Best Practices &amp; Upgrades to Prevent Issues</h1>"
    art = _parse(_page(h1 + _STORY, head=head, lang="en"))
    assert art.title == "Plumbing Tips: 11 Best Practices & Upgrades to Prevent Issues"
    # a kicker in front of the declared headline is still left out
    h1 = "<h1>Home care: Plumbing Tips: 11 Best Practices &amp; Upgrades</h1>"
    art = _parse(_page(h1 + _STORY, head=head, lang="en"))
    assert art.title == "Plumbing Tips: 11 Best Practices & Upgrades"


@pytest.mark.parametrize(
    "name", ["published", "citation_publication_date", "citation_online_date", "citation_date"]
)
def test_publication_date_meta_names(name: str) -> None:
    head = f'<meta name="{name}" content="July 17, 2025">'
    art = _parse(_page("<h1>Twelve tools for data work</h1>" + _STORY, head=head, lang="en"))
    assert art.published is not None
    assert (art.published.year, art.published.month, art.published.day) == (2025, 7, 17)


@pytest.mark.parametrize(
    ("attr", "name"),
    [
        ("property", "og:article:published_time"),
        ("name", "cXenseParse:recs:publishtime"),
        ("name", "DC.date.created"),
        ("name", "dcterms.date"),
        ("name", "OriginalPublicationDate"),
        ("property", "rnews:datePublished"),
        ("name", "publish_date"),
        ("itemprop", "dateCreated"),
    ],
)
def test_rarer_publication_date_meta_names(attr: str, name: str) -> None:
    head = f'<meta {attr}="{name}" content="2025-07-17T21:30:00+02:00">'
    art = _parse(_page("<h1>Twelve tools for data work</h1>" + _STORY, head=head, lang="en"))
    assert art.published is not None and art.published.isoformat() == "2025-07-17T21:30:00+02:00"
    assert art.evidence["published"].origin == f"meta:{name.lower()}"


def test_a_recommended_story_with_an_h1_of_its_own_stays_related() -> None:
    # Feeds append the next story, <h1> and all, under a "recommend" wrapper; only the
    # headline's <h1> makes a wrapper's mark a layout name.
    title = "两会观察：扩大内需成为今年经济工作重点"
    story = "".join(f"<p>{p}</p>" for p in PARAS_ZH[:3])
    body = (
        f"<div class='detail'><h1>{title}</h1><div class='article_content'>{story}</div>"
        "<div class='detail-content__recommend--wrapper'>"
        "<h1>31岁在春晚一炮而红，观众都以为他隐退了</h1>"
        f"<div class='recommend-body'><p>{PARAS_ZH[3]}</p></div>"
        "</div></div>"
    )
    art = _parse(_page(body, head=f'<meta property="og:title" content="{title}">'))
    assert art.title == title
    assert art.text == "\n\n".join(PARAS_ZH[:3])
    related = {b.text for b in art.blocks if b.kind is Kind.RELATED_LINKS}
    assert PARAS_ZH[3] in related


def test_a_footer_inside_a_figure_is_the_figures_not_the_pages() -> None:
    # Listicles put each item's text in the footer of its figure ("subbuzz__figure-footer");
    # a page footer never sits inside a <figure>.
    items = "".join(
        f"<h2>{n}. A useful thing</h2><figure><img src='/i{n}.jpg'>"
        f"<div class='item__figure-footer'><p>{p}</p></div></figure>"
        for n, p in enumerate(PARAS_EN, 1)
    )
    body = f"<article><h1>Three useful things</h1>{items}</article><footer><p>About us</p></footer>"
    art = _parse(_page(body, lang="en"))
    assert [b.text for b in art.blocks if b.kind is Kind.PARAGRAPH] == PARAS_EN
    assert any(b.text == "About us" and b.kind is Kind.FOOTER for b in art.blocks)


def test_a_framework_hidden_element_deep_in_the_tree_is_hidden() -> None:
    # The walk reads every depth the same way (no recursion): what the CSS framework
    # classes hide is hidden boilerplate 205 elements deep as well
    story = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    deep = "<div>" * 205
    hidden = "<div class='paywall hidden'><p>GONE，订阅后继续阅读全文内容。</p></div>"
    body = f"<h1>两会观察：扩大内需成为今年经济工作重点</h1>{deep}{story}{hidden}"
    art = _parse(_page(body + "</div>" * 205))
    assert PARAS_ZH[0] in art.text
    assert "GONE" not in art.text
    assert [b.kind for b in art.blocks if "GONE" in b.text] == [Kind.HIDDEN]


def test_the_title_leaves_out_soft_hyphens_the_block_keeps_them() -> None:
    # German sites hyphenate their <h1> with &shy;: invisible on screen, but a title with
    # them matches no search for its words
    story = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    h1 = "Pal&shy;äs&shy;ti&shy;nen&shy;ser legt Ver&shy;fas&shy;sungs&shy;be&shy;schwer&shy;de ein"
    art = newsparse.parse(
        f"<html><head><title>x</title></head><body><h1>{h1}</h1>{story}</body></html>"
    )
    assert art.title == "Palästinenser legt Verfassungsbeschwerde ein"
    assert any("\xad" in b.text for b in art.blocks)  # the page's text as it is
    dump = "Home | News\n\nZero\u200bwidth in a head\xadline here\n\n" + "\n\n".join(PARAS_EN)
    assert newsparse.parse(dump).title == "Zerowidth in a headline here"


def test_a_short_post_under_its_headline_beats_the_longer_teasers_below() -> None:
    # A one-line blog post: the element under the headline holds a picture and one line;
    # the recommended posts below, in plain <div>s, carry more running text. The story's
    # element anchored under the headline is the article; a line alone under a picture is
    # the post itself, not a caption.
    post = "春季花展今日在人民公园开幕 欢迎广大市民朋友前来参观游览 开放时间九点至五点"
    widgets = "".join(f"<div><a href='/w{n}'>按钮{n}</a></div>" for n in range(12))
    teasers = "".join(
        f"<div class='item'><div class='t'><a href='/p{n}'>另一篇文章的标题第{n}篇</a></div>"
        f"<div class='n'>某某的博客</div><div class='d'>05-1{n}</div><div class='s'>{p}</div></div>"
        for n, p in enumerate(PARAS_ZH, 1)
    )
    body = (
        "<div class='box'><h1>春季花展开幕</h1><div class='info'><div>张三</div>"
        "<div>于 2024-03-05 10:20 发布</div><div>阅读量340</div><div>点赞数</div></div>"
        f"<article><div class='article_content'><p><img src='/a.png'><br>{post}</p></div>"
        f"</article></div><div class='bar'>{widgets}</div><div class='list'>{teasers}</div>"
    )
    art = _parse(_page(body, head="<title>春季花展开幕_某某的博客</title>"))
    assert art.title == "春季花展开幕"
    assert art.text == post


def test_a_short_story_is_not_lost_to_a_longer_footer_outside_its_element() -> None:
    # One paragraph and a list under the headline; the footer's legal text is longer
    # running text, but it lies below the element that holds the story.
    legal = f"<p>{PARAS_EN[1]} {PARAS_EN[2]}</p>"
    items = ["General procedures at the counter", "Steps for hired vehicles", "Losses"]
    story = (
        f"<p>{PARAS_EN[0]}</p><p>Topics in the guide include:</p><ul>"
        + "".join(f"<li>{t}</li>" for t in items)
        + "</ul>"
    )
    body = (
        "<div class='page'><h1>Rental practices</h1><div class='entry-content'>"
        f"{story}</div><div class='form'><div>First Name*</div><div>Email*</div>"
        "<div>Phone*</div><div>Company*</div></div>"
        f"<div class='bottom'>{legal * 3}</div></div>"
    )
    art = _parse(_page(body, lang="en", head="<title>Rental practices</title>"))
    assert [b.text for b in art.body] == [PARAS_EN[0], "Topics in the guide include:", *items]


def _dated_page(shown: str, extra: str = "") -> newsparse.Article:
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Twelve tools for data work",
        "datePublished": "2024-01-10T09:00:00Z",
        "dateModified": "2025-03-05T16:20:00Z",
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        f"<article><h1>Twelve tools for data work</h1><div>{shown}</div>{_STORY}{extra}</article>"
    )
    return _parse(_page(body, head=head, lang="en"))


def test_a_page_that_shows_only_its_update_day_is_dated_that_day() -> None:
    # The metadata declares both times; the reader sees only "Updated March 5, 2025".
    art = _dated_page("Updated March 5, 2025")
    assert art.published is not None and art.published.date().isoformat() == "2025-03-05"
    assert any("last-modified day" in w for w in art.warnings)


def test_a_page_that_shows_its_publication_day_keeps_it() -> None:
    art = _dated_page("Updated March 5, 2025", "<p>First published January 10, 2024.</p>")
    assert art.published is not None and art.published.date().isoformat() == "2024-01-10"


def test_the_standfirst_above_the_byline_opens_the_story() -> None:
    # Kicker, headline, standfirst, then byline, date and picture: the story's region
    # starts under the byline, but the standfirst is the story's first paragraph.
    lede = (
        "The council's vote ends a two-year fight over the city's streets, and the first "
        "lanes should open before the end of next year, officials said on Tuesday."
    )
    body = (
        "<header><div class='kicker'>Transport</div><h1>Council backs bike lane plan</h1>"
        f"<p class='lede'>{lede}</p><div>By Jane Doe</div><div>March 5, 2024</div>"
        "<figure><img src='/bike.jpg'></figure></header>"
        "<div class='story'>" + "".join(f"<p>{p}</p>" for p in PARAS_EN) + "</div>"
    )
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert art.title == "Council backs bike lane plan"
    assert [b.text for b in art.body] == [lede, *PARAS_EN]
    assert art.authors == ["Jane Doe"]


def test_a_bibliography_after_the_story_is_not_its_text() -> None:
    # A wiki-style page: the references under their head are long, punctuated lines that
    # would otherwise pass for running text inside the article's element.
    refs = "".join(
        f"<li>^ 作者{n}. 关于扩大内需的若干思考，经济研究，2023年第{n}期，第{n}页至第{n + 9}页。</li>"
        for n in range(1, 13)
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    body = (
        f"<div class='mw-body'><h1>扩大内需</h1><div class='content'>{paras}"
        f"<h2>参考文献<span>[编辑]</span></h2><ol class='references'>{refs}</ol></div></div>"
    )
    art = _parse(_page(body, head="<title>扩大内需 - 百科</title>"))
    assert art.text == "\n\n".join(PARAS_ZH)
    head = next(b for b in art.blocks if b.text.startswith("参考文献"))
    assert head.role is Role.BOILERPLATE


def _declared_page(shown: str, published: str, modified: str) -> newsparse.Article:
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Twelve tools for data work",
        "datePublished": published,
        "dateModified": modified,
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = f"<article><h1>Twelve tools for data work</h1><div>{shown}</div>{_STORY}</article>"
    return _parse(_page(body, head=head, lang="en"))


def test_a_publication_date_the_header_states_in_words_wins() -> None:
    art = _declared_page("Published Apr 26, 2023", "2025-08-21T10:00:00Z", "2025-08-22T11:00:00Z")
    assert art.published is not None and art.published.date().isoformat() == "2023-04-26"


def test_a_publication_stamped_with_the_last_save_gives_way_to_the_shown_day() -> None:
    # datePublished carries dateModified's clock reading: the CMS stamps both on save.
    art = _declared_page("March 1, 2024", "2024-07-05T14:20:08Z", "2024-07-05T14:20:08-04:00")
    assert art.published is not None and art.published.date().isoformat() == "2024-03-01"
    # a distinct publication time is kept
    art = _declared_page("March 1, 2024", "2024-07-01T09:00:00Z", "2024-07-05T14:20:08Z")
    assert art.published is not None and art.published.date().isoformat() == "2024-07-01"


def test_a_table_that_closes_the_story_is_part_of_it() -> None:
    # The story ends on a comparison table: its short cells score nothing as text, but
    # they sit in the story's element right after its last paragraph.
    cells = ["Certificate", "Certification", "Set by a school", "Set by an industry body"]
    table = "<table><tr>" + "".join(f"<td>{c}</td>" for c in cells[:2]) + "</tr><tr>"
    table += "".join(f"<td>{c}</td>" for c in cells[2:]) + "</tr></table>"
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        f"<h1>Certificates and certifications</h1><div class='entry-content'>{paras}{table}</div>"
        "<footer><p>About us</p></footer>"
    )
    art = _parse(_page(body, lang="en", head="<title>Certificates and certifications</title>"))
    table_text = "Certificate\tCertification\nSet by a school\tSet by an industry body"
    assert [b.text for b in art.body] == [*PARAS_EN, table_text]
    assert art.body[-1].kind.value == "table"
    assert art.body[-1].rows == [cells[:2], cells[2:]]


def test_a_story_split_into_chunks_around_a_most_read_box_is_one_story() -> None:
    # The page cuts the story's text into containers of one class, each in a grid cell of
    # its own, with a "most read" box between them: every chunk is the story's.
    chunk = "<div class='grid'><div class='body__inner-container'>{}</div></div>"
    teasers = "".join(
        f"<div class='summary-item'><div>Style</div><div>Teaser headline number {n}</div>"
        f"<p>Writer {n}</p></div>"
        for n in range(1, 4)
    )
    more = [
        "The plan also includes new crossings near schools, which parents have asked for "
        "since a child was injured on the main road two winters ago, the council said.",
        "Officials said the first stretch would link the railway station with the university "
        "campus, a route that thousands of students ride every day in every kind of weather.",
    ]
    body = (
        "<div class='grid'><h1>Council backs bike lane plan</h1></div>"
        + chunk.format("".join(f"<p>{p}</p>" for p in PARAS_EN[:2]))
        + f"<div class='most-popular related'><div>Most read</div>{teasers}</div>"
        + chunk.format("".join(f"<p>{p}</p>" for p in [PARAS_EN[2], *more]))
        + "<footer><p>About us</p></footer>"
    )
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == [*PARAS_EN, *more]
    teaser = next(b for b in art.blocks if b.text == "Teaser headline number 1")
    assert teaser.role is Role.BOILERPLATE


def test_a_byline_in_a_related_box_does_not_restart_the_story() -> None:
    # Teasers' bylines and dates inside a marked "related" box between two parts of the
    # story are the teasers', not a header that a new story starts under.
    teasers = "".join(
        f"<div>Another story on transport, part {n}</div><div>By Jane Roe</div>"
        f"<div>March {n}, 2024</div>"
        for n in range(1, 6)
    )
    more = [
        "Officials said the first stretch would link the railway station with the university "
        "campus, a route that thousands of students ride every day in every kind of weather.",
        "The plan also includes new crossings near schools, which parents have asked for "
        "since a child was injured on the main road two winters ago, the council said.",
    ]
    body = (
        "<article><h1>Council backs bike lane plan</h1><div>By John Doe</div>"
        f"<p>{PARAS_EN[0]}</p><p>{PARAS_EN[1]}</p>"
        f"<div class='related'><div>Related</div>{teasers}</div>"
        f"<p>{PARAS_EN[2]}</p><p>{more[0]}</p><p>{more[1]}</p></article>"
    )
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == [*PARAS_EN, *more]


def test_a_story_split_into_blocks_of_one_paragraph_sections_is_one_story() -> None:
    # Paragraphs sit in sections of their own; the page groups them into blocks of one
    # class, with ads and a "trending" list between the blocks.
    more = [
        "The plan also includes new crossings near schools, which parents have asked for "
        "since a child was injured on the main road two winters ago, the council said.",
        "Officials said the first stretch would link the railway station with the university "
        "campus, a route that thousands of students ride every day in every kind of weather.",
    ]

    def block(paras: list[str]) -> str:
        secs = "".join(
            f"<section class='element'><div class='inline'><p>{p}</p></div></section>"
            for p in paras[1:]
        )
        return f"<div class='story-block-content'><p>{paras[0]}</p>{secs}</div>"

    trending = "".join(f"<li><a href='/t{n}'>Trending story number {n}</a></li>" for n in range(8))
    body = (
        "<h1>Council backs bike lane plan</h1>"
        + block(PARAS_EN[:2])
        + "<div class='ad-slot'><div>Advertisement</div><div>Story continues below</div></div>"
        + f"<div class='trending-list'><h3>Trending</h3><ul>{trending}</ul></div>"
        + block([PARAS_EN[2], *more])
        + "<footer><p>About us</p></footer>"
    )
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == [*PARAS_EN, *more]


def test_a_widget_label_repeated_between_paragraphs_is_not_a_heading() -> None:
    # The page puts the same bare <div> label between every two paragraphs; a <strong>
    # sub-heading used three times ("Pros") stays part of the story.
    label = "<div>Article content</div>"
    paras = label + label.join(f"<p>{p}</p>" for p in PARAS_EN) + label
    body = f"<article><h1>Council backs bike lane plan</h1>{paras}</article>"
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == PARAS_EN
    labels = [b for b in art.blocks if b.text == "Article content"]
    assert len(labels) == 4 and all(b.role is Role.BOILERPLATE for b in labels)
    pros = "".join(f"<h3>Pros</h3><p>{p}</p>" for p in PARAS_EN)
    intro = (
        "<p>Three cities put forward plans this year, and each of them was weighed by "
        "the council's transport committee before the vote, officials said on Tuesday.</p>"
    )
    body = f"<article><h1>Three bike lane plans</h1>{intro}{pros}</article>"
    art = _parse(_page(body, lang="en", head="<title>Three bike lane plans</title>"))
    assert [b.text for b in art.body if b.text == "Pros"] == ["Pros"] * 3


def test_placeholder_text_is_not_the_story() -> None:
    lorem = (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud."
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    tabs = "".join(f"<div class='tab'><h3>Tab {n}</h3><p>{lorem}</p></div>" for n in range(4))
    body = f"<article><h1>Council backs bike lane plan</h1>{paras}{tabs}</article>"
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert "Lorem ipsum" not in art.text
    assert all(p in art.text for p in PARAS_EN)


@pytest.mark.parametrize(
    "prompt",
    [
        "Subscribe to keep reading: your first month costs one euro.",
        "有料会員になると会員限定の有料記事もお読みいただけます。",
        "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
    ],
)
def test_a_subscription_prompt_inside_the_story_is_not_its_text(prompt: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = f"<article><h1>Council backs bike lane plan</h1>{paras}<p>{prompt}</p></article>"
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == PARAS_EN


def test_short_points_that_open_the_story_element_are_its_text() -> None:
    # The story's element opens with a list of short key points, then the paragraphs:
    # the points score nothing as running text, but they are the story's.
    points = ["New lanes in the north", "Work starts in spring", "Shops worry about parking"]
    story = "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    story += "".join(f"<p>{p}</p>" for p in PARAS_EN)
    body = (
        "<h1>Council backs bike lane plan</h1><div>By Jane Doe</div><div>March 5, 2024</div>"
        f"<div class='article-body'>{story}</div><footer><p>About us</p></footer>"
    )
    art = _parse(_page(body, lang="en", head="<title>Council backs bike lane plan</title>"))
    assert [b.text for b in art.body] == [*points, *PARAS_EN]


def test_a_hidden_story_a_script_reveals_is_read_a_hidden_copy_is_not() -> None:
    # WeChat's #js_content is visibility:hidden until its script runs: it holds the page's
    # text, and the page shows next to nothing else, so it is read (with a warning)
    story = "".join(f"<p>{p}</p>" for p in PARAS_ZH)
    head = "<h1>两会观察：扩大内需成为今年经济工作重点</h1>"
    wechat = _parse(_page(f"{head}<div id='js_content' style='visibility: hidden;'>{story}</div>"))
    assert wechat.text == "\n\n".join(PARAS_ZH)
    assert any("read as visible" in w for w in wechat.warnings)
    # a page that shows its story keeps a hidden copy of it (a print or mobile variant) hidden
    copy = _parse(_page(f"{head}{story}<div style='display:none'>{story}</div>"))
    assert copy.text == "\n\n".join(PARAS_ZH)
    assert sum(b.kind is Kind.HIDDEN for b in copy.blocks) == len(PARAS_ZH)
    assert not any("read as visible" in w for w in copy.warnings)


def test_hidden_text_inside_a_sentence_is_left_out_with_a_warning() -> None:
    story = "".join(f"<p>{p}</p>" for p in PARAS_EN)
    art = _parse(
        _page(
            f"<h1>Council backs bike lane plan</h1>{story}"
            "<p>Read <span style='display:none'>TRACKING</span>more.</p>",
            lang="en",
        )
    )
    assert all("TRACKING" not in b.text for b in art.blocks)
    assert any("8 characters of text hidden inside sentences" in w for w in art.warnings)
