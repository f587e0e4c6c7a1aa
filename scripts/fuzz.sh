#!/usr/bin/env bash
# Fuzzes SchemePortal's input readers with libFuzzer (docs/fuzzing.md says what each target covers).
#
#   scripts/fuzz.sh [options] [TARGET|all] [SECONDS]
#
# TARGET is front-matter, date-grammar, participants, markdown or markdown-stretched; `all` (the default) runs
# every one, one after another. SECONDS is how long each target runs (default 300). Options:
#   -j, --jobs N     run up to N targets at the same time (default 1; each uses one core)
#   --keep-going     do not stop at the first finding: libFuzzer's fork mode, which records each finding and goes on
#   --replay         no fuzzing: run every committed seed and every finding once through its target; fails on any crash
#   --minimize FILE  shrink FILE, a crashing input of TARGET, for up to SECONDS (libFuzzer's -minimize_crash), into
#                    fuzz-results/findings/TARGET/minimized-…, e.g. scripts/fuzz.sh --minimize crash-1234 participants 60
#   --reseed         add the fixtures, demo content and docs to the committed seeds (only inputs that reach new code)
#   --no-build       use the targets as last built
#
# Builds go to .build-fuzz/, what the fuzzer learns to fuzz-results/corpus/TARGET/, findings (crash-*, timeout-*,
# oom-*, leak-*, slow-unit-*) to fuzz-results/findings/TARGET/, logs to fuzz-results/logs/; none of them is in git.
# Each run appends a row to fuzz-results/runs.md, in the form of the Runs table of docs/fuzzing.md.
# FUZZ_NICE (default 10) is the niceness the fuzzers run at.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

targets_all=(front-matter date-grammar participants markdown markdown-stretched)
product() {
  case "$1" in
    front-matter) echo FuzzFrontMatter ;;
    date-grammar) echo FuzzDateGrammar ;;
    participants) echo FuzzParticipants ;;
    markdown) echo FuzzMarkdown ;;
    markdown-stretched) echo FuzzMarkdownStretched ;;
    *) return 1 ;;
  esac
}
# The longest input libFuzzer makes: past each reader's own limits where it has one (a date is cut at 200
# characters), and otherwise large enough for a real file (the demo's largest people.yaml is 34 KB). The
# stretched target repeats its input to 64 KB.
max_len() {
  case "$1" in
    date-grammar) echo 1024 ;;
    participants) echo 40000 ;;
    markdown-stretched) echo 2048 ;;
    *) echo 16384 ;;
  esac
}
dictionary() {
  case "$1" in
    date-grammar) echo Tests/Fuzz/Dictionaries/date-grammar.dict ;;
    front-matter|participants) echo Tests/Fuzz/Dictionaries/yaml.dict ;;
    *) echo Tests/Fuzz/Dictionaries/markdown.dict ;;
  esac
}

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2; }

jobs=1; keep_going=0; mode=fuzz; build=1; minimize_file=""
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j|--jobs) jobs=${2:?--jobs needs a number}; shift ;;
    --keep-going) keep_going=1 ;;
    --replay) mode=replay ;;
    --minimize) mode=minimize; minimize_file=${2:?--minimize needs a file}; shift ;;
    --reseed) mode=reseed ;;
    --no-build) build=0 ;;
    -h|--help) usage ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; usage ;;
    *) positional+=("$1") ;;
  esac
  shift
done
target=${positional[0]:-all}
seconds=${positional[1]:-300}
if [ "$target" = all ]; then
  targets=("${targets_all[@]}")
elif product "$target" >/dev/null; then
  targets=("$target")
else
  echo "fuzz.sh: no target ‘$target’; choose one of ${targets_all[*]} or all" >&2
  exit 2
fi
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not ‘$seconds’" >&2; exit 2; }
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --jobs must be a number from 1, not ‘$jobs’" >&2; exit 2; }
nice_level=${FUZZ_NICE:-10}
run_stamp=$(date -u +%Y%m%dT%H%M%SZ)

results=fuzz-results
bin=.build-fuzz/release
# Swift's own crash reporter would print its backtrace over libFuzzer's report (and trip AddressSanitizer).
export SWIFT_BACKTRACE=enable=no

# What the build needs: cmark-gfm (as for the tool itself), and a Swift toolchain that ships libFuzzer.
scripts/install-dependencies.sh
if ! command -v swift >/dev/null; then
  echo "fuzz.sh: Swift is not installed; install a Swift 6 toolchain from swift.org first" >&2
  exit 2
