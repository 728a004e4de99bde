#!/usr/bin/env bash
# Install a CJK font so that PDF reports can render Chinese text (records/pdf.py finds it with fc-list).
# Without one, PDFs still render, with non-Latin characters replaced by "?".
set -euo pipefail

if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh file 2>/dev/null | head -n1)" ]; then
  echo "fonts: a CJK font is already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "fonts: no apt-get; install a CJK font (e.g. WenQuanYi Micro Hei or Noto Sans CJK) by hand" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq || true
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq fonts-wqy-microhei fontconfig \
  || $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq fonts-noto-cjk fontconfig
fc-cache -f >/dev/null 2>&1 || true
echo "fonts: $(fc-list :lang=zh file | head -n1)"
