#!/usr/bin/env bash
# Everything CI checks: lint, types, unit tests, build, end-to-end tests in Chromium.
# Every stage runs even when an earlier one fails, so one run shows every problem; the exit
# status is non-zero if any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh || exit 1

failed=()
stage() {
  local name="$1"
  shift
  echo
  echo "== ${name}"
  if ! "$@"; then failed+=("${name}"); fi
}

stage "lint (eslint + prettier)" npm run --silent lint
stage "typecheck" npm run --silent typecheck
stage "JSON Schema up to date" npx tsx scripts/generate-json-schema.ts --check
stage "unit tests (vitest)" npx vitest run
if stage "build" npm run --silent build; then
  stage "end-to-end tests (playwright)" npx playwright test
else
  failed+=("end-to-end tests (not run: the build failed)")
fi

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "All stages passed."
  exit 0
fi
echo "Failed stages:"
printf ' - %s\n' "${failed[@]}"
exit 1
