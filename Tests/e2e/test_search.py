"""Search in a real browser, on the demo portal: the header's box leads to the search page, whose
first results are the pages a participant is after ("chemistry meeting", "GROW"); the filters' counts
match the results they give (OR within a group, AND across groups) before and after choosing; the
count is announced; the page passes axe-core at 375 and 1280 px; without JavaScript it is the A–Z
index; and one search downloads less than 100 kB."""

from __future__ import annotations

import re
import shutil
import urllib.parse

import pytest

import sitecheck
from conftest import note

PHONE = sitecheck.Viewport("375", 375, 800)
SEARCH = "search/index.html"
OPEN_HOW_IT_WORKS = "schemes/open-peer-mentoring/how-does-it-work/"
GROW_TOOLKIT_PAGE = "schemes/professional-services-mentoring/toolkit/grow-model/"
# A word on many pages of several schemes and kinds, but not on most pages (so it filters).
BROAD_QUERY = "meeting"


def _by_css(driver, selector):
    from selenium.webdriver.common.by import By
    return driver.find_elements(By.CSS_SELECTOR, selector)


def _wait(driver, condition, message: str, timeout: float = 10):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(lambda d: condition(), message)


def _status(driver) -> str:
    return driver.execute_script("return document.getElementById('search-status').textContent")


def _search_url(server, query: str) -> str:
    """The search page with ?q= (LocalServer.url would escape the question mark)."""
    return server.base + SEARCH + "?q=" + urllib.parse.quote(query)


def _open_search(browser, server, query: str):
    browser.open(_search_url(server, query))
    _wait_for_results(browser.driver, f"search.js showed nothing for ‘{query}’")


def _wait_for_results(driver, message: str):
    """The status comes first; the results follow once their text has loaded."""
    _wait(driver, lambda: _status(driver) != "", message)
    _wait(driver, lambda: len(_by_css(driver, "#search-results > li")) == min(10, _announced_count(driver)), message)


def _results(driver) -> list[dict]:
    """Every result on show: where its link goes (from the site root), its title, kind and schemes."""
    return driver.execute_script("""
        return [...document.querySelectorAll('#search-results > li')].map(li => {
          const a = li.querySelector('a'), where = li.querySelector('.search-result-where');
          return {href: a.href, title: a.textContent, where: where ? where.textContent : '',
                  marks: [...li.querySelectorAll('mark')].map(m => m.textContent)};
        });""")


def _relative(href: str, server) -> str:
    return urllib.parse.urlparse(href).path.lstrip("/") if href.startswith(server.base) else href


def _show_all(driver):
    """Presses "Show more results" until every result is listed."""
    for _ in range(100):
        buttons = _by_css(driver, "#search-more button")
        if not buttons:
            return
        assert buttons[0].text == "Show more results"
        before = len(_by_css(driver, "#search-results > li"))
        buttons[0].click()
        _wait(driver, lambda: len(_by_css(driver, "#search-results > li")) > before, "“Show more results” showed nothing")


def _announced_count(driver) -> int:
    status = _status(driver)
    match = re.match(r"(\d+) results? for ‘", status)
    return int(match.group(1)) if match else 0


def _filters(driver) -> dict[str, dict[str, tuple[int, bool]]]:
    """{legend: {value: (count, checked)}} as the filters show them."""
    groups = driver.execute_script("""
        const groups = {};
        for (const fieldset of document.querySelectorAll('#search-filters fieldset')) {
          const values = {};
          for (const item of fieldset.querySelectorAll('li')) {
            const box = item.querySelector('input[type=checkbox]'), label = item.querySelector('label');
            const count = label.querySelector('.search-filter-count').textContent;
            const name = label.textContent.slice(0, label.textContent.length - count.length).trim();
            values[name] = [parseInt(count.replace(/\\D/g, ''), 10), box.checked];
          }
          groups[fieldset.querySelector('legend').textContent] = values;
        }
        return groups;""")
    return {legend: {name: (count, checked) for name, (count, checked) in values.items()} for legend, values in groups.items()}