fi
resource_dir=$(dirname "$(dirname "$(command -v swift)")")/lib/clang
if ! ls "$resource_dir"/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
  echo "fuzz.sh: this Swift toolchain has no libFuzzer (libclang_rt.fuzzer); use a swift.org toolchain for Linux" >&2
  exit 2
fi

if [ "$build" = 1 ]; then
  # After the library changes, SwiftPM's incremental release build (with cross-module optimisation) has been
  # seen to keep code compiled against the old layout of a type, which shows as impossible findings (a stack
  # buffer overflow in plain Swift). So a change to any source means building the targets from scratch.
  sources_hash=$(find Package.swift Sources Tests/Fuzz/Package.swift Tests/Fuzz/Sources -type f -print0 | sort -z \
    | xargs -0 sha1sum | sha1sum | cut -d' ' -f1)
  if [ "$(cat .build-fuzz/sources.sha1 2>/dev/null)" != "$sources_hash" ]; then
    rm -rf .build-fuzz/*-*/release .build-fuzz/release
  fi
  echo "Building the fuzz targets (release, with libFuzzer and AddressSanitizer) into .build-fuzz/…"
  # -parse-as-library: libFuzzer supplies main(). The C code (libyaml inside Yams) is instrumented too, so the
  # fuzzer sees its branches; the system's cmark-gfm is not (see docs/fuzzing.md).
  nice -n "$nice_level" swift build -c release --package-path Tests/Fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address
  echo "$sources_hash" >.build-fuzz/sources.sha1
fi

# libFuzzer's options for every run: a slow input is a finding (-timeout), and so is one that takes too much memory.
common_options() {
  local name=$1
  mkdir -p "$results/findings/$name"
  echo -timeout=10 -rss_limit_mb=3072 -malloc_limit_mb=3072 -report_slow_units=3 \
    -max_len="$(max_len "$name")" -dict="$(dictionary "$name")" -artifact_prefix="$results/findings/$name/"
}

findings_in() { find "$results/findings/$1" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
  -o -name 'leak-*' -o -name 'slow-unit-*' -o -name 'minimized-*' \) 2>/dev/null | sort; }

