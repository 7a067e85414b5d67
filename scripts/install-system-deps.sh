#!/usr/bin/env bash
# System packages the tests need, from Debian's repositories where possible:
#  - a Chromium for the browser tests (Debian's package; otherwise Playwright's own build);
#  - a Java runtime for the W3C Nu HTML Checker (vnu-jar, installed by npm).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian: ${need[*]}"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need[@]}" >/dev/null || true
fi
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Browser: $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null || echo chromium)"
else
  echo "Debian's chromium is not available here; installing Playwright's Chromium instead."
  npx playwright install --with-deps chromium
fi
command -v java >/dev/null 2>&1 && echo "Java: $(java -version 2>&1 | head -n 1)" || {
  echo "No Java runtime: the HTML validity test needs one (install a JRE 11+)." >&2
  exit 1
}
