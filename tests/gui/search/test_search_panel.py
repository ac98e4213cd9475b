"""Search in the window: as you type, in a worker thread; Enter opens the section, highlighted."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from whoosh.filedb.filestore import FileStorage

from briefing_app.core.search.records import SearchHit
from briefing_app.gui.search.panel import HIT_ROLE, PER_BRIEFING, SearchResultsModel
from briefing_app.gui.window.main_window import MainWindow
from tests.conftest import WriteBriefing
from tests.core.search.corpus import CON_WORDS
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text


@pytest.fixture
def searching(qtbot: QtBot, make_window: MakeWindow, data_dir: Path) -> MainWindow:
    """A window whose search index is built (in its worker thread)."""
    window = make_window()
    window.start_search(data_dir / "cache" / "search")  # now, or just after the first paint
    qtbot.waitUntil(lambda: window.search is not None)
    qtbot.waitUntil(lambda: not window.search.indexing, timeout=20000)  # type: ignore[union-attr]
    return window


def wait_results(qtbot: QtBot, window: MainWindow, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=10000)


def test_results_as_you_type_and_enter_opens_the_section(
    qtbot: QtBot, searching: MainWindow
) -> None:
    window = searching
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert panel.field.hasFocus()
    type_text(panel.field, "électrique vélo")
    wait_results(qtbot, window, lambda: panel.model.rowCount() == 1)
    assert panel.status.text() == "1 résultat(s)"
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert window.current is not None
    assert window.current.id == "court"
    qtbot.waitUntil(lambda: window.reader.current_section() == "debut")
    assert window.reader.match_count() == 2  # the title's "électrique", the section's "vélo"
    assert window.reader.textCursor().selectedText() == "vélo"


def test_search_terms_are_highlighted_and_f3_steps_through_them(
    qtbot: QtBot, searching: MainWindow
) -> None:
    window = searching
    window.open_briefing("court")
    panel = window.search_panel
    type_text(panel.field, "donnees")
    # five sections of "long": grouped, three shown, the first row counts them all
    wait_results(qtbot, window, lambda: panel.model.rowCount() == 3)
    assert "5 passage(s)" in panel.model.index(0).data()
    rect = panel.results.visualRect(panel.model.index(2))
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current is not None
    assert window.current.id == "long"
    assert window.reader.match_count() == 41  # 40 paragraphs and the title
    first = window.reader.match_index()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert window.reader.match_index() == first + 1
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.match_index() == first


def test_no_result_offers_a_correction(qtbot: QtBot, searching: MainWindow) -> None:
    panel = searching.search_panel
    type_text(panel.field, "velo electriqe")
    wait_results(qtbot, searching, lambda: "Vouliez-vous dire" in panel.status.text())
    assert panel.status.text().startswith("Aucun passage ne contient tous les mots")
    assert panel.model.rowCount() == 1  # the closest: « vélo » alone
    assert "velo électrique" in panel.status.text()
    panel.status.linkActivated.emit("velo électrique")
    assert panel.field.text() == "velo électrique"
    wait_results(qtbot, searching, lambda: panel.model.rowCount() == 1)


def test_theme_filter(qtbot: QtBot, searching: MainWindow) -> None:
    panel = searching.search_panel
    assert [panel.theme.itemText(i) for i in range(panel.theme.count())] == [
        "Tous les thèmes",
        "Logement",
        "Mobilité",
        "Numérique",
    ]
    type_text(panel.field, "partie OR vélo")
    wait_results(qtbot, searching, lambda: panel.model.rowCount() == 5)  # 3 of long's 5
    panel.theme.setCurrentIndex(2)
    wait_results(qtbot, searching, lambda: panel.model.rowCount() == 1)


def test_a_search_runs_in_the_worker_while_the_window_keeps_answering(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hand-off is asynchronous: a query is searched in the worker thread, and while
    a search is held there the field takes keystrokes and the window repaints. (How long
    each GUI-thread step takes is measured by bench/search_typing.py.)"""
    from briefing_app.core import search as search_package

    release = threading.Event()
    searched_in: list[int] = []
    real_search = search_package.search_library

    def held_search(*args: Any, **kwargs: Any) -> Any:
        searched_in.append(threading.get_ident())
        assert release.wait(30), "the test never released the search"
        return real_search(*args, **kwargs)

    window = make_window()
    window.start_search(data_dir / "cache" / "search")
    qtbot.waitUntil(lambda: not window.search.indexing, timeout=20000)  # type: ignore[union-attr]
    monkeypatch.setattr(search_package, "search_library", held_search)
    panel = window.search_panel
    type_text(panel.field, "données")
    qtbot.waitUntil(lambda: bool(searched_in), timeout=10000)  # the worker holds it now
    type_text(panel.field, " publiques")  # the GUI thread is free: keys still arrive
    painted = window.reader.viewport().grab()  # and it paints
    assert panel.field.text() == "données publiques"
    assert not painted.isNull()
    assert panel.model.rowCount() == 0  # no answer yet: the search is still held
    release.set()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)
    assert threading.main_thread().ident not in searched_in


