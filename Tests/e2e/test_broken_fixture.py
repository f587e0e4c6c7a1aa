"""Each check must fail on Tests/Fixtures/a11y-broken, whose section page is deliberately broken
(Layouts/templates/section.mustache there), and say so in words a person can act on. The fixture's
other pages use the default theme and must pass, so every report names the broken page alone."""

from __future__ import annotations

import sitecheck

BROKEN = "schemes/broken-page/broken-section/index.html"


def test_fixture_has_the_broken_page_and_clean_ones(broken_site):
    pages = {sitecheck.relative(p, broken_site) for p in sitecheck.html_pages(broken_site)}
    assert BROKEN in pages
    assert {"index.html", "schemes/broken-page/index.html"} <= pages


def test_html_validator_reports_invalid_nesting_and_missing_alt(broken_site):
    errors = [m for m in sitecheck.validate_html(broken_site) if m.is_error]
    report = sitecheck.validator_report(errors)
    assert errors, "the Nu HTML Checker found no errors on the broken page"
    assert {m.file for m in errors} == {BROKEN}, report
    texts = [m.message for m in errors]
    assert any("alt" in t and "img" in t for t in texts), report                 # <img> without alt
    assert any("p" in t and "end tag" in t for t in texts), report               # <div> inside <p>
    assert any("div" in t and "ul" in t and "not allowed" in t for t in texts), report   # <div> in <ul>
    # The report gives file, line and column, then the message.
    assert f"{BROKEN}:" in report and "error: " in report
    first = report.splitlines()[0]
    file, line, column = first.split(":")[:3]
    assert file == BROKEN and int(line) > 0 and int(column) > 0, first


def test_link_checker_reports_the_missing_page_and_anchor(broken_site):
    report = sitecheck.check_links(broken_site)
    text = sitecheck.broken_links_report(report)
    assert len(report.broken) == 2, text
    assert {b.link.file for b in report.broken} == {BROKEN}, text
    assert "‘../../../schemes/no-such-scheme/index.html’: there is no folder ‘schemes/no-such-scheme/’" in text \
        or "there is no file ‘schemes/no-such-scheme/index.html’" in text, text
    assert f"‘#no-such-section’: there is no element with id=\"no-such-section\" on ‘{BROKEN}’" in text, text
    assert "https://www.example.org/" in report.external, "external links are listed"
    assert report.external["https://www.example.org/"] == [BROKEN]


def test_axe_reports_rule_element_and_fix_at_both_widths(broken_sweep):
    failing = [r for r in broken_sweep if r.axe_violations]
    report = sitecheck.axe_report(failing)
    assert {r.page for r in failing} == {BROKEN}, report
    assert {r.viewport.name for r in failing} == {"1280", "320"}, report
    for result in failing:
        rules = {v["id"]: v for v in result.axe_violations}
        assert {"image-alt", "heading-order", "list"} <= set(rules), report
        image = rules["image-alt"]
        assert image["impact"] == "critical"
        assert image["helpUrl"].startswith("https://dequeuniversity.com/rules/axe/4.12/image-alt")
        assert any(n["html"].startswith("<img") for n in image["nodes"])
    # The report, per page and width: rule id, impact, help text, help URL, element and fix hint.
    assert f"{BROKEN} at 1280 px:" in report and f"{BROKEN} at 320 px:" in report
    assert "image-alt (critical): Images must have alternative text" in report, report
    assert "heading-order (moderate): Heading levels should only increase by one" in report, report
    assert "help: https://dequeuniversity.com/rules/axe/4.12/image-alt" in report
    assert "element: img" in report and '<img src="../../../assets/photo.png"' in report
    assert "fix: Fix any of the following:" in report and "does not have an alt attribute" in report


def test_keyboard_check_finds_no_skip_link(broken_sweep):
    failing = [r for r in broken_sweep if r.keyboard_problem]
    report = sitecheck.keyboard_report(failing)
    assert {r.page for r in failing} == {BROKEN}, report
    assert "the first Tab focused <a class=\"site-title\"" in report, report
    assert "not the skip link" in report


def test_reflow_check_finds_the_wide_box_at_320_px(broken_sweep):
    failing = [r for r in broken_sweep if r.reflow_problem]
    report = sitecheck.reflow_report(failing)
    assert [(r.page, r.viewport.name) for r in failing] == [(BROKEN, "320")], report
    assert "scrolls sideways" in report and 'style="width: 30rem"' in report, report


HAZARDS = "schemes/broken-page/handbook/markdown-hazards/index.html"


def test_markdown_that_cmark_gfm_gets_wrong_passes_every_check(broken_site, broken_sweep):
    """The fixture's handbook page holds a second `#` heading, a task list, an aligned table, an
    image without alt text, footnotes and links: the Markdown wrapper's HTML must pass."""
    html = (broken_site / HAZARDS).read_text(encoding="utf-8")
    assert html.count("<h1") == 1
    assert "align=" not in html and 'class="align-right"' in html
    assert html.count('type="checkbox"') == 2 and html.count('<input type="checkbox" checked="" disabled="" aria-label=') == 1
    assert '<img src="../../../../assets/photo.png" alt="" />' in html
    # (The Nu HTML Checker warns, without an error, that cmark-gfm's footnotes <section> has no heading.)
    errors = [m for m in sitecheck.validate_html(broken_site) if m.file == HAZARDS and m.is_error]
    assert not errors, sitecheck.validator_report(errors)
    links = sitecheck.check_links(broken_site)
    assert not [b for b in links.broken if b.link.file == HAZARDS], sitecheck.broken_links_report(links)
    # The chapter's link is on its own page and on the whole handbook's page.
    assert sorted(links.external["https://www.example.org/guide"]) == sorted([HAZARDS, "schemes/broken-page/handbook/all.html"])
    results = [r for r in broken_sweep if r.page == HAZARDS]
    assert len(results) == 2
    assert not any(r.axe_violations for r in results), sitecheck.axe_report(results)
    assert not any(r.keyboard_problem or r.reflow_problem for r in results)
