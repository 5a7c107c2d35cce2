#!/usr/bin/env bash
# Makes sure Debian's chromium is there for the browser tests (Playwright drives it; it never downloads a browser).
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's chromium package (apt-get install chromium) ..."
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/ehrenamt-apt.log 2>&1; then
    echo "chromium installed: $(chromium --version 2>/dev/null)"
    exit 0
  fi
  echo "Could not install chromium (see /tmp/ehrenamt-apt.log)."
fi
echo "MISSING: /usr/bin/chromium (Debian package 'chromium'). Install it as root with:"
echo "    apt-get update && apt-get install -y chromium"
echo "The browser tests will be skipped and say so; everything else runs."
exit 0
