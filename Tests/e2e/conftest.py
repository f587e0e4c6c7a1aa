"""Fixtures for the site checks: the portal built once per session into a temporary folder, a web
server on 127.0.0.1 for it, and one headless Chromium shared by every test.

Environment:
  PORTAL               the portal binary (default .build/debug/portal, built by scripts/check-site.sh)
  SITE_CHECK_RESULTS   where screenshots and reports go (default test-results/ in the repository)
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import sitecheck  # noqa: E402

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPOSITORY / "Tests" / "Fixtures"
TODAY = "2026-11-23"

_summary: list[str] = []


def note(line: str):
    """A line for the end of the run, printed just before pytest's closing line."""
    _summary.append(line)


def pytest_terminal_summary(terminalreporter):
    if _summary:
        terminalreporter.section("site check")
        for line in _summary:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def portal_binary() -> pathlib.Path:
    binary = pathlib.Path(os.environ.get("PORTAL", REPOSITORY / ".build" / "debug" / "portal"))
    if not binary.is_file():
        pytest.fail(f"{binary} is missing: run scripts/check-site.sh, which builds it first", pytrace=False)
    return binary


@pytest.fixture(scope="session")
def results_dir() -> pathlib.Path:
    folder = pathlib.Path(os.environ.get("SITE_CHECK_RESULTS", REPOSITORY / "test-results")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build_portal(binary: pathlib.Path, output: pathlib.Path, portal_folder: pathlib.Path,
                 content: pathlib.Path | None = None, layouts: pathlib.Path | None = None) -> pathlib.Path:
    command = [str(binary), "build", "--output", str(output), "--today", TODAY]
    if content is not None:
        command += ["--content", str(content)]
    if layouts is not None:
        command += ["--layouts", str(layouts)]
    run = subprocess.run(command, cwd=portal_folder, capture_output=True, text=True)
    if run.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed with status {run.returncode}:\n{run.stdout}{run.stderr}",
                    pytrace=False)
    if not sitecheck.html_pages(output):
        pytest.fail(f"{' '.join(command)} wrote no HTML pages into {output}", pytrace=False)
    return output


@pytest.fixture(scope="session")
def demo_site(portal_binary, tmp_path_factory) -> pathlib.Path:
    """The demo portal in Content/, built with the default theme into a temporary folder."""
    output = tmp_path_factory.mktemp("demo") / "site"
    build_portal(portal_binary, output, REPOSITORY)
    note(f"Demo portal built into {output} ({len(sitecheck.html_pages(output))} pages checked)")
    return output


@pytest.fixture(scope="session")
def broken_site(portal_binary, tmp_path_factory) -> pathlib.Path:
    """Tests/Fixtures/a11y-broken: a portal with a deliberately broken page."""
    fixture = FIXTURES / "a11y-broken"
    output = tmp_path_factory.mktemp("a11y-broken") / "site"
    return build_portal(portal_binary, output, fixture, fixture / "Content", fixture / "Layouts")


@pytest.fixture(scope="session")
def browsers():
    """Headless Chromiums for the whole run (one per core): the sweeps share pages out among them."""
    started = []
    try:
        for _ in range(sitecheck.browser_count()):
            started.append(sitecheck.Browser())
        yield started
    finally:
        for chromium in started:
            chromium.close()


@pytest.fixture(scope="session")
def browser(browsers):
    return browsers[0]


@pytest.fixture(scope="session")
def demo_server(demo_site):
    server = sitecheck.LocalServer(demo_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def broken_server(broken_site):
    server = sitecheck.LocalServer(broken_site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def demo_sweep(browsers, browser, demo_server, demo_site, results_dir):
    """Every demo page at 1280 px and 320 px (keyboard check, reflow check at 320 px, axe-core)
    and at 1280 px in the dark colour scheme (axe-core's colour rules). Run once; the tests read
    its results."""
    results = sitecheck.sweep(browsers, demo_server, demo_site,
                              [sitecheck.DESKTOP, sitecheck.NARROW, sitecheck.DESKTOP_DARK])
    report = results_dir / "axe-violations.txt"
    text = sitecheck.axe_report(results)
    report.write_text(text + "\n" if text else "No violations.\n", encoding="utf-8")
    note(f"axe-core {getattr(browser, 'axe_version', '?')} ({browser.axe_path}) ran {len(results)} page checks "
         f"in {len(browsers)} browsers; violations listed in {report}")
    return results


@pytest.fixture(scope="session")
def broken_sweep(browsers, broken_server, broken_site):
    return sitecheck.sweep(browsers, broken_server, broken_site, [sitecheck.DESKTOP, sitecheck.NARROW])
