"""`portal match --report`'s private HTML report in a real browser: valid HTML (Nu), no axe-core
violations at 375 and 1280 px, no sideways scrolling on a phone, and kept out of search engines."""

from __future__ import annotations

import pathlib
import shutil
import subprocess

import pytest

import sitecheck
from conftest import FIXTURES

PHONE = sitecheck.Viewport("375", 375, 800)


@pytest.fixture(scope="module")
def report_folder(portal_binary, tmp_path_factory, results_dir) -> pathlib.Path:
    portal = tmp_path_factory.mktemp("matching") / "portal"
    shutil.copytree(FIXTURES / "matching", portal)
    # One person no mentor can take, so the report also has a table of candidates.
    people = portal / "Content/schemes/pairs/people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + """
  - id: ivo-stanek
    name: Ivo Stanek
    side: mentee
    grade: AA
    organisation: Home Office
    consent: [name]
""", encoding="utf-8")
    reports = portal / "private"
    reports.mkdir()
    done = subprocess.run([str(portal_binary), "match", "pairs", "--today", "2026-11-30", "--report", "private/report.html"],
                          cwd=portal, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shutil.copy(reports / "report.html", results_dir / "match-report.html")
    return reports


def test_the_report_is_valid_html(report_folder):
    messages = sitecheck.validate_html(report_folder)
    assert not messages, sitecheck.validator_report(messages)


@pytest.mark.parametrize("viewport", [PHONE, sitecheck.DESKTOP], ids=lambda v: v.name)
def test_the_report_passes_axe_and_does_not_scroll_sideways(report_folder, browser, viewport, results_dir):
    server = sitecheck.LocalServer(report_folder)
    try:
        browser.use(viewport)
        browser.open(server.url("report.html"))
        violations = browser.run_axe()
        assert not violations, [v["id"] for v in violations]
        assert browser.check_reflow() is None
        browser.driver.save_screenshot(str(results_dir / f"match-report-{viewport.name}.png"))
        text = browser.driver.find_element("tag name", "main").text
        assert "Private: this report holds personal data" in text
        assert "ivo-stanek" in text and "Left without a partner" in text
    finally:
        server.close()


def test_the_report_asks_search_engines_to_keep_out(report_folder):
    page = (report_folder / "report.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex, nofollow">' in page
