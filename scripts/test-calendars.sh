#!/usr/bin/env bash
# The calendar files read by two independent iCalendar parsers (PyPI icalendar and ical):
# Tests/e2e/test_calendars.py builds the demo portal and a portal whose deadlines straddle the clock
# changes, and checks every event's start, end and time zone. Installs its packages into .venv/ first
# (quietly, and only when Tests/e2e/requirements-calendar.txt changes). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# The same venv, browser and driver as the site checks (the key-dates script is tested in Chromium).
scripts/install-site-check-tools.sh
stamp=.venv/.calendar-requirements
if [ ! -f "$stamp" ] || ! cmp -s "$stamp" Tests/e2e/requirements-calendar.txt; then
  PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 .venv/bin/python -m pip install --quiet -r Tests/e2e/requirements-calendar.txt
  cp Tests/e2e/requirements-calendar.txt "$stamp"
fi
[ -x "${PORTAL:-.build/debug/portal}" ] || swift build --product portal
exec .venv/bin/python -m pytest --noconftest -q -p no:cacheprovider Tests/e2e/test_calendars.py "$@"
