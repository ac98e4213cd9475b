#!/bin/sh
# Add Briefings to the desktop's application menu, for this user only (no root needed).
# Run it from the unpacked archive: sh install-desktop.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons"
cp -R "$here/icons/hicolor" "$data/icons/"
sed "s|^Exec=briefings|Exec=\"$here/briefings/briefings\"|" "$here/briefings.desktop" \
    > "$data/applications/briefings.desktop"
echo "Briefings est dans le menu des applications (lanceur : $data/applications/briefings.desktop)."
