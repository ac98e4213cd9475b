"""Receiving briefings in the window: Fichier › Importer… and drops, the import dialog
(publisher verified or not, new / updated / unchanged), an install off the GUI thread
after which the new briefings are listed « Nouveau », searchable and marked with their
pack, bad packs refused in French with nothing written, and a document of one's own."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from briefing_app.core.packs.installed import packs_dir
from briefing_app.gui.library.model import NEW
from briefing_app.gui.search.panel import HIT_ROLE
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text
from tests.gui.packs.helpers import (
    dialog_text,
    import_dialog,
    install_and_wait,
    searching_window,
    trusted_key,
)
from tests.packs import BAD_PACKS, make_key, make_pack

BODY = "## Ordre du jour\n\nLa tarification solidaire des cantines scolaires.\n"


def found_briefings(window: MainWindow) -> set[str]:
    """The briefings of the search results shown."""
    model = window.search_panel.model
    return {model.index(row).data(HIT_ROLE).briefing for row in range(model.rowCount())}


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag ``paths`` over the window and drop them; whether the drag was accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPoint(window.width() // 2, window.height() // 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(point, Qt.DropAction.CopyAction, data, buttons, keys))
    return True


def test_a_verified_pack_is_imported_from_the_file_menu_and_found_by_search(
    qtbot: QtBot,
    make_window: MakeWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = searching_window(qtbot, make_window, data_dir)
    key = trusted_key(tmp_path, window.session.paths.data)
    pack = make_pack(
        tmp_path,
        key,
        1,
        {"cantines": "Cantines scolaires", "voirie": "Voirie"},
        bodies={"cantines": BODY},
    )
    assert window.import_action.shortcut().toString() == "Ctrl+O"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(pack)], ""))
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.packs is not None and window.packs.dialog is not None)
    assert window.packs is not None
    dialog = window.packs.dialog
    assert dialog is not None
    text = dialog_text(dialog)
    assert "✔ Éditeur vérifié : Éditeur de test" in text
    assert "Nouveau paquet, version 1." in text
    assert "Nouveaux briefings (2) :</b> Cantines scolaires, Voirie" in text
    assert [check.text() for _offer, check in dialog.boxes] == ["Installer ce paquet"]
    install_and_wait(qtbot, window, dialog)
    assert said[0] == "Vérification de 1 fichier(s)…"
    assert "Installation de « Paquet essai » : 2 / 2 fichiers…" in said
    assert "1 importation(s) terminée(s)." in said
    assert "Mise à jour de la bibliothèque…" in said
    model = window.library_panel.model
    assert model.status("cantines") == NEW
    row = model.row_of("cantines")
    assert model.index(row, model.READING).data() == "Nouveau"
    assert model.index(row, model.SOURCE).data() == "Paquet essai"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("\nSource : Paquet essai")
    header = window.library_panel.view.header()
    assert header.isSectionHidden(model.SOURCE)  # the list is narrow: a right click shows it
    source_action = window.library_panel.column_actions[-1]
    assert (source_action.text(), source_action.isChecked()) == ("Source", False)
    source_action.trigger()
    assert not header.isSectionHidden(model.SOURCE)
    assert window.library_panel.choice_box.findText("Paquet essai") >= 0
    panel = window.search_panel
    type_text(panel.field, "tarification cantines")
    qtbot.waitUntil(lambda: "cantines" in found_briefings(window), timeout=10000)
    window.library_panel.choice_box.setCurrentIndex(1)  # « Nouveaux et mis à jour »
    proxy = window.library_panel.proxy
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == {"Cantines scolaires", "Voirie"}


def test_an_unverified_pack_needs_the_warning_ticked_and_cancel_writes_nothing(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = searching_window(qtbot, make_window, data_dir)
    pack = make_pack(tmp_path, make_key(tmp_path / "inconnue"), 1, {"autre": "Autre"})
    assert drop(window, [pack])
    dialog = import_dialog(qtbot, window, [])
    assert "⚠ Éditeur non vérifié" in dialog_text(dialog)
    assert "clé qui n’est pas parmi les éditeurs de confiance" in dialog_text(dialog)
    ((_offer, check),) = dialog.boxes
    assert check.text() == "Installer quand même ce paquet non vérifié"
    assert not check.isChecked()
    assert not dialog.install_button.isEnabled()
    check.setChecked(True)
    assert dialog.install_button.isEnabled()
    dialog.reject()  # « Annuler »
    qtbot.waitUntil(lambda: window.packs is not None and not window.packs.busy)
    assert not packs_dir(window.session.paths.data).exists()
    again = import_dialog(qtbot, window, [pack])
    again.boxes[0][1].setChecked(True)
    install_and_wait(qtbot, window, again)
    model = window.library_panel.model
    assert model.index(model.row_of("autre"), model.SOURCE).data() == "Paquet essai (non vérifié)"
    assert window.open_briefing("autre")
    assert "paquet « Paquet essai », non vérifié" in window.reader.toPlainText()


def test_bad_packs_are_refused_in_french_and_nothing_is_written(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, bad_packs: dict[str, Path]
) -> None:
    window = searching_window(qtbot, make_window, data_dir)
    kinds = sorted(BAD_PACKS)
    dialog = import_dialog(qtbot, window, [bad_packs[kind] for kind in kinds])
    refusals = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.text().startswith("Refusé : ")
    ]
    assert len(refusals) == len(kinds)
    for kind, refusal in zip(kinds, refusals, strict=True):
        assert BAD_PACKS[kind][1] in html.unescape(refusal), kind
    assert dialog.boxes == []
    assert not dialog.install_button.isEnabled()
    dialog.reject()
    assert not packs_dir(window.session.paths.data).exists()


def test_a_document_of_ones_own_joins_my_documents(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = searching_window(qtbot, make_window, data_dir)
    note = tmp_path / "Préparation du conseil.md"
    note.write_text("# Préparation du conseil\n\nPoints à soulever.\n", encoding="utf-8")
    notes_txt = tmp_path / "liste.txt"
    notes_txt.write_text("rien", encoding="utf-8")
    assert not drop(window, [notes_txt])  # not something an import takes
    assert drop(window, [note])
    dialog = import_dialog(qtbot, window, [])
    assert "Votre document « Préparation du conseil » rejoindra « Mes documents »." in dialog_text(
        dialog
    )
    install_and_wait(qtbot, window, dialog)
    model = window.library_panel.model
    row = model.row_of("preparation-du-conseil")
    assert model.index(row, model.SOURCE).data() == "Mes documents"
    assert model.status("preparation-du-conseil") == NEW
