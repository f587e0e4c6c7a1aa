#!/usr/bin/env bash
# Installs what is missing, builds the tool, and builds the demo portal from Content/ into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
swift build -c release --product portal
.build/release/portal build "$@"
echo "Open Output/index.html in a browser to see the demo portal."
