"""The loader: briefings read from content folders, parsed and rendered.

A file that cannot be loaded is reported as a ``Problem`` (path, line, message) and
skipped; the rest of the library loads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.content.model import Briefing, Rendered
from briefing_app.core.content.problems import ContentError, Problem

if TYPE_CHECKING:
    from briefing_app.core.content.frontmatter import FrontMatter

MAX_BRIEFING_BYTES = 2 * 1024 * 1024
# Python-Markdown runs for minutes on some inputs: past this, a file is reported as too
# complex. A normal briefing renders at about 1 MB/s here, so large files get more.
RENDER_SECONDS = 1.5
RENDER_SECONDS_PER_MB = 1.5
# Markdown nests a list or a quote one level per 4 columns; 100 levels is far past any
# real text, and deeper indentation costs seconds in regular expressions that the time
# limit cannot interrupt, so it is reported before rendering.
MAX_INDENT_COLUMNS = 400
SUFFIX = ".md"


def read_briefing_bytes(path: Path) -> bytes:
    """The bytes of a briefing file, read only if it is a regular file within the size
    limit (checked before reading: a device, a pipe or a huge file is never read).

    Raises:
        ContentError: not a regular file, too large, or unreadable.
    """
    from briefing_app.core.messages import fill, translate
    from briefing_app.core.regular_files import (
        FileTooLargeError,
        NotRegularFileError,
        read_regular_file,
    )

    try:
        return read_regular_file(path, MAX_BRIEFING_BYTES)
    except NotRegularFileError:
        raise ContentError(
            translate(
                "core.content.loader", "ce n’est pas un fichier ordinaire (périphérique, tube…)"
            )
        ) from None
    except FileTooLargeError as error:
        raise _too_large(error.size) from None
    except OSError as error:
        raise ContentError(
            fill(translate("core.content.loader", "fichier illisible : %1"), error.strerror)
        ) from None


def _too_large(size: int) -> ContentError:
    from briefing_app.core.messages import decimal, fill, translate

    shown = decimal(size / 1_048_576)
    limit = MAX_BRIEFING_BYTES // 1_048_576
    text = translate("core.content.loader", "fichier trop volumineux (%1 Mo ; au plus %2 Mo)")
    return ContentError(fill(text, shown, limit))


def _check_indentation(body: str, first_line: int) -> None:
    """Refuse a body with a line indented past ``MAX_INDENT_COLUMNS``; linear in size.

    Raises:
        ContentError: names the first such line.
    """
    import re

    from briefing_app.core.messages import fill, translate

    for match in re.finditer(rf"^[ \t]{{{MAX_INDENT_COLUMNS // 4},}}", body, re.MULTILINE):
        if len(match.group().expandtabs(4)) > MAX_INDENT_COLUMNS:
            line = first_line + body.count("\n", 0, match.start())
            text = translate(
                "core.content.loader",
                "texte trop profondément imbriqué pour être affiché (ligne en retrait de "
                "plus de %1 colonnes)",
            )
            raise ContentError(fill(text, MAX_INDENT_COLUMNS), line)


def render_seconds(size: int) -> float:
    """How long rendering a file of ``size`` bytes may take before it is too complex."""
    return max(RENDER_SECONDS, RENDER_SECONDS_PER_MB * size / 1_048_576)


def decode(data: bytes) -> str:
    """Briefing bytes as text with ``\\n`` line ends.

    Raises:
        ContentError: empty, too large, or not UTF-8.
    """
    from briefing_app.core.messages import fill, translate

    if len(data) > MAX_BRIEFING_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise ContentError(translate("core.content.loader", "fichier vide"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        why = translate(
            "core.content.loader", "le fichier n’est pas en UTF-8 (octet 0x%1 illisible)"
        )
        raise ContentError(fill(why, f"{data[error.start]:02X}"), line) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        why = translate("core.content.loader", "caractère nul : ce n’est pas un fichier texte")
        raise ContentError(why, line)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_source(data: bytes) -> FrontMatter:
    """Check what a briefing file's bytes can be checked for without laying them out:
    UTF-8 text, a front matter with its fields, no runaway indentation (a pack's
    briefings are checked so before anything of the pack is written); return its front
    matter.

    Raises:
        ContentError: the file cannot be loaded (the message says why, the line where).
    """
    from briefing_app.core.content import frontmatter

    header, body, body_line = frontmatter.split(decode(data))
    meta = frontmatter.parse(header)
    _check_indentation(body, body_line)
    return meta


def parse_briefing(path: Path, data: bytes) -> tuple[Briefing, Rendered]:
    """Parse one briefing file's bytes; return it with its rendered body.

    Raises:
        ContentError: the file cannot be loaded (the message says why, the line where).
    """
    # Imported here: parsing is rare once the catalog is warm, and these cost start-up time.
    import hashlib

    from briefing_app.core.content import frontmatter
    from briefing_app.core.content.render import render_markdown
    from briefing_app.core.messages import decimal, fill, translate
    from briefing_app.core.time_limit import TimeLimitExceeded

    header, body, body_line = frontmatter.split(decode(data))
    meta = frontmatter.parse(header)
    _check_indentation(body, body_line)
    seconds = render_seconds(len(data))
    try:
        rendered = render_markdown(body, seconds)
    except (RecursionError, MemoryError):
        raise ContentError(
            translate("core.content.loader", "texte trop profondément imbriqué pour être affiché")
        ) from None
    except TimeLimitExceeded:
        shown = decimal(seconds)
        why = translate(
            "core.content.loader",
            "texte trop complexe pour être mis en page (plus de %1 s) : "
            "crochets, balises ou listes imbriquées en très grand nombre ?",
        )
        raise ContentError(fill(why, shown)) from None
    briefing = Briefing(
        id=path.stem,
        path=str(path),
        title=meta.title,
        date=meta.date,
        source=meta.source,
        theme=meta.theme,
        tags=meta.tags,
        summary=meta.summary,
        sections=rendered.toc,
        content_hash=hashlib.sha256(data).hexdigest(),
    )
    return briefing, rendered


@dataclass(frozen=True)
class FileEntry:
    """A candidate briefing file found in a content folder, with its stat key."""

    path: str
    size: int
    mtime_ns: int


def count_files(folders: Iterable[Path]) -> int:
    """How many ``*.md`` files the folders hold, without reading each file's attributes
    as ``scan_folders`` does (a folder that cannot be listed counts none)."""
    count = 0
    for folder in folders:
        try:
            with os.scandir(folder) as listing:
                count += sum(
                    1
                    for entry in listing
                    if entry.name.lower().endswith(SUFFIX)
                    and not entry.name.startswith(".")
                    and entry.is_file()  # from the listing itself (a link aside)
                )
        except OSError:
            continue
    return count


def scan_folders(folders: Iterable[Path]) -> tuple[list[FileEntry], list[Problem]]:
    """List the ``*.md`` files of each folder (not recursive), in name order."""
    entries: list[FileEntry] = []
    problems: list[Problem] = []
    for folder in folders:
        try:
            with os.scandir(folder) as listing:
                found = sorted(
                    (entry.name, entry)
                    for entry in listing
                    if entry.name.lower().endswith(SUFFIX) and not entry.name.startswith(".")
                )
        except OSError as error:
            problems.append(Problem(str(folder), 0, _unlisted(error)))
            continue
        for _, entry in found:
            try:
                if entry.is_dir():
                    continue
                stat = entry.stat()  # follows symlinks: a loop or a dangling link fails here
            except OSError as error:
                problems.append(Problem(entry.path, 0, _inaccessible(error)))
                continue
            entries.append(FileEntry(entry.path, stat.st_size, stat.st_mtime_ns))
    return entries, problems


def _unlisted(error: OSError) -> str:
    """Why a content folder could not be listed."""
    from briefing_app.core.messages import fill, translate

    if isinstance(error, FileNotFoundError):
        return translate("core.content.loader", "dossier de contenu introuvable")
    if isinstance(error, NotADirectoryError):
        return translate("core.content.loader", "ce n’est pas un dossier")
    return fill(translate("core.content.loader", "dossier illisible : %1"), error.strerror)


def _inaccessible(error: OSError) -> str:
    """Why a file of a content folder could not be read (its attributes)."""
    from briefing_app.core.messages import fill, translate

    return fill(translate("core.content.loader", "fichier inaccessible : %1"), error.strerror)


def sort_newest_first(briefings: Sequence[Briefing]) -> tuple[Briefing, ...]:
    """Newest date first; same date by title."""
    by_title = sorted(briefings, key=lambda b: b.title.casefold())
    return tuple(sorted(by_title, key=lambda b: b.date, reverse=True))
