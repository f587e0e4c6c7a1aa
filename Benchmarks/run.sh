#!/usr/bin/env bash
# The speed benchmark: SchemePortal against Hugo on the same synthetic people, and the cmark-gfm floor.
#   Benchmarks/run.sh [--sizes 1000,10000] [--runs 3] [--layouts per-person,per-scheme] [--work DIR] [--keep]
#   Benchmarks/run.sh --check [--portal .build/debug/portal]   (smoke test: 50 people, one run, asserts)
# Installs what is missing (Debian's hugo, cmark-gfm and time), builds a release portal unless --portal
# names one, then runs Benchmarks/bench.py, which prints the table as text and as Markdown.
# docs/performance.md explains the columns and holds the latest table.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(hugo cmark-gfm time python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

portal=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --portal) portal="${args[$((i + 1))]:-}" ;;
    --portal=*) portal="${args[$i]#--portal=}" ;;
  esac
done
if [ -z "$portal" ]; then
  scripts/install-dependencies.sh
  # A release build, as users run it; the debug build is several times slower and would measure nothing useful.
  swift build -c release --product portal >&2
  args+=(--portal .build/release/portal --portal-commit "$(git describe --always --dirty 2>/dev/null || echo unknown)")
fi
exec python3 Benchmarks/bench.py "${args[@]}"