fuzz_one() {
  local name=$1 executable log stamp before after new labelled execs rate corpus rss outcome
  executable="$bin/$(product "$name")"
  mkdir -p "$results/corpus/$name" "$results/findings/$name" "$results/logs"
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  log="$results/logs/$name-$stamp.log"
  before=$(findings_in "$name")
  local fork=()
  [ "$keep_going" = 1 ] && fork=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  echo "[$name] fuzzing for ${seconds}s; log: $log"
  # New inputs go to the first folder (the working corpus); the committed seeds are only read.
  # shellcheck disable=SC2046
  set +e
  timeout --kill-after=30 $((seconds + 300)) nice -n "$nice_level" "$executable" $(common_options "$name") \
    -max_total_time="$seconds" -print_final_stats=1 "${fork[@]}" \
    "$results/corpus/$name" "Tests/Fuzz/Corpus/$name" >"$log" 2>&1
  local status=$?
  set -e
  after=$(findings_in "$name")
  # Each finding as libFuzzer announces it ("Test unit written to FILE"), with what went wrong as the last
  # message before it; an input found again has the same name, so comparing folders alone would miss it.
  # Fork mode writes its children's messages elsewhere, so folders compared before and after add any more.
  labelled=$(awk '
    match($0, /(broken promise: |Fatal error: |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): |Slowest unit: ).*/) { what = substr($0, RSTART) }
    /Test unit written to / { file = $0; sub(/.*Test unit written to /, "", file); print file "\t" what; what = "" }
  ' "$log")
  new=$( { cut -f1 <<<"$labelled"; comm -13 <(echo "$before") <(echo "$after"); } | sed '/^$/d' | sort -u)
  execs=$(grep -oE '^stat::number_of_executed_units: +[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  rate=$(grep -oE '^stat::average_exec_per_sec: +[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  rss=$(grep -oE '^stat::peak_rss_mb: +[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true)
  if [ -z "$execs" ]; then   # fork mode prints no final stats, but its last status line has them
    local last
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(grep -oE '^#[0-9]+' <<<"$last" | tr -d '#' || true)
    rate=$(grep -oE 'exec/s: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || true)
  fi
  corpus=$(( $(find "$results/corpus/$name" -type f | wc -l) + $(find "Tests/Fuzz/Corpus/$name" -type f | wc -l) ))
  local count=0
  [ -n "$new" ] && count=$(echo "$new" | wc -l)
  if [ "$count" -gt 0 ]; then outcome="$count finding(s)"
  elif [ "$status" -ne 0 ]; then outcome="stopped with status $status and no finding file: see the log"
  else outcome="no findings"; fi
  {
    echo "[$name] ${seconds}s: ${execs:-?} runs (${rate:-?}/s), corpus ${corpus} inputs, peak memory ${rss:-?} MB: $outcome"
    if [ -n "$new" ]; then
      while read -r file; do
        local what
        what=$(awk -F '\t' -v file="$file" '$1 == file { print $2; exit }' <<<"$labelled")
        echo "    $file${what:+  ($what)}"
        echo "    reproduce: $executable $file"
      done <<<"$new"
    fi
  } | tee -a "$results/summary-$run_stamp.txt"
  printf '| %s | %s | %s s | %s | %s |\n' "$(date -u +%Y-%m-%d)" "$name" "$seconds" "${execs:-?}" \
    "$( [ "$count" -gt 0 ] && echo "$count: $(echo "$new" | xargs -n1 basename | cut -c1-24 | paste -sd, -)" || echo none)" \
    >>"$results/runs.md"
}

case "$mode" in
  replay)
    failed=0
    mkdir -p "$results/logs"
    for name in "${targets[@]}"; do
      mapfile -t inputs < <(find "Tests/Fuzz/Corpus/$name" -type f; findings_in "$name")
      log="$results/logs/replay-$name.log"
      # Each file is run once, as given (files, not folders, so nothing is mutated or added).
      # shellcheck disable=SC2046
      if nice -n "$nice_level" "$bin/$(product "$name")" $(common_options "$name") "${inputs[@]}" >"$log" 2>&1; then
        echo "[$name] ${#inputs[@]} inputs replayed, none failed"
      else
        echo "[$name] FAILED on $(grep -oE 'Running: [^ ]+' "$log" | tail -1 | cut -c10-): see $log"
        failed=1
      fi
    done
    exit "$failed"
    ;;
  minimize)
    [ ${#targets[@]} -eq 1 ] || { echo "fuzz.sh: --minimize needs one TARGET" >&2; exit 2; }
    name=${targets[0]}
    mkdir -p "$results/findings/$name"
    out="$results/findings/$name/minimized-$(basename "$minimize_file")"
    # shellcheck disable=SC2046
    nice -n "$nice_level" "$bin/$(product "$name")" $(common_options "$name") -minimize_crash=1 \
      -max_total_time="$seconds" -exact_artifact_path="$out" "$minimize_file" || true
    echo "Minimised input: $out ($(wc -c <"$out" 2>/dev/null || echo ?) bytes); add it to Tests/Fuzz/Corpus/$name/ once it is fixed"
    ;;
  reseed)
    candidates=$(mktemp -d)
    trap 'rm -rf "$candidates"' EXIT
    python3 Tests/Fuzz/collect-seeds.py "$candidates"
    for name in "${targets[@]}"; do
      mkdir -p "Tests/Fuzz/Corpus/$name"
      # shellcheck disable=SC2046
      nice -n "$nice_level" "$bin/$(product "$name")" $(common_options "$name") -merge=1 \
        "Tests/Fuzz/Corpus/$name" "$candidates/$name" >"$candidates/$name.log" 2>&1 \
        || { echo "[$name] merge failed:"; tail -20 "$candidates/$name.log"; exit 1; }
      echo "[$name] $(find "Tests/Fuzz/Corpus/$name" -type f | wc -l) seeds, $(du -sk "Tests/Fuzz/Corpus/$name" | cut -f1) KB"
    done
    ;;
  fuzz)
    mkdir -p "$results"
    [ -f "$results/runs.md" ] || printf '| date | target | duration | execs | findings |\n|---|---|---|---|---|\n' >"$results/runs.md"
    running=0
    for name in "${targets[@]}"; do
      if [ "$jobs" -gt 1 ]; then
        fuzz_one "$name" &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
      else
        fuzz_one "$name"
      fi
    done
    wait
    echo "Summary: $results/summary-$run_stamp.txt. The new rows of $results/runs.md, for the Runs table in docs/fuzzing.md:"
    tail -n "${#targets[@]}" "$results/runs.md"
    ;;
esac
