#!/bin/sh
# Check the built program as a user would run it: no Python, no display, a fresh user.
# Fails on a broken bundle: a library it cannot load, a shipped index not used, a
# self-test that fails (it also checks that Qt keeps the reference counts of None, True
# and False, and that a font shows French letters), a first search that does not find
# the bundled briefing, a pack it makes that does not verify (signatures), install or
# search once installed, a PDF without its text or fonts, a Word document it cannot
# import, a full build
# of a large library (two processes) that fails, or a file written into the program's
# folder.
# Usage: tools/check_dist.sh   (after `make dist`)
set -eu
cd "$(dirname "$0")/.."
internal=dist/briefings/_internal
missing=$(find "$internal" -name "*.so*" -type f | while read -r library; do
    LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$library" 2>/dev/null \
        | grep "not found" | grep -v "libwayland-" | sed "s|^|$library: |" || true
done)
if [ -n "$missing" ]; then
    echo "check_dist: libraries missing from the bundle:" >&2
    echo "$missing" >&2
    exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
touch "$home/started"
sleep 1  # file times have a one-second grain on some file systems
.venv/bin/python -c "import sys; from pathlib import Path; from tests.word import write_word; \
write_word(Path(sys.argv[1]), [('Heading1', 'Note de test'), ('Normal', 'Un texte.')])" \
    "$home/note.docx"
# A publisher's pack: generated briefings (labelled so), each with a word of its own.
.venv/bin/python bench/make_corpus.py "$home/paquet" --count 3 --sections 2 > /dev/null
for briefing in "$home"/paquet/*.md; do
    printf '\nLe mot motdepaquetrecu est celui du paquet de contrôle.\n' >> "$briefing"
done
for program in dist/briefings/briefings dist/briefings-onefile; do
    # env -i: nothing from this shell (no virtualenv, no PYTHONPATH) reaches the program.
    run() { env -i HOME="$home" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$program" "$@"; }
    # A first start: the index shipped with the program is used, nothing is built.
    run index > "$home/index.txt"
    grep -q " 0 briefing(s) traité(s)" "$home/index.txt" || {
        echo "check_dist: $program: the shipped search index was not used:" >&2
        cat "$home/index.txt" >&2
        exit 1
    }
    # The self-test also probes the frozen Qt for the reference-count fault of PySide6
    # 6.12.0 (None, True and False lose a reference per call; Python then aborts).
    run --self-test > "$home/self-test.txt" || {
        echo "check_dist: $program: --self-test failed" >&2
        cat "$home/self-test.txt" >&2
        exit 1
    }
    grep -q "Qt references sound" "$home/self-test.txt" || {
        echo "check_dist: $program: the self-test did not probe Qt's reference counts:" >&2
        cat "$home/self-test.txt" >&2
        exit 1
    }
    run search numérique --json > "$home/hits.json"
    grep -q '"briefing": "numerique"' "$home/hits.json" || {
        echo "check_dist: $program: « numérique » does not find the bundled briefing" >&2
        cat "$home/hits.json" >&2
        exit 1
    }
    # A publisher's round trip: libsodium (PyNaCl) is in the bundle and signs, verifies;
    # then the reader (a fresh user) trusts the key, installs the pack and searches it.
    run pack keygen "$home/test.key" --name "Clé de test" > /dev/null
    run pack create "$home/paquet" --id essai --version 1 --key "$home/test.key" \
        -o "$home/essai.briefings" > /dev/null
    run pack trust "$home/test.key.pub" > /dev/null
    run pack verify "$home/essai.briefings" > "$home/verify.txt" || {
        echo "check_dist: $program: a pack it made does not verify:" >&2
        cat "$home/verify.txt" >&2
        exit 1
    }
    run import "$home/essai.briefings" > "$home/import-pack.txt" || {
        echo "check_dist: $program: its own pack does not install:" >&2
        cat "$home/import-pack.txt" >&2
        exit 1
    }
    run search motdepaquetrecu --json > "$home/pack-hits.json"
    grep -q '"briefing": "synth-00001"' "$home/pack-hits.json" || {
        echo "check_dist: $program: a briefing of the installed pack is not found" >&2
        cat "$home/pack-hits.json" >&2
        exit 1
    }
    # Paper, offscreen: the briefing as a PDF, its fonts embedded, its text searchable.
    run pdf numerique -o "$home/numerique.pdf" > /dev/null
    pdffonts "$home/numerique.pdf" | awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit !bad }' && {
        echo "check_dist: $program: a font of the PDF is not embedded" >&2
        pdffonts "$home/numerique.pdf" >&2
        exit 1
    }
    pdftotext "$home/numerique.pdf" - | grep -q "Luc Belot" || {
        echo "check_dist: $program: the PDF of the bundled briefing lacks its text" >&2
        exit 1
    }
    # A Word document joins « Mes documents » (mammoth is in the bundle).
    run import "$home/note.docx" > "$home/import.txt" || {
        echo "check_dist: $program: a Word document does not import:" >&2
        cat "$home/import.txt" >&2
        exit 1
    }
    # English, chosen in the window's settings: the translation file is in the bundle.
    mkdir -p "$home/en/config"
    printf '[interface]\nlanguage=en\n' > "$home/en/config/settings.ini"
    run --data-dir "$home/en" pdf nulle-part -o "$home/x.pdf" 2> "$home/english.txt" && {
        echo "check_dist: $program: a PDF of a briefing that does not exist was made" >&2
        exit 1
    }
    grep -q "not found" "$home/english.txt" || {
        echo "check_dist: $program: the English chosen is not spoken:" >&2
        cat "$home/english.txt" >&2
        exit 1
    }
    rm -rf "$home/.cache" "$home/.local" "$home/.config" "$home"/test.key* "$home/essai.briefings" \
        "$home/numerique.pdf" "$home/en"
done
# A library large enough for a full build in two processes (generated, synthetic): the
# program forks without PyInstaller's multiprocessing hook (build.spec drops it).
.venv/bin/python bench/make_corpus.py "$home/corpus" --count 240 --sections 2 > /dev/null
env -i HOME="$home" LANG=C.UTF-8 dist/briefings/briefings --content "$home/corpus" \
    --data-dir "$home/large" index --rebuild > "$home/large.txt"
grep -q " 240 briefing(s) traité(s)" "$home/large.txt" || {
    echo "check_dist: a full build of 240 briefings failed:" >&2
    cat "$home/large.txt" >&2
    exit 1
}
written=$(find dist/briefings -newer "$home/started")
if [ -n "$written" ]; then
    echo "check_dist: the program wrote into its own folder:" >&2
    echo "$written" >&2
    exit 1
fi
echo "check_dist: both builds start, use the shipped index, pass their self-test (Qt sound),"
echo "find the bundled briefing, sign, verify, install and search a pack, print a PDF,"
echo "import a Word document, speak the English chosen; the program builds a large index;"
echo "nothing is written into its folder"
