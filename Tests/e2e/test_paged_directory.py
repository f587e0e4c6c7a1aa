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
from test_people import (STORAGE_PREFIX, chrome, listed, pre_text, press, set_width,  # noqa: F401 (chrome is a fixture)
                         status_text, wait_for)

selenium = pytest.importorskip("selenium")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

PHONE = sitecheck.Viewport("375", 375, 812)


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


def test_search_results_on_a_paged_scheme_directory_offer_the_shortlist(browser, paged_server, paged_site):
    """The review's gap: a participant who searches a directory of several pages for someone on another
    page adds them to the shortlist from the results, as from that person's card."""
    folder = "schemes/open-peer-mentoring/people"
    page = folder + "/index.html"
    # Who is on which side, read from the cards of every page of the list, not from the index under test.
    pages = [page] + sorted((p.relative_to(paged_site).as_posix() for p in paged_site.glob(folder + "/page/*/index.html")),
                            key=lambda path: int(path.split("/")[-2]))
    everyone = [{"i": person, "n": name, "d": side}
                for path in pages
                for side, body in re.findall(r'<ul class="people-list" data-side="([^"]*)">(.*?)</ul>',
                                             (paged_site / path).read_text(encoding="utf-8"), re.S)
                for person, name in re.findall(r'<li class="person-card" data-person="([^"]+)" data-name="([^"]+)"', body)]
    html = (paged_site / page).read_text(encoding="utf-8")
    on_page = set(re.findall(r'<li class="person-card" data-person="([^"]+)"', html))
    assert len(pages) > 1 and len(everyone) > len(on_page), "the scheme's directory is not paged"
    limit = int(re.search(r'<section[^>]*\bdata-shortlist\b[^>]*\bdata-max="(\d+)"', html).group(1))
    other = everyone[0]["d"]      # the side whose people the first page lists
    own = next(person["d"] for person in everyone if person["d"] != other)
    theirs = [person for person in everyone if person["d"] == other]
    wanted = next(person for person in reversed(theirs) if person["i"] not in on_page)
    here = next(person for person in theirs if person["i"] in on_page)
    mine = next(person for person in everyone if person["d"] == own)
    more = [person for person in theirs if person not in (wanted, here)][:limit]
    assert len(more) == limit, "the scheme needs more people on the other side than its preference limit"

    driver = browser.driver
    browser.use(sitecheck.DESKTOP)
    driver.get(paged_server.url(page))
    driver.execute_script("window.localStorage.clear()")
    driver.get(paged_server.url(page))
    wait_for(driver, lambda: driver.find_element(By.CSS_SELECTOR, "section[data-shortlist]").is_displayed(),
             "people.js did not show the shortlist on a paged scheme directory")
    Select(driver.find_element(By.CSS_SELECTOR, "[data-shortlist-side]")).select_by_value(own)
    field = driver.find_element(By.ID, "people-filter")

    def result(person):
        return driver.find_element(By.CSS_SELECTOR, f'[data-filter-results] li.person-card[data-person="{person["i"]}"]')

    def search(person):
        field.clear()
        field.send_keys(person["n"], Keys.ENTER)
        wait_for(driver, lambda: result(person).is_displayed(), f"searching for {person['n']} did not list them")
        return result(person)

    def toggle(person):
        shown = lambda: [b for b in result(person).find_elements(By.CSS_SELECTOR, ".shortlist-toggle button")  # noqa: E731
                         if b.is_displayed()]
        wait_for(driver, lambda: shown(), f"the search result for {person['n']} has no shortlist button")
        return shown()[0]

    def pressed(button):
        return button.get_attribute("aria-pressed") == "true"

    # Someone of the other side who is not on this page: added from the results, by keyboard.
    card = search(wanted)
    assert card.get_attribute("data-name") == wanted["n"]
    button = toggle(wanted)
    assert not pressed(button)
    assert button.accessible_name == f"Add to shortlist: {wanted['n']}"
    press(driver, button)
    wait_for(driver, lambda: pressed(button), "Add to shortlist on a search result did not press it")
    assert listed(driver) == [wanted["i"]]
    assert f"preferences: [{wanted['i']}]" in pre_text(driver)
    assert button.accessible_name == f"Remove from shortlist: {wanted['n']}"
    assert status_text(driver, "[data-shortlist-status]") == f"{wanted['n']} added as choice 1 of {limit}."
    assert f"choice 1 of {limit}" in card.find_element(By.CSS_SELECTOR, ".shortlist-note").text
    assert driver.execute_script("return document.activeElement === arguments[0]", button), \
        "focus left the result's button"

    # Kept in step: removed from the list, the result's button is released; pressed again, it is back.
    press(driver, driver.find_element(By.CSS_SELECTOR, f'[data-shortlist-items] button[data-action="remove"][data-id="{wanted["i"]}"]'))
    wait_for(driver, lambda: not pressed(button), "removing from the list left the result's button pressed")
    press(driver, button)
    wait_for(driver, lambda: listed(driver) == [wanted["i"]], "adding from the result again failed")

    # ...and with another tab's change (the storage event).
    here_tab = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(paged_server.url(page))
    driver.execute_script("window.localStorage.setItem(arguments[0], JSON.stringify({side: arguments[1], ids: [], names: {}}))",
                          STORAGE_PREFIX + "open-peer-mentoring", own)
    driver.close()
    driver.switch_to.window(here_tab)
    wait_for(driver, lambda: not pressed(button), "another tab's change left the result's button pressed")
    press(driver, button)
    wait_for(driver, lambda: listed(driver) == [wanted["i"]], "adding from the result after another tab's change failed")

    # A new search replaces the results; the old result's button is no longer updated.
    driver.execute_script("window.portalTestDetached = arguments[0]", button)
    search(mine)
    assert not [b for b in result(mine).find_elements(By.TAG_NAME, "button") if b.is_displayed()], \
        "a result of the participant's own side has a shortlist button"
    press(driver, driver.find_element(By.CSS_SELECTOR, '[data-shortlist-items] button[data-action="remove"]'))
    wait_for(driver, lambda: listed(driver) == [], "Remove in the list did nothing")
    assert driver.execute_script("const b = window.portalTestDetached; return [b.isConnected, b.getAttribute('aria-pressed')]") \
        == [False, "true"], "a replaced result's button was still updated"

    # Someone on this page, added from the results: clearing the search shows their card's button pressed.
    search(here)
    press(driver, toggle(here))
    wait_for(driver, lambda: listed(driver) == [here["i"]], "adding from the result failed")
    field.clear()
    field.send_keys(" ", Keys.ENTER)
    wait_for(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".people-group").is_displayed(),
             "clearing the search did not bring the page's cards back")
    assert driver.execute_script("return document.querySelector('[data-filter-results]').children.length") == 0
    page_buttons = {person: driver.find_element(By.CSS_SELECTOR, f'ul[data-side] li[data-person="{person}"] .shortlist-toggle button')
                    for person in on_page}
    assert all(b.is_displayed() for b in page_buttons.values()), "the page's cards lost their buttons"
    assert {person for person, b in page_buttons.items() if pressed(b)} == {here["i"]}, \
        "the page's cards are not in step with the list"

    # The list's limit holds from the results, with the same message, at a phone's width; axe-core passes.
    browser.use(PHONE)
    try:
        for person in more:
            search(person)
            press(driver, toggle(person))
        refused = more[-1]
        wait_for(driver, lambda: status_text(driver, "[data-shortlist-status]") ==
                 f"You can choose up to {limit}: remove one first.", "adding beyond the limit from a result was not refused")
        assert listed(driver) == [here["i"]] + [person["i"] for person in more[:-1]]
        assert not pressed(toggle(refused))
        assert f"Your list is full ({limit} of {limit})" in result(refused).find_element(By.CSS_SELECTOR, ".shortlist-note").text
        box = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.width, r.height, "
                                    "document.documentElement.clientWidth]", toggle(refused))
        assert box[0] >= 0 and box[1] <= box[4] and box[2] >= 24 and box[3] >= 24, f"the result's button at 375 px: {box}"
        assert browser.check_reflow() is None, browser.check_reflow()
        violations = browser.run_axe()
        assert not violations, sitecheck.axe_report([sitecheck.PageResult(page, PHONE, violations, None, None)])
    finally:
        browser.use(sitecheck.DESKTOP)


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
