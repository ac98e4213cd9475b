"""The version read is kept, and an updated briefing shows what changed since it."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.changes import ADDED, CHANGED, REMOVED
from briefing_app.core.content.catalog import load_library
from briefing_app.core.versions import changes_since_read, keep_version, read_version
from tests.conftest import WriteBriefing


def test_an_updated_briefing_shows_what_changed_since_it_was_read(
    tmp_path: Path, write_briefing: WriteBriefing, content_dir: Path
) -> None:
    data = tmp_path / "data"
    path = write_briefing("a", title="A", body="## Une\n\nLe début. La suite.\n\n## Deux\n\nFin.\n")
    (read,) = load_library([content_dir]).briefings
    store = BookmarkStore(data)
    store.save_reading("a", 0.5, content_hash=read.content_hash)
    keep_version(data, read)
    assert read_version(data, "a", read.content_hash) is not None
    assert changes_since_read(data, read, store.reading("a")) is None  # nothing new
    write_briefing(
        "a", title="A", body="## Une\n\nLe début. Une autre suite.\n\n## Trois\n\nNeuf.\n"
    )
    os.utime(path, ns=(1, 1))
    (now,) = load_library([content_dir]).briefings
    changes = changes_since_read(data, now, store.reading("a"))
    assert changes is not None
    assert [(c.anchor, c.kind) for c in changes] == [
        ("une", CHANGED),
        ("deux", REMOVED),
        ("trois", ADDED),
    ]
    # read again (the reading saved with the version it kept): nothing new since
    store.save_reading("a", 0.1, content_hash=now.content_hash)
    keep_version(data, now)
    assert read_version(data, "a", read.content_hash) is None  # one version a briefing
    assert changes_since_read(data, now, store.reading("a")) is None
    store.close()
