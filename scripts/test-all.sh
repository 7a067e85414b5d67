#!/usr/bin/env bash
# The README's test command: installs what the tests need (npm packages and a browser), then runs every
# test: type check, unit tests (Vitest), the static build, and browser tests against it (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm ci --no-audit --no-fund
bash scripts/install-system-deps.sh
npm test