def test_damage_found_by_a_search_rebuilds_the_index_and_answers(
    qtbot: QtBot, searching: MainWindow, data_dir: Path
) -> None:
    window, controller = searching, searching.search
    assert controller is not None
    panel = window.search_panel
    (stored,) = (data_dir / "cache" / "search").glob("*._stored.col")
    with stored.open("r+b") as f:  # in place: the worker's open index reads it
        f.write(b"\xff" * stored.stat().st_size)
    with qtbot.waitSignal(
        controller.status_changed,
        check_params_cb=lambda text: text.startswith("Index en reconstruction"),
        timeout=10000,
    ):
        type_text(panel.field, "électrique vélo")
    assert panel.status.text().startswith("Index en reconstruction")
    wait_results(qtbot, window, lambda: panel.model.rowCount() == 1)
    assert panel.status.text() == "1 résultat(s)"
    assert window.statusBar().currentMessage() == "Index de recherche reconstruit."
    assert panel.model.index(0).data(HIT_ROLE).briefing == "court"


def test_an_index_that_cannot_be_written_says_why_in_one_line(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileStorage, "create_file", no_space)  # a full disk, for Whoosh
    window = make_window()
    expected = "Recherche indisponible : index de recherche impossible à écrire : disque plein"
    window.start_search(data_dir / "cache" / "search")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=20000)
    assert window.search_panel.status.text() == expected
    assert not (data_dir / "cache" / "search").exists()


def test_a_prefix_cut_to_its_commonest_words_is_said_under_the_results(
    qtbot: QtBot, make_window: MakeWindow, write_briefing: WriteBriefing, data_dir: Path
) -> None:
    write_briefing("mots", title="Mots", body=f"## Liste\n\n{CON_WORDS}.\n")
    window = make_window()
    window.start_search(data_dir / "cache" / "search")
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=20000)
    panel = window.search_panel
    type_text(panel.field, "con*")
    wait_results(qtbot, window, lambda: panel.model.rowCount() == 1)
    status = panel.status.text()
    assert status.startswith("1 résultat(s)<br>« con* » : les 24 mots les plus fréquents sur ")
    for _ in range(4):
        qtbot.keyClick(panel.field, Qt.Key.Key_Backspace)
    type_text(panel.field, "vél*")
    wait_results(qtbot, window, lambda: panel.status.text() == "1 résultat(s)")


def test_the_closest_sections_come_with_a_notice(qtbot: QtBot, searching: MainWindow) -> None:
    panel = searching.search_panel
    type_text(panel.field, "vélo logement")  # no section holds both
    closest = "Aucun passage ne contient tous les mots ; passages les plus proches :"
    wait_results(qtbot, searching, lambda: panel.status.text() == closest)
    assert panel.model.rowCount() == 1
    hit = panel.model.index(0).data(HIT_ROLE)
    assert (hit.briefing, hit.partial) == ("court", True)


def _hit(briefing: str, section: str) -> SearchHit:
    return SearchHit(briefing, briefing.upper(), section, section.title(), "2020", 1.0, "", "")


def test_hits_of_one_briefing_are_grouped_under_its_best(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    hits = [_hit("a", "un"), _hit("b", "un"), _hit("a", "deux"), _hit("a", "trois")]
    hits += [_hit("a", "quatre"), _hit("c", "un")]
    model.set_hits(hits)
    rows = [model.index(row).data(HIT_ROLE) for row in range(model.rowCount())]
    assert [(h.briefing, h.section) for h in rows] == [
        ("a", "un"),
        ("a", "deux"),
        ("a", "trois"),  # PER_BRIEFING: the fourth of a is left out
        ("b", "un"),
        ("c", "un"),
    ]
    assert PER_BRIEFING == 3
    head, under = model.index(0).data(), model.index(1).data()
    assert "A › Un" in head
    assert "4 passage(s)" in head
    assert "margin-left" in under
    assert "A ›" not in under  # under its briefing: the section alone
    assert "passage" not in model.index(3).data()  # b has one: nothing to count