def _toggle(driver, legend: str, value: str):
    """Ticks or unticks a filter by keyboard (Space on its checkbox), and waits for the results to follow."""
    from selenium.webdriver.common.keys import Keys
    box = driver.execute_script("""
        for (const fieldset of document.querySelectorAll('#search-filters fieldset')) {
          if (fieldset.querySelector('legend').textContent !== arguments[0]) continue;
          for (const label of fieldset.querySelectorAll('label'))
            if (label.firstChild.textContent.trim() === arguments[1]) return document.getElementById(label.htmlFor);
        }
        return null;""", legend, value)
    assert box is not None, f"no filter “{value}” under “{legend}”"
    box.send_keys(Keys.SPACE)
    # The status changes at once and the list empties; the first ten (or fewer) follow.
    _wait_for_results(driver, "the results did not follow the filter")


def _check_counts_match_results(driver, context: str):
    """For every value of every filter: choosing it alone in its group, with the other group as it is,
    lists exactly the number of results its count says; the announced count says the same."""
    shown = _filters(driver)
    chosen = {legend: [v for v, (_, checked) in values.items() if checked] for legend, values in shown.items()}
    for legend, values in shown.items():
        for value, (count, _) in values.items():
            # Only this value ticked in its group.
            for other in chosen[legend]:
                if other != value:
                    _toggle(driver, legend, other)
            if value not in chosen[legend]:
                _toggle(driver, legend, value)
            _show_all(driver)
            listed = len(_by_css(driver, "#search-results > li"))
            assert listed == count, f"{context}: “{value}” says {count} but lists {listed}"
            assert _announced_count(driver) == count, f"{context}: “{value}” says {count}; the status says {_status(driver)}"
            # Back as it was.
            if value not in chosen[legend]:
                _toggle(driver, legend, value)
            for other in chosen[legend]:
                if other != value:
                    _toggle(driver, legend, other)
    assert _filters(driver) == shown, f"{context}: the filters changed while being checked"


def test_chemistry_meeting_in_the_header_box_then_enter_finds_the_open_schemes_how_it_works_page_first(browser, demo_server):
    from selenium.webdriver.common.keys import Keys

    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    browser.open(demo_server.url("index.html"))
    box = driver.find_element("id", "site-search-q")
    assert box.get_attribute("type") == "search"
    box.send_keys("chemistry meeting", Keys.ENTER)
    _wait(driver, lambda: "/search/" in driver.current_url, "Enter did not open the search page")
    _wait_for_results(driver, "the search page showed no results")
    assert urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)["q"] == ["chemistry meeting"]
    assert driver.find_element("id", "search-q").get_attribute("value") == "chemistry meeting"
    results = _results(driver)
    assert results, _status(driver)
    first = results[0]
    assert _relative(first["href"], demo_server).startswith(OPEN_HOW_IT_WORKS), [r["href"] for r in results[:5]]
    assert "Oxford Policy Peer Mentoring" in first["where"] or "Oxford Policy Engagement Network" in first["where"], first
    assert {m.lower() for m in first["marks"]} & {"chemistry", "meeting", "meet"}, first
    # The link leads to the page, and to a section of it that exists.
    driver.get(first["href"])
    assert _by_css(driver, "main h1")[0].text == "How does it work?"
    fragment = urllib.parse.urlparse(first["href"]).fragment
    if fragment:
        assert _by_css(driver, f"[id='{fragment}']"), f"the result links to #{fragment}, which the page does not have"


