"""Every item model of the window passes Qt's model checks (pytest-qt's qtmodeltester),
filled with real rows, and again after it changes: the library list and its filter,
the search results, the bookmarks list and its filter. (The table of contents is a
QTreeWidget: its model is Qt's own.)"""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.model import CHANGED, DETACHED, Bookmark, Quote
from briefing_app.core.content.catalog import load_library
from briefing_app.core.search.records import SearchHit
from briefing_app.gui.bookmarks.model import BookmarksModel
from briefing_app.gui.library.panel import LibraryPanel
from briefing_app.gui.search.panel import SearchResultsModel


def test_the_library_list_and_its_filter(
    qtbot: QtBot, qtmodeltester: ModelTester, library_folder: Path
) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.set_briefings(load_library([library_folder]).briefings)
    panel.enable_sorting()
    qtmodeltester.check(panel.proxy)
    panel.proxy.set_filter_text("mobilite")
    assert 0 < panel.proxy.rowCount() < panel.model.rowCount()
    qtmodeltester.check(panel.proxy)


def hit(number: int) -> SearchHit:
    return SearchHit(
        briefing=f"note-{number}",
        title=f"Note {number}",
        section=f"section-{number}",
        section_title=f"Section {number}" if number % 2 else "",
        date="2018-04",
        score=1.0 / number,
        snippet=f"les données publiques {number}",
        snippet_html=f"les <mark>données</mark> publiques {number}",
    )


def test_the_search_results(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_hits([hit(n) for n in range(1, 8)])
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def bookmark(number: int, briefing: str, status: str = "anchored") -> Bookmark:
    return Bookmark(
        id=f"b{number}",
        briefing=briefing,
        section="enjeux",
        section_title="Enjeux",
        quote=Quote(f"passage numéro {number}"),
        note=f"note {number} pour le conseil",
        label="conseil du 12 mars" if number % 2 else "",
        status=status,
        created=f"2026-01-0{number}T00:00:00",
    )


def test_the_bookmarks_list_and_its_filter(qtmodeltester: ModelTester) -> None:
    model = BookmarksModel()
    marks = [
        bookmark(1, "numerique"),
        bookmark(2, "numerique", CHANGED),
        bookmark(3, "mobilite", DETACHED),
        bookmark(4, "absente"),  # its briefing is no longer in the library
    ]
    model.set_bookmarks(marks, {"numerique": "Numérique", "mobilite": "Mobilité"})
    assert model.rowCount() == 7  # three briefing rows and four bookmark rows
    qtmodeltester.check(model)
    model.set_filter_text("numero 3")
    assert model.rowCount() == 2
    qtmodeltester.check(model)
