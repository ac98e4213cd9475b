"""The bookmark store's database: its schema and migrations, the columns read and the
rows they make, backups before a migration, setting a damaged file aside, and whether
the file can be written. ``store`` opens the store with these."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from briefing_app.core.bookmarks.model import Bookmark, Quote

# Migration n brings a store from version n to n + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE briefings (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE bookmarks (
        id TEXT PRIMARY KEY,
        briefing TEXT NOT NULL REFERENCES briefings (id),
        section TEXT NOT NULL DEFAULT '',
        section_title TEXT NOT NULL DEFAULT '',
        exact TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'anchored'
            CHECK (status IN ('anchored', 'moved', 'detached')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX bookmarks_by_briefing ON bookmarks (briefing);
    CREATE TABLE reading (
        briefing TEXT PRIMARY KEY REFERENCES briefings (id),
        position REAL NOT NULL,
        section TEXT NOT NULL DEFAULT '',
        finished INTEGER NOT NULL DEFAULT 0,
        updated TEXT NOT NULL
    );
    """,
    # 2: the words the user marked, kept beside the quote re-anchoring updates (until
    # now they were overwritten), and the "changed" status. A CHECK cannot be altered
    # in SQLite: the table is rebuilt, rowids kept (they order equal creation times).
    """
    CREATE TABLE bookmarks_2 (
        id TEXT PRIMARY KEY,
        briefing TEXT NOT NULL REFERENCES briefings (id),
        section TEXT NOT NULL DEFAULT '',
        section_title TEXT NOT NULL DEFAULT '',
        exact TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        marked TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'anchored'
            CHECK (status IN ('anchored', 'moved', 'changed', 'detached')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    INSERT INTO bookmarks_2 (rowid, id, briefing, section, section_title, exact, prefix,
        suffix, marked, content_hash, note, label, status, created, updated)
    SELECT rowid, id, briefing, section, section_title, exact, prefix, suffix, exact,
        content_hash, note, label, status, created, updated FROM bookmarks;
    DROP TABLE bookmarks;
    ALTER TABLE bookmarks_2 RENAME TO bookmarks;
    CREATE INDEX bookmarks_by_briefing ON bookmarks (briefing);
    """,
    # 3: the content hash of the version of each briefing last read, so that a briefing
    # updated since can show what changed.
    """
    ALTER TABLE reading ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
    """,
)
VERSION = len(MIGRATIONS)

COLUMNS = (
    "b.id, b.briefing, b.section, b.section_title, b.exact, b.prefix, b.suffix, "
    "b.content_hash, b.note, b.label, b.status, b.created, b.updated, t.title, b.marked"
)


def bookmark_of(row: Sequence[str]) -> Bookmark:
    """The bookmark of a row read with ``COLUMNS``."""
    return Bookmark(
        id=row[0],
        briefing=row[1],
        section=row[2],
        section_title=row[3],
        quote=Quote(row[4], row[5], row[6]),
        content_hash=row[7],
        note=row[8],
        label=row[9],
        status=row[10],
        created=row[11],
        updated=row[12],
        briefing_title=row[13] or "",
        marked=row[14],
    )


def back_up(db: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy the store at ``path`` before a migration (SQLite's backup API: consistent)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    with closing(sqlite3.connect(target)) as copy:
        db.backup(copy)


def set_aside(path: Path) -> Path:
    """Move a damaged store and its WAL files aside, under a timestamped name; return it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.endommage-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(f"{aside}{suffix}")
    return aside


def empty_store() -> sqlite3.Connection:
    """A store in memory at the current version (for a file that cannot be read)."""
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    for script in MIGRATIONS:
        for statement in statements(script):
            db.execute(statement)
    return db


class FileReadOnly(sqlite3.OperationalError):
    """The store's file opens, but cannot be written (its permissions, leftover WAL files
    that cannot be written, a read-only medium)."""


def check_writable(db: sqlite3.Connection) -> None:
    """Raise ``FileReadOnly`` unless a write would go through (SQLite opens a file it
    cannot write read-only without a word, and BEGIN IMMEDIATE alone succeeds)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "readonly" in str(error):
            raise FileReadOnly(str(error)) from None
        return  # busy: another process is writing, so writes can be made; each will wait
    try:
        db.execute(f"PRAGMA user_version = {version}")  # rolled back: nothing changes
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error):
            raise
        raise FileReadOnly(str(error)) from None
    finally:
        db.execute("ROLLBACK")


def columns_of(db: sqlite3.Connection) -> str:
    """The columns to read from a store that cannot be migrated (read-only, older)."""
    names = {row[1] for row in db.execute("PRAGMA table_info(bookmarks)")}
    return COLUMNS if "marked" in names else COLUMNS.replace("b.marked", "b.exact")


def statements(script: str) -> list[str]:
    """The SQL statements of a migration script, one by one (each runs in the caller's
    transaction, which ``executescript`` would commit)."""
    return [statement for statement in script.split(";") if statement.strip()]


def has_tables(db: sqlite3.Connection) -> bool:
    """Whether the database holds anything yet (a new file needs no backup)."""
    return bool(db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


# A bookmark's fields as stored and exported (besides its briefing's title).
TEXT_FIELDS = (
    "id",
    "briefing",
    "section",
    "section_title",
    "exact",
    "prefix",
    "suffix",
    "marked",
    "content_hash",
    "note",
    "label",
    "status",
    "created",
    "updated",
)
