"""`portal serve` in a real browser: an edit reloads the open page with the new text; a tab that is
hidden closes its reload channel (browsers allow six connections to one address, so every background
tab holding one would leave the seventh waiting) and, shown again, reloads if it missed a rebuild; a
broken file shows its message over the last good page, with no axe-core violations."""
from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time

import pytest

import sitecheck
from conftest import FIXTURES
from test_people import wait_for

selenium = pytest.importorskip("selenium")


@pytest.fixture(scope="module")
def served(portal_binary, tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    shutil.copytree(FIXTURES / "golden-site" / "Content", folder / "Content")
    process = subprocess.Popen([str(portal_binary), "serve", "--port", "0", "--today", "2027-09-20"], cwd=folder,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    address = None
    for line in process.stdout:
        lines.append(line)
        match = re.search(r"serving the portal at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            address = match.group(1)
            break
    assert address, "".join(lines)
    threading.Thread(target=lambda: [lines.append(l) for l in process.stdout], daemon=True).start()
    yield folder, address
    process.send_signal(2)
    process.wait(timeout=60)


def edit(path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def mark(driver, value):
    driver.execute_script(f"window.__servedMark = {value!r};")


def reloaded(driver) -> bool:
    return driver.execute_script("return window.__servedMark === undefined;")


def set_hidden(driver, hidden: bool):
    driver.execute_script(
        "Object.defineProperty(document, 'hidden', {configurable: true, get: function () { return %s; }});"
        "document.dispatchEvent(new Event('visibilitychange'));" % ("true" if hidden else "false"))


def test_an_edit_reloads_the_open_page_with_the_new_text(served, browser):
    folder, address = served
    chrome = browser.driver
    chrome.get(address + "about/")
    mark(chrome, "before")
    edit(folder / "Content" / "pages" / "about.md", "The People Team at Golden University.", "The Staff Development Office.")
    wait_for(chrome, lambda: reloaded(chrome), "the page did not reload after the edit", timeout=30)
    wait_for(chrome, lambda: "The Staff Development Office." in chrome.page_source, "the reloaded page lacks the edit", timeout=10)


def test_a_hidden_tab_waits_and_reloads_when_shown_if_it_missed_a_rebuild(served, browser):
    folder, address = served
    chrome = browser.driver
    chrome.get(address + "about/")
    mark(chrome, "hidden")
    set_hidden(chrome, True)
    edit(folder / "Content" / "pages" / "about.md", "The Staff Development Office.", "The Learning Office.")
    time.sleep(3)
    assert not reloaded(chrome), "a hidden tab reloaded (its channel stayed open)"
    set_hidden(chrome, False)
    wait_for(chrome, lambda: reloaded(chrome), "shown again, the tab did not catch up with the rebuild it missed", timeout=30)
    wait_for(chrome, lambda: "The Learning Office." in chrome.page_source, "the page lacks the edit it missed", timeout=10)


def test_a_broken_file_shows_its_message_over_the_last_good_page_without_accessibility_violations(served, browser):
    folder, address = served
    chrome = browser.driver
    people = folder / "Content" / "schemes" / "pilot" / "people.yaml"
    chrome.get(address + "about/")
    mark(chrome, "before")
    edit(people, "    grade: Grade 8\n", "    grade: Grade 99\n")
    try:
        wait_for(chrome, lambda: reloaded(chrome), "the page did not reload after the broken save", timeout=30)
        wait_for(chrome, lambda: "portal-serve-errors" in chrome.page_source, "no error box", timeout=10)
        box = chrome.find_element("id", "portal-serve-errors").text
        assert "people.yaml:" in box and "Grade 99" in box, box
        violations = browser.run_axe()
        assert not violations, [v["id"] for v in violations]
    finally:
        edit(people, "    grade: Grade 99\n", "    grade: Grade 8\n")
    wait_for(chrome, lambda: "portal-serve-errors" not in chrome.page_source, "the error box stayed after the fix", timeout=30)
