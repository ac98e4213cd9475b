"""The English translation file, resources/translations/briefings_en.ts, against the sources.

    python tools/translations.py update   take in the sources' messages: new ones come in
                                          unfinished, vanished ones go, translations stay
    python tools/translations.py check    exit 1, listing them, if a message of the sources
                                          has no English, or an English that drops or adds
                                          one of its %1, %2... or &-shortcuts

Qt's lupdate finds the messages (tr(), QCoreApplication.translate(), core.messages'
translate()). It cannot tell the context of two kinds, which Qt looks up under another
name at run time: ``self.tr`` in the window's parts (mixins of ``MainWindow``: Qt takes
the object's class), and the ``tr`` helpers of ``printing`` and of the changes page.
FILE_CONTEXTS gives them theirs, by file. ``make`` then builds the .qm with lrelease.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "briefings_en.ts"
BIN = Path(sys.executable).parent
FILE_CONTEXTS = {  # a file (or folder) whose messages lupdate leaves without context
    "briefing_app/gui/window/": "MainWindow",
    "briefing_app/printing/": "Printing",
    "briefing_app/gui/packs/changes_page.py": "ChangesPage",
}
_MARKS = re.compile(r"%\d|&(?=\w)")

Key = tuple[str, str, str]  # context, source, disambiguation


def extracted() -> dict[Key, bool]:
    """Every message of the sources, in order, and whether it takes a count (%n)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "briefing_app").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "absolute", *sources,
             "-ts", str(fresh)],
            cwd=ROOT,
            check=True,
        )  # fmt: skip
        root = ElementTree.parse(fresh).getroot()
    found: dict[Key, bool] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            where = _context_of(name, message, Path(folder))
            key = (where, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message.get("numerus") == "yes"
    return found


def _context_of(name: str, message: ElementTree.Element, folder: Path) -> str:
    if name:
        return name
    for location in message.iter("location"):
        path = (folder / location.get("filename", "")).resolve().relative_to(ROOT).as_posix()
        for prefix, context in FILE_CONTEXTS.items():
            if path.startswith(prefix):
                return context
    raise SystemExit(
        f"no context for « {message.findtext('source')} »: add its file to FILE_CONTEXTS"
    )


def translated() -> dict[Key, list[str]]:
    """The committed translations: each message's English (its forms, for a count)."""
    if not TS_FILE.exists():
        return {}
    found: dict[Key, list[str]] = {}
    for context in ElementTree.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            forms = forms or [translation.text or ""]
            if all(forms):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                found[key] = forms
    return found


def update() -> None:
    """Rewrite the .ts: the sources' messages, by context, with the translations kept."""
    messages, english = extracted(), translated()
    root = ElementTree.Element("TS", version="2.1", language="en_GB", sourcelanguage="fr_FR")
    for name in sorted({context for context, _, _ in messages}):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = name
        for key, numerus in messages.items():
            if key[0] != name:
                continue
            message = ElementTree.SubElement(context, "message")
            if numerus:
                message.set("numerus", "yes")
            ElementTree.SubElement(message, "source").text = key[1]
            if key[2]:
                ElementTree.SubElement(message, "comment").text = key[2]
            translation = ElementTree.SubElement(message, "translation")
            forms = english.get(key)
            if forms is None:
                translation.set("type", "unfinished")
            if numerus:
                for form in forms or ["", ""]:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0] if forms else ""
    ElementTree.indent(root, space="    ")
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    TS_FILE.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def problems() -> list[str]:
    """What keeps the translation from being whole: a line per message."""
    english = translated()
    found = []
    for key in extracted():
        context, source, _ = key
        if key not in english:
            found.append(f"{context}: « {source} » has no English")
            continue
        for form in english[key]:
            if sorted(_MARKS.findall(form)) != sorted(_MARKS.findall(source)):
                found.append(f"{context}: « {source} » → « {form} »: %N or & differ")
    return found


def main(argv: list[str]) -> int:
    """Run ``update`` or ``check``."""
    if argv == ["update"]:
        update()
        return 0
    if argv == ["check"]:
        lines = problems()
        print("\n".join(lines) or "every message has its English")
        return 1 if lines else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
