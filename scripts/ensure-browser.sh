#!/usr/bin/env bash
# Make sure what the end-to-end tests drive is installed: a Chromium (Playwright's own browser
# download is not used: we take Debian's chromium package when no browser is found), and the PDF
# tools the report tests read exported PDFs with (poppler-utils: pdftotext, pdfinfo; qpdf: the
# bookmark tree).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages=()

have_browser=false
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then have_browser=true; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -x "$candidate" ]; then have_browser=true; fi
done
if [ "$have_browser" = false ]; then packages+=(chromium fonts-dejavu-core); fi
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || packages+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || packages+=(qpdf)

if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages the tests need: ${packages[*]}…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
echo "Installed ${packages[*]}"
