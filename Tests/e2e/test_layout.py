"""What a participant sees first, in a real browser: on a phone, each scheme page's heading before its
navigation; a menu and a scheme's page list that open and close by keyboard; a home page whose scheme
cards lead to eligibility, how to apply and key dates; a "Next key date" row that disappears, rather
than showing blank, once every date in it is over; and a footer at the bottom of a short page."""

from __future__ import annotations

import pathlib
import subprocess
import urllib.parse

import pytest

import sitecheck
from conftest import REPOSITORY

PHONE = sitecheck.Viewport("375", 375, 800)
# A day before every date in the demo: the build marks dates as still to come, which the reader's
# clock (years later) has already passed, as for a site built once and read long after.
PAST_REFERENCE_DAY = "2022-11-01"


def _by_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


def _press(driver, *keys):
    from selenium.webdriver.common.action_chains import ActionChains
    actions = ActionChains(driver)
    for key in keys:
        actions.send_keys(key)
    actions.perform()


def _search_box_stops(driver) -> list:
    """The header's search box and its button, two Tab stops between the site title and the menu
    (none in a header without them)."""
    from selenium.webdriver.common.keys import Keys
    return [Keys.TAB, Keys.TAB] if _by_css(driver, ".site-header .site-search") else []


def _shown(driver, selector) -> list:
    """The elements the reader can see (Selenium's is_displayed counts everything in a closed details
    element as hidden, even when the stylesheet shows it)."""
    return [e for e in _by_css(driver, selector)
            if driver.execute_script("return arguments[0].checkVisibility() && arguments[0].getClientRects().length > 0", e)]


def _accessible_links(driver) -> set[str]:
    """The names of the links a screen reader is given (Chromium's accessibility tree)."""
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    return {(node.get("name") or {}).get("value", "") for node in tree["nodes"]
            if not node.get("ignored") and (node.get("role") or {}).get("value") == "link"}


def _focused(driver) -> dict:
    return driver.execute_script("""
        const e = document.activeElement;
        return {tag: e.tagName.toLowerCase(), cls: e.getAttribute('class') || '',
                text: (e.textContent || '').trim(), href: e.getAttribute('href') || ''};""")


def _scheme_pages(site: pathlib.Path) -> list[str]:
    """Every page under schemes/ with the scheme's page list (the people directories are left out:
    there are hundreds, and they share the scheme pages' frame)."""
    pages = []
    for page in sitecheck.html_pages(site / "schemes"):
        relative = sitecheck.relative(page, site)
        if "/people/" not in relative:
            pages.append(relative)
    return pages


@pytest.fixture()
def phone(browser):
    browser.use(PHONE)
    yield browser
    browser.use(sitecheck.DESKTOP)


def test_every_scheme_page_starts_its_heading_within_300_px_of_the_top_at_375_px(phone, demo_server, demo_site):
    pages = _scheme_pages(demo_site)
    assert len(pages) > 20
    late = []
    for page in pages:
        phone.open(demo_server.url(page))
        top = phone.driver.execute_script("return document.querySelector('main h1').getBoundingClientRect().top")
        if top >= 300:
            late.append(f"{page}: the heading starts {top:.0f} px from the top")
    assert not late, "at 375 px these pages show navigation before their heading:\n" + "\n".join(late)


def test_on_a_phone_the_menu_and_the_schemes_pages_open_and_close_by_keyboard(phone, demo_server):
    from selenium.webdriver.common.keys import Keys

    driver = phone.driver
    phone.open(demo_server.url("schemes/open-peer-mentoring/key-dates/index.html"))
    menu_links = lambda: _shown(driver, ".site-nav a")
    scheme_links = lambda: _shown(driver, ".scheme-nav a")
    assert not menu_links(), "the menu's links should be hidden until the menu is opened"
    assert not scheme_links(), "the scheme's pages should be hidden until they are asked for"

    # Skip link, site title, the search box and its button, then the Menu control.
    _press(driver, Keys.TAB, Keys.TAB, *_search_box_stops(driver), Keys.TAB)
    assert _focused(driver) == {"tag": "summary", "cls": "site-menu-control", "text": "Menu", "href": ""}
    _press(driver, Keys.ENTER)
    assert [a.text for a in menu_links()] == ["Home", "People"], "Enter on Menu should show Home, Schemes and People"
    _press(driver, Keys.TAB, Keys.TAB)
    assert _focused(driver)["text"] == "Schemes"
    _press(driver, Keys.ENTER, Keys.TAB)
    assert _focused(driver)["text"] == "Analysis Function Mutual Mentoring", "the schemes should open under Schemes"
    names = [a.text for a in menu_links()]
    assert len(names) == 7 and not any(name.split()[0].isupper() for name in names), names
    from selenium.webdriver.common.action_chains import ActionChains
    ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB, Keys.TAB, Keys.TAB).key_up(Keys.SHIFT).perform()
    _press(driver, Keys.ENTER)
    assert _focused(driver)["text"] == "Menu" and not menu_links(), "Enter on Menu again should close it"

    # The scheme's pages come after the heading, behind their own control.
    driver.execute_script("document.querySelector('main h1').setAttribute('tabindex', '-1');"
                          "document.querySelector('main h1').focus()")
    _press(driver, Keys.TAB)
    assert _focused(driver) == {"tag": "summary", "cls": "scheme-pages-control", "text": "Pages in this scheme",
                                "href": ""}
    _press(driver, Keys.ENTER)
    titles = [a.text for a in scheme_links()]
    assert titles[0] == "Overview" and "Key dates" in titles, titles
    current = driver.find_element("css selector", ".scheme-nav a[aria-current='page']")
    assert current.text == "Key dates"
    _press(driver, Keys.ENTER)
    assert not scheme_links()


