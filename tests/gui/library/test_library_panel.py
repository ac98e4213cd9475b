"""The library list: model, newest first, accent-insensitive filter, opening a briefing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing_app.core.content.catalog import load_library
from briefing_app.gui.library.model import ID_ROLE, LibraryModel
from briefing_app.gui.library.panel import LibraryPanel
from briefing_app.printing.pagetext import display_date
from tests.gui.keyboard import type_text


def visible_titles(panel: LibraryPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_model_is_sound(qtmodeltester: ModelTester, library_folder: Path) -> None:
    model = LibraryModel(load_library([library_folder]).briefings)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Titre"


def test_dates_in_french() -> None:
    assert display_date("2018") == "2018"
    assert display_date("2018-04") == "avril 2018"
    assert display_date("2015-07-14") == "14 juillet 2015"


def test_newest_first_with_title_date_theme(qtbot: QtBot, library_folder: Path) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_briefings(load_library([library_folder]).briefings)
    assert visible_titles(panel) == ["Données publiques", "Mobilité électrique", "Été 2015"]
    row = [panel.proxy.index(0, column).data() for column in range(3)]
    assert row == ["Données publiques", "mai 2021", "Numérique"]
    header = panel.view.header()
    titles = [header.model().headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert titles == ["Titre", "Date", "Thème", "Lecture"]


def test_filter_ignores_accents_and_case(qtbot: QtBot, library_folder: Path) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_briefings(load_library([library_folder]).briefings)
    type_text(panel.filter_edit, "donnÉes")
    assert panel.filter_edit.text() == "donnÉes"
    assert visible_titles(panel) == ["Données publiques"]
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "ete logement")
    assert visible_titles(panel) == ["Été 2015"]
    panel.filter_edit.clear()
    assert len(visible_titles(panel)) == 3


def test_clicking_a_row_requests_that_briefing(qtbot: QtBot, library_folder: Path) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_briefings(load_library([library_folder]).briefings)
    panel.show()
    index = panel.proxy.index(1, 0)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.briefing_requested) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [index.data(ID_ROLE)] == ["court"]


def test_header_clicks_sort_titles_the_french_way(qtbot: QtBot, library_folder: Path) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_briefings(load_library([library_folder]).briefings)
    panel.enable_sorting()  # as the window does once its first page has painted
    panel.show()
    header = panel.view.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    assert visible_titles(panel) == ["Données publiques", "Mobilité électrique", "Été 2015"]
    title_header = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
    alphabetical = ["Données publiques", "Été 2015", "Mobilité électrique"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_header)
    first = visible_titles(panel)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_header)
    assert sorted([first, visible_titles(panel)]) == [alphabetical, alphabetical[::-1]]
