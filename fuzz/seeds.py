"""Write a small seed corpus for fuzz/fuzz_parse.py: the test fixtures plus synthetic
pages and dumps (never pages of the development corpus).

Usage: ``python -m fuzz.seeds OUT_DIR {html,text}``. Each seed file starts with the
harness's selector byte (0: pass as bytes).
"""

from __future__ import annotations

import sys
from pathlib import Path

ZH = "连云港市网络社会组织党建经验在全国交流展示，会议在北京召开，多家单位作了发言。"
EN = "The council approved the budget on Tuesday, after a long debate about taxes and parks."
ROOT = Path(__file__).resolve().parent.parent


def _page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (
        f"<!DOCTYPE html><html lang='zh'><head><meta charset='{charset}'>"
        f"<title>标题_频道_站点</title>{head}</head><body>{body}</body></html>"
    )


def html_seeds() -> list[bytes]:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"标题",'
        '"datePublished":"2019-07-23T18:45:00+08:00","author":[{"name":"张三"}],'
        '"keywords":"a,b"}</script><meta property="og:site_name" content="站点">'
    )
    article = (
        "<nav><a href='/'>首页</a> &gt; <a href='/n'>新闻</a></nav><article><h1>标题</h1>"
        "<div class='info'>2019-07-23 18:45 来源：新华社</div>"
        f"<p>{ZH}</p><figure><img src='a.jpg' alt='图'><figcaption>图为会场。</figcaption>"
        f"</figure><p>{ZH}</p><h2>小标题</h2><ul><li>{EN}</li></ul>"
        f"<table><tr><td>{ZH}</td></tr></table><p>责编：张三</p></article>"
        "<aside class='related'><h3>相关新闻</h3><a href='x'>另一条</a></aside>"
        "<footer>版权所有 &copy; 2019</footer>"
    )
    pages = [
        _page(article, ld),
        _page(f"<div>{ZH}<br>{ZH}<br><br>{EN}</div>"),
        _page(f"<!-- <p>{ZH}</p> --><p>{EN}&amp;&#x4e2d;&bogus;</p>"),
        _page(f"<div style='display:none'>{ZH}</div><p hidden>{EN}</p>"),
        "<html><frameset><frame src='a.html'></frameset></html>",
        _page("<div><p>" + ZH + "<p>" + EN + "<span><b>" + ZH),
    ]
    out = [p.encode() for p in pages]
    out.append(_page(f"<p>{ZH}</p>", charset="gbk").encode("gb18030"))
    out.append(
        _page("<p>東京で会議が開かれた。</p>", charset="shift_jis").encode("shift_jis", "replace")
    )
    return out


def text_seeds() -> list[bytes]:
    dump = "\n".join(
        [
            "首页 > 新闻",
            "标题在这里",
            "2019-07-23 18:45 来源：新华社",
            ZH,
            "",
            "photo.jpg",
            "图为会场。",
            ZH,
            EN,
            "相关新闻",
            "另一条新闻",
            "责编：张三",
            "版权所有",
        ]
    )
    out = [dump.encode(), dump.encode("utf-16"), dump.encode("gb18030"), EN.encode()]
    seed = ROOT / "tests" / "fixtures" / "reference" / "seed" / "input.txt"
    if seed.exists():
        out.append(seed.read_bytes())
    return out


def main() -> None:
    out, kind = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    seeds = html_seeds() if kind == "html" else text_seeds()
    for k, data in enumerate(seeds):
        (out / f"seed-{k:02d}").write_bytes(b"\x00" + data)
    print(f"{len(seeds)} seeds written to {out}")


if __name__ == "__main__":
    main()
