#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing. Idempotent.
set -e
CHROMIUM=/usr/bin/chromium
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium not found at $CHROMIUM; installing it from Debian's packages"
  if [ "$(id -u)" = 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "Run as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
"$CHROMIUM" --version 2>/dev/null | grep -v 'unexpected operator' || true
