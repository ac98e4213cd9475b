"""Nothing lost: a killed writer, two writers at once, a damaged file (its readable rows
salvaged), a read-only folder or files, a folder where the store should be."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.core.bookmarks.model import Bookmark, Quote
from briefing_app.core.bookmarks.store import FILE, BookmarkStore, BookmarkStoreError
from tests.core.bookmarks.damage import fill, garble, leave_wal_files, read_only_files
from tests.helpers import REPO, read_only

WRITER = """
import sys
from pathlib import Path
from briefing_app.core.bookmarks.model import Quote
from briefing_app.core.bookmarks.model import Bookmark
from briefing_app.core.bookmarks.store import BookmarkStore

store = BookmarkStore(Path(sys.argv[1]))
name, count = sys.argv[2], int(sys.argv[3])
for number in range(count):
    stored = store.add(Bookmark(id="", briefing=name, quote=Quote(f"passage {number}")))
    print(stored.id, flush=True)  # printed only once the transaction is committed
"""


def writer(folder: Path, name: str, count: int) -> subprocess.Popen[str]:
    """A child process adding ``count`` bookmarks and printing each committed id."""
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), name, str(count)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_writer_killed_mid_loop_loses_nothing_it_committed(tmp_path: Path) -> None:
    with writer(tmp_path, "tue", 100_000) as child:
        assert child.stdout is not None
        committed = [child.stdout.readline().strip() for _ in range(200)]
        os.kill(child.pid, signal.SIGKILL)
        committed += [line.strip() for line in child.stdout]  # printed before it died
    store = BookmarkStore(tmp_path)
    assert store.notice == ""
    assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = {b.id for b in store.bookmarks()}
    assert set(filter(None, committed)) <= ids
    assert len(ids) >= 200


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    BookmarkStore(tmp_path).close()  # created once, as the app does at first start
    children = [writer(tmp_path, name, 150) for name in ("un", "deux")]
    outputs = [child.communicate()[0].split() for child in children]
    assert [child.returncode for child in children] == [0, 0]
    store = BookmarkStore(tmp_path)
    assert {b.id for b in store.bookmarks()} == set(outputs[0]) | set(outputs[1])
    assert store.count() == 300


@pytest.mark.parametrize("damage", [b"ceci n'est pas une base SQLite" * 100, b"\0" * 4096])
def test_a_damaged_store_is_moved_aside_and_a_fresh_one_starts(
    tmp_path: Path, damage: bytes
) -> None:
    (tmp_path / FILE).write_bytes(damage)
    store = BookmarkStore(tmp_path)
    (aside,) = tmp_path.glob(f"{FILE}.endommage-*")
    assert aside.read_bytes() == damage  # kept, for a specialist to look at
    assert "endommagé" in store.notice
    assert aside.name in store.notice
    assert not store.read_only
    store.add(Bookmark(id="", briefing="b"))
    assert store.count() == 1


def test_a_truncated_store_is_moved_aside(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    store.add_many(Bookmark(id="", briefing="b", note="x" * 500) for _ in range(200))
    store.close()
    path = tmp_path / FILE
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    reopened = BookmarkStore(tmp_path)
    assert "endommagé" in reopened.notice
    assert list(tmp_path.glob(f"{FILE}.endommage-*"))


def test_a_read_only_folder_still_shows_the_bookmarks(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path)
    kept = store.add(Bookmark(id="", briefing="b", quote=Quote("passage"), note="ma note"))
    store.close()
    with read_only(tmp_path):
        locked = BookmarkStore(tmp_path)
        assert locked.read_only
        assert "ne peut pas être modifié" in locked.notice
        assert [b.note for b in locked.bookmarks()] == [kept.note]
        with pytest.raises(BookmarkStoreError, match="ne peut pas être modifié"):
            locked.add(Bookmark(id="", briefing="b"))
        locked.close()
    with sqlite3.connect(tmp_path / FILE) as db:
        assert db.execute("SELECT count(*) FROM bookmarks").fetchone()[0] == 1


def test_an_unwritable_new_folder_gives_an_empty_read_only_store(tmp_path: Path) -> None:
    with read_only(tmp_path):
        store = BookmarkStore(tmp_path / "data")
        assert store.read_only
        assert store.bookmarks() == []
        assert store.reading("b") is None


def test_a_damaged_store_gives_back_its_readable_rows(tmp_path: Path) -> None:
    made = fill(tmp_path, 40)
    store = BookmarkStore(tmp_path)
    store.save_reading("b", 0.5, "partie-2")
    store.close()
    path = tmp_path / FILE
    lost = garble(path, [10, 30], made)  # two pages in the middle
    assert 4 <= len(lost) <= 30  # whole pages of rows are gone, most rows are not
    damaged = path.read_bytes()
    again = BookmarkStore(tmp_path)
    (aside,) = tmp_path.glob(f"{FILE}.endommage-*")  # alone: reading it added no file
    assert aside.read_bytes() == damaged  # left as it was, for a specialist
    assert f"Signets récupérés : {40 - len(lost)} sur 40." in again.notice
    assert aside.name in again.notice
    assert again.bookmarks() == [b for b in made if b.id not in lost]  # whole, in order
    reading = again.reading("b")
    assert reading is not None
    assert (reading.position, reading.section) == (0.5, "partie-2")
    assert again._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.add(Bookmark(id="", briefing="b"))  # the fresh store is a working one
    assert again.count() == 41 - len(lost)


def test_a_store_that_is_not_sqlite_salvages_nothing_and_says_so(tmp_path: Path) -> None:
    (tmp_path / FILE).write_bytes(b"ceci n'est pas une base SQLite" * 100)
    store = BookmarkStore(tmp_path)
    assert "Aucun signet n’a pu être récupéré." in store.notice
    assert store.count() == 0


def test_a_store_path_that_is_a_folder_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / FILE).mkdir()
    (tmp_path / FILE / "photo.jpg").write_bytes(b"\xff\xd8")  # whatever the user keeps
    store = BookmarkStore(tmp_path)
    assert store.read_only
    assert f"« {tmp_path / FILE} » est un dossier, pas un fichier" in store.notice
    assert "Le dossier des signets" not in store.notice  # the folder around it is fine
    assert store.bookmarks() == []
    with pytest.raises(BookmarkStoreError, match="est un dossier"):
        store.add(Bookmark(id="", briefing="b"))
    assert (tmp_path / FILE / "photo.jpg").read_bytes() == b"\xff\xd8"  # nothing moved
    assert not list(tmp_path.glob(f"{FILE}.endommage-*"))


def test_read_only_files_with_leftover_wal_are_told_and_still_read(tmp_path: Path) -> None:
    leave_wal_files(tmp_path)
    with read_only_files(tmp_path):
        store = BookmarkStore(tmp_path)
        assert store.read_only
        assert "lecture seule" in store.notice
        assert "ne peut pas être ouvert en écriture" in store.notice
        assert [b.note for b in store.bookmarks()] == ["gardée"]  # read from the WAL
        with pytest.raises(BookmarkStoreError, match="lecture seule"):
            store.save_reading("b", 0.3)
        store.close()
