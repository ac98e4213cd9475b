"""The bookmark store: what it keeps, migrations, reading positions, re-anchoring on list."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing_app.core import bookmarks as store_module
from briefing_app.core.anchors import DETACHED, MOVED, Quote
from briefing_app.core.bookmarking import make_bookmark, reanchor
from briefing_app.core.bookmarks import (
    IN_PROGRESS,
    READ,
    UNREAD,
    Bookmark,
    BookmarkStore,
    reading_status,
)
from briefing_app.core.catalog import load_library
from briefing_app.core.pages import PageCache
from tests.helpers import briefing_text


def sample(number: int = 1, **fields: str) -> Bookmark:
    """A bookmark on a passage of briefing "b"."""
    values = {
        "briefing": "b",
        "section": "s",
        "section_title": "S",
        "note": f"note {number}",
        "briefing_title": "Le briefing",
    }
    values.update(fields)
    return Bookmark(id="", quote=Quote(f"passage {number}", "avant ", " après"), **values)


def test_a_bookmark_round_trips_with_every_field(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    stored = store.add(sample(label="Réunion"))
    assert stored.id
    assert stored.created == stored.updated
    store.close()
    again = BookmarkStore(tmp_path)
    assert again.bookmarks() == [stored]
    assert again.get(stored.id) == stored
    assert again.notice == ""
    assert not again.read_only


def test_the_store_is_wal_with_foreign_keys_and_a_version(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == store_module.VERSION
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == store_module.BUSY_TIMEOUT_MS
    with pytest.raises(sqlite3.IntegrityError):  # a bookmark always names a known briefing
        db.execute(
            "INSERT INTO bookmarks (id, briefing, created, updated) VALUES ('x', 'nope', '', '')"
        )


def test_edit_delete_and_restore(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    first, second = store.add_many([sample(1), sample(2)])
    store.edit(first.id, "Nouvelle note", "Budget")
    edited = store.get(first.id)
    assert edited is not None
    assert (edited.note, edited.label) == ("Nouvelle note", "Budget")
    assert edited.updated > first.updated
    gone = store.delete([first.id, second.id])
    assert store.count() == 0
    store.restore(gone)
    assert store.bookmarks() == [edited, second]


def test_a_migration_is_preceded_by_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BookmarkStore(tmp_path)
    kept = store.add(sample())
    store.close()
    migrations = (*store_module.MIGRATIONS, "ALTER TABLE bookmarks ADD COLUMN colour TEXT")
    monkeypatch.setattr(store_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(store_module, "VERSION", len(migrations))
    migrated = BookmarkStore(tmp_path)
    assert migrated.bookmarks() == [kept]
    columns = [row[1] for row in migrated._db.execute("PRAGMA table_info(bookmarks)")]
    assert "colour" in columns
    (backup,) = tmp_path.glob("bookmarks.sqlite.v1-*.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT id FROM bookmarks").fetchall() == [(kept.id,)]


def test_a_store_from_a_newer_version_is_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    BookmarkStore(tmp_path).add(sample())
    monkeypatch.setattr(store_module, "VERSION", 0)
    store = BookmarkStore(tmp_path)
    assert store.read_only
    assert "version plus récente" in store.notice
    assert len(store.bookmarks()) == 1
    with pytest.raises(store_module.BookmarkStoreError, match="version plus récente"):
        store.add(sample(2))


def test_reading_positions(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    assert store.last_read() is None
    store.save_reading("a", 0.4, "partie-2", title="A")
    store.save_reading("b", 1.0, "fin", title="B")
    store.save_reading("b", 0.2, "debut")  # read once: stays read when scrolled back
    a, b = store.reading("a"), store.reading("b")
    assert a is not None
    assert b is not None
    assert (a.position, a.section, a.finished) == (0.4, "partie-2", False)
    assert (b.position, b.finished) == (0.2, True)
    last = store.last_read()
    assert last is not None
    assert last.briefing == "b"
    before = store.last_read(other_than="b")
    assert before is not None
    assert before.briefing == "a"
    assert set(store.readings()) == {"a", "b"}
    store.save_reading("c", 0.0)
    statuses = {key: reading_status(state) for key, state in store.readings().items()}
    assert statuses == {"a": IN_PROGRESS, "b": READ, "c": UNREAD}
    assert reading_status(None) == UNREAD


def test_listing_places_bookmarks_of_changed_and_deleted_briefings(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    body = "## Partie\n\nLe texte marqué par l’élu reste ici.\n"
    for name in ("garde", "efface"):
        (content / f"{name}.md").write_text(briefing_text(name, body=body), encoding="utf-8")
    library = load_library([content], tmp_path / "cache")
    pages = PageCache(tmp_path / "cache")
    store = BookmarkStore(tmp_path / "data")
    for name in ("garde", "efface"):
        store.add(make_bookmark(library, pages, name, quote="Le texte marqué"))
    renamed = briefing_text("garde", body=body.replace("## Partie", "## Autre titre"))
    (content / "garde.md").write_text(renamed, encoding="utf-8")
    (content / "efface.md").unlink()
    library = load_library([content], tmp_path / "cache")
    listed = {b.briefing: b for b in reanchor(store, library, pages)}
    assert (listed["garde"].status, listed["garde"].section) == (MOVED, "autre-titre")
    assert listed["efface"].status == DETACHED
    assert listed["efface"].briefing_title == "efface"  # the title outlives the briefing
    assert {b.briefing: b.status for b in store.bookmarks()} == {
        "garde": MOVED,
        "efface": DETACHED,
    }
