#!/usr/bin/env bash
# The Debian packages coopdesk needs beyond Python: the libraries Qt loads (also offscreen),
# and for the tests a PostgreSQL server, poppler (pdftotext/pdftoppm to read PDFs back) and
# zbar (zbarimg, to scan the QR codes the PDFs carry), and hledger and ledger-cli, which read
# our exported journal so a test compares their balances with ours to the cent.
# Installed with apt-get only when missing, and only where we are root on a Debian-like system.
set -euo pipefail
what="${1:-all}"
qt=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3)
# What Qt's xcb plugin loads to show a real window on an X11 desktop (make run).
desktop=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
tests=(postgresql poppler-utils zbar-tools hledger ledger)
want=("${qt[@]}")
[ "$what" = "all" ] && want+=("${tests[@]}")
[ "$what" = "qt" ] && want+=("${desktop[@]}")

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "coopdesk: please install these system packages: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
    echo "coopdesk: missing system packages (run as root to install): ${missing[*]}" >&2
    exit 0
  fi
else
  SUDO=""
fi
echo "coopdesk: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
