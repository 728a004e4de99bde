#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end browser test (Playwright cannot download one here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser test…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
else
  echo "chromium is missing and cannot be installed here; the browser test will be skipped." >&2
fi
