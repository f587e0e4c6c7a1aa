"""The people directory's script (Theme/assets/people.js) in a real browser: the instant filter, the
shortlist, and the issue's promise that a shortlist made in the browser, pasted into the participant
data, passes `portal check`.

Uses conftest.py's demo portal (built once into a temporary folder with --today 2026-11-23) and its
web server on 127.0.0.1; the browsers are this module's own, one with JavaScript and one without.
Screenshots of the directory with a shortlist go to <results>/people/.

Run: python3 -m pytest Tests/e2e/test_people.py -q
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import time
import urllib.parse

import pytest

from conftest import REPOSITORY, note

selenium = pytest.importorskip("selenium")
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

STORAGE_PREFIX = "schemeportal.shortlist."
PREFERRED_SCHEME = "open-peer-mentoring"   # the example: choose up to three of fifteen


# ---------------------------------------------------------------------------------------------
# Browsers

def _chromium(javascript: bool):
    os.environ.setdefault("SE_OFFLINE", "true")    # never let Selenium Manager download anything
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.fail("chromium and chromedriver are needed: apt-get install -y chromium chromium-driver", pytrace=False)
    options = Options()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                     "--window-size=1280,900", "--force-color-profile=srgb"):
        options.add_argument(argument)
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.set_page_load_timeout(60)
    chrome.set_script_timeout(60)
    return chrome


@pytest.fixture(scope="module")
def chrome():
    driver = _chromium(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def chrome_without_js():
    driver = _chromium(javascript=False)
    yield driver
    driver.quit()


def set_width(driver, width: int, height: int = 900):
    driver.set_window_size(width, height)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def wait_for(driver, condition, message: str, timeout: float = 5):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition())
    except TimeoutException:
        pytest.fail(message, pytrace=False)


# ---------------------------------------------------------------------------------------------
# What the built site holds, read from its pages rather than assumed

class Directory:
    """A scheme's directory page as published: its shortlist settings and its people by side."""

    def __init__(self, site: pathlib.Path, scheme: str):
        self.scheme = scheme
        self.page = f"schemes/{scheme}/people/index.html"
        html = (site / self.page).read_text(encoding="utf-8")
        section = re.search(r"<section[^>]*\bdata-shortlist\b[^>]*>", html)
        assert section, f"{self.page} has no shortlist section"
        attributes = dict(re.findall(r'(data-[a-z-]+)="([^"]*)"', section.group(0)))
        self.max = int(attributes["data-max"])
        self.contact = attributes["data-contact"]
        self.title = attributes["data-scheme-title"]
        self.sides: dict[str, list[tuple[str, str]]] = {}
        for side, body in re.findall(r'<ul class="people-list" data-side="([^"]*)">(.*?)</ul>', html, re.S):
            self.sides[side] = re.findall(r'<li class="person-card" data-person="([^"]+)" data-name="([^"]+)"', body)
        self.search = dict(re.findall(r'data-person="([^"]+)" data-name="[^"]*" data-search="([^"]*)"', html))

    def other_side(self, side: str) -> str:
        return next(s for s in self.sides if s != side)


@pytest.fixture(scope="module")
def directory(demo_site) -> Directory:
    candidates = sorted(p.parent.parent.name for p in demo_site.glob("schemes/*/people/index.html"))
    if not candidates:
        pytest.fail("the demo portal has no scheme directory (Content/schemes/*/people.yaml)", pytrace=False)
    ordered = ([PREFERRED_SCHEME] if PREFERRED_SCHEME in candidates else []) + candidates
    for scheme in ordered:
        found = Directory(demo_site, scheme)
        if len(found.sides) == 2 and all(len(people) > found.max for people in found.sides.values()):
            return found
    pytest.fail("no demo scheme has two sides with more people than its preference limit", pytrace=False)


@pytest.fixture()
def fresh(chrome, demo_server):
    """The JavaScript browser at 1280 px with no shortlist stored."""
    set_width(chrome, 1280)
    chrome.get(demo_server.url("index.html"))
    chrome.execute_script("window.localStorage.clear()")
    return chrome