def test_on_a_wide_screen_the_menu_is_one_row_and_the_schemes_pages_are_shown(browser, demo_server):
    from selenium.webdriver.common.keys import Keys

    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    browser.open(demo_server.url("schemes/open-peer-mentoring/key-dates/index.html"))
    assert not _shown(driver, ".site-menu-control")
    assert [a.get_attribute("textContent") for a in _shown(driver, ".site-nav a")] == ["Home", "People"]
    tops = {round(e.rect["y"]) for e in _by_css(driver, ".site-menu-list > li")}
    assert len(tops) == 1, f"the menu wraps onto {len(tops)} rows at 1280 px"
    header = _by_css(driver, ".site-header")[0].rect["height"]
    assert header < 100, f"the header is {header} px tall at 1280 px"
    scheme_links = _shown(driver, ".scheme-nav a")
    assert len(scheme_links) > 5 and not _shown(driver, ".scheme-pages-control")
    assert {"Home", "People", "Overview", "Objectives", "Key dates"} <= _accessible_links(driver), \
        "links the stylesheet shows open must reach screen readers too"
    # By keyboard: skip link, site title, the search box and its button, Home, then Schemes, which opens below itself.
    driver.execute_script("document.activeElement && document.activeElement.blur()")
    _press(driver, Keys.TAB, Keys.TAB, *_search_box_stops(driver), Keys.TAB, Keys.TAB)
    assert _focused(driver)["text"] == "Schemes"
    _press(driver, Keys.ENTER, Keys.TAB)
    assert _focused(driver)["text"] == "Analysis Function Mutual Mentoring"
    # The scheme's pages, shown without their control, are the next stop after the heading.
    driver.execute_script("document.querySelector('main h1').setAttribute('tabindex', '-1');"
                          "document.querySelector('main h1').focus()")
    _press(driver, Keys.TAB)
    assert _focused(driver)["text"] == "Overview"


def test_each_scheme_card_leads_to_eligibility_how_to_apply_and_key_dates(browser, demo_server, demo_site):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    browser.open(demo_server.url("index.html"))
    description = _by_css(driver, "main .intro .lead")
    assert description and description[0].text.startswith("Five UK mentoring schemes")
    assert "find a mentoring scheme" in _by_css(driver, "main .intro")[0].text
    cards = _by_css(driver, ".card")
    assert len(cards) == 5
    targets = []
    for card in cards:
        scheme = urllib.parse.urljoin(driver.current_url, card.find_element("css selector", ".card-title a")
                                      .get_attribute("href"))
        folder = demo_site / pathlib.Path(urllib.parse.urlparse(scheme).path.lstrip("/")).parent
        # The visible words; each link also names its scheme for screen readers, in a hidden span.
        links = {a.text.splitlines()[0]: a.get_attribute("href")
                 for a in card.find_elements("css selector", ".card-links a")}
        if (folder / "eligibility" / "index.html").is_file():
            assert "Eligibility" in links, (folder.name, links)
            assert any(text.startswith("How to apply") for text in links), (folder.name, links)
        if (folder / "key-dates" / "index.html").is_file():
            assert "Key dates" in links, (folder.name, links)
        targets += list(links.items())
    assert ("How to apply: Researchers" in dict(targets)) and ("How to apply: Policy professionals" in dict(targets))
    for text, href in targets:
        browser.open(href)
        heading = _by_css(driver, "main h1")[0].text
        expected = "Key dates" if text == "Key dates" else "Eligibility and how to apply"
        assert heading == expected, f"“{text}” leads to a page headed “{heading}”"
        fragment = urllib.parse.urlparse(href).fragment
        if fragment:
            target = driver.find_element("id", fragment)
            assert target.text == "How to apply", f"“{text}” leads to “{target.text}”"


@pytest.fixture(scope="module")
def past_site(portal_binary, tmp_path_factory) -> pathlib.Path:
    """The demo built on a day before its dates, viewed today."""
    output = tmp_path_factory.mktemp("demo-built-long-ago") / "site"
    command = [str(portal_binary), "build", "--quiet", "--output", str(output), "--today", PAST_REFERENCE_DAY]
    run = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return output


@pytest.fixture(scope="module")
def past_server(past_site):
    server = sitecheck.LocalServer(past_site)
    yield server
    server.close()


