#!/usr/bin/env bash
# Install Debian's HAProxy for the two-process scale-out test (tests/web/test_scale_out.py).
set -euo pipefail
if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian haproxy for the scale-out test…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends haproxy >/dev/null
  # Only the binary is needed: the test starts its own instance on free ports.
  if command -v service >/dev/null 2>&1; then service haproxy stop >/dev/null 2>&1 || true; fi
else
  echo "haproxy is missing and cannot be installed here; the scale-out test will be skipped." >&2
fi
