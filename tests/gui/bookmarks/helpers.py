"""Driving the bookmarks in a window: a loaded window, selections, keys, the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text

PASSAGE = "Paragraphe 3.2 : les données publiques."


def loaded(qtbot: QtBot, make_window: MakeWindow, *, active: bool = True) -> MainWindow:
    """A window whose bookmarks are loaded (they load just after the first paint)."""
    window = make_window(active=active)
    qtbot.waitUntil(lambda: window.bookmarks is not None)
    return window


def warned(qtbot: QtBot, window: MainWindow) -> str:
    """The text of the bookmarks warning the window shows (non-modal), once it shows."""
    qtbot.waitUntil(lambda: window.load_bookmarks().warning is not None)
    warning = window.load_bookmarks().warning
    assert warning is not None
    qtbot.waitUntil(warning.isVisible)
    assert not warning.isModal()
    return warning.text()


def select_text(window: MainWindow, text: str) -> None:
    """Select the first occurrence of ``text`` in the reader, as a mouse drag would."""
    start = window.reader.toPlainText().index(text)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.reader, key, Qt.KeyboardModifier.ControlModifier)


def listed(window: MainWindow, column: int = 0) -> list[str]:
    """What the bookmarks dock shows in a column, row by row."""
    model = window.bookmarks_panel.model
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def store_of(window: MainWindow) -> BookmarkStore:
    return window.load_bookmarks().store


def bookmark_passage(qtbot: QtBot, window: MainWindow, text: str, note: str = "") -> str:
    """Ctrl+D on ``text`` in the open briefing, with ``note`` saved from the editor."""
    select_text(window, text)
    press(qtbot, window, Qt.Key.Key_D)
    editor = window.load_bookmarks().editor()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)  # it takes the keyboard, beside the reader
    assert editor.note_edit.hasFocus()
    type_text(editor.note_edit, note)
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return editor.bookmark_id


def selected(window: MainWindow) -> str:
    """The reader's selection, its no-break spaces as plain ones."""
    return window.reader.textCursor().selectedText().replace("\u00a0", " ")
