"""Screen readers and the keyboard: every control a screen reader meets has a name (in
the window with all its panels, and in its dialogs), search results and bookmarks are
announced whole, and the main tasks are done with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.gui.help.shortcuts_dialog import ShortcutsDialog
from briefing_app.gui.preferences.dialog import PreferencesDialog
from briefing_app.gui.printing.dossier_dialog import DossierDialog
from tests.gui.bookmarks.helpers import PASSAGE, bookmark_passage, loaded
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under ``root`` a screen reader would meet without a name
    (scroll bars, column headers and Qt's own inner parts aside: they have their role)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            parent = type(widget.parent()).__name__
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return found


def test_every_control_has_a_name(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = loaded(qtbot, make_window)
    window.open_briefing("long")
    window.show_bookmarks()
    window.search_dock.show()
    window.find_action.trigger()  # the find bar under the text
    assert unnamed(window) == []
    dialogs: list[QDialog] = [
        PreferencesDialog(window.settings, window.appearance, window),
        ShortcutsDialog(window.shortcut_actions(), window),
        DossierDialog(window.library, [], [], "long", window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()


def test_results_and_bookmarks_are_announced_whole(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = loaded(qtbot, make_window)
    window.open_briefing("long")
    note = "Une note assez longue pour ne pas tenir dans la colonne, à lire en entier. " * 3
    bookmark_passage(qtbot, window, PASSAGE, note)
    model = window.bookmarks_panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data())
    announced = model.index(row, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert announced == note.strip()  # the list shows the start; a screen reader, all of it
    assert "…" in str(model.index(row, 1).data())
    passage = model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert PASSAGE in passage
    assert note.strip() in passage
    window.start_search(window.session.paths.search_index)
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=20000)
    window.search_panel.field.setText("vélo")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=10000)
    hit = window.search_panel.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert hit.startswith("Mobilité électrique › Début, 2019.")
    assert "vélo" in hit
    assert "<" not in hit  # no markup read out


def focused_pane(window: object) -> QWidget:
    focus = QApplication.focusWidget()
    return next(pane for pane in window.panes() if pane is focus or pane.isAncestorOf(focus))  # type: ignore[attr-defined]


def key(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_the_main_tasks_with_the_keyboard_alone(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded(qtbot, make_window)
    window.start_search(window.session.paths.search_index)
    window.reader.setFocus()
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for _ in window.panes():  # F6 to the library, its filter box first
        if focused_pane(window) is window.library_dock.widget():
            break
        key(qtbot, Qt.Key.Key_F6)
    assert window.library_panel.filter_edit.hasFocus()
    view = window.library_panel.view
    key(qtbot, Qt.Key.Key_Down)  # into the list
    assert view.hasFocus()
    for _ in range(view.model().rowCount()):
        if view.currentIndex().data() == "Mobilité électrique":
            break
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)  # 1. open a briefing
    assert window.current is not None
    assert window.current.id == "court"
    key(qtbot, Qt.Key.Key_T, control | shift)  # 2. jump to a section
    assert window.toc.hasFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.reader.current_section() == "suite"
    key(qtbot, Qt.Key.Key_K, control)  # 3. search, and open a result
    assert window.search_panel.field.hasFocus()
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=20000)
    type_text(window.search_panel.field, "paragraphe 4.3")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=10000)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    assert window.current.id == "long"
    assert window.reader.current_section() == "partie-4"
    window.reader.setFocus()
    key(qtbot, Qt.Key.Key_D, control)  # 4. a bookmark, with its note
    editor = window.load_bookmarks().editor()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)  # the editor takes the keyboard
    assert editor.note_edit.hasFocus()
    type_text(QApplication.focusWidget(), "À citer au conseil.")
    key(qtbot, Qt.Key.Key_Return, control)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    notes = [b.note for b in window.load_bookmarks().bookmarks]
    assert notes == ["À citer au conseil."]
    pdf = tmp_path / "partie.pdf"  # 5. export (the file dialog is the system's own)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    window.reader.setFocus()
    key(qtbot, Qt.Key.Key_E, control | shift)
    qtbot.waitUntil(pdf.exists, timeout=20000)


def test_tab_goes_library_contents_text_search_bookmarks(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = loaded(qtbot, make_window)
    window.open_briefing("long")
    window.search_dock.show()
    window.show_bookmarks()
    window.search_dock.show()
    window.library_panel.filter_edit.setFocus()
    panes = window.panes()
    visited: list[int] = []
    for _ in range(40):
        focus = QApplication.focusWidget()
        pane = next((i for i, p in enumerate(panes) if p is focus or p.isAncestorOf(focus)), None)
        if pane is not None and (not visited or visited[-1] != pane):
            visited.append(pane)
        key(qtbot, Qt.Key.Key_Tab)
    assert visited[:6] == [0, 1, 2, 3, 4, 0]  # and round again


def test_the_pane_with_the_keyboard_is_ringed(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = loaded(qtbot, make_window)
    ring = window.focus_ring

    def ringed() -> QWidget | None:
        """The pane the ring is drawn around, on screen."""
        for pane in window.panes():
            if ring.isVisible() and ring.geometry() == QRect(
                pane.mapTo(window, QPoint()), pane.size()
            ):
                return pane
        return None

    window.reader.setFocus()
    qtbot.waitUntil(lambda: ringed() is window.reader)
    window.library_panel.filter_edit.setFocus()
    qtbot.waitUntil(lambda: ringed() is window.library_dock.widget())
    window.library_dock.resize(window.library_dock.width() + 40, window.library_dock.height())
    qtbot.waitUntil(lambda: ringed() is window.library_dock.widget())  # it follows its pane
    window.reader.setFocus()
    window.set_reading_mode(True)  # the text alone: no ring
    qtbot.waitUntil(lambda: not ring.isVisible())
    window.set_reading_mode(False)