def open_directory(driver, server, directory: Directory):
    driver.get(server.url(directory.page))
    wait_for(driver, lambda: driver.find_element(By.CSS_SELECTOR, "section[data-shortlist]").is_displayed(),
             "people.js did not show the shortlist on the scheme's directory")


def status_text(driver, selector: str) -> str:
    return driver.execute_script("return document.querySelector(arguments[0]).textContent", selector).strip()


def card(driver, person: str):
    return driver.find_element(By.CSS_SELECTOR, f'li.person-card[data-person="{person}"]')


def toggle_of(driver, person: str):
    return card(driver, person).find_element(By.CSS_SELECTOR, ".shortlist-toggle button")


def press(driver, element):
    """Activates a control from the keyboard: focus, then Enter."""
    driver.execute_script("arguments[0].focus()", element)
    element.send_keys(Keys.ENTER)


def visible_text(driver, element) -> str:
    """The text a sighted reader sees: without the visually-hidden part of an accessible name."""
    return driver.execute_script("""
        const copy = arguments[0].cloneNode(true);
        copy.querySelectorAll('.visually-hidden').forEach(e => e.remove());
        return copy.textContent.trim();""", element)


def listed(driver) -> list[str]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-shortlist-items] > li')).map(li => li.dataset.id)")


def pre_text(driver) -> str:
    return driver.execute_script("return document.querySelector('[data-shortlist-text]').textContent")


def focused(driver) -> dict:
    return driver.execute_script("""
        const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), action: e.dataset.action || '', id: e.dataset.id || '',
                text: e.textContent.trim()};""")


def stored(driver, scheme: str):
    raw = driver.execute_script("return window.localStorage.getItem(arguments[0])", STORAGE_PREFIX + scheme)
    return json.loads(raw) if raw else None


# ---------------------------------------------------------------------------------------------
# (a) Without JavaScript: nothing of the script shows, and the facet pages filter

def test_without_javascript_the_filter_and_shortlist_are_absent_and_facets_work(chrome_without_js, demo_server,
                                                                               demo_site, directory):
    driver = chrome_without_js
    set_width(driver, 1280)
    driver.get(demo_server.url(directory.page))
    assert driver.execute_script("return 1") == 1, "WebDriver needs its own scripts even with the page's off"
    for selector in ("[data-directory-filter]", "section[data-shortlist]"):
        element = driver.find_element(By.CSS_SELECTOR, selector)
        assert not element.is_displayed(), f"{selector} shows with JavaScript off"
    assert not driver.find_elements(By.CSS_SELECTOR, ".shortlist-toggle"), "shortlist buttons appeared with JavaScript off"
    assert not driver.find_elements(By.XPATH, "//button[contains(., 'shortlist')]")
    total = len(driver.find_elements(By.CSS_SELECTOR, "li.person-card"))
    assert all(c.is_displayed() for c in driver.find_elements(By.CSS_SELECTOR, "li.person-card"))

    # Follow an expertise facet link with the keyboard: its page lists only the people with that expertise.
    links = driver.find_elements(By.CSS_SELECTOR, ".facet-list a")
    assert links, "the directory has no facet links"
    link = next(l for l in links if "/expertise/" in l.get_attribute("href"))
    value = link.text.strip()
    press(driver, link)
    wait_for(driver, lambda: "/expertise/" in driver.current_url, "the facet link did not open its page")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert value in heading, f"the facet page's heading {heading!r} does not name {value!r}"
    cards = driver.find_elements(By.CSS_SELECTOR, "li.person-card")
    assert 0 < len(cards) < total
    for each in cards:
        assert value in each.text, f"{each.get_attribute('data-person')} is on the {value!r} page without it"
    assert not driver.find_element(By.CSS_SELECTOR, "[data-directory-filter]").is_displayed()
    # "Show everyone" leads back to the whole directory.
    press(driver, driver.find_element(By.LINK_TEXT, "Show everyone"))
    wait_for(driver, lambda: len(driver.find_elements(By.CSS_SELECTOR, "li.person-card")) == total,
             "'Show everyone' did not lead back to the whole directory")


# ---------------------------------------------------------------------------------------------
# (b) Instant filtering

