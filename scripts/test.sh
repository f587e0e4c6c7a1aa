#!/usr/bin/env bash
# Runs the whole test suite: unit and fixture tests, then a check and a build of the demo portal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build --product portal
swift test --disable-swift-testing
# The demo content must pass with no warnings at all.
.build/debug/portal check --strict
