"""The whole handbook, printed: the demo's Professional Services handbook on one page, printed to PDF
by Chromium, holds every chapter's heading, names the scheme and the page number on every sheet, and
prints no navigation and no calendar links. The page itself passes the Nu checker and axe-core.

The PDF's text is read with pypdf (Tests/e2e/requirements.txt) or, failing that, poppler's pdftotext;
with neither, the printing tests are skipped and say why."""

from __future__ import annotations

import base64
import pathlib
import html
import re
import shutil
import subprocess

import pytest

import sitecheck

SCHEME = "professional-services-mentoring"
SCHEME_TITLE = "Focus on People – Professional Services Mentoring Pilot"
WHOLE = f"schemes/{SCHEME}/handbook/all.html"
INDEX = f"schemes/{SCHEME}/handbook/index.html"
# What only the site's navigation says: the skip link, the menu's controls, the breadcrumbs'
# trail and the other schemes' names (which appear in this handbook only as menu entries).
NAVIGATION = ["Skip to main content", "Pages in this scheme", "Menu", "Analysis Function Mutual Mentoring",
              "Telescope Mutual Mentoring", "Oxford Policy Peer Mentoring"]


def _pdf_pages(pdf: bytes, folder: pathlib.Path) -> list[str]:
    """The text of each printed sheet."""
    try:
        import pypdf
    except ImportError:
        pypdf = None
    if pypdf is not None:
        import io
        return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("cannot read the printed PDF's text: neither pypdf (pip install -r Tests/e2e/requirements.txt) "
                    "nor pdftotext (Debian's poppler-utils) is installed")
    path = folder / "handbook.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _squeezed(text: str) -> str:
    """Text with every run of white space one space, as headings may wrap across lines on paper."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def printed(browser, demo_server, results_dir, tmp_path_factory) -> list[str]:
    browser.use(sitecheck.DESKTOP)
    browser.open(demo_server.url(WHOLE))
    answer = browser.driver.execute_cdp_cmd("Page.printToPDF", {
        "printBackground": False, "displayHeaderFooter": False, "preferCSSPageSize": True})
    pdf = base64.b64decode(answer["data"])
    (results_dir / "whole-handbook.pdf").write_bytes(pdf)
    return _pdf_pages(pdf, tmp_path_factory.mktemp("print"))


def _chapter_titles(site: pathlib.Path) -> list[str]:
    html = (site / WHOLE).read_text(encoding="utf-8")
    contents = html.split('<nav class="handbook-contents"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<li><a href="#[^"]+">([^<]+)</a></li>', contents)


def test_the_printed_handbook_holds_every_chapter_each_from_a_new_sheet(printed, demo_site):
    titles = _chapter_titles(demo_site)
    assert len(titles) == 11, titles
    sheets = [_squeezed(page) for page in printed]
    whole = " ".join(sheets)
    for title in titles:
        assert html.unescape(title) in whole, f"the chapter ‘{title}’ is not in the printed handbook"
    # Each chapter starts a sheet: its heading is the first thing on it but the running head and page number.
    bodies = [_squeezed(re.sub(r"Page \d+ of \d+", " ", sheet.replace(SCHEME_TITLE, " ", 1))) for sheet in sheets]
    starts = [body for body in bodies if any(body.startswith(html.unescape(title)) for title in titles)]
    assert len(starts) == len(titles), f"{len(starts)} of {len(titles)} chapters start a printed sheet"


def test_every_printed_sheet_names_the_scheme_and_its_page_number(printed):
    assert len(printed) > 11
    for number, sheet in enumerate(printed, start=1):
        text = _squeezed(sheet)
        assert SCHEME_TITLE in text, f"sheet {number} does not name the scheme:\n{text[:300]}"
        assert f"Page {number} of {len(printed)}" in text, f"sheet {number} has no page number:\n{text[-300:]}"


def test_the_printed_handbook_has_no_navigation_and_says_where_links_lead(printed):
    whole = _squeezed(" ".join(printed))
    for words in NAVIGATION:
        assert words not in whole, f"‘{words}’ (navigation) is printed"
    assert "Add to calendar" not in whole and "Subscribe" not in whole
    # A link to another chapter's heading names it; a link to the toolkit names the page.
    assert "The Process (see ‘Registration’ in The process)" in whole
    assert "(see Active listening skills)" in whole
    # An e-mail address that is the link's own words is printed once.
    assert "professional-services-mentoring@example.org (professional-services-mentoring@example.org)" not in whole
    assert "mailto:" not in whole


def test_the_whole_handbook_and_its_index_are_valid_html(demo_site, tmp_path):
    sample = tmp_path / "sample"
    for page in (WHOLE, INDEX):
        target = sample / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(demo_site / page, target)
    errors = [m for m in sitecheck.validate_html(sample) if m.is_error]
    assert not errors, sitecheck.validator_report(errors)


@pytest.mark.parametrize("viewport", [sitecheck.DESKTOP, sitecheck.NARROW], ids=lambda v: v.label)
def test_the_whole_handbook_passes_axe_and_the_keyboard_and_reflow_checks(browser, demo_server, viewport, results_dir):
    browser.use(viewport)
    try:
        result = browser.check_page(demo_server.url(WHOLE), WHOLE)
        browser.screenshot(results_dir / "screenshots" / f"whole-handbook-{viewport.width}.png")
    finally:
        browser.use(sitecheck.DESKTOP)
    assert not result.axe_violations, sitecheck.axe_report([result])
    assert not result.keyboard_problem, result.keyboard_problem
    assert not result.reflow_problem, result.reflow_problem