def test_typing_filters_the_cards_and_announces_the_count(fresh, demo_server, directory):
    driver = fresh
    open_directory(driver, demo_server, directory)
    search = driver.find_element(By.ID, "people-filter")
    assert search.is_displayed()
    total = len(directory.search)
    everyone = set(directory.search)

    def visible() -> set[str]:
        return set(driver.execute_script(
            "return Array.from(document.querySelectorAll('li.person-card')).filter(c => !c.hidden && c.offsetParent)"
            ".map(c => c.dataset.person)"))

    def typed(words: str) -> set[str]:
        wanted = words.lower().split()
        return {p for p, text in directory.search.items() if all(w in text for w in wanted)}

    # A word from one person's published expertise, typed in mixed case, found by keyboard.
    first_card, word = next((person, w) for person, text in sorted(directory.search.items())
                            for w in text.split() if len(w) >= 5 and 1 < len(typed(w)) < total)
    search.click()
    search.send_keys(word.upper())
    expected = typed(word)
    wait_for(driver, lambda: status_text(driver, ".filter-status") == f"{len(expected)} of {total} people shown.",
             f"the status did not say '{len(expected)} of {total} people shown.' but "
             f"{status_text(driver, '.filter-status')!r}")
    assert visible() == expected

    # Two words narrow it: every word must match.
    name_word = directory.search[first_card].split()[1]
    search.send_keys(" " + name_word)
    both = typed(f"{word} {name_word}")
    assert first_card in both
    wait_for(driver, lambda: visible() == both, "two words did not narrow the cards to those with both")
    assert status_text(driver, ".filter-status") == f"{len(both)} of {total} people shown."

    # Nothing matches: every card and every group is hidden, and the status says so.
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys("zzqxj-nobody")
    wait_for(driver, lambda: status_text(driver, ".filter-status").startswith(f"0 of {total} people shown"),
             "no match was not announced")
    assert visible() == set()
    groups = driver.find_elements(By.CSS_SELECTOR, ".people-group")
    assert groups and not any(g.is_displayed() for g in groups), "empty groups stay on the page"

    # Clearing the box brings everyone back.
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys(Keys.BACK_SPACE)
    wait_for(driver, lambda: visible() == everyone, "clearing the filter did not show everyone again")
    assert status_text(driver, ".filter-status") == f"{total} of {total} people shown."

    # Only published fields are searched: nothing the page does not show is in data-search, and the
    # script fetched nothing.
    requests = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => !/\\.(css|js)$/.test(n))")
    assert requests == [], f"the directory fetched {requests}"


# ---------------------------------------------------------------------------------------------
# (c) The shortlist

