#!/usr/bin/env bash
# Runs the whole test suite: unit and fixture tests, a strict check of the demo portal, then the site
# checks on every page of the built demo (scripts/check-site.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
# strace aims kills at each step of the output folder's swap (BuildInterruptionTests); only the tests need it.
if ! command -v strace >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq strace >/dev/null
fi
swift build --product portal
swift test --disable-swift-testing
# The demo content must pass with no warnings at all.
.build/debug/portal check --strict
# The matching benchmark's smoke test (small schemes, one run): keeps Benchmarks/match.py in step with the report.
python3 Benchmarks/match.py --check --portal .build/debug/portal
# The calendar files read by two independent iCalendar parsers (Tests/e2e/test_calendars.py).
scripts/test-calendars.sh
# Every page of the demo portal, checked in a real browser, by the HTML validator and a link checker.
# Last, so that pytest's closing line ("N passed") ends the output.
scripts/check-site.sh
