"""The bookmark store seen from the window: damaged, read-only or left locked, the reader
keeps working and the user is told."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.store import FILE
from tests.core.bookmarks.damage import fill, garble, leave_wal_files, read_only_files
from tests.gui.bookmarks.helpers import (
    PASSAGE,
    bookmark_passage,
    listed,
    loaded,
    press,
    select_text,
    store_of,
    warned,
)
from tests.gui.conftest import MakeWindow
from tests.helpers import read_only


def test_a_damaged_store_is_set_aside_and_the_user_told(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    (data_dir / "data" / FILE).write_bytes(b"not a database at all" * 100)
    window = loaded(qtbot, make_window, active=False)
    assert "endommagé" in warned(qtbot, window)
    assert list((data_dir / "data").glob(f"{FILE}.endommage-*"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bookmark_passage(qtbot, window, PASSAGE)  # the fresh store works
    assert store_of(window).count() == 1


def test_a_read_only_data_folder_keeps_the_reader_working(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    with read_only(data_dir / "data"):
        window = loaded(qtbot, make_window, active=False)
        assert "ne peut pas être modifié" in warned(qtbot, window)
        assert window.load_bookmarks().warning is not None
        window.load_bookmarks().warning.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        select_text(window, PASSAGE)
        press(qtbot, window, Qt.Key.Key_D)
        assert window.load_bookmarks().editor() is None
        assert "ne peut pas être modifié" in warned(qtbot, window)
        assert window.open_briefing("court")
        window.close()


def test_a_damaged_store_gives_back_what_it_can_and_says_how_much(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    made = fill(data_dir / "data", 40)
    lost = garble(data_dir / "data" / FILE, [20], made)
    window = loaded(qtbot, make_window, active=False)
    assert f"Signets récupérés : {40 - len(lost)} sur 40." in warned(qtbot, window)
    assert window.bookmarks_panel.model.bookmark_count() == 40 - len(lost)


def test_read_only_store_files_left_by_a_dead_writer_are_told_at_start(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    leave_wal_files(data_dir / "data")
    with read_only_files(data_dir / "data"):
        window = loaded(qtbot, make_window, active=False)
        assert "lecture seule" in warned(qtbot, window)
        assert listed(window, 1)[1] == "gardée"  # the bookmark only the WAL held
        assert window.open_briefing("court")  # reading goes on
        window.close()