def test_shortlist_side_limit_order_storage_and_copy(fresh, demo_server, demo_site, directory, results_dir,
                                                     tmp_path_factory, portal_binary):
    driver = fresh
    open_directory(driver, demo_server, directory)
    limit, scheme = directory.max, directory.scheme
    own_side = next(iter(directory.sides))
    other_side = directory.other_side(own_side)
    others = directory.sides[other_side]
    names = dict(others)

    # Before a side is chosen, nobody has a button and the copy controls are hidden.
    assert not [b for b in driver.find_elements(By.CSS_SELECTOR, ".shortlist-toggle button") if b.is_displayed()]
    assert not driver.find_element(By.CSS_SELECTOR, "[data-shortlist-copy]").is_displayed()

    side = driver.find_element(By.CSS_SELECTOR, "[data-shortlist-side]")
    Select(side).select_by_value(own_side)
    wait_for(driver, lambda: toggle_of(driver, others[0][0]).is_displayed(), "choosing a side showed no buttons")

    # The other-side rule: buttons on every card of the other side, none on the participant's own side.
    for person, name in others:
        button = toggle_of(driver, person)
        assert button.is_displayed()
        assert button.tag_name == "button" and button.get_attribute("type") == "button"
        assert button.get_attribute("aria-pressed") == "false"
        assert button.accessible_name == f"Add to shortlist: {name}"
        assert visible_text(driver, button) == "Add to shortlist"
    for person, _ in directory.sides[own_side]:
        assert not [b for b in card(driver, person).find_elements(By.TAG_NAME, "button") if b.is_displayed()], \
            f"{person} is on the participant's own side but has a shortlist button"

    # Add people of the other side, by keyboard, up to the limit.
    chosen = [person for person, _ in others[:limit]]
    for position, person in enumerate(chosen, start=1):
        button = toggle_of(driver, person)
        press(driver, button)
        wait_for(driver, lambda: button.get_attribute("aria-pressed") == "true", f"adding {person} did not press it")
        assert visible_text(driver, button) == "Remove from shortlist"
        assert button.accessible_name == f"Remove from shortlist: {names[person]}"
        assert focused(driver)["text"].startswith("Remove from shortlist"), "focus left the button just used"
        note_text = card(driver, person).find_element(By.CSS_SELECTOR, ".shortlist-note").text
        assert f"choice {position} of {limit}" in note_text, "the card's state is not written out"
        assert status_text(driver, "[data-shortlist-status]") == f"{names[person]} added as choice {position} of {limit}."
    assert listed(driver) == chosen

    # One more is refused, with a message, and the list is unchanged.
    extra = others[limit][0]
    press(driver, toggle_of(driver, extra))
    wait_for(driver, lambda: status_text(driver, "[data-shortlist-status]") ==
             f"You can choose up to {limit}: remove one first.", "adding beyond the limit was not refused")
    assert toggle_of(driver, extra).get_attribute("aria-pressed") == "false"
    assert "remove someone first" in card(driver, extra).find_element(By.CSS_SELECTOR, ".shortlist-note").text
    assert listed(driver) == chosen

    # Reordering with Move down / Move up; focus follows the moved person.
    items = lambda: driver.find_elements(By.CSS_SELECTOR, "[data-shortlist-items] > li")  # noqa: E731
    down = items()[0].find_element(By.CSS_SELECTOR, 'button[data-action="down"]')
    assert names[chosen[0]] in down.accessible_name and "choice 1" in down.accessible_name
    press(driver, down)
    order = [chosen[1], chosen[0]] + chosen[2:]
    wait_for(driver, lambda: listed(driver) == order, "Move down did not reorder the list")
    assert focused(driver) == {"tag": "button", "action": "down", "id": chosen[0],
                               "text": focused(driver)["text"]}, "focus did not follow the moved person"
    assert status_text(driver, "[data-shortlist-status]") == f"{names[chosen[0]]} moved down to choice 2 of {limit}."
    last = items()[-1].find_element(By.CSS_SELECTOR, 'button[data-action="up"]')
    press(driver, last)
    order = order[:-2] + [order[-1], order[-2]]
    wait_for(driver, lambda: listed(driver) == order, "Move up did not reorder the list")
    first_up = items()[0].find_element(By.CSS_SELECTOR, 'button[data-action="up"]')
    assert first_up.get_attribute("aria-disabled") == "true"
    press(driver, first_up)
    assert listed(driver) == order and "already first" in status_text(driver, "[data-shortlist-status]")

    # Remove the middle one from the list: focus moves to the Remove button of the person now in its place.
    removed = order[1]
    press(driver, items()[1].find_element(By.CSS_SELECTOR, 'button[data-action="remove"]'))
    order.remove(removed)
    wait_for(driver, lambda: listed(driver) == order, "Remove did not take the person off the list")
    assert focused(driver)["action"] == "remove" and focused(driver)["id"] == order[1]
    assert toggle_of(driver, removed).get_attribute("aria-pressed") == "false"
    # ...and back at the end, so the list is full again.
    press(driver, toggle_of(driver, removed))
    order.append(removed)
    wait_for(driver, lambda: listed(driver) == order, "re-adding did not put the person at the end")

    # Every shortlist control is at least 24 by 24 px (WCAG 2.2 target size).
    small = driver.execute_script("""
        return Array.from(document.querySelectorAll('.shortlist button, .shortlist a, .shortlist select, .shortlist-toggle button'))
          .filter(e => e.offsetParent).map(e => [e.textContent.trim(), e.getBoundingClientRect()])
          .filter(([t, r]) => r.width < 24 || r.height < 24).map(([t]) => t);""")
    assert small == []

    # It is stored per scheme and survives a reload.
    assert stored(driver, scheme) == {"side": own_side, "ids": order,
                                      "names": {p: names[p] for p in order}}
    driver.refresh()
    open_directory(driver, demo_server, directory)
    assert listed(driver) == order
    assert Select(driver.find_element(By.CSS_SELECTOR, "[data-shortlist-side]")).first_selected_option \
        .get_attribute("value") == own_side

    # The text: a YAML membership that names the scheme, the side and the ids in order.
    expected_text = "\n".join([
        f"# {directory.title}: shortlist ({own_side})",
        "# " + "; ".join(f"{i}. {names[p]}" for i, p in enumerate(order, start=1)),
        f"side: {own_side}",
        f"preferences: [{', '.join(order)}]",
    ])
    assert pre_text(driver) == expected_text

    # "Copy my list" puts exactly that text on the clipboard.
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": demo_server.base.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    press(driver, driver.find_element(By.CSS_SELECTOR, "[data-shortlist-copy]"))
    wait_for(driver, lambda: status_text(driver, "[data-shortlist-status]").startswith("Your list is copied"),
             f"copying was not confirmed: {status_text(driver, '[data-shortlist-status]')!r}")
    clipboard = driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e))")
    assert clipboard == pre_text(driver) == expected_text

    # Without the Clipboard API the text is selected for the reader to copy.
    driver.execute_script("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true})")
    press(driver, driver.find_element(By.CSS_SELECTOR, "[data-shortlist-copy]"))
    wait_for(driver, lambda: driver.execute_script("return window.getSelection().toString()") == expected_text,
             "the fallback did not select the list's text")

    # "E-mail my list" writes to the scheme's contact with the same text.
    mail = driver.find_element(By.CSS_SELECTOR, "[data-shortlist-mail]")
    # The coordinator of the participant's own side when the scheme names one, else the scheme's contact.
    side_contact = driver.find_element(
        By.CSS_SELECTOR, f'[data-shortlist-side] option[value="{own_side}"]').get_attribute("data-contact")
    expected_contact = side_contact or directory.contact
    if expected_contact:
        assert mail.is_displayed()
        href = urllib.parse.urlsplit(mail.get_attribute("href"))
        query = urllib.parse.parse_qs(href.query)
        assert href.scheme == "mailto" and href.path == expected_contact
        assert query["subject"] == [f"Shortlist for {directory.title}"]
        assert query["body"] == [expected_text.replace("\n", "\r\n")]
    else:
        assert not mail.is_displayed()

    # The profile pages share the list: a chosen person's profile offers Remove, an unchosen one's Add,
    # and someone on the participant's own side has no button.
    profile_button = lambda: driver.find_element(By.CSS_SELECTOR,  # noqa: E731
        f'[data-shortlist-profile][data-scheme="{scheme}"] .shortlist-toggle button')
    driver.get(demo_server.url(f"people/{order[0]}/index.html"))
    wait_for(driver, lambda: profile_button().is_displayed(), "a chosen person's profile has no shortlist button")
    assert profile_button().get_attribute("aria-pressed") == "true"
    assert names[order[0]] in profile_button().accessible_name
    driver.get(demo_server.url(f"people/{extra}/index.html"))
    wait_for(driver, lambda: profile_button().is_displayed(), "an unchosen person's profile has no shortlist button")
    press(driver, profile_button())
    wait_for(driver, lambda: "up to" in status_text(driver, f'[data-shortlist-profile][data-scheme="{scheme}"] [role="status"]'),
             "the profile page did not refuse a fourth choice")
    assert profile_button().get_attribute("aria-pressed") == "false"
    own = directory.sides[own_side][0][0]
    driver.get(demo_server.url(f"people/{own}/index.html"))
    entry = driver.find_element(By.CSS_SELECTOR, f'[data-shortlist-profile][data-scheme="{scheme}"]')
    assert not [b for b in entry.find_elements(By.TAG_NAME, "button") if b.is_displayed()], \
        "a profile on the participant's own side offers a shortlist button"

    # Removing on a profile page shows in the directory.
    driver.get(demo_server.url(f"people/{order[-1]}/index.html"))
    wait_for(driver, lambda: profile_button().is_displayed(), "no button on a chosen person's profile")
    press(driver, profile_button())
    wait_for(driver, lambda: profile_button().get_attribute("aria-pressed") == "false", "Remove on the profile did nothing")
    open_directory(driver, demo_server, directory)
    assert listed(driver) == order[:-1]
    press(driver, toggle_of(driver, order[-1]))
    wait_for(driver, lambda: listed(driver) == order, "re-adding from the directory failed")

    # Screenshots of the directory with the shortlist, and no sideways scrolling at 320 px.
    folder = results_dir / "people"
    folder.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        set_width(driver, width, 900)
        open_directory(driver, demo_server, directory)
        press(driver, driver.find_element(By.CSS_SELECTOR, "[data-shortlist-copy]"))
        overflow = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert overflow[0] <= overflow[1], f"the directory scrolls sideways at {width} px: {overflow}"
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": min(height, 6000), "deviceScaleFactor": 1, "mobile": False})
        driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
        driver.save_screenshot(str(folder / f"directory-shortlist-{width}.png"))
    set_width(driver, 1280)
    note(f"People directory screenshots with a shortlist: {folder}")

    # (d) Pasted into the participant data, the list passes `portal check`.
    paste_and_check(driver, directory, own_side, order, tmp_path_factory, portal_binary)


