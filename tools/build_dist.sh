#!/bin/sh
# Build the program: icons, the bundled briefings' search index, PyInstaller (one folder
# and one file), then the Linux archive (folder, .desktop file, icons, installer).
# Usage: tools/build_dist.sh PYTHON   (run by `make dist`)
set -eu
python="$1"
cd "$(dirname "$0")/.."
version=$("$python" -c "import briefing_app; print(briefing_app.__version__)")
arch=$(uname -m)

QT_QPA_PLATFORM=offscreen "$python" tools/make_icons.py build/icons

# The search index of the bundled briefings, shipped so the first start searches at once.
rm -rf build/prebuilt build/prebuilt-index
"$python" -m briefing_app --data-dir build/prebuilt index --rebuild
cp -R build/prebuilt/cache/search build/prebuilt-index

"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

# The archive: briefings-<version>/ holds the program folder, the .desktop file, the icons,
# the packs' MIME type and install-desktop.sh (which adds Briefings to the desktop's menu
# for this user, and opens .briefings files with it).
stage="build/archive/briefings-$version"
rm -rf build/archive
mkdir -p "$stage"
cp -R dist/briefings "$stage/briefings"
cp resources/briefings.desktop "$stage/briefings.desktop"
cp resources/briefings-mime.xml "$stage/briefings-mime.xml"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/icons/hicolor/${size}x$size/apps"
    cp "build/icons/briefings-$size.png" "$stage/icons/hicolor/${size}x$size/apps/briefings.png"
done
mkdir -p "$stage/icons/hicolor/scalable/apps"
cp build/icons/briefings.svg "$stage/icons/hicolor/scalable/apps/briefings.svg"
cp tools/install-desktop.sh "$stage/install-desktop.sh"
archive="dist/briefings-$version-linux-$arch.tar.gz"
tar -czf "$archive" -C build/archive "briefings-$version"
echo "build_dist: dist/briefings/ ($(du -sh dist/briefings | cut -f1)), dist/briefings-onefile ($(du -sh dist/briefings-onefile | cut -f1)), $archive ($(du -sh "$archive" | cut -f1))"
