"""An updated pack in the window: the dialog says what it updates, the briefing on screen
comes back in its new version with « Voir les changements »: added text highlighted,
removed text struck through, a bar that steps through them, « Marquer comme lu »; the
bookmarks follow the text; removing the pack keeps them, « à revoir »."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.model import ANCHORED, DETACHED, READ, UPDATED
from briefing_app.gui.preferences.appearance import current_theme
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.bookmarks.helpers import bookmark_passage, store_of
from tests.gui.conftest import MakeWindow
from tests.gui.packs.helpers import (
    dialog_text,
    import_dialog,
    install_and_wait,
    searching_window,
    trusted_key,
)
from tests.packs import make_pack

BEFORE = (
    "## Contexte\n\nLes villes publient leurs données. La loi impose l’ouverture par défaut.\n\n"
    "## Financement\n\nLe fonds finance les projets numériques. Chaque ville dépose un "
    "dossier avant juin.\n"
)
AFTER = (
    "## Contexte\n\nLes villes publient leurs données. Un décret précise les formats. La loi "
    "impose l’ouverture par défaut.\n\n"
    "## Financement\n\nLe fonds finance les projets numériques. Chaque ville dépose un "
    "dossier avant septembre.\n\n## Calendrier\n\nLes premiers versements arrivent en 2027.\n"
)
PASSAGE = "Le fonds finance les projets numériques."


def char_format_at(window: MainWindow, text: str) -> tuple[QColor, bool]:
    """The background and the strike-out of the page's text at the middle of ``text``."""
    plain = window.reader.toPlainText().replace("\u00a0", " ").replace("\u202f", " ")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(plain.index(text) + len(text) // 2)
    fmt = cursor.charFormat()
    return fmt.background().color(), fmt.fontStrikeOut()


@pytest.fixture
def updated(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> tuple[MainWindow, str]:
    """A window where « Alpha » of a pack was read and bookmarked, then updated by version
    2 of the pack, imported: the window, and the bookmark's id."""
    window = searching_window(qtbot, make_window, data_dir)
    key = trusted_key(tmp_path, window.session.paths.data)
    first = make_pack(
        tmp_path, key, 1, {"alpha": "Alpha", "beta": "Bêta"}, bodies={"alpha": BEFORE}
    )
    install_and_wait(qtbot, window, import_dialog(qtbot, window, [first]))
    assert window.open_briefing("alpha")
    window.reading.save()  # read whole (a short page)
    window.activateWindow()  # the import dialog had the keyboard
    qtbot.waitUntil(window.isActiveWindow)
    bookmark = bookmark_passage(qtbot, window, PASSAGE, "À citer au conseil")
    second = make_pack(
        tmp_path, key, 2, {"alpha": "Alpha", "beta": "Bêta"}, bodies={"alpha": AFTER}
    )
    dialog = import_dialog(qtbot, window, [second])
    text = dialog_text(dialog)
    assert "Mise à jour de la version 1 à la version 2." in text
    assert "Briefings mis à jour (1) :</b> Alpha" in text
    assert "Briefings inchangés (1) :</b> Bêta" in text
    install_and_wait(qtbot, window, dialog)
    qtbot.waitUntil(lambda: "avant septembre" in window.reader.toPlainText())
    return window, bookmark


def test_an_updated_briefing_shows_what_changed_and_can_be_marked_read(
    qtbot: QtBot, updated: tuple[MainWindow, str]
) -> None:
    window, _bookmark = updated
    assert window.current is not None
    assert window.current.id == "alpha"
    assert window.library_panel.model.status("alpha") == UPDATED
    bar = window.changes_bar
    assert bar.isVisible()
    assert bar.label.text() == "Ce briefing a été mis à jour depuis votre dernière lecture."
    assert window.changes_action.isEnabled()
    window.changes_action.trigger()  # Affichage › Voir les changements
    page = window.reader.toPlainText()
    assert "Un décret précise les formats." in page
    assert "dossier avant juin." in page  # removed, still shown
    assert "Les premiers versements arrivent en 2027." in page
    added = QColor(current_theme().colour("added"))  # the theme's
    assert char_format_at(window, "Un décret précise") == (added, False)
    assert char_format_at(window, "dossier avant juin")[1] is True  # struck through
    assert char_format_at(window, "dossier avant septembre")[0] == added
    assert char_format_at(window, "Le fonds finance")[0] != added  # context, unchanged
    assert bar.label.text() == "Changement 1 sur 3."
    assert not bar.previous_button.isEnabled()
    start = window.reader.verticalScrollBar().value()
    bar.next_button.click()
    bar.next_button.click()
    assert bar.label.text() == "Changement 3 sur 3."
    assert not bar.next_button.isEnabled()
    assert window.reader.verticalScrollBar().value() >= start
    assert not window.bookmark_action.isEnabled()  # passages are marked in the text
    window.reading.save()  # the changes page is no reading position
    assert window.library_panel.model.status("alpha") == UPDATED
    window.toc.section_requested.emit("financement")  # the contents: back to the text there
    assert "dossier avant septembre" in window.reader.toPlainText()
    assert window.reader.current_section() == "financement"
    window.changes_action.trigger()
    bar.back_button.click()
    assert "Un décret précise les formats." in window.reader.toPlainText()
    assert "avant juin" not in window.reader.toPlainText()
    assert window.bookmark_action.isEnabled()
    bar.read_button.click()  # « Marquer comme lu »
    assert window.library_panel.model.status("alpha") == READ
    assert bar.isHidden()
    assert not window.changes_action.isEnabled()
    window.open_briefing("beta")
    window.open_briefing("alpha")
    assert bar.isHidden()  # read in this version now


def test_bookmarks_follow_the_update_and_stay_when_the_pack_is_removed(
    qtbot: QtBot, updated: tuple[MainWindow, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, bookmark = updated
    placed = store_of(window).get(bookmark)
    assert placed is not None
    assert (placed.status, placed.note) == (ANCHORED, "À citer au conseil")
    assert placed.quote.exact == PASSAGE
    window.packs_action.trigger()  # Bibliothèque › Paquets installés…
    assert window.packs is not None
    dialog = window.packs.packs_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    item = dialog.list.topLevelItem(0)
    assert [item.text(c) for c in range(6)] == [
        "Paquet essai",
        "Éditeur de test",
        "oui",
        "2",
        item.text(4),
        "2",
    ]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.list.setCurrentItem(item)
    dialog.remove_button.click()
    assert "Retirer « Paquet essai » ? Ses 2 briefing(s) quittent la bibliothèque" in asked[0]
    qtbot.waitUntil(lambda: window.library.get("alpha") is None, timeout=20000)
    qtbot.waitUntil(lambda: not window.loading)
    assert dialog.list.topLevelItemCount() == 0
    kept = store_of(window).get(bookmark)
    assert kept is not None
    assert (kept.status, kept.note) == (DETACHED, "À citer au conseil")  # « à revoir »
    assert window.current is not None
    assert window.current.id != "alpha"