# ---------------------------------------------------------------------------------------------
# (d) The list, pasted into the data

def membership_block(content: pathlib.Path, scheme: str, person: str) -> tuple[pathlib.Path, int, int] | None:
    """Where a person's membership of a scheme is written: (file, anchor line, indent of its keys).
    Either `- id: <person>` in the scheme's people.yaml or `- scheme: <scheme>` in the person's own file."""
    for path in sorted((content / "people").glob("*.yaml")) if (content / "people").is_dir() else []:
        lines = path.read_text(encoding="utf-8").splitlines()
        if not any(re.fullmatch(rf"id:\s*{re.escape(person)}\s*", line) for line in lines):
            continue
        for number, line in enumerate(lines):
            match = re.fullmatch(rf"(\s*)- scheme:\s*{re.escape(scheme)}\s*", line)
            if match:
                return path, number, len(match.group(1)) + 2
    path = content / "schemes" / scheme / "people.yaml"
    if path.is_file():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            match = re.fullmatch(rf"(\s*)- id:\s*{re.escape(person)}\s*", line)
            if match:
                return path, number, len(match.group(1)) + 2
    return None


def paste_membership(content: pathlib.Path, scheme: str, person: str, pasted: str) -> pathlib.Path:
    """Does what staff do: replaces the person's `side` and `preferences` with the pasted lines."""
    found = membership_block(content, scheme, person)
    assert found, f"{person}'s membership of {scheme} is not in {content}"
    path, anchor, indent = found
    lines = path.read_text(encoding="utf-8").splitlines()
    end = anchor + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= indent):
        end += 1
    while end > anchor + 1 and not lines[end - 1].strip():
        end -= 1
    body, index = [], anchor + 1
    while index < end:
        line = lines[index]
        if re.match(rf" {{{indent}}}(side|preferences):", line):
            index += 1
            while index < end and (len(lines[index]) - len(lines[index].lstrip()) > indent
                                   or lines[index].startswith(" " * indent + "- ")):
                index += 1
            continue
        body.append(line)
        index += 1
    pasted_lines = [" " * indent + line for line in pasted.splitlines()]
    lines[anchor + 1:end] = pasted_lines + body
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def portal_check(binary: pathlib.Path, content: pathlib.Path, strict: bool = False) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary), "check", "--content", str(content)] + (["--strict"] if strict else []), cwd=REPOSITORY,
                          capture_output=True, text=True)


