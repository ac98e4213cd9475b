"""The version of each briefing the user last read, kept so that, once the briefing is
updated, the reader can show what changed since (core.changes).

The data folder's ``versions/<briefing id>.md`` holds the file of the version read, as
it was (its SHA-256 is the content hash the bookmark store keeps with the reading); a
newer version read replaces it, when its reading is saved (the window's reading tracker
keeps it beside each reading). A few kilobytes a briefing.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from briefing_app.core.bookmarks.model import ReadingState
from briefing_app.core.changes import SectionChange, changed_since_read, page_changes
from briefing_app.core.content.loader import parse_briefing, read_briefing_bytes
from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError

VERSIONS = "versions"


def _file(data: Path, briefing_id: str) -> Path:
    return data / VERSIONS / f"{briefing_id}.md"


def keep_version(data: Path, briefing: Briefing) -> None:
    """Keep the file of ``briefing`` as the version read (nothing when it is already
    kept; a folder that cannot be written only loses the changes view)."""
    target = _file(data, briefing.id)
    if read_version(data, briefing.id, briefing.content_hash) is not None:
        return
    try:
        content = read_briefing_bytes(Path(briefing.path))
        if hashlib.sha256(content).hexdigest() != briefing.content_hash:
            return  # the file changed since it was loaded: not the version on screen
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(content)
        os.replace(temporary, target)
    except (OSError, ContentError):
        return


def read_version(data: Path, briefing_id: str, content_hash: str) -> bytes | None:
    """The kept file of ``briefing_id`` if it is the version ``content_hash``, else None."""
    try:
        content = _file(data, briefing_id).read_bytes()
    except OSError:
        return None
    return content if hashlib.sha256(content).hexdigest() == content_hash else None


def changes_since_read(
    data: Path, briefing: Briefing, state: ReadingState | None, pages: PageCache | None = None
) -> list[SectionChange] | None:
    """What changed in ``briefing`` since the version its reading ``state`` says was read;
    None when it has not changed, or that version was not kept (or cannot be read)."""
    if state is None or not changed_since_read(briefing.content_hash, state):
        return None
    old = read_version(data, briefing.id, state.content_hash)
    if old is None:
        return None
    try:
        _old_briefing, before = parse_briefing(Path(briefing.path), old)
        now = rendered_page(briefing, pages)
    except ContentError:
        return None
    return page_changes(before.html, before.toc, now.html, now.toc)
