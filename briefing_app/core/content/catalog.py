"""Load the library through a catalog cache, so unchanged files are not parsed again.

The catalog (``<cache>/catalog.bin``) remembers, per file path, its size and
modification time with either the parsed briefing or the problem found. At start
only new or changed files are read, which keeps YAML and Markdown out of a warm
start. It is a cache file (``diskcache``: plain tuples, read in a few milliseconds even
for thousands of briefings); rendered pages go to the page cache in the same pass.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing_app.core.content.loader import (
    FileEntry,
    count_files,
    parse_briefing,
    read_briefing_bytes,
    scan_folders,
    sort_newest_first,
)
from briefing_app.core.content.model import RENDER_VERSION, Briefing, Library, Section
from briefing_app.core.content.pages import PageCache
from briefing_app.core.content.problems import ContentError, Problem
from briefing_app.core.diskcache import CacheMissError, read_value, write_value

CATALOG_FORMAT = f"catalog-3/render-{RENDER_VERSION}"

# A record: (size, mtime_ns, briefing fields or None, (line, message) or None).
Record = tuple[int, int, tuple[Any, ...] | None, tuple[int, str] | None]


def _to_fields(briefing: Briefing) -> tuple[Any, ...]:
    sections = tuple((s.id, s.title, s.level) for s in briefing.sections)
    return (
        briefing.id,
        briefing.path,
        briefing.title,
        briefing.date,
        briefing.source,
        briefing.theme,
        briefing.tags,
        briefing.summary,
        sections,
        briefing.content_hash,
    )


def _from_fields(fields: tuple[Any, ...]) -> Briefing:
    bid, path, title, date, source, theme, tags, summary, sections, content_hash = fields
    return Briefing(
        bid,
        path,
        title,
        date,
        source,
        theme,
        tags,
        summary,
        tuple(Section(*section) for section in sections),
        content_hash,
    )


def _read_catalog(path: Path) -> dict[str, Record]:
    try:
        files = read_value(path, CATALOG_FORMAT)
    except CacheMissError:  # missing or unreadable: start from an empty catalog
        return {}
    return files if isinstance(files, dict) else {}


def _load_entry(entry: FileEntry, pages: PageCache | None) -> Record:
    """Parse one file into a catalog record (a briefing or a problem)."""
    path = Path(entry.path)
    try:
        briefing, rendered = parse_briefing(path, read_briefing_bytes(path))
    except ContentError as error:
        return (entry.size, entry.mtime_ns, None, (error.line, error.message))
    if pages is not None:
        pages.store(briefing.content_hash, rendered)
    return (entry.size, entry.mtime_ns, _to_fields(briefing), None)


# Told of each file read: (files done, files in all, the briefing parsed, None when it
# came from the catalog or failed).
Progress = Callable[[int, int, Briefing | None], None]


def cached_library(folders: Sequence[Path], cache_dir: Path) -> tuple[Library, int]:
    """The briefings the catalog already holds for the unchanged files of ``folders``
    (nothing is parsed), and how many files are still to read (0: that is the whole
    library, the catalog up to date; -1: only files gone). The window shows these at
    once and loads the rest (``load_library``) after."""
    known = _read_catalog(cache_dir / "catalog.bin")
    if not known:  # a first start: every file is to be read, none compared (reading
        count = count_files(folders)  # the attributes of 2,000 files took 9 ms)
        if count:  # (none: the scan below says why, a folder missing or empty)
            return Library(briefings=(), problems=()), count
    entries, problems = scan_folders(folders)
    records: dict[str, Record] = {}
    for entry in entries:
        record = known.get(entry.path)
        if record is not None and record[:2] == (entry.size, entry.mtime_ns):
            records[entry.path] = record
    missing = len(entries) - len(records)
    if not missing and len(known) != len(entries):
        missing = -1  # the catalog lists files that are gone: it is to be written again
    briefings = _briefings(records, problems)
    return Library(briefings=sort_newest_first(briefings), problems=tuple(problems)), missing


def _briefings(records: dict[str, Record], problems: list[Problem]) -> list[Briefing]:
    """The briefings of catalog ``records`` (by path, in priority order); their
    problems, and ids taken twice, go to ``problems``."""
    briefings: dict[str, Briefing] = {}
    for path, (_size, _mtime, fields, problem) in records.items():
        if fields is None:
            line, message = problem or (0, "")
            problems.append(Problem(path, line, message))
            continue
        briefing = _from_fields(fields)
        if briefing.id in briefings:
            problems.append(Problem(path, 0, _taken(briefing.id, briefings[briefing.id].path)))
            continue
        briefings[briefing.id] = briefing
    return list(briefings.values())


def _taken(briefing_id: str, other: str) -> str:
    """The problem of a file whose id the briefing of file ``other`` already has."""
    from briefing_app.core.messages import fill, translate  # not at start: ids rarely clash

    return fill(
        translate("core.content.catalog", "identifiant « %1 » déjà pris par %2"), briefing_id, other
    )


def load_library(
    folders: Sequence[Path], cache_dir: Path | None = None, progress: Progress | None = None
) -> Library:
    """Load every briefing of ``folders``; report, and skip, the files that fail.

    Args:
        folders: content folders, in priority order (an id seen twice keeps the first).
        cache_dir: where the catalog and page caches live; None parses everything.
        progress: told of each file; it may raise to stop the load, and then the files
            read so far are kept in the catalog (the next load reads only the rest).
    """
    entries, problems = scan_folders(folders)
    catalog_path = cache_dir / "catalog.bin" if cache_dir is not None else None
    pages = PageCache(cache_dir) if cache_dir is not None else None
    known = _read_catalog(catalog_path) if catalog_path is not None else {}
    files: dict[str, Record] = {}
    changed = len(known) != len(entries)
    try:
        for done, entry in enumerate(entries, start=1):
            record = known.get(entry.path)
            parsed = None
            if record is None or record[:2] != (entry.size, entry.mtime_ns):
                record = _load_entry(entry, pages)
                changed = True
                parsed = _from_fields(record[2]) if record[2] is not None else None
            files[entry.path] = record
            if progress is not None:
                progress(done, len(entries), parsed)
    except BaseException:
        if catalog_path is not None and changed:  # stopped: keep what was read
            with contextlib.suppress(OSError):
                write_value(catalog_path, CATALOG_FORMAT, {**known, **files})
        raise
    briefings = _briefings(files, problems)
    if catalog_path is not None and pages is not None and changed:
        with contextlib.suppress(OSError):  # a read-only cache only costs speed
            write_value(catalog_path, CATALOG_FORMAT, files)
            pages.prune({b.content_hash for b in briefings})
    return Library(briefings=sort_newest_first(briefings), problems=tuple(problems))


# --- the briefing to reopen, before the catalog ---------------------------------------------

RESUME_FROM = 200  # briefings: a library this large starts on its last briefing alone
RESUME_FORMAT = f"resume-1/{CATALOG_FORMAT}"


def save_resume(cache_dir: Path, briefing: Briefing, library_size: int) -> None:
    """Remember the briefing being read and its file's size and time, so that the next
    start can show it before the catalog of a large library is read (``resumed``)."""
    try:
        stat = Path(briefing.path).stat()
        record = (briefing.path, stat.st_size, stat.st_mtime_ns, _to_fields(briefing))
        write_value(cache_dir / "resume.bin", RESUME_FORMAT, (library_size, record))
    except OSError:  # a read-only cache, a file gone: the start reads the catalog
        return


def resumed(folders: Sequence[Path], cache_dir: Path) -> Library | None:
    """A library of the last briefing read alone, when the library is large and that
    briefing's file is unchanged; None otherwise. The window paints it, then loads the
    whole library: the start does not grow with the library."""
    try:
        value: Any = read_value(cache_dir / "resume.bin", RESUME_FORMAT)
        size, (path, file_size, mtime_ns, fields) = value
        stat = Path(path).stat()
        briefing = _from_fields(fields)
    except (CacheMissError, OSError, TypeError, ValueError):  # none, or not one of ours
        return None
    inside = any(Path(path).is_relative_to(folder) for folder in folders)
    unchanged = (stat.st_size, stat.st_mtime_ns) == (file_size, mtime_ns)
    if size < RESUME_FROM or not inside or not unchanged:
        return None
    return Library(briefings=(briefing,), problems=())
