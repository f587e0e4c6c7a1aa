#!/usr/bin/env bash
# Installs what scripts/check-site.sh needs, if anything is missing. Safe to run again; silent when
# nothing is missing. Debian: java (default-jre-headless), chromium, chromium-driver, and
# python3-venv when python3 cannot make a virtual environment. PyPI, into .venv/: the packages in
# Tests/e2e/requirements*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

# A venv left half-made by a python3 without python3-venv has no pip: it does not count.
venv_works() { [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; }

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-liberation)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if ! venv_works && ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! venv_works; then
  echo "Creating .venv/ for the site checks…"
  rm -rf .venv
  python3 -m venv .venv
fi

# Reinstall only when the requirement files change.
stamp=.venv/.site-check-requirements
wanted="$(cat Tests/e2e/requirements.txt Tests/e2e/requirements-no-deps.txt)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing the site checks' Python packages into .venv/…"
  export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
  .venv/bin/python -m pip install --quiet -r Tests/e2e/requirements.txt
  .venv/bin/python -m pip install --quiet --no-deps -r Tests/e2e/requirements-no-deps.txt
  printf '%s' "$wanted" > "$stamp"
fi
