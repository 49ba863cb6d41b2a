#!/usr/bin/env bash
# The browser tests drive Debian's chromium (playwright's own browser download is not used);
# the print tests read the PDFs it makes with poppler's pdftotext.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${need[*]} for the browser tests" >&2
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
sudo_if_needed apt-get update -qq
sudo_if_needed apt-get install -y -qq "${need[@]}" >/dev/null
