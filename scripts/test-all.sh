#!/usr/bin/env bash
# Everything CI checks, in the order a failure is cheapest to find: lint, types, unit tests,
# build, end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
echo "== lint" && npm run --silent lint
echo "== typecheck" && npm run --silent typecheck
echo "== json schema up to date" && npx tsx scripts/generate-json-schema.ts --check
echo "== unit tests" && npx vitest run
echo "== build" && npm run --silent build
echo "== end-to-end tests" && npx playwright test