@pytest.mark.parametrize("width", [sitecheck.DESKTOP, PHONE], ids=["1280", "375"])
def test_a_next_key_date_row_whose_dates_are_all_over_is_not_shown(browser, past_server, past_site, width):
    browser.use(width)
    driver = browser.driver
    pages = ["index.html", "schemes/open-peer-mentoring/index.html"]
    rows = 0
    for page in pages:
        assert 'class="next-key-date"' in (past_site / page).read_text(encoding="utf-8"), \
            f"{page}: the build on {PAST_REFERENCE_DAY} should show a next key date"
        browser.open(past_server.url(page))
        for row in _by_css(driver, ".next-key-date"):
            rows += 1
            assert row.get_attribute("hidden") is not None, "key-dates.js should hide a row whose dates are over"
            height = driver.execute_script("return arguments[0].getBoundingClientRect().height", row)
            assert height == 0, f"{page}: a hidden “Next key date” row still takes {height} px at {width.label}"
    browser.use(sitecheck.DESKTOP)
    assert rows >= 2


def test_a_short_page_keeps_its_footer_at_the_bottom_of_the_window(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    browser.open(demo_server.url("404.html"))
    driver = browser.driver
    bottom = driver.execute_script("return document.querySelector('.site-footer').getBoundingClientRect().bottom")
    height = driver.execute_script("return window.innerHeight")
    assert abs(bottom - height) < 1, f"the footer ends {bottom:.0f} px down a {height} px window"


def test_a_section_heading_shows_its_link_only_on_hover_or_focus(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    browser.open(demo_server.url("schemes/professional-services-mentoring/handbook/the-process/index.html"))
    driver = browser.driver
    anchor = _by_css(driver, ".heading-anchor")[0]
    assert anchor.get_attribute("aria-label").startswith("Link to this section: ")
    opacity = lambda: driver.execute_script("return getComputedStyle(arguments[0]).opacity", anchor)
    assert opacity() == "0", "the # beside a heading should not show while it is not used"
    driver.execute_script("arguments[0].focus()", anchor)
    assert opacity() == "1", "the link should show when it has focus"


def test_escape_closes_the_open_menu_or_schemes_list_and_puts_focus_back_on_its_control(browser, demo_server):
    from selenium.webdriver.common.keys import Keys

    driver = browser.driver
    page = demo_server.url("schemes/open-peer-mentoring/key-dates/index.html")
    # On a phone: Menu, then Schemes inside it; Escape closes the inner list first, then the menu.
    browser.use(PHONE)
    browser.open(page)
    _press(driver, Keys.TAB, Keys.TAB, *_search_box_stops(driver), Keys.TAB, Keys.ENTER, Keys.TAB, Keys.TAB, Keys.ENTER, Keys.TAB)
    assert _focused(driver)["text"] == "Analysis Function Mutual Mentoring"
    _press(driver, Keys.ESCAPE)
    assert _focused(driver)["text"] == "Schemes" and not _shown(driver, ".site-schemes ul a")
    assert _shown(driver, ".site-nav a"), "the first Escape should close only the Schemes list"
    _press(driver, Keys.ESCAPE)
    assert _focused(driver)["text"] == "Menu" and not _shown(driver, ".site-nav a")
    # On a wide screen the menu is always shown; Escape closes Schemes.
    browser.use(sitecheck.DESKTOP)
    browser.open(page)
    driver.execute_script("document.activeElement && document.activeElement.blur()")
    _press(driver, Keys.TAB, Keys.TAB, *_search_box_stops(driver), Keys.TAB, Keys.TAB, Keys.ENTER, Keys.TAB)
    assert _focused(driver)["text"] == "Analysis Function Mutual Mentoring"
    _press(driver, Keys.ESCAPE)
    assert _focused(driver)["text"] == "Schemes" and not _shown(driver, ".site-schemes ul a")
    assert [a.get_attribute("textContent") for a in _shown(driver, ".site-nav a")] == ["Home", "People"]


_TWO_DIGIT_ROOM = """
    const items = document.querySelectorAll('.handbook-contents li');
    if (items.length < 10) { return null; }
    const item = items[9], heading = document.querySelector('.handbook-contents h2');
    const probe = document.createElement('span');
    probe.textContent = '10. ';
    probe.style.font = getComputedStyle(item).font;
    probe.style.position = 'absolute';
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return item.getBoundingClientRect().left - width - heading.getBoundingClientRect().left;"""


@pytest.mark.parametrize("width", [sitecheck.DESKTOP, PHONE], ids=["1280", "375"])
@pytest.mark.parametrize("media", ["screen", "print"])
def test_the_whole_handbooks_contents_keep_two_digit_numbers_inside_their_box(browser, demo_server, width, media):
    """A list marker cannot be measured; "10. " set in the item's font, right-aligned to the item, can.
    It must start no further left than the "Contents" heading, the box's own edge on screen and in print."""
    driver = browser.driver
    browser.use(width)
    browser.open(demo_server.url("schemes/professional-services-mentoring/handbook/all.html"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
    try:
        room = driver.execute_script(_TWO_DIGIT_ROOM)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.use(sitecheck.DESKTOP)
    assert room is not None, "the demo's whole handbook should have ten chapters or more"
    assert room >= 0, f"“10.” overhangs the contents box by {-room:.1f} px at {width.label} ({media})"
