"""The link checker itself, on small hand-written sites."""

from __future__ import annotations

import pathlib

import sitecheck


def write(root: pathlib.Path, files: dict[str, str]) -> pathlib.Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def page(body: str) -> str:
    return f"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>\n{body}\n</body></html>\n"


def broken(root: pathlib.Path) -> list[tuple[str, int, str, str]]:
    return [(b.link.file, b.link.line, b.link.url, b.reason) for b in sitecheck.check_links(root).broken]


def test_links_that_resolve(tmp_path):
    site = write(tmp_path, {
        "index.html": page('<a href="schemes/a/">folder</a> <a href="schemes/a/index.html#intro">anchor there</a>\n'
                           '<a href="#top">top</a> <a href="#">nowhere</a> <a href="#here" id="here">self</a>\n'
                           '<link rel="stylesheet" href="assets/style.css"><img src="assets/caf%C3%A9.png" alt="x">\n'
                           '<a href="schemes/a/?tab=1">query</a> <a href="schemes/a">folder, no slash</a>'),
        "schemes/a/index.html": page('<h2 id="intro">Intro</h2><a name="old">old</a>\n'
                                     '<a href="../../index.html">home</a> <a href="../../">root folder</a>\n'
                                     '<a href="/assets/style.css">from the root</a> <a href="#old">named anchor</a>'),
        "assets/style.css": "body {}",
        "assets/café.png": "png",
    })
    report = sitecheck.check_links(site)
    assert report.broken == []
    assert report.internal_count == 13
    assert report.external == {}


def test_missing_pages_files_and_folders(tmp_path):
    site = write(tmp_path, {
        "index.html": page('<a href="nope/">no folder</a>\n'
                           '<a href="empty/">folder without index</a>\n'
                           '<img src="missing.png" alt="">\n'
                           '<a href="../outside.html">outside</a>\n'
                           '<a href="">empty</a>'),
        "empty/readme.txt": "x",
    })
    assert broken(site) == [
        ("index.html", 2, "nope/", "there is no folder ‘nope/’"),
        ("index.html", 3, "empty/", "the folder has no index.html: ‘empty/index.html’ is missing"),
        ("index.html", 4, "missing.png", "there is no file ‘missing.png’"),
        ("index.html", 5, "../outside.html", "the link leads outside the site's folder"),
        ("index.html", 6, "", "the link is empty"),
    ]


def test_missing_anchors(tmp_path):
    site = write(tmp_path, {
        "index.html": page('<a href="#gone">here</a>\n<a href="other.html#Intro">case matters</a>\n'
                           '<a href="style.css#x">not a page</a>'),
        "other.html": page('<h2 id="intro">Intro</h2>'),
        "style.css": "",
    })
    assert broken(site) == [
        ("index.html", 2, "#gone", "there is no element with id=\"gone\" on ‘index.html’"),
        ("index.html", 3, "other.html#Intro", "there is no element with id=\"Intro\" on ‘other.html’"),
        ("index.html", 4, "style.css#x", "‘#x’ points into ‘style.css’, which is not an HTML page"),
    ]


def test_external_links_are_listed_with_their_pages_not_fetched(tmp_path):
    site = write(tmp_path, {
        "index.html": page('<a href="https://no-such-host.invalid/x">web</a> <a href="mailto:a@example.org">mail</a>\n'
                           '<a href="tel:+441234567890">phone</a> <a href="//cdn.invalid/x.js">protocol-relative</a>\n'
                           '<img src="data:image/png;base64,AAAA" alt="inline">'),
        "b/index.html": page('<a href="https://no-such-host.invalid/x">web again</a>'),
    })
    report = sitecheck.check_links(site)
    assert report.broken == []
    assert report.external == {
        "https://no-such-host.invalid/x": ["b/index.html", "index.html"],
        "mailto:a@example.org": ["index.html"],
        "tel:+441234567890": ["index.html"],
        "//cdn.invalid/x.js": ["index.html"],
    }
    listing = sitecheck.external_links_listing(report)
    assert listing.startswith("//cdn.invalid/x.js\n    index.html\nhttps://no-such-host.invalid/x\n    b/index.html\n")


def test_report_names_file_line_link_and_reason(tmp_path):
    site = write(tmp_path, {"a/index.html": page('<p>\n<a href="../b/">b</a>')})
    text = sitecheck.broken_links_report(sitecheck.check_links(site))
    assert text == "a/index.html:3: <a> ‘../b/’: there is no folder ‘b/’"
