#!/usr/bin/env bash
# Installs the three browser engines the tests run in, from Debian's packages (nothing is
# downloaded from elsewhere): Chromium (+ chromedriver for the benchmarks), Firefox ESR, and
# WebKitGTK's MiniBrowser with WebKitWebDriver, which runs under Xvfb.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
  chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth \
  fonts-dejavu-core fonts-noto-core ca-certificates
