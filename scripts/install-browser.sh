#!/usr/bin/env bash
# Makes a Chromium available for the browser tests: Debian's package where it can be installed (no
# browser download from outside the package registries), otherwise Playwright's own build.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Using $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo chromium)"
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; then
    echo "Installed $(/usr/bin/chromium --version)"
    exit 0
  fi
fi
echo "Debian's chromium is not available here; installing Playwright's Chromium instead."
npx playwright install --with-deps chromium
