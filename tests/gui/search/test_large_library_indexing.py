"""A large library is indexed to the end by the window's own search worker.

3,000 briefings mean 3,000 progress signals from the worker thread to the window: the
traffic that made PySide6 6.12.0 abort ("bool_dealloc") part-way through.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing_app.core.paths import AppPaths
from briefing_app.core.session import Session
from briefing_app.gui.app import build_window
from briefing_app.gui.search.panel import HIT_ROLE
from tests.gui.keyboard import type_text
from tests.helpers import briefing_text

COUNT = 3000
KNOWN = 2718  # the one briefing that speaks of zephyrs


def write_library(folder: Path) -> None:
    """COUNT small generated briefings, one section each."""
    folder.mkdir()
    for number in range(1, COUNT + 1):
        words = "Les zéphyrs soufflent sur le quai." if number == KNOWN else "Le vent tourne."
        body = f"## Partie {number}\n\nNote générée numéro {number}. {words}\n"
        text = briefing_text(title=f"Note {number}", date="2020-01", body=body)
        (folder / f"note-{number:04d}.md").write_text(text, encoding="utf-8")


def test_three_thousand_briefings_are_indexed_to_the_end(qtbot: QtBot, tmp_path: Path) -> None:
    write_library(tmp_path / "content")
    paths = AppPaths.resolve(tmp_path / "data")
    window = build_window(Session((tmp_path / "content",), paths))
    qtbot.addWidget(window)
    window.show()
    window.start_search(paths.search_index)  # starts once the first page has painted
    qtbot.waitUntil(lambda: window.search is not None, timeout=10_000)
    search = window.search
    assert search is not None
    statuses: list[str] = []
    search.status_changed.connect(statuses.append)

    qtbot.waitUntil(lambda: not search.indexing, timeout=180_000)
    assert statuses[-1] == "Index de recherche à jour."
    assert f"Indexation pour la recherche : {COUNT} sur {COUNT} briefings…" in statuses
    assert window.statusBar().currentMessage() == "Index de recherche à jour."

    panel = window.search_panel
    type_text(panel.field, "zéphyr")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    hits = [panel.model.index(row).data(HIT_ROLE) for row in range(panel.model.rowCount())]
    assert [(hit.briefing, hit.section) for hit in hits] == [(f"note-{KNOWN:04d}", "partie-2718")]
    window.close()
