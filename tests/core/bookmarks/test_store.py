"""The bookmark store: what it keeps (the words marked beside the current text),
migrations, reading positions, re-anchoring on list."""

from __future__ import annotations

import datetime
import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.core.bookmarks import store as store_module
from briefing_app.core.bookmarks.database import VERSION
from briefing_app.core.bookmarks.model import (
    CHANGED,
    DETACHED,
    IN_PROGRESS,
    MOVED,
    READ,
    UNREAD,
    Bookmark,
    Quote,
    current_text,
    reading_status,
)
from briefing_app.core.bookmarks.placing import make_bookmark, reanchor
from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.bookmarks.transfer import export_json, export_markdown, import_json
from briefing_app.core.changes import changed_since_read
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from tests.helpers import briefing_text, read_only


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
    before = store_module.VERSION
    migrations = (*store_module.MIGRATIONS, "ALTER TABLE bookmarks ADD COLUMN colour TEXT")
    monkeypatch.setattr(store_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(store_module, "VERSION", len(migrations))
    migrated = BookmarkStore(tmp_path)
    assert migrated.bookmarks() == [kept]
    columns = [row[1] for row in migrated._db.execute("PRAGMA table_info(bookmarks)")]
    assert "colour" in columns
    (backup,) = tmp_path.glob(f"bookmarks.sqlite.v{before}-*.bak")
    with sqlite3.connect(backup) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == before
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


def write_version_1_store(folder: Path) -> None:
    """A store as version 1 of the schema wrote it: a bookmark moved once (its quote
    already reworded: version 1 kept no other copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(folder / store_module.FILE)) as db:
        db.executescript(store_module.MIGRATIONS[0])
        db.execute("INSERT INTO briefings VALUES ('b', 'Le briefing')")
        for number, status in ((1, "moved"), (2, "detached")):
            db.execute(
                "INSERT INTO bookmarks (id, briefing, section, exact, prefix, suffix, note, "
                "status, created, updated) VALUES (?, 'b', 's', ?, 'avant ', ' après', ?, ?, "
                "?, ?)",
                (f"id{number}", f"passage {number}", f"note {number}", status, "2026", "2026"),
            )
        db.execute("PRAGMA user_version = 1")
        db.commit()


def test_a_version_1_store_gains_the_marked_words_after_a_backup(tmp_path: Path) -> None:
    write_version_1_store(tmp_path)
    store = BookmarkStore(tmp_path)
    assert store.notice == ""
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == VERSION == 3
    listed = store.bookmarks()
    assert [(b.id, b.status, b.quote.exact, b.marked) for b in listed] == [
        ("id1", MOVED, "passage 1", "passage 1"),
        ("id2", DETACHED, "passage 2", "passage 2"),
    ]
    assert listed[0].briefing_title == "Le briefing"
    (backup,) = tmp_path.glob("bookmarks.sqlite.v1-*.bak")
    with closing(sqlite3.connect(backup)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT id, exact FROM bookmarks ORDER BY rowid").fetchall() == [
            ("id1", "passage 1"),
            ("id2", "passage 2"),
        ]
    store.set_placement([replace(listed[0], quote=Quote("passage 1 revu"), status=CHANGED)])
    changed = store.get("id1")
    assert changed is not None
    assert (changed.status, changed.quote.exact, changed.marked) == (
        CHANGED,
        "passage 1 revu",
        "passage 1",
    )
    with pytest.raises(sqlite3.IntegrityError):  # the status is still checked
        store._db.execute("UPDATE bookmarks SET status = 'perdu' WHERE id = 'id1'")


def test_a_version_1_store_in_a_read_only_folder_is_still_listed(tmp_path: Path) -> None:
    write_version_1_store(tmp_path)
    with read_only(tmp_path):
        store = BookmarkStore(tmp_path)  # cannot be migrated (no room for the backup)
        assert store.read_only
        assert [(b.id, b.marked) for b in store.bookmarks()] == [
            ("id1", "passage 1"),
            ("id2", "passage 2"),
        ]
        store.close()


RULE = "Le dispositif ne vise pas les communes de moins de 3 500 habitants."


def test_a_reversed_passage_keeps_the_marked_words_in_the_store_and_exports(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    body = f"## Règles\n\nUne introduction.\n\n{RULE}\n\nUne conclusion.\n"
    path = content / "regles.md"
    path.write_text(briefing_text("Règles", body=body), encoding="utf-8")
    pages = PageCache(tmp_path / "cache")
    library = load_library([content], tmp_path / "cache")
    store = BookmarkStore(tmp_path / "data")
    made = store.add(make_bookmark(library, pages, "regles", quote=RULE, note="Notre ligne"))
    reversed_rule = RULE.replace("ne vise pas", "vise")
    path.write_text(briefing_text("Règles", body=body.replace(RULE, reversed_rule)), "utf-8")
    library = load_library([content], tmp_path / "cache")
    (listed,) = reanchor(store, library, pages)
    stored = store.get(made.id)
    assert stored is not None
    assert stored == listed
    assert (stored.status, stored.marked, stored.quote.exact) == (CHANGED, RULE, reversed_rule)
    assert current_text(stored) == reversed_rule

    page = export_markdown([stored], {}, datetime.date(2026, 12, 2))
    assert f"> {RULE}\n\nTexte actuel : « {reversed_rule} »\n\nNotre ligne\n" in page
    assert "à revoir : le texte actuel ne dit plus la même chose" in page
    exported = json.loads(export_json([stored]))["bookmarks"][0]
    assert (exported["marked"], exported["exact"], exported["status"]) == (
        RULE,
        reversed_rule,
        CHANGED,
    )
    other = BookmarkStore(tmp_path / "ailleurs")
    import_json(other, export_json([stored]))
    assert other.bookmarks() == [stored]  # both texts travel


def test_an_export_without_marked_words_takes_the_quote_for_them(tmp_path: Path) -> None:
    item = {"id": "a", "briefing": "b", "created": "2026", "exact": "le passage"}
    document = {"format": "briefings-bookmarks", "version": 1, "bookmarks": [item]}
    store = BookmarkStore(tmp_path)
    import_json(store, json.dumps(document))
    (imported,) = store.bookmarks()
    assert (imported.marked, imported.quote.exact) == ("le passage", "le passage")


def test_the_version_read_is_kept_with_the_reading(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    assert not changed_since_read("h1", store.reading("a"))  # never read
    store.save_reading("a", 0.3)
    assert not changed_since_read("h1", store.reading("a"))  # read before versions were kept
    store.save_reading("a", 0.4, content_hash="h1")
    store.save_reading("a", 0.5)  # a save that does not say which version keeps the last
    state = store.reading("a")
    assert state is not None
    assert (state.position, state.content_hash) == (0.5, "h1")
    assert not changed_since_read("h1", state)
    assert changed_since_read("h2", state)  # updated since it was read
    assert store.readings()["a"].content_hash == store.last_read().content_hash == "h1"  # type: ignore[union-attr]
