#!/bin/sh
# Add Briefings to the desktop's application menu, for this user only (no root needed).
# Run it from the unpacked archive: sh install-desktop.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# A line break cannot be written in a desktop entry; GLib (GNOME, Xfce...) refuses an
# entry whose program path holds %, even written %% as the specification says.
case $here in
*"
"* | *%*)
    echo "install-desktop.sh : le chemin du dossier ($here) contient un saut de ligne ou" \
        "un « % », que les menus des bureaux ne savent pas lancer ; renommez le dossier" \
        "puis relancez install-desktop.sh." >&2
    exit 1
    ;;
esac
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons"
cp -R "$here/icons/hicolor" "$data/icons/"

# The program's path as one argument of a desktop entry's Exec key (Desktop Entry
# Specification): always in double quotes (spaces, &, ; ... are then plain), with
# " ` $ \ escaped by a backslash inside them, every backslash then doubled again (Exec
# is a string value, whose own escapes are read first).
exec_path=$(printf '%s\n' "$here/briefings/briefings" \
    | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')

desktop="$data/applications/briefings.desktop"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
    Exec=briefings*) printf 'Exec="%s"%s\n' "$exec_path" "${line#Exec=briefings}" ;;
    *) printf '%s\n' "$line" ;;
    esac
done < "$here/briefings.desktop" > "$desktop"
# Content packs (.briefings) open in Briefings with a double click: their type joins the
# user's MIME database, and the menu entry above says it opens them (MimeType=).
mkdir -p "$data/mime/packages"
cp "$here/briefings-mime.xml" "$data/mime/packages/briefings.xml"
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
echo "Briefings est dans le menu des applications (lanceur : $desktop)."
echo "Les paquets de briefings (.briefings) s’ouvrent dans Briefings d’un double clic."
