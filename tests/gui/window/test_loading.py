"""A library the catalog does not know yet is loaded after the first paint: the list
fills in, the status bar counts, the last briefing read reopens when it comes, and
search and bookmarks wait for the whole library."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bench.make_corpus import make_corpus
from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.content import catalog
from briefing_app.core.content.catalog import cached_library, load_library
from briefing_app.core.session import Session
from briefing_app.gui.app import SYNC_FILES, build_window
from briefing_app.gui.window.main_window import MainWindow

COUNT = 40


@pytest.fixture
def session(tmp_path: Path) -> Session:
    make_corpus(tmp_path / "content", COUNT, sections=3, seed=2)
    return Session.start([tmp_path / "content"], tmp_path / "data")


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:
        window.close()


def _window(qtbot: QtBot, session: Session, windows: list[MainWindow]) -> MainWindow:
    window = build_window(session)
    qtbot.addWidget(window)
    windows.append(window)
    return window


def test_a_cold_catalog_paints_first_then_fills_the_list(
    qtbot: QtBot, session: Session, windows: list[MainWindow]
) -> None:
    assert cached_library(session.folders, session.paths.cache)[1] == COUNT > SYNC_FILES
    window = _window(qtbot, session, windows)
    shown: list[str] = []  # indexing progress may follow the count at once
    window.statusBar().messageChanged.connect(shown.append)
    assert window.loading
    assert window.library.briefings == ()  # nothing parsed before the first paint
    assert window.current is None
    window.show()
    window.start_search(session.paths.search_index)
    qtbot.waitUntil(lambda: not window.loading, timeout=30000)
    assert len(window.library.briefings) == COUNT
    assert window.library_panel.model.rowCount() == COUNT
    assert f"{COUNT} briefing(s) chargé(s)" in shown
    assert window.current is not None  # no last reading: the first batch's newest opened
    assert window.bookmarks is not None  # bookmarks, then search, once all is known
    # made in the window's thread: the loader's answers cross threads queued
    assert window.bookmarks.thread() is window.thread()
    assert window.search is not None
    assert window.search.thread() is window.thread()
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=30000)
    assert window.search_panel.theme.count() > 1  # the panel knows every theme
    # the next start finds everything in the catalog: no loading at all
    assert cached_library(session.folders, session.paths.cache)[1] == 0
    again = _window(qtbot, session, windows)
    assert not again.loading
    assert len(again.library.briefings) == COUNT


def test_the_last_briefing_read_reopens_as_soon_as_it_is_loaded(
    qtbot: QtBot, session: Session, windows: list[MainWindow]
) -> None:
    library = load_library(list(session.folders))  # no cache: the catalog stays cold
    oldest = library.briefings[-1]
    store = BookmarkStore(session.paths.data)
    store.save_reading(oldest.id, 0.0, title=oldest.title)
    store.close()
    window = _window(qtbot, session, windows)
    assert window.loading
    assert window.current is None
    window.show()
    qtbot.waitUntil(lambda: window.current is not None, timeout=30000)
    assert window.current is not None
    assert window.current.id == oldest.id
    qtbot.waitUntil(lambda: not window.loading, timeout=30000)
    assert window.current.id == oldest.id  # still: the end of the load moved nothing


def test_bookmarks_wait_for_the_whole_library(
    qtbot: QtBot, session: Session, windows: list[MainWindow]
) -> None:
    window = _window(qtbot, session, windows)
    assert window.loading
    window.bookmark_action.trigger()  # before the first paint: the library is to come
    assert window.bookmarks is None
    assert "une fois la bibliothèque chargée" in window.statusBar().currentMessage()


def test_closing_while_loading_stops_the_loader(
    qtbot: QtBot, session: Session, windows: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = catalog._load_entry

    def slowly(*args: object) -> object:  # 40 files in 2 s: still loading when closed
        time.sleep(0.05)
        return parse(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "_load_entry", slowly)
    window = _window(qtbot, session, windows)
    window.show()
    qtbot.waitUntil(lambda: window._loader is not None or not window.loading, timeout=10000)
    loader = window._loader
    assert loader is not None  # the close below comes while it works
    qtbot.waitUntil(lambda: len(window.library.briefings) > 0, timeout=10000)
    window.close()  # joins the loader's thread: no thread left running, no crash
    assert window._loader is None
    assert loader.thread_.isFinished()
    _known, missing = cached_library(session.folders, session.paths.cache)
    assert 0 < missing < COUNT  # what was read before the close is kept


def test_a_large_library_starts_on_its_last_briefing_alone(
    qtbot: QtBot, session: Session, windows: list[MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog, "RESUME_FROM", 10)  # 40 briefings make a large library here
    first = _window(qtbot, session, windows)
    first.show()
    qtbot.waitUntil(lambda: not first.loading, timeout=30000)
    chosen = first.library.briefings[7]
    assert first.open_briefing(chosen.id)
    first.close()  # remembers the briefing read
    again = _window(qtbot, session, windows)
    assert [b.id for b in again.library.briefings] == [chosen.id]  # no catalog read yet
    assert again.current is not None
    assert again.current.id == chosen.id
    assert again.loading
    again.show()
    qtbot.waitUntil(lambda: not again.loading, timeout=30000)
    assert len(again.library.briefings) == COUNT
    assert again.current.id == chosen.id
    Path(chosen.path).write_text("---\ntitle: Changé\ndate: 2020\n---\n", encoding="utf-8")
    assert catalog.resumed(session.folders, session.paths.cache) is None  # its file changed


def test_the_window_fits_a_small_screen(
    qtbot: QtBot, session: Session, windows: list[MainWindow]
) -> None:
    window = _window(qtbot, session, windows)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width()  # the status bar and its progress in sight
    assert window.height() <= screen.height()
