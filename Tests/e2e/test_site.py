"""Every page of the demo portal, checked by the clients an auditor would use: the Nu HTML Checker,
axe-core in headless Chromium at 1280 and 320 px (and 1280 px in the dark colour scheme), a link
checker, a keyboard check of the skip link and a reflow check; plus screenshots for a person."""

from __future__ import annotations

import pathlib

import pytest

import sitecheck
from conftest import note

VIEWPORTS = [sitecheck.DESKTOP, sitecheck.NARROW, sitecheck.DESKTOP_DARK]


def test_every_page_is_valid_html(demo_site, results_dir):
    messages = sitecheck.validate_html(demo_site)
    report = sitecheck.validator_report(messages)
    (results_dir / "html-validator.txt").write_text((report or "No messages.") + "\n", encoding="utf-8")
    errors = [m for m in messages if m.is_error]
    warnings = [m for m in messages if m.kind == "warning"]
    note(f"Nu HTML Checker: {len(errors)} errors, {len(warnings)} warnings "
         f"on {len(sitecheck.html_pages(demo_site))} pages")
    assert not errors, f"the Nu HTML Checker found {len(errors)} errors:\n{sitecheck.validator_report(errors)}"


def test_every_internal_link_and_anchor_resolves(demo_site, results_dir):
    report = sitecheck.check_links(demo_site)
    listing = results_dir / "external-links.txt"
    listing.write_text(sitecheck.external_links_listing(report), encoding="utf-8")
    pages = {page for pages in report.external.values() for page in pages}
    note(f"Links: {report.internal_count} internal links checked; {len(report.external)} external "
         f"addresses (on {len(pages)} pages) listed, not fetched, in {listing}")
    assert report.internal_count > 0
    assert not report.broken, \
        f"{len(report.broken)} broken links:\n{sitecheck.broken_links_report(report)}"


def test_axe_is_the_4_12_engine(browser, demo_sweep):
    assert browser.axe_version.startswith("4.12."), browser.axe_version


def test_every_page_was_checked_in_the_browser(demo_site, demo_sweep):
    pages = {sitecheck.relative(p, demo_site) for p in sitecheck.html_pages(demo_site)}
    for viewport in VIEWPORTS:
        checked = {r.page for r in demo_sweep if r.viewport == viewport}
        if viewport.sample:
            assert checked == set(sitecheck.sample_pages(demo_site)) and checked < pages, viewport.label
            assert {"index.html", "404.html"} <= checked
        else:
            assert checked == pages, viewport.label
    assert "index.html" in pages and "404.html" in pages


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=[v.name for v in VIEWPORTS])
def test_axe_finds_no_violations(demo_sweep, viewport):
    results = [r for r in demo_sweep if r.viewport == viewport]
    failing = [r for r in results if r.axe_violations]
    assert not failing, (f"axe-core found violations on {len(failing)} of {len(results)} pages at "
                         f"{viewport.label}:\n{sitecheck.axe_report(failing)}")


@pytest.mark.parametrize("viewport", VIEWPORTS[:2], ids=[v.name for v in VIEWPORTS[:2]])
def test_first_tab_focuses_the_skip_link_which_moves_focus_to_main(demo_sweep, viewport):
    results = [r for r in demo_sweep if r.viewport == viewport]
    assert not any(r.keyboard_problem for r in results), sitecheck.keyboard_report(results)


def test_no_page_scrolls_sideways_at_320_px(demo_sweep):
    results = [r for r in demo_sweep if r.viewport == sitecheck.NARROW]
    assert not any(r.reflow_problem for r in results), sitecheck.reflow_report(results)


def _pages_for_screenshots(site: pathlib.Path) -> dict[str, pathlib.Path]:
    """The home page; a scheme's overview and key dates (OPEN Peer Mentoring when it is there);
    the first scheme with a handbook: its index and first page."""
    schemes = sorted((site / "schemes").iterdir(), key=lambda p: (p.name != "open-peer-mentoring", p.name))
    dated = [s for s in schemes if (s / "key-dates" / "index.html").is_file()]
    with_handbook = [s for s in schemes if any((s / "handbook").glob("*/index.html"))]
    if not dated or not with_handbook:
        pytest.fail("the demo needs a scheme with key dates and a scheme with a handbook for the screenshots")
    handbook = with_handbook[0] / "handbook"
    return {
        "home": site / "index.html",
        "scheme-overview": dated[0] / "index.html",
        "key-dates": dated[0] / "key-dates" / "index.html",
        "handbook": handbook / "index.html",
        "handbook-page": sorted(handbook.glob("*/index.html"))[0],
    }


def test_screenshots(browser, demo_server, demo_site, results_dir):
    pages = _pages_for_screenshots(demo_site)
    folder = results_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    written = []
    for viewport in (sitecheck.DESKTOP, sitecheck.NARROW):
        browser.use(viewport)
        for name, page in pages.items():
            browser.open(demo_server.url(sitecheck.relative(page, demo_site)))
            path = folder / f"{name}-{viewport.name}.png"
            browser.screenshot(path)
            written.append(path)
    for path in written:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000, path
    note(f"Screenshots: {len(written)} PNG files in {folder}")


# What the stage above does, as the accessibility statements must say it.
STATEMENT_FACTS = ["Nu HTML Checker", "axe-core", "version 4.12", "2.0, 2.1 and 2.2", "levels A and AA",
                   "headings in order", "1280 pixels wide", "320 pixels wide", "dark colour scheme",
                   "link to a section of a page", "listed but not followed", "Tab key",
                   "Skip to main content", "scrolling from side to side"]


@pytest.mark.parametrize("which", ["demo", "built-in"])
def test_accessibility_statement_says_what_is_tested(which, demo_site, broken_site):
    """Content/pages/accessibility.md (the demo's) and Theme/templates/accessibility.mustache (used
    by the fixture, which has no statement of its own) describe these checks."""
    site = demo_site if which == "demo" else broken_site
    html = (site / "accessibility" / "index.html").read_text(encoding="utf-8")
    text = " ".join(html.replace("&amp;", "&").replace("&quot;", '"').replace("&#39;", "'").split())
    missing = [fact for fact in STATEMENT_FACTS if fact not in text]
    assert not missing, f"the {which} accessibility statement does not say: {missing}"
