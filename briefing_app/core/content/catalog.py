"""Load the library through a catalog cache, so unchanged files are not parsed again.

The catalog (``<cache>/catalog.bin``) remembers, per file path, its size and
modification time with either the parsed briefing or the problem found. At start
only new or changed files are read, which keeps YAML and Markdown out of a warm
start. It is a cache file (``diskcache``: plain tuples, read in a few milliseconds even
for thousands of briefings); rendered pages go to the page cache in the same pass.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing_app.core.content.loader import (
    FileEntry,
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


def load_library(folders: Sequence[Path], cache_dir: Path | None = None) -> Library:
    """Load every briefing of ``folders``; report, and skip, the files that fail.

    Args:
        folders: content folders, in priority order (an id seen twice keeps the first).
        cache_dir: where the catalog and page caches live; None parses everything.
    """
    entries, problems = scan_folders(folders)
    catalog_path = cache_dir / "catalog.bin" if cache_dir is not None else None
    pages = PageCache(cache_dir) if cache_dir is not None else None
    known = _read_catalog(catalog_path) if catalog_path is not None else {}
    files: dict[str, Record] = {}
    changed = len(known) != len(entries)
    briefings: dict[str, Briefing] = {}
    for entry in entries:
        record = known.get(entry.path)
        if record is None or record[:2] != (entry.size, entry.mtime_ns):
            record = _load_entry(entry, pages)
            changed = True
        files[entry.path] = record
        fields, problem = record[2], record[3]
        if fields is None:
            line, message = problem or (0, "")
            problems.append(Problem(entry.path, line, message))
            continue
        briefing = _from_fields(fields)
        if briefing.id in briefings:
            other = briefings[briefing.id].path
            message = f"identifiant « {briefing.id} » déjà pris par {other}"
            problems.append(Problem(entry.path, 0, message))
            continue
        briefings[briefing.id] = briefing
    if catalog_path is not None and pages is not None and changed:
        with contextlib.suppress(OSError):  # a read-only cache only costs speed
            write_value(catalog_path, CATALOG_FORMAT, files)
            pages.prune({b.content_hash for b in briefings.values()})
    return Library(briefings=sort_newest_first(list(briefings.values())), problems=tuple(problems))
