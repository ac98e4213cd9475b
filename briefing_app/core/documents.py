"""The user's own documents (« Mes documents »): Markdown files, and Word files converted
to Markdown (mammoth: headings, lists, emphasis, tables and links kept; pictures left
out), imported into the data folder's ``documents/``, shown in the library as theirs.

A file without front matter gets one: its title from its first ``#`` heading (taken out
of the text, as the reader shows the title above it) or its file name, its date from
the file's own, and the source « Document personnel ». A file with front matter keeps
it. Either way the result must load as a briefing, and it is written whole or not at
all, under a name no briefing of the library already takes.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Collection
from pathlib import Path

from briefing_app.core.content.loader import decode, parse_briefing
from briefing_app.core.content.problems import ContentError
from briefing_app.core.content.slugs import slugify
from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.errors import PackError
from briefing_app.core.paths import DOCUMENTS

SOURCE = "Document personnel"
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def documents_dir(data: Path) -> Path:
    """Where the user's documents are kept, in the data folder ``data``."""
    return data / DOCUMENTS


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_briefing(path: Path, text: str) -> str:
    """The text of ``path`` with the front matter of a personal document."""
    if text.startswith("---\n"):
        return text
    heading = _HEADING.search(text)
    if heading is not None:
        title = heading.group(1).strip()
        text = text[: heading.start()] + text[heading.end() :].lstrip("\n")
    else:
        title = path.stem.replace("_", " ").replace("-", " ").strip()
        title = title or translate("core.documents", "Document")
    date = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    source = translate("core.documents", "Document personnel")
    header = f"---\ntitle: {_quoted(title)}\ndate: {date}\nsource: {source}\n---\n"
    return header + text


def word_markdown(path: Path) -> str:
    """The Markdown of the Word file ``path`` (mammoth's conversion, pictures left out:
    a briefing shows no embedded image).

    Raises:
        PackError: not a Word file mammoth can read.
    """
    import mammoth  # only for a Word import

    def no_picture(_image: object) -> dict[str, str]:
        return {}

    try:
        with path.open("rb") as docx:
            result = mammoth.convert_to_markdown(
                docx, convert_image=mammoth.images.img_element(no_picture)
            )
    except OSError as error:
        raise PackError(_unreadable(path, error)) from None
    except Exception as error:
        raise PackError(
            fill(
                translate("core.documents", "%1 : document Word illisible (%2)"),
                path,
                type(error).__name__,
            )
        ) from None
    return str(result.value).replace("![]()", "")


def document_text(path: Path) -> str:
    """The briefing the Markdown file ``path`` (or Word file, ``.docx``) makes: its text,
    front matter added when it has none; checked to load, nothing written.

    Raises:
        PackError: unreadable, not UTF-8, or not loadable as a briefing (the reason and
            line named).
    """
    try:
        if path.suffix.lower() == ".docx":
            text = as_briefing(path, word_markdown(path))
        else:
            text = as_briefing(path, decode(path.read_bytes()))
    except OSError as error:
        raise PackError(_unreadable(path, error)) from None
    except ContentError as error:
        raise PackError(fill(translate("core.documents", "%1 : %2"), path, error)) from None
    try:
        parse_briefing(path.with_suffix(".md"), text.encode("utf-8"))
    except ContentError as error:
        raise PackError(_not_loadable(path, error)) from None
    return text


def _unreadable(path: Path, error: OSError) -> str:
    return fill(translate("core.documents", "%1 : illisible (%2)"), path, error.strerror)


def _not_loadable(path: Path, error: ContentError) -> str:
    """Why the briefing made of ``path`` does not load (the line named when known)."""
    if error.line:
        text = translate("core.documents", "%1 (ligne %2) : %3")
        return fill(text, path, error.line, error.message)
    return fill(translate("core.documents", "%1 : %2"), path, error.message)


def add_document(path: Path, text: str, data: Path, taken: Collection[str]) -> Path:
    """Write ``text`` (``document_text`` of ``path``) into « Mes documents », whole or not
    at all, under a name from ``path`` that no briefing of ``taken`` (the library's ids)
    has; return the file.

    Raises:
        PackError: the folder cannot be written.
    """
    folder = documents_dir(data)
    base = slugify(path.stem) or "document"
    name, number = base, 1
    while name in taken and not (folder / f"{name}.md").exists():
        number += 1
        name = f"{base}-{number}"
    target = folder / f"{name}.md"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{name}.{os.getpid()}.tmp"
        temporary.write_bytes(text.encode("utf-8"))
        os.replace(temporary, target)
    except OSError as error:
        raise PackError(
            fill(
                translate("core.documents", "%1 : impossible d’écrire (%2)"), target, error.strerror
            )
        ) from None
    return target


def import_markdown(path: Path, data: Path, taken: Collection[str]) -> Path:
    """Import the Markdown file ``path`` (or Word file, ``.docx``) as a personal
    document; return where it went. ``taken``: the ids of the library's briefings (an id
    of theirs is not reused).

    Raises:
        PackError: unreadable, not UTF-8, or not loadable as a briefing (the reason
            and line named); nothing is written then.
    """
    return add_document(path, document_text(path), data, taken)
