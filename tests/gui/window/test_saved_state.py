"""What the window keeps between runs: its geometry, zoom and docks, and the briefing
read last, reopened where it was left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow
from pytestqt.qtbot import QtBot

from briefing_app.core.paths import AppPaths
from briefing_app.core.session import Session
from briefing_app.gui.app import build_window
from briefing_app.gui.startup import read_first_layout
from briefing_app.gui.window import state
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.conftest import MakeWindow


def test_window_comes_back_as_it_was(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(700, 500)  # within the offscreen screen (800×600)
    window.toc_dock.hide()
    window.open_briefing("court")
    window.open_briefing("long")
    window.reader.set_zoom(2)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = window.reader.position()
    window.close()
    again = make_window()
    assert again.current is not None
    assert again.current.id == "long"
    assert again.reader.zoom() == 2
    assert (again.width(), again.height()) == (700, 500)
    assert again.toc_dock.isHidden()
    assert again.reader.position() == pytest.approx(position, abs=0.02)


LEFT, RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


def dock_areas(window: MainWindow) -> list[Qt.DockWidgetArea]:
    docks = (window.library_dock, window.toc_dock, window.search_dock, window.bookmarks_dock)
    return [window.dockWidgetArea(dock) for dock in docks]


def test_the_last_reading_reopens_without_the_store_and_survives_a_crash(
    qtbot: QtBot, make_window: MakeWindow, library_folder: Path, data_dir: Path
) -> None:
    window = make_window()
    window.open_briefing("long")
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    position = window.reader.position()
    window.open_briefing("court")  # "long" is saved as it was left: to the store...
    window.open_briefing("long")
    window.reading.save()  # ...and to the settings, written out by Qt, no closing needed
    window.settings.sync()
    saved = QSettings(str(AppPaths.resolve(data_dir).settings_file), QSettings.Format.IniFormat)
    assert saved.value(state.LAST_READING)[0] == "long"
    kept = AppPaths.resolve(data_dir).data / "versions" / "long.md"  # for the changes view
    assert kept.read_bytes() == (library_folder / "long.md").read_bytes()
    # as after a crash: the first window never closed
    again = build_window(Session.start([library_folder], data_dir))
    qtbot.addWidget(again)
    assert again._store is None  # the window is built, the store not opened
    assert again.current is not None
    assert again.current.id == "long"
    again.resize(1280, 800)
    again.show()
    qtbot.waitUntil(lambda: again.bookmarks is not None)  # after the first paint
    assert again._store is not None
    assert again.reader.position() == pytest.approx(position, abs=0.02)
    again.close()


def test_docks_start_in_place_then_stay_where_the_user_put_them(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    assert dock_areas(window) == [LEFT, LEFT, RIGHT, RIGHT]
    assert window.tabifiedDockWidgets(window.search_dock) == [window.bookmarks_dock]
    qtbot.waitUntil(lambda: window.bookmarks is not None)  # after the first paint:
    header = window.library_panel.view.header()  # newest first, and the arrow says so
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    window.addDockWidget(RIGHT, window.library_dock)  # as if dragged to the right
    window.close()
    again = make_window()
    assert dock_areas(again) == [RIGHT, LEFT, RIGHT, RIGHT]
    assert again.tabifiedDockWidgets(again.search_dock) == [again.bookmarks_dock]


def test_the_shipped_first_layout_places_the_docks_as_by_hand(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    shipped = make_window()  # no saved state: resources/first_layout.bin places the docks
    assert read_first_layout()
    monkeypatch.setattr(state, "read_first_layout", lambda: None)
    shipped.settings.remove("window/state")
    by_hand = make_window()  # what tools/make_first_layout.py saved, made again
    for window in (shipped, by_hand):
        assert dock_areas(window) == [LEFT, LEFT, RIGHT, RIGHT]
        assert window.tabifiedDockWidgets(window.search_dock) == [window.bookmarks_dock]
        assert not window.search_dock.visibleRegion().isEmpty()  # in front of its tab
    qtbot.waitExposed(shipped)  # laid out, both
    qtbot.waitExposed(by_hand)
    for dock in ("library_dock", "toc_dock", "search_dock"):  # the same widths
        ours, theirs = getattr(shipped, dock).width(), getattr(by_hand, dock).width()
        assert abs(ours - theirs) <= 12, dock

    def share(window: MainWindow) -> float:  # of the left side, for the library
        return window.library_dock.height() / (
            window.library_dock.height() + window.toc_dock.height()
        )

    assert share(shipped) == pytest.approx(share(by_hand), abs=0.04)


def test_a_dock_the_saved_layout_lacks_takes_its_first_place(
    make_window: MakeWindow, data_dir: Path
) -> None:
    older = QMainWindow()  # a layout saved by a version without the bookmarks dock
    for name, area in (("library_dock", LEFT), ("toc_dock", LEFT), ("search_dock", RIGHT)):
        dock = QDockWidget(name, older)
        dock.setObjectName(name)
        older.addDockWidget(area, dock)
    settings_file = str(AppPaths.resolve(data_dir).settings_file)
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    settings.setValue("window/state", older.saveState())
    settings.sync()
    window = make_window()
    assert dock_areas(window) == [LEFT, LEFT, RIGHT, RIGHT]
    assert window.tabifiedDockWidgets(window.search_dock) == [window.bookmarks_dock]