def paste_and_check(driver, directory: Directory, own_side: str, order: list[str], tmp_path_factory, binary):
    pasted = pre_text(driver)
    assert f"preferences: [{', '.join(order)}]" in pasted
    # The participant: someone on the chosen side, preferably without preferences yet.
    content_root = REPOSITORY / "Content"
    candidates = [person for person, _ in directory.sides[own_side]
                  if membership_block(content_root, directory.scheme, person)]
    assert candidates, f"no {own_side} of {directory.scheme} can be found in Content/"

    def has_preferences(person: str) -> bool:
        path, anchor, indent = membership_block(content_root, directory.scheme, person)
        lines = path.read_text(encoding="utf-8").splitlines()[anchor + 1:]
        for line in lines:
            if line.strip() and len(line) - len(line.lstrip()) < indent:
                break
            if re.match(rf" {{{indent}}}preferences:", line):
                return True
        return False

    participant = next((p for p in candidates if not has_preferences(p)), candidates[0])

    work = tmp_path_factory.mktemp("pasted")
    content = work / "Content"
    shutil.copytree(content_root, content)
    before = portal_check(binary, content)
    assert before.returncode == 0, f"the demo content does not pass portal check:\n{before.stdout}{before.stderr}"
    path = paste_membership(content, directory.scheme, participant, pasted)
    after = portal_check(binary, content, strict=True)
    assert after.returncode == 0, (f"the shortlist pasted into {path} for {participant} fails portal check --strict:\n"
                                   f"{pasted}\n{after.stdout}{after.stderr}")
    assert "0 errors, 0 warnings" in after.stdout, after.stdout

    # A control, to show the pasted lines are what the check reads: one more than the limit, or a
    # person from the participant's own side, is an error at that line.
    for bad, message in (
        (pasted.replace("preferences: [", f"preferences: [{directory.sides[directory.other_side(own_side)][-1][0]}, "),
         "allows at most"),
        (pasted.replace("preferences: [", f"preferences: [{participant_other(directory, own_side, participant)}, "),
         "is on the same side"),
    ):
        shutil.rmtree(content)
        shutil.copytree(content_root, content)
        paste_membership(content, directory.scheme, participant, bad)
        control = portal_check(binary, content)
        assert control.returncode == 1 and message in control.stdout + control.stderr, \
            f"portal check did not reject\n{bad}\n{control.stdout}{control.stderr}"
    note(f"A browser-made shortlist for {participant} ({directory.scheme}) passed portal check:\n"
         + "\n".join("    " + line for line in pasted.splitlines()))


