#!/usr/bin/env bash
# The README's test command: installs what the tests need (npm packages, and a browser and a Java runtime from
# Debian's packages), then runs every test: type check, lint and format check, unit tests (Vitest), the static
# build (into .e2e-out/, made for the test server's origin; out/ is left alone), and browser tests (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Reinstall npm packages only when the lockfile changed since the last install (npm ci wipes node_modules).
stamp=node_modules/.lockfile.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
else
  echo "npm packages: up to date with package-lock.json (no reinstall)"
fi
bash scripts/install-system-deps.sh
npm test
