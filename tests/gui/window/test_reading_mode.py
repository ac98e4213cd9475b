"""The reading mode (F11): the panels and menus away, a thin line saying how far the
page is read, search and contents brought over the text by their shortcuts and put away
by Échap, which then ends the mode; F6 from pane to pane; Aide's shortcuts and guide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.core.messages import ENGLISH, FRENCH, set_language
from briefing_app.gui.help.shortcuts_dialog import ShortcutsDialog
from tests.gui.conftest import MakeWindow


def test_f11_reading_mode_and_back(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.open_briefing("long")
    docks = (window.library_dock, window.toc_dock, window.search_dock, window.bookmarks_dock)
    shown_before = [dock.isVisible() for dock in docks]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.in_reading_mode
    assert not any(dock.isVisible() for dock in docks)
    assert not window.menuBar().isVisible()
    assert window.progress_line().isVisible()
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert window.progress_line().fraction == pytest.approx(0.5, abs=0.05)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # the search
    qtbot.waitUntil(window.search_dock.isVisible)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)  # put away
    assert not window.search_dock.isVisible()
    assert window.in_reading_mode
    toc = (Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, *toc)  # the contents
    assert window.toc_dock.isVisible()
    assert window.toc.hasFocus()
    qtbot.keyClick(window.toc, Qt.Key.Key_Escape)
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)  # nothing over the text: the mode ends
    assert not window.in_reading_mode
    assert window.menuBar().isVisible()
    assert [dock.isVisible() for dock in docks] == shown_before
    assert not window.progress_line().isVisible()


def test_f6_goes_from_pane_to_pane(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.open_briefing("long")
    qtbot.waitUntil(lambda: window.bookmarks is not None)
    window.show_bookmarks()
    window.reader.setFocus()
    panes = window.panes()
    assert panes[0] is window.library_dock.widget()
    assert window.reader in panes
    visited = []
    for _ in panes:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
        visited.append(next(p for p in panes if p is focused or p.isAncestorOf(focused)))
    assert visited[-1] is window.reader  # round the panes, back to the text
    assert set(map(id, visited)) == set(map(id, panes))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert visited[-2].isAncestorOf(QApplication.focusWidget()) or visited[-2].hasFocus()


def test_the_shortcuts_list_every_shortcut_of_the_menus(make_window: MakeWindow) -> None:
    window = make_window()
    dialog = ShortcutsDialog(window.shortcut_actions(), window)
    rows = dict(dialog.rows())
    assert rows["Rechercher dans tous les briefings"] == "Ctrl+K ou Ctrl+Shift+F"
    assert rows["Mode lecture"] == "F11"
    assert rows["Ajouter un signet"] == "Ctrl+D"
    assert rows["Panneau suivant"] == "F6"
    every = {a.text() for a in window.shortcut_actions()}
    assert len(every) >= 20
    assert "Échap" in dict(dialog.rows()).values()
    dialog.close()
    # only keys of an ordinary keyboard, not the extra ones of Qt's standard shortcuts
    undo = QAction("&Annuler", window)
    undo.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence("F14"), QKeySequence(Qt.Key.Key_Undo)])
    quit_ = QAction("&Quitter", window)
    quit_.setShortcuts([QKeySequence("Ctrl+Q"), QKeySequence(Qt.Key.Key_Exit)])
    keys = dict(ShortcutsDialog([undo, quit_], window).rows())
    assert keys["Annuler"] == "Ctrl+Z"
    assert keys["Quitter"] == "Ctrl+Q"


@pytest.mark.parametrize(
    ("language", "title"), [(FRENCH, "Guide de Briefings"), (ENGLISH, "The Briefings guide")]
)
def test_the_guide_opens_in_the_interfaces_language(
    make_window: MakeWindow, language: str, title: str
) -> None:
    window = make_window()
    window.open_briefing("long")
    set_language(language)
    try:
        window.guide_action.trigger()
    finally:
        set_language(FRENCH)
    assert window.current is not None
    assert window.current.title == title
    assert window.current.source == "Briefings"
    assert window.toc.topLevelItemCount() == 7
    assert window.library.get(window.current.id) is None  # not one of the briefings
    assert not window.library_panel.view.selectionModel().hasSelection()
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.current is not None
    assert window.current.id == "long"
