"""Load the library through a catalog cache, so unchanged files are not parsed again.

The catalog (``<cache>/catalog.json``) remembers, per file path, its size and
modification time with either the parsed briefing or the problem found. At start
only new or changed files are read, which keeps YAML and Markdown out of a warm
start. Rendered pages go to the page cache in the same pass.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from briefing_app.core.library import (
    RENDER_VERSION,
    Briefing,
    FileEntry,
    Library,
    Section,
    parse_briefing,
    scan_folders,
    sort_newest_first,
)
from briefing_app.core.pages import PageCache
from briefing_app.core.problems import ContentError, Problem

CATALOG_FORMAT = f"catalog-2/render-{RENDER_VERSION}"


def _briefing_from_json(data: dict[str, Any]) -> Briefing:
    sections = tuple(Section(**section) for section in data["sections"])
    return Briefing(**{**data, "tags": tuple(data["tags"]), "sections": sections})


def _read_catalog(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == CATALOG_FORMAT and isinstance(data.get("files"), dict):
            return dict(data["files"])
    except (OSError, ValueError, AttributeError):
        pass  # missing or unreadable: start from an empty catalog
    return {}


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _load_entry(entry: FileEntry, pages: PageCache | None) -> dict[str, Any]:
    """Parse one file into a catalog record (a briefing or a problem)."""
    record: dict[str, Any] = {"size": entry.size, "mtime_ns": entry.mtime_ns}
    try:
        data = entry.path.read_bytes()
        briefing, rendered = parse_briefing(entry.path, data)
    except ContentError as error:
        record["problem"] = {"line": error.line, "message": error.message}
    except OSError as error:
        record["problem"] = {"line": 0, "message": f"fichier illisible : {error.strerror}"}
    else:
        record["briefing"] = asdict(briefing)
        if pages is not None:
            pages.store(briefing.content_hash, rendered)
    return record


def load_library(folders: Sequence[Path], cache_dir: Path | None = None) -> Library:
    """Load every briefing of ``folders``; report, and skip, the files that fail.

    Args:
        folders: content folders, in priority order (an id seen twice keeps the first).
        cache_dir: where the catalog and page caches live; None parses everything.
    """
    entries, problems = scan_folders(folders)
    catalog_path = cache_dir / "catalog.json" if cache_dir is not None else None
    pages = PageCache(cache_dir) if cache_dir is not None else None
    known = _read_catalog(catalog_path) if catalog_path is not None else {}
    files: dict[str, Any] = {}
    changed = len(known) != len(entries)
    briefings: dict[str, Briefing] = {}
    for entry in entries:
        key = str(entry.path)
        record = known.get(key)
        if not (record and (record["size"], record["mtime_ns"]) == (entry.size, entry.mtime_ns)):
            record = _load_entry(entry, pages)
            changed = True
        files[key] = record
        if "problem" in record:
            problems.append(Problem(key, record["problem"]["line"], record["problem"]["message"]))
            continue
        briefing = _briefing_from_json(record["briefing"])
        if briefing.id in briefings:
            other = briefings[briefing.id].path
            problems.append(Problem(key, 0, f"identifiant « {briefing.id} » déjà pris par {other}"))
            continue
        briefings[briefing.id] = briefing
    if catalog_path is not None and pages is not None and changed:
        with contextlib.suppress(OSError):  # a read-only cache only costs speed
            _write_atomically(catalog_path, json.dumps({"format": CATALOG_FORMAT, "files": files}))
            pages.prune({b.content_hash for b in briefings.values()})
    return Library(briefings=sort_newest_first(list(briefings.values())), problems=tuple(problems))