def participant_other(directory: Directory, own_side: str, participant: str) -> str:
    """Someone else on the participant's own side."""
    return next(person for person, _ in directory.sides[own_side] if person != participant)


# ---------------------------------------------------------------------------------------------
# What the script adds passes axe-core too (the site sweep sees the pages before anyone uses them)

_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(
  r => done(r.violations.map(v => ({id: v.id, help: v.help,
        nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))),
  e => done([{id: 'axe-error', help: String(e), nodes: []}]));
"""


@pytest.mark.parametrize("width,dark", [(1280, False), (320, False), (1280, True)], ids=["1280", "320", "1280-dark"])
def test_the_shortlist_in_use_passes_axe(fresh, demo_server, directory, width, dark):
    import sitecheck
    try:
        axe, _ = sitecheck.axe_source()
    except RuntimeError as error:
        pytest.skip(str(error))
    driver = fresh
    set_width(driver, width, 900)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": [
        {"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    try:
        own_side = next(iter(directory.sides))
        others = directory.sides[directory.other_side(own_side)]
        open_directory(driver, demo_server, directory)
        Select(driver.find_element(By.CSS_SELECTOR, "[data-shortlist-side]")).select_by_value(own_side)
        for person, _ in others[:directory.max + 1]:        # the last one is refused, with its message
            press(driver, toggle_of(driver, person))
        driver.find_element(By.ID, "people-filter").send_keys(others[0][1].split()[-1])
        time.sleep(0.3)
        pages = {"directory": driver.current_url}
        options = {"runOnly": {"type": "tag", "values": sitecheck.WCAG_TAGS},
                   "rules": {rule: {"enabled": True} for rule in sitecheck.BEST_PRACTICE_RULES},
                   "resultTypes": ["violations"]}
        problems = []
        for name in ("directory", "profile"):
            if name == "profile":
                driver.get(demo_server.url(f"people/{others[0][0]}/index.html"))
                wait_for(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".shortlist-toggle button").is_displayed(),
                         "no shortlist button on the profile")
            driver.execute_script(axe)
            for violation in driver.execute_async_script(_AXE, options):
                problems.append(f"{name}: {violation['id']}: {violation['help']}\n    " + "\n    ".join(violation["nodes"]))
        assert not problems, "\n".join(problems)
        assert pages
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": [
            {"name": "prefers-color-scheme", "value": "light"}]})
        set_width(driver, 1280)
