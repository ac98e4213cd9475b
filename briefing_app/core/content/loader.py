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
    from briefing_app.core.regular_files import (
        FileTooLargeError,
        NotRegularFileError,
        read_regular_file,
    )

    try:
        return read_regular_file(path, MAX_BRIEFING_BYTES)
    except NotRegularFileError:
        raise ContentError("ce n’est pas un fichier ordinaire (périphérique, tube…)") from None
    except FileTooLargeError as error:
        raise _too_large(error.size) from None
    except OSError as error:
        raise ContentError(f"fichier illisible : {error.strerror}") from None


def _too_large(size: int) -> ContentError:
    shown = f"{size / 1_048_576:.1f}".replace(".", ",")
    limit = MAX_BRIEFING_BYTES // 1_048_576
    return ContentError(f"fichier trop volumineux ({shown} Mo ; au plus {limit} Mo)")


def _check_indentation(body: str, first_line: int) -> None:
    """Refuse a body with a line indented past ``MAX_INDENT_COLUMNS``; linear in size.

    Raises:
        ContentError: names the first such line.
    """
    import re

    for match in re.finditer(rf"^[ \t]{{{MAX_INDENT_COLUMNS // 4},}}", body, re.MULTILINE):
        if len(match.group().expandtabs(4)) > MAX_INDENT_COLUMNS:
            line = first_line + body.count("\n", 0, match.start())
            raise ContentError(
                f"texte trop profondément imbriqué pour être affiché (ligne en retrait de "
                f"plus de {MAX_INDENT_COLUMNS} colonnes)",
                line,
            )


def render_seconds(size: int) -> float:
    """How long rendering a file of ``size`` bytes may take before it is too complex."""
    return max(RENDER_SECONDS, RENDER_SECONDS_PER_MB * size / 1_048_576)


def decode(data: bytes) -> str:
    """Briefing bytes as text with ``\\n`` line ends.

    Raises:
        ContentError: empty, too large, or not UTF-8.
    """
    if len(data) > MAX_BRIEFING_BYTES:
        raise _too_large(len(data))
    if not data.strip():
        raise ContentError("fichier vide")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(
            f"le fichier n’est pas en UTF-8 (octet 0x{data[error.start]:02X} illisible)", line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ContentError("caractère nul : ce n’est pas un fichier texte", line)
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
    from briefing_app.core.time_limit import TimeLimitExceeded

    header, body, body_line = frontmatter.split(decode(data))
    meta = frontmatter.parse(header)
    _check_indentation(body, body_line)
    seconds = render_seconds(len(data))
    try:
        rendered = render_markdown(body, seconds)
    except (RecursionError, MemoryError):
        raise ContentError("texte trop profondément imbriqué pour être affiché") from None
    except TimeLimitExceeded:
        shown = f"{seconds:.1f}".replace(".", ",")
        raise ContentError(
            f"texte trop complexe pour être mis en page (plus de {shown} s) : "
            "crochets, balises ou listes imbriquées en très grand nombre ?"
        ) from None
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
        except FileNotFoundError:
            problems.append(Problem(str(folder), 0, "dossier de contenu introuvable"))
            continue
        except NotADirectoryError:
            problems.append(Problem(str(folder), 0, "ce n’est pas un dossier"))
            continue
        except OSError as error:
            problems.append(Problem(str(folder), 0, f"dossier illisible : {error.strerror}"))
            continue
        for _, entry in found:
            try:
                if entry.is_dir():
                    continue
                stat = entry.stat()  # follows symlinks: a loop or a dangling link fails here
            except OSError as error:
                message = f"fichier inaccessible : {error.strerror}"
                problems.append(Problem(entry.path, 0, message))
                continue
            entries.append(FileEntry(entry.path, stat.st_size, stat.st_mtime_ns))
    return entries, problems


def sort_newest_first(briefings: Sequence[Briefing]) -> tuple[Briefing, ...]:
    """Newest date first; same date by title."""
    by_title = sorted(briefings, key=lambda b: b.title.casefold())
    return tuple(sorted(by_title, key=lambda b: b.date, reverse=True))
