"""Reading state in the window: kept per briefing, and resumed where it was left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.model import IN_PROGRESS, READ, UNREAD, UPDATED
from tests.gui.bookmarks.helpers import (
    loaded,
)
from tests.gui.conftest import MakeWindow


def test_reading_state_is_kept_per_briefing(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    library = window.library_panel.model
    assert library.headerData(3, Qt.Orientation.Horizontal) == "Lecture"
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = window.reader.position()
    window.open_briefing("ancien")  # short: seen whole, so read
    window.open_briefing("court")
    assert library.status("long") == IN_PROGRESS
    assert library.status("ancien") == READ
    row = library.row_of("long")
    assert library.index(row, 3).data() == "En cours"
    assert library.index(library.row_of("ancien"), 3).data() == "Lu"
    window.open_briefing("long")  # from the library: back where it was left
    assert window.reader.position() == pytest.approx(middle, abs=0.02)
    bar.setValue(bar.maximum())
    window.close()
    again = loaded(qtbot, make_window)
    assert again.current is not None
    assert again.current.id == "long"
    assert again.reader.position() == pytest.approx(1.0, abs=0.02)
    assert again.library_panel.model.status("long") == READ
    assert again.library_panel.model.status("court") in (READ, UNREAD)


def test_resume_reading_returns_to_the_briefing_read_before(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    third = window.reader.position()
    window.open_briefing("court", "suite")  # e.g. from a search result
    assert window.resume_action.shortcut().toString() == "Ctrl+R"
    window.resume_action.trigger()
    assert window.current is not None
    assert window.current.id == "long"
    assert window.reader.position() == pytest.approx(third, abs=0.02)


def test_a_briefing_updated_since_it_was_read_says_so(
    qtbot: QtBot, make_window: MakeWindow, library_folder: Path
) -> None:
    window = loaded(qtbot, make_window)
    window.open_briefing("ancien")  # read whole, in its version of today
    window.open_briefing("court")
    assert window.library_panel.model.status("ancien") == READ
    window.close()
    path = library_folder / "ancien.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    os.utime(path, ns=(2, 2))
    again = loaded(qtbot, make_window)
    library = again.library_panel.model
    assert library.status("ancien") == UPDATED
    assert library.index(library.row_of("ancien"), 3).data() == "Mis à jour"
    assert library.status("court") != UPDATED  # unchanged since it was read
    again.open_briefing("ancien")  # shown in its new version, not yet marked read
    again.open_briefing("court")
    assert library.status("ancien") == UPDATED  # its changes are still to be seen
    again.open_briefing("ancien")
    again.changes_bar.read_button.click()  # « Marquer comme lu »
    assert library.status("ancien") == READ
    assert again.changes_bar.isHidden()
