"""The window fits what it shows, at the first start's size on a 1366 x 768 laptop and
on a 1920 x 1080 screen: whole titles of 40 characters in the library, quote and note
side by side in the bookmarks dock with no sideways scrolling, long contents titles on
several lines, and a help of the query language in the idle search dock."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.gui.window.main_window import MainWindow
from tests.conftest import WriteBriefing
from tests.gui.bookmarks.helpers import PASSAGE, bookmark_passage
from tests.gui.conftest import MakeWindow

SCREENS = [(1366, 768), (1920, 1080)]
TITLES = [  # 40 characters each, generated (not France urbaine's)
    "Le Règlement général sur la protection d",
    "Mobilité électrique et bornes publiques ",
    "Villes moyennes : logement et transition",
]
LONG_HEADING = (
    "Le Règlement général sur la protection des données personnelles des usagers "
    "des services publics locaux, métropolitains et intercommunaux"
)
NOTE = "À relire avant la commission : le chiffre cité a changé depuis la dernière version."


def window_on(
    screen: tuple[int, int], make_window: MakeWindow, qtbot: QtBot, write_briefing: WriteBriefing
) -> MainWindow:
    """A first start's window sized as on ``screen`` (less a 40-pixel task bar): its
    default size is 1440 x 900 at most (the offscreen screen is smaller: set by hand)."""
    for number, title in enumerate(TITLES):
        write_briefing(f"titre{number}", title=title.strip(), date="2024-09", theme="Essai")
    write_briefing("rgpd", title="RGPD", date="2018-04", body=f"## {LONG_HEADING}\n\nTexte.\n")
    window = make_window()
    window.resize(min(1440, screen[0]), min(900, screen[1] - 40))
    qtbot.waitUntil(lambda: window.bookmarks is not None)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("screen", SCREENS)
def test_the_library_shows_titles_of_40_characters_whole(
    screen: tuple[int, int], make_window: MakeWindow, qtbot: QtBot, write_briefing: WriteBriefing
) -> None:
    window = window_on(screen, make_window, qtbot, write_briefing)
    view = window.library_panel.view
    metrics = view.fontMetrics()
    room = view.columnWidth(0) - 2 * metrics.horizontalAdvance(" ")  # the cell's margins
    assert all(metrics.horizontalAdvance(title) <= room for title in TITLES)
    header = view.header()
    shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
    assert shown == [0, 1, 3]  # title, date, reading (theme and source on a right click)
    assert header.sectionViewportPosition(3) + header.sectionSize(3) <= view.viewport().width()
    dates = [view.model().index(row, 1).data() for row in range(view.model().rowCount())]
    assert "septembre 2024" in dates
    assert metrics.horizontalAdvance("septembre 2024") < view.columnWidth(1)
    assert window.reader.viewport().width() >= 500  # the text keeps its room


@pytest.mark.parametrize("screen", SCREENS)
def test_the_bookmarks_show_quote_and_note_without_sideways_scrolling(
    screen: tuple[int, int], make_window: MakeWindow, qtbot: QtBot, write_briefing: WriteBriefing
) -> None:
    window = window_on(screen, make_window, qtbot, write_briefing)
    window.open_briefing("long")
    bookmark_passage(qtbot, window, PASSAGE, NOTE)
    window.show_bookmarks()
    view = window.bookmarks_panel.view
    qtbot.waitUntil(view.isVisible)
    header = view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= view.viewport().width()
    assert header.sectionSize(1) >= 10 * view.fontMetrics().horizontalAdvance("m")
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data())
    assert NOTE in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)  # whole, if cut


@pytest.mark.parametrize("screen", SCREENS)
def test_long_contents_titles_wrap(
    screen: tuple[int, int], make_window: MakeWindow, qtbot: QtBot, write_briefing: WriteBriefing
) -> None:
    window = window_on(screen, make_window, qtbot, write_briefing)
    window.open_briefing("rgpd")
    toc = window.toc
    item = toc.topLevelItem(0)
    assert item.text(0) == LONG_HEADING
    rect = toc.visualItemRect(item)
    metrics = toc.fontMetrics()
    assert metrics.horizontalAdvance(LONG_HEADING) > rect.width()  # it cannot fit on a line
    wrapped = metrics.boundingRect(
        QRect(0, 0, rect.width() - 40, 10_000), Qt.TextFlag.TextWordWrap, LONG_HEADING
    )  # 40 pixels: the tick box and the margins
    assert rect.height() >= wrapped.height()  # every line of it in its row
    window.toc_dock.resize(window.toc_dock.width() - 80, window.toc_dock.height())
    toc.resize(toc.width() - 80, toc.height())
    qtbot.waitUntil(lambda: toc.visualItemRect(item).height() >= rect.height())


def test_the_idle_search_dock_teaches_the_query_language(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.start_search(window.session.paths.search_index)
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=20000)
    window.search_action.trigger()
    panel = window.search_panel
    qtbot.waitUntil(panel.help.isVisible)
    assert not panel.results.isVisible()  # no large empty box
    examples = [query for query, _ in panel.help.examples()]
    assert '"protection des données"' in examples
    assert all(escape(query) in panel.help.text() for query in examples)  # each one shown
    panel.help.setFocus()  # the keyboard reaches the examples: Tab to the first, Enter
    qtbot.keyClick(panel.help, Qt.Key.Key_Tab)
    qtbot.keyClick(panel.help, Qt.Key.Key_Return)
    assert panel.field.text() == examples[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    assert panel.results.isVisible()
    assert not panel.help.isVisible()
    panel.field.clear()
    qtbot.waitUntil(panel.help.isVisible)
