"""The bookmark store: bookmarks with notes, and reading positions, in SQLite.

Precious data, so: WAL, foreign keys, a busy timeout, every write in one
``BEGIN IMMEDIATE`` transaction; a schema version (``PRAGMA user_version``) with
migrations, each preceded by a backup copy of the file. A file that is damaged or
not SQLite is moved aside with a timestamp and a fresh store starts, holding every
row that could still be read from it (``salvage``); a folder or a file that
cannot be written opens the store read-only. Either way ``notice`` says so, in
French, for the window and the command line to show.

Each bookmark keeps the words the user marked (``marked``) apart from its quote:
re-anchoring moves the quote with the text, never the marked words.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing_app.core.bookmarks.database import (
    COLUMNS,
    MIGRATIONS,
    VERSION,
    FileReadOnly,
    back_up,
    bookmark_of,
    check_writable,
    columns_of,
    empty_store,
    has_tables,
    set_aside,
    statements,
)
from briefing_app.core.bookmarks.model import (
    FINISHED_AT,
    Bookmark,
    ReadingState,
    bookmark_from_texts,
    new_id,
    now,
)
from briefing_app.core.bookmarks.notices import (
    file_is_a_folder,
    file_read_only,
    folder_read_only,
    newer_version,
    recovered,
    recovery_failed,
    set_aside_notice,
)
from briefing_app.core.messages import fill, translate
from briefing_app.core.paths import BOOKMARKS_FILE

FILE = BOOKMARKS_FILE  # in the data folder
BUSY_TIMEOUT_MS = 10_000


class BookmarkStoreError(Exception):
    """A write the store cannot make (read-only folder, newer store); the message is French."""


class BookmarkStore:
    """The bookmarks and reading positions of one user, in ``<data>/bookmarks.sqlite``."""

    def __init__(self, folder: Path) -> None:
        """Open (and create or migrate when needed) the store in ``folder``.

        Never raises for a damaged file or an unwritable folder: see ``notice``.
        """
        self.path = Path(folder) / FILE
        self.notice = ""  # what the user should be told about the store, in French
        self.read_only = False
        self._columns = COLUMNS
        self._db = self._open()

    # --- opening ------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path.is_dir():
            return self._open_read_only(file_is_a_folder(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect()
        except FileReadOnly as error:
            return self._open_read_only(file_read_only(self.path, error))
        except (sqlite3.OperationalError, OSError) as error:
            return self._open_read_only(folder_read_only(self.path.parent, error))
        except sqlite3.DatabaseError as error:
            return self._set_aside(error)
        return db

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                text = translate("core.bookmarks.store", "contrôle d’intégrité : %1")
                raise sqlite3.DatabaseError(fill(text, check))
            if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
                raise sqlite3.OperationalError(translate("core.bookmarks.store", "mode WAL refusé"))
            self._migrate(db)
            if not self.read_only:
                check_writable(db)
        except BaseException:
            db.close()
            raise
        return db

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION:
            self.read_only = True
            self._columns = columns_of(db)
            self.notice = newer_version()
            return
        if version < VERSION and self.path.stat().st_size > 0 and has_tables(db):
            back_up(db, self.path, version)
        for number in range(version, VERSION):
            with self._transaction(db):
                for statement in statements(MIGRATIONS[number]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number + 1}")

    def _set_aside(self, error: Exception) -> sqlite3.Connection:
        """Move a damaged store (and its WAL files) aside, then start a fresh one holding
        what can still be read from it."""
        aside = set_aside(self.path)
        notice = set_aside_notice(error, aside.name)
        try:
            self._db = self._connect()
        except (sqlite3.Error, OSError) as second:
            db = self._open_read_only(folder_read_only(self.path.parent, second))
            self.notice = f"{notice} {self.notice}"
            return db
        from briefing_app.core.bookmarks.salvage import recover  # only for a damaged file

        try:
            rows, readings, total = recover(aside)
            saved = len(rows)
            if rows:
                self.add_many([bookmark_from_texts(row) for row in rows])
            if readings:
                self.restore_readings(readings)
        except (BookmarkStoreError, sqlite3.Error) as failed:  # one transaction: all or none
            saved, total = 0, None
            notice = f"{notice} {recovery_failed(failed)}"
        self.notice = f"{notice} {recovered(saved, total)}"
        return self._db

    def _open_read_only(self, notice: str) -> sqlite3.Connection:
        """The store as it is, for reading only (or an empty one if it cannot be read)."""
        self.read_only = True
        self.notice = notice
        if self.path.is_file():
            # mode=ro reads what the WAL holds too; immutable=1 opens even where the WAL
            # index cannot be read, but sees only the main file.
            for query in ("mode=ro", "immutable=1"):
                try:
                    uri = f"{self.path.resolve().as_uri()}?{query}"
                    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                except sqlite3.Error:
                    continue
                try:
                    if db.execute("PRAGMA user_version").fetchone()[0] >= 1:
                        self._columns = columns_of(db)
                        return db
                except sqlite3.Error:
                    pass
                db.close()
        self._columns = COLUMNS
        return empty_store()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # --- writing ------------------------------------------------------------------------

    @staticmethod
    @contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[None]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            refused = translate("core.bookmarks.store", "Les signets sont en lecture seule.")
            raise BookmarkStoreError(self.notice or refused)
        try:
            with self._transaction(self._db):
                yield self._db
        except sqlite3.OperationalError as error:
            text = translate("core.bookmarks.store", "Enregistrement des signets impossible : %1")
            raise BookmarkStoreError(fill(text, error)) from None

    @staticmethod
    def _remember_briefing(db: sqlite3.Connection, briefing: str, title: str) -> None:
        db.execute(
            "INSERT INTO briefings (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE "
            "SET title = excluded.title WHERE excluded.title != ''",
            (briefing, title),
        )

    def add(self, bookmark: Bookmark) -> Bookmark:
        """Store a new bookmark (an empty id gets a fresh one); return it as stored."""
        return self.add_many([bookmark])[0]

    def add_many(self, bookmarks: Iterable[Bookmark]) -> list[Bookmark]:
        """Store several new bookmarks in one transaction; return them as stored."""
        stamp = now()
        stored = [
            replace(b, id=b.id or new_id(), created=b.created or stamp, updated=b.updated or stamp)
            for b in bookmarks
        ]
        with self._writing() as db:
            for b in stored:
                self._remember_briefing(db, b.briefing, b.briefing_title)
                db.execute(
                    "INSERT INTO bookmarks (id, briefing, section, section_title, exact, prefix, "
                    "suffix, marked, content_hash, note, label, status, created, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        b.id,
                        b.briefing,
                        b.section,
                        b.section_title,
                        b.quote.exact,
                        b.quote.prefix,
                        b.quote.suffix,
                        b.marked,
                        b.content_hash,
                        b.note,
                        b.label,
                        b.status,
                        b.created,
                        b.updated,
                    ),
                )
        return stored

    def edit(self, bookmark_id: str, note: str, label: str) -> None:
        """Change a bookmark's note and label."""
        with self._writing() as db:
            db.execute(
                "UPDATE bookmarks SET note = ?, label = ?, updated = ? WHERE id = ?",
                (note, label, now(), bookmark_id),
            )

    def delete(self, bookmark_ids: Iterable[str]) -> list[Bookmark]:
        """Delete bookmarks; return them as they were, so that they can be restored."""
        ids = list(bookmark_ids)
        with self._writing() as db:
            gone = [b for b in map(self.get, ids) if b is not None]
            db.executemany("DELETE FROM bookmarks WHERE id = ?", [(i,) for i in ids])
        return gone

    def restore(self, bookmarks: Iterable[Bookmark]) -> None:
        """Put deleted bookmarks back exactly as they were (undo)."""
        self.add_many(bookmarks)

    def set_placement(self, changes: Iterable[Bookmark]) -> None:
        """Record where re-anchoring found bookmarks (section, quote, status, hash); the
        words the user marked are left as they are."""
        with self._writing() as db:
            db.executemany(
                "UPDATE bookmarks SET section = ?, section_title = ?, exact = ?, prefix = ?, "
                "suffix = ?, status = ?, content_hash = ? WHERE id = ?",
                [
                    (
                        b.section,
                        b.section_title,
                        b.quote.exact,
                        b.quote.prefix,
                        b.quote.suffix,
                        b.status,
                        b.content_hash,
                        b.id,
                    )
                    for b in changes
                ],
            )

    # --- reading ------------------------------------------------------------------------

    def get(self, bookmark_id: str) -> Bookmark | None:
        """One bookmark, or None."""
        row = self._db.execute(
            f"SELECT {self._columns} FROM bookmarks b LEFT JOIN briefings t "
            "ON t.id = b.briefing WHERE b.id = ?",
            (bookmark_id,),
        ).fetchone()
        return bookmark_of(row) if row else None

    def bookmarks(self, briefing: str | None = None) -> list[Bookmark]:
        """Every bookmark (or those of one briefing), oldest first."""
        where, args = ("WHERE b.briefing = ?", (briefing,)) if briefing else ("", ())
        rows = self._db.execute(
            f"SELECT {self._columns} FROM bookmarks b LEFT JOIN briefings t ON t.id = b.briefing "
            f"{where} ORDER BY b.created, b.rowid",
            args,
        ).fetchall()
        return [bookmark_of(row) for row in rows]

    def count(self) -> int:
        """How many bookmarks there are."""
        return int(self._db.execute("SELECT count(*) FROM bookmarks").fetchone()[0])

    # --- reading positions --------------------------------------------------------------

    def save_reading(
        self,
        briefing: str,
        position: float,
        section: str = "",
        title: str = "",
        content_hash: str = "",
    ) -> None:
        """Remember how far ``briefing`` has been read (finished once its end is reached)
        and, when given, the content hash of the version read."""
        position = min(1.0, max(0.0, position))
        with self._writing() as db:
            self._remember_briefing(db, briefing, title)
            db.execute(
                "INSERT INTO reading (briefing, position, section, finished, updated, "
                "content_hash) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (briefing) DO UPDATE SET "
                "position = excluded.position, section = excluded.section, "
                "finished = max(reading.finished, excluded.finished), updated = excluded.updated, "
                "content_hash = coalesce(nullif(excluded.content_hash, ''), reading.content_hash)",
                (briefing, position, section, int(position >= FINISHED_AT), now(), content_hash),
            )

    def reading(self, briefing: str) -> ReadingState | None:
        """How far ``briefing`` has been read, or None if never opened."""
        row = self._db.execute(
            f"SELECT {_READING} FROM reading WHERE briefing = ?", (briefing,)
        ).fetchone()
        return _reading_of(row) if row else None

    def readings(self) -> dict[str, ReadingState]:
        """Every briefing's reading state, by briefing id."""
        rows = self._db.execute(f"SELECT {_READING} FROM reading").fetchall()
        return {row[0]: _reading_of(row) for row in rows}

    def last_read(self, other_than: str = "") -> ReadingState | None:
        """The briefing read most recently (other than ``other_than``), where it was left."""
        row = self._db.execute(
            f"SELECT {_READING} FROM reading WHERE briefing != ? ORDER BY updated DESC LIMIT 1",
            (other_than,),
        ).fetchone()
        return _reading_of(row) if row else None

    def restore_readings(self, rows: Iterable[tuple[str, float, str, bool, str]]) -> None:
        """Put reading states back as they were (briefing, position, section, finished,
        updated), keeping a newer one already stored."""
        with self._writing() as db:
            for briefing, position, section, finished, updated in rows:
                self._remember_briefing(db, briefing, "")
                db.execute(
                    "INSERT INTO reading (briefing, position, section, finished, updated) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (briefing) DO UPDATE SET "
                    "position = excluded.position, section = excluded.section, "
                    "finished = excluded.finished, updated = excluded.updated "
                    "WHERE excluded.updated > reading.updated",
                    (briefing, position, section, int(finished), updated),
                )


_READING = "briefing, position, section, finished, updated, content_hash"  # _reading_of's


def _reading_of(row: Sequence[Any]) -> ReadingState:
    return ReadingState(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
