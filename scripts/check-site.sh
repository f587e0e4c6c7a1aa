#!/usr/bin/env bash
# The site checks: builds the demo portal into a temporary folder and checks every page with the
# Nu HTML Checker, axe-core in headless Chromium (1280 px, 320 px, and 1280 px dark), a link checker
# and a keyboard check, then takes screenshots. Installs what it needs first (see
# scripts/install-site-check-tools.sh). Screenshots and reports go to test-results/ (or
# $SITE_CHECK_RESULTS). Extra arguments go to pytest, e.g. `scripts/check-site.sh -k links`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/install-site-check-tools.sh
swift build --product portal
export SITE_CHECK_RESULTS="${SITE_CHECK_RESULTS:-$PWD/test-results}"
export PORTAL="${PORTAL:-$PWD/.build/debug/portal}"
# The site checks, what a phone shows first and the home page's way in (test_layout.py), the whole handbook printed to PDF (test_print.py), the people directory in a real browser (filter, shortlist, a list that passes
# portal check), portal serve in a real browser (reloading, hidden tabs, the error box), and search (test_search.py: results, filters, the A–Z index, bytes per search). Tests/e2e/test_calendars.py has its own script and packages.
exec .venv/bin/python -m pytest Tests/e2e/test_site.py Tests/e2e/test_broken_fixture.py \
  Tests/e2e/test_linkcheck.py Tests/e2e/test_layout.py Tests/e2e/test_print.py Tests/e2e/test_people.py Tests/e2e/test_paged_directory.py \
  Tests/e2e/test_serve.py Tests/e2e/test_search.py Tests/e2e/test_match_report.py "$@"
