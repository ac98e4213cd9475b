#!/bin/sh
# Make sure the Qt system libraries (and what the tests use) are present (Debian/Ubuntu).
# Usage: tools/sysdeps.sh offscreen|window
# As root with apt-get: installs what is missing. Otherwise: prints the apt-get line and fails.
set -eu
mode="${1:-offscreen}"
packages="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fonts-dejavu-core"
# Not for Qt: the tests check the packs' MIME type (tests/packaging) and read the PDFs
# the program makes back (tests/printing: pdftotext, pdfinfo, pdffonts, pdftoppm).
packages="$packages shared-mime-info poppler-utils"
if [ "$mode" = "window" ]; then
    packages="$packages libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian/Ubuntu: nothing we can check
missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the Qt system libraries:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "Missing Qt system libraries. Install them with:" >&2
    echo "  sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
