#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing. Idempotent.
# Two of its packages: chromium-headless-shell, which the browser tests drive (the same Blink
# without the browser around it: pages load in less than half the time, so the suite does too),
# and chromium, the full browser, for the screenshot and measurement scripts and for
# E2E_BROWSER=/usr/bin/chromium runs.
set -e
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; then
  echo "Chromium not found in /usr/bin; installing it from Debian's packages"
  if [ "$(id -u)" = 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "Run as root: apt-get update && apt-get install -y chromium chromium-headless-shell" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-headless-shell >/dev/null
fi
/usr/bin/chromium-headless-shell --version 2>/dev/null || true