def test_grow_finds_the_toolkit_page_first(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    _open_search(browser, demo_server, "GROW")
    results = _results(browser.driver)
    assert results, _status(browser.driver)
    assert _relative(results[0]["href"], demo_server).startswith(GROW_TOOLKIT_PAGE), [r["href"] for r in results[:5]]
    assert results[0]["where"].startswith("Toolkit"), results[0]
    assert "GROW" in results[0]["marks"] or "grow" in [m.lower() for m in results[0]["marks"]], results[0]


def test_typing_on_the_search_page_searches_and_keeps_the_query_in_the_address(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    browser.open(demo_server.url(SEARCH))
    assert _status(driver) == "" and not _results(driver)
    assert driver.find_element("id", "search-filters").get_attribute("hidden") is not None
    # The beginnings of words find them: "chemis meetin" is enough.
    driver.find_element("id", "search-q").send_keys("chemis meetin")
    _wait(driver, lambda: _results(driver), "typing did not search")
    _wait_for_results(driver, "typing did not search")
    assert _relative(_results(driver)[0]["href"], demo_server).startswith(OPEN_HOW_IT_WORKS), _results(driver)[:3]
    assert {"chemistry", "meeting"} <= {m.lower() for m in _results(driver)[0]["marks"]}, _results(driver)[0]
    _wait(driver, lambda: driver.current_url.endswith("?q=chemis%20meetin"), f"the address is {driver.current_url}")


def test_the_status_announces_how_many_results_and_says_what_to_do_when_there_are_none(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    _open_search(browser, demo_server, "chemistry meeting")
    status = driver.find_element("id", "search-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    count = _announced_count(driver)
    assert count >= 1
    _show_all(driver)
    assert len(_results(driver)) == count, f"the status says {count}; {len(_results(driver))} are listed"
    assert status.text == f"{count} result{'s' if count != 1 else ''} for ‘chemistry meeting’"

    _open_search(browser, demo_server, "qqzzxx")
    assert _status(driver) == "No results for ‘qqzzxx’. Try fewer or shorter words, or the A–Z index below."
    assert not _results(driver)


def test_choosing_a_scheme_then_a_kind_keeps_every_count_equal_to_the_results_it_gives(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    _open_search(browser, demo_server, BROAD_QUERY)
    total = _announced_count(driver)
    shown = _filters(driver)
    assert set(shown) == {"Kind of page", "Scheme"}, shown
    schemes, kinds = shown["Scheme"], shown["Kind of page"]
    assert len(schemes) >= 2 and len(kinds) >= 2, f"‘{BROAD_QUERY}’ should find pages of several schemes and kinds: {shown}"
    assert sum(count for count, _ in kinds.values()) == total, "every result has exactly one kind"
    _check_counts_match_results(driver, "nothing chosen")

    # A scheme: its count is the results now listed; the other schemes keep their counts (OR within).
    scheme = max(schemes, key=lambda name: (schemes[name][0], name))
    _toggle(driver, "Scheme", scheme)
    after = _filters(driver)
    assert after["Scheme"] == {name: (count, name == scheme) for name, (count, _) in schemes.items()}, \
        "choosing a scheme must not change the schemes' own counts"
    assert _announced_count(driver) == schemes[scheme][0]
    _show_all(driver)
    assert all(scheme in r["where"] for r in _results(driver)), "a result of another scheme is listed"
    _check_counts_match_results(driver, f"scheme “{scheme}” chosen")

    # Then a kind (AND across groups): every result is of that kind and that scheme.
    kinds = _filters(driver)["Kind of page"]
    kind = max((name for name in kinds if kinds[name][0] > 0), key=lambda name: (kinds[name][0], name))
    _toggle(driver, "Kind of page", kind)
    assert _announced_count(driver) == kinds[kind][0]
    _show_all(driver)
    listed = _results(driver)
    assert len(listed) == kinds[kind][0]
    assert all(r["where"].startswith(kind) and scheme in r["where"] for r in listed), listed
    _check_counts_match_results(driver, f"scheme “{scheme}” and kind “{kind}” chosen")


def test_the_search_page_is_valid_html_as_built_and_with_results_and_filters_shown(browser, demo_server, demo_site, tmp_path):
    sample = tmp_path / "sample"
    (sample / "search").mkdir(parents=True)
    shutil.copy(demo_site / SEARCH, sample / SEARCH)
    browser.use(sitecheck.DESKTOP)
    _open_search(browser, demo_server, BROAD_QUERY)
    _toggle(browser.driver, "Scheme", next(iter(_filters(browser.driver)["Scheme"])))
    html = browser.driver.execute_script("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
    (sample / "search" / "with-results.html").write_text(html, encoding="utf-8")
    errors = [m for m in sitecheck.validate_html(sample) if m.is_error]
    assert not errors, sitecheck.validator_report(errors)


@pytest.mark.parametrize("viewport", [sitecheck.DESKTOP, PHONE], ids=lambda v: v.label)
def test_the_search_page_with_results_passes_axe_and_the_keyboard_and_reflow_checks(browser, demo_server, viewport,
                                                                                   results_dir):
    browser.use(viewport)
    try:
        _open_search(browser, demo_server, BROAD_QUERY)
        keyboard = browser.check_skip_link()
        # With a filter chosen, so the filters' markup is checked in both states.
        kind = next(iter(_filters(browser.driver)["Kind of page"]))
        _toggle(browser.driver, "Kind of page", kind)
        result = sitecheck.PageResult(SEARCH, viewport, browser.run_axe(), keyboard, browser.check_reflow())
        browser.screenshot(results_dir / "screenshots" / f"search-{viewport.width}.png")
    finally:
        browser.use(sitecheck.DESKTOP)
    assert not result.axe_violations, sitecheck.axe_report([result])
    assert not result.keyboard_problem, result.keyboard_problem
    assert not result.reflow_problem, result.reflow_problem


def test_every_search_control_is_reached_by_tab_and_show_more_moves_focus_to_the_new_results(browser, demo_server):
    from selenium.webdriver.common.keys import Keys

    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    _open_search(browser, demo_server, BROAD_QUERY)
    assert _by_css(driver, "#search-more button"), f"‘{BROAD_QUERY}’ should give more than ten results"
    driver.find_element("id", "search-q").click()
    reached = []
    for _ in range(200):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        focused = driver.switch_to.active_element
        reached.append((focused.tag_name, focused.get_attribute("type") or "", focused.text or focused.get_attribute("id")))
        if focused.tag_name == "button" and focused.text == "Show more results":
            break
    kinds = [r for r in reached if r[1] == "checkbox"]
    assert len(kinds) == sum(len(v) for v in _filters(driver).values()), "every filter should be reached by Tab"
    assert sum(1 for r in reached if r[0] == "a") >= 10, "every result link should be reached by Tab"
    assert reached[-1][2] == "Show more results", reached[-5:]
    before = len(_results(driver))
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    _wait(driver, lambda: len(_results(driver)) > before, "Enter on “Show more results” showed nothing")
    focused = driver.switch_to.active_element
    assert focused.get_attribute("href") == _results(driver)[before]["href"], "focus should move to the first new result"


def test_without_javascript_the_search_page_is_the_a_to_z_index_and_the_header_box_leads_there(browser, demo_server):
    from selenium.webdriver.common.keys import Keys

    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.open(demo_server.url("index.html"))
        driver.find_element("id", "site-search-q").send_keys("chemistry meeting", Keys.ENTER)
        _wait(driver, lambda: "/search/" in driver.current_url, "Enter in the header box did not open the search page")
        heading = driver.find_element("id", "a-z-heading")
        assert heading.is_displayed() and heading.text == "A–Z index"
        letters = _by_css(driver, ".a-z nav a")
        assert len(letters) >= 5 and all(a.is_displayed() for a in letters)
        entries = _by_css(driver, ".a-z li a")
        titles = {a.text for a in entries}
        assert "GROW model structure worksheet" in titles, sorted(titles)[:20]
        assert not _results(driver) and _status(driver) == ""
        assert not driver.find_element("id", "search-filters").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_a_search_for_chemistry_meeting_downloads_less_than_100_kb(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    _open_search(browser, demo_server, "chemistry meeting")
    _wait(driver, lambda: _results(driver), "no results")
    files = driver.execute_script("""
        return performance.getEntriesByType('resource').filter(e => /\\/search\\/[^/]+\\.json/.test(e.name))
          .map(e => [new URL(e.name).pathname.split('/').pop(), Math.max(e.transferSize, e.encodedBodySize)]);""")
    names = [name for name, _ in files]
    assert "meta.json" in names, names
    assert any(re.fullmatch(r"t\d+\.json", n) for n in names) and any(re.fullmatch(r"d\d+\.json", n) for n in names), names
    total = sum(size for _, size in files)
    note(f"A search for ‘chemistry meeting’ on the demo downloaded {total:,} bytes in {len(files)} files: "
         + ", ".join(f"{n} {s:,}" for n, s in files))
    assert total < 100_000, f"a search downloaded {total:,} bytes: {files}"


def test_printed_the_search_page_shows_its_results_but_no_search_controls(browser, demo_server):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    _open_search(browser, demo_server, BROAD_QUERY)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = driver.execute_script("""
            const seen = s => [...document.querySelectorAll(s)].some(e => e.getClientRects().length > 0);
            return {header: seen('.site-search'), form: seen('.search-page-form'), filters: seen('#search-filters'),
                    more: seen('#search-more button'), results: seen('#search-results > li')};""")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == {"header": False, "form": False, "filters": False, "more": False, "results": True}, shown


# -- The query rules on a hand-made index ------------------------------------------------------------
# The demo has fewer than 200 pages, so its index has no common words, and its shards are few: this
# index, written by hand in the build's format, has both, and weights chosen so the order tells which
# rule was followed.

HAND_MADE = {
    "meta.json": {"version": 1, "build": "hand", "docs": 5, "docChunk": 2,
                  "kinds": [["scheme", "Scheme pages"]], "schemes": [["s", "Scheme S"]],
                  "groups": [[0, 5, 0, [0]]], "shards": ["chemistry", "meeting", "meetings"],
                  "common": ["mentoring", "the"]},
    "t0.json": {"chemistry": [3, 6, 1, 6]},
    "t1.json": {"meeting": [0, 1, 1, 20]},
    "t2.json": {"meetings": [2, 30], "mentor": [2, 1], "mentoring": [0, 3, 2, 5], "the": [1, 2]},
    "d0.json": [["a/", "Alpha", [["", "", "the mentoring meeting"]]], ["b/", "Beta", [["", "", "meeting"]]]],
    "d1.json": [["c/", "Gamma", [["", "", "a mentor and meetings"]]], ["d/", "Delta", [["x", "Chemistry", "text"]]]],
    "d2.json": [["e/", "Epsilon", [["", "", "chemistry"]]]],
}


@pytest.fixture(scope="module")
def hand_made_server(demo_site, tmp_path_factory):
    import json
    site = tmp_path_factory.mktemp("hand-made-index") / "site"
    shutil.copytree(demo_site / "assets", site / "assets")
    (site / "search").mkdir(parents=True)
    shutil.copy(demo_site / SEARCH, site / SEARCH)
    for name, value in HAND_MADE.items():
        (site / "search" / name).write_text(json.dumps(value), encoding="utf-8")
    server = sitecheck.LocalServer(site)
    yield server
    server.close()


@pytest.mark.parametrize("query, titles, shards", [
    # A prefix matches longer words at half weight, across the shards they may be in (the first holds
    # the words from "chemistry" up to "meeting", where "meet" itself would be): 30/2, 20/2, 1/2.
    ("meet", ["Gamma", "Beta", "Alpha"], ["t0.json", "t1.json", "t2.json"]),
    # The whole word at full weight, its longer forms at half: 20, 30/2, 1.
    ("meeting", ["Beta", "Gamma", "Alpha"], ["t1.json", "t2.json"]),
    # A common word (the index keeps only its best pages) ranks but narrows nothing; every other word must
    # match: 20 + 2, 15, 1.
    ("the meeting", ["Beta", "Gamma", "Alpha"], ["t1.json", "t2.json"]),
    # "mentor" begins a word that is not common, so it narrows, and the pages kept of "mentoring" match it
    # too: 1 + 5/2 + 30/2, then 3/2 + 1; Beta has neither.
    ("mentor meeting", ["Gamma", "Alpha"], ["t1.json", "t2.json"]),
    # A word on no page leaves no result, with a common word or without one.
    ("chemistry qqzzxx", [], ["t0.json", "t2.json"]),
    ("the qqzzxx", [], ["t2.json"]),
    # Equal scores in the order of the documents.
    ("chemistry", ["Delta", "Epsilon"], ["t0.json"]),
])
def test_the_query_rules_on_a_hand_made_index(browser, hand_made_server, query, titles, shards):
    browser.use(sitecheck.DESKTOP)
    driver = browser.driver
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    _open_search(browser, hand_made_server, query)
    assert [r["title"] for r in _results(driver)] == titles, _status(driver)
    assert _status(driver) == (f"{len(titles)} result{'s' if len(titles) != 1 else ''} for ‘{query}’" if titles else
                               f"No results for ‘{query}’. Try fewer or shorter words, or the A–Z index below.")
    fetched = driver.execute_script("""
        return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname.split('/').pop())
          .filter(n => /^t\\d+\\.json$/.test(n)).sort();""")
    assert fetched == shards, f"‘{query}’ fetched the shards {fetched}"


@pytest.mark.parametrize("query, titles", [
    # Common words alone: the pages kept of them, best first, and a status that says these are the best only.
    ("mentoring", ["Gamma", "Alpha"]), ("mentori", ["Gamma", "Alpha"]), ("the", ["Beta"]),
    # No page kept of both: any of them.
    ("the mentoring", ["Gamma", "Alpha", "Beta"]),
])
def test_a_query_of_common_words_only_lists_their_best_pages_and_says_so(browser, hand_made_server, query, titles):
    browser.use(sitecheck.DESKTOP)
    _open_search(browser, hand_made_server, query)
    assert [r["title"] for r in _results(browser.driver)] == titles, _status(browser.driver)
    assert _status(browser.driver) == (
        f"{len(titles)} result{'s' if len(titles) != 1 else ''} for ‘{query}’: these words are on many pages of the portal, so only the best matches are "
        "listed; add a more particular word to narrow them.")


def test_a_search_page_left_open_while_the_portal_is_rebuilt_searches_the_new_index(browser, demo_site, tmp_path):
    import json
    import os
    import time
    from selenium.webdriver.common.keys import Keys
    site = tmp_path / "site"
    shutil.copytree(demo_site / "assets", site / "assets")
    (site / "search").mkdir(parents=True)
    shutil.copy(demo_site / SEARCH, site / SEARCH)

    def publish(build: str, postings: list[int], docs: list[list]):
        index = {"meta.json": {"version": 1, "build": build, "docs": len(docs), "docChunk": 2,
                               "kinds": [["scheme", "Scheme pages"]], "schemes": [["s", "Scheme S"]],
                               "groups": [[0, len(docs), 0, [0]]], "shards": ["alpha"], "common": []},
                 "t0.json": {"alpha": postings}}
        for start in range(0, len(docs), 2):
            index[f"d{start // 2}.json"] = docs[start:start + 2]
        for name, value in index.items():
            (site / "search" / name).write_text(json.dumps(value), encoding="utf-8")

    publish("one", [0, 1], [["a/", "First build", [["", "", "alpha"]]]])
    server = sitecheck.LocalServer(site)
    try:
        browser.use(sitecheck.DESKTOP)
        _open_search(browser, server, "alpha")
        assert [r["title"] for r in _results(browser.driver)] == ["First build"]
        # Published again, with the pages numbered anew, while the page stays open.
        publish("two", [0, 5, 1, 1], [["b/", "Second build", [["", "", "alpha"]]], ["a/", "First build", [["", "", "alpha"]]]])
        # A later time than the first build's (servers say "not modified" by the second, and this is within one).
        later = time.time() + 5
        for file in (site / "search").iterdir():
            os.utime(file, (later, later))
        box = browser.driver.find_element("css selector", "#search-q")
        box.clear()
        box.send_keys("alph", Keys.ENTER)
        _wait(browser.driver, lambda: _status(browser.driver) == "2 results for ‘alph’", f"the second search: {_status(browser.driver)!r}, {browser.driver.current_url}")
        _wait_for_results(browser.driver, "the second search's results")
        assert [r["title"] for r in _results(browser.driver)] == ["Second build", "First build"]
    finally:
        server.close()
