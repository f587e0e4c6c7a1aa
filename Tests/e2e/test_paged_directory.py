"""A directory of several pages, in a real browser: the demo portal built with three people a page
(`people.page_size: 3` in portal.yaml), so every directory and most facet lists run to several pages.
Without JavaScript the page links lead through the whole list; with it, the filter searches everyone in
the directory (from its index script), not only the page shown; axe-core and the Nu checker pass."""
from __future__ import annotations

import pathlib
import posixpath
import re
import shutil

import pytest

import sitecheck
from conftest import REPOSITORY, build_portal
from test_people import chrome, set_width, wait_for  # noqa: F401 (chrome is a fixture)

selenium = pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402


@pytest.fixture(scope="module")
def paged_site(portal_binary, tmp_path_factory) -> pathlib.Path:
    folder = tmp_path_factory.mktemp("paged")
    shutil.copytree(REPOSITORY / "Content", folder / "Content")
    portal_file = folder / "Content" / "portal.yaml"
    text = portal_file.read_text(encoding="utf-8")
    setting = "people:\n  index_profiles: false\n"
    assert setting in text, "the demo's portal.yaml no longer has its people: setting"
    portal_file.write_text(text.replace(setting, setting + "  page_size: 3\n"), encoding="utf-8")
    return build_portal(portal_binary, folder / "site", folder)


@pytest.fixture(scope="module")
def paged_server(paged_site):
    server = sitecheck.LocalServer(paged_site)
    yield server
    server.close()


def index_people(site: pathlib.Path, folder: str) -> list[dict]:
    import json
    text = (site / folder / "people-index.js").read_text(encoding="utf-8")
    prefix = "window.schemePortalDirectory = "
    assert text.startswith(prefix)
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))["people"]


def names_on(site: pathlib.Path, page: str) -> list[str]:
    html = (site / page).read_text(encoding="utf-8")
    return re.findall(r'<li class="person-card" data-person="[^"]+" data-name="([^"]+)"', html)


def test_the_pages_of_a_list_lead_through_everyone_once_without_javascript(paged_site):
    everyone = [person["n"] for person in index_people(paged_site, "people")]
    seen = []
    page = "people/index.html"
    for _ in range(len(everyone)):
        seen += names_on(paged_site, page)
        html = (paged_site / page).read_text(encoding="utf-8")
        following = re.search(r'<a href="([^"]+)" rel="next">', html)
        if not following:
            break
        page = sitecheck_normalise(posixpath.join(posixpath.dirname(page), following.group(1)))
    assert len(everyone) > 3
    assert sorted(seen) == sorted(everyone), "following Next from the first page shows each person exactly once"


def sitecheck_normalise(path: str) -> str:
    parts = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def test_the_filter_on_any_page_finds_people_on_other_pages(chrome, paged_server, paged_site):
    everyone = index_people(paged_site, "people")
    on_page_two = set(names_on(paged_site, "people/page/2/index.html"))
    wanted = next(person for person in reversed(everyone) if person["n"] not in on_page_two)
    set_width(chrome, 1280)
    chrome.get(paged_server.url("people/page/2/index.html"))
    field = chrome.find_element(By.ID, "people-filter")
    wait_for(chrome, field.is_displayed, "people.js did not show the filter")
    field.send_keys(wanted["n"])
    status = lambda: chrome.find_element(By.CSS_SELECTOR, ".filter-status").text  # noqa: E731
    wait_for(chrome, lambda: "match" in status(), "the filter never said how many people match")
    links = chrome.find_elements(By.CSS_SELECTOR, "[data-filter-results] a")
    assert wanted["n"] in [link.text for link in links], status()
    assert re.match(rf"\d+ of {len(everyone)} people match", status()), status()
    assert not any(g.is_displayed() for g in chrome.find_elements(By.CSS_SELECTOR, ".people-group")), \
        "this page's own list is hidden while results are shown"
    target = next(link for link in links if link.text == wanted["n"]).get_attribute("href")
    assert target == paged_server.url(sitecheck_normalise("people/" + wanted["u"])), target
    field.clear()
    field.send_keys(" ")
    wait_for(chrome, lambda: chrome.find_element(By.CSS_SELECTOR, ".people-group").is_displayed(),
             "clearing the filter did not bring the page's list back")
    assert not chrome.find_element(By.CSS_SELECTOR, "[data-filter-results]").is_displayed()


def test_the_filter_on_a_facet_page_searches_only_that_facet(chrome, paged_server, paged_site):
    second_pages = sorted(paged_site.glob("people/expertise/*/page/2/index.html"))
    assert second_pages, "no area of expertise runs to a second page with three people a page"
    page = second_pages[0].relative_to(paged_site).as_posix()
    facet = page.split("/page/")[0][len("people/"):]
    members = [p for p in index_people(paged_site, "people") if facet in p["f"]]
    chrome.get(paged_server.url(page))
    field = chrome.find_element(By.ID, "people-filter")
    wait_for(chrome, field.is_displayed, "people.js did not show the filter")
    field.send_keys("e")   # a letter in nearly every name and role
    status = lambda: chrome.find_element(By.CSS_SELECTOR, ".filter-status").text  # noqa: E731
    wait_for(chrome, lambda: "match" in status(), "the filter never said how many people match")
    assert re.match(rf"\d+ of {len(members)} people match", status()), (status(), facet)
    shown = {link.text for link in chrome.find_elements(By.CSS_SELECTOR, "[data-filter-results] a")}
    assert shown <= {p["n"] for p in members}, "results outside the facet"


@pytest.mark.parametrize("viewport", [sitecheck.DESKTOP, sitecheck.NARROW], ids=lambda v: v.name)
def test_a_paged_directory_passes_axe_and_the_keyboard_and_reflow_checks(browser, paged_server, paged_site, viewport):
    facet_page = sorted(paged_site.glob("people/expertise/*/page/2/index.html"))[0].relative_to(paged_site).as_posix()
    browser.use(viewport)
    for page in ("people/page/2/index.html", facet_page, "schemes/open-peer-mentoring/people/page/2/index.html"):
        result = browser.check_page(paged_server.url(page), page)
        assert not result.axe_violations, sitecheck.axe_report([result])
        assert result.keyboard_problem is None, result.keyboard_problem
        assert result.reflow_problem is None, result.reflow_problem


def test_paged_pages_are_valid_html(paged_site):
    pages = sorted(paged_site.glob("people/page/*/index.html"))[:3]
    sample = paged_site.parent / "sample"
    for page in pages:
        target = sample / page.relative_to(paged_site)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    errors = [m for m in sitecheck.validate_html(sample) if m.is_error]
    assert not errors, sitecheck.validator_report(errors)
