"""The distribution folder (Édition › Préférences › Dossier de diffusion): packs found
there at start or arriving later (a watcher, not a loop) are offered in a banner that does
not stop the reading; « Plus tard » is remembered; a pack named on the command line is
offered once the library is loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from briefing_app.core.session import Session
from briefing_app.gui.app import build_window
from briefing_app.gui.preferences.dialog import DISTRIBUTION_FOLDER, PreferencesDialog
from tests.gui.bookmarks.helpers import loaded
from tests.gui.conftest import MakeWindow
from tests.gui.packs.helpers import dialog_text, install_and_wait, trusted_key
from tests.packs import make_pack


def test_packs_arriving_in_the_distribution_folder_are_offered(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "clé USB"
    folder.mkdir()
    window = loaded(qtbot, make_window)
    key = trusted_key(tmp_path, window.session.paths.data)
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"

    def choose(dialog: PreferencesDialog) -> int:
        dialog.folder_edit.setText(str(folder))
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.preferences_action.trigger()
    assert window.settings.value(DISTRIBUTION_FOLDER) == str(folder)
    assert window.packs is not None
    banner = window.packs.banner
    assert banner.isHidden()  # nothing there yet
    made = make_pack(tmp_path, key, 1, {"voirie": "Voirie"}, pack_id="voirie")
    shutil.copy(made, folder / made.name)  # the staff drop a pack on the key
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert (
        banner.label.text()
        == "Nouveau dans le dossier de diffusion : « Paquet voirie » (version 1, nouveau paquet)."
    )
    banner.review_button.click()
    qtbot.waitUntil(lambda: window.packs is not None and window.packs.dialog is not None)
    dialog = window.packs.dialog
    assert dialog is not None
    assert "Nouveau paquet, version 1." in dialog_text(dialog)
    install_and_wait(qtbot, window, dialog)
    assert window.library.get("voirie") is not None
    newer = make_pack(tmp_path, key, 2, {"voirie": "Voirie 2"}, pack_id="voirie")
    shutil.copy(newer, folder / newer.name)
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert "« Paquet voirie » (version 2 ; vous avez la version 1)" in banner.label.text()
    banner.later_button.click()  # put off: not offered again
    assert banner.isHidden()
    window.close()
    again = loaded(qtbot, make_window)
    assert again.packs is not None  # a distribution folder is set: looked into at start
    packs = again.packs
    qtbot.waitUntil(lambda: [p.version for p in packs.waiting] == [2])  # newer, still there
    assert packs.banner.isHidden()  # but put off


def test_a_pack_named_on_the_command_line_is_offered_once_loaded(
    qtbot: QtBot, library_folder: Path, data_dir: Path, tmp_path: Path
) -> None:
    session = Session.start([library_folder], data_dir)
    pack = make_pack(tmp_path, trusted_key(tmp_path, session.paths.data), 1, {"neuf": "Neuf"})
    window = build_window(session)
    qtbot.addWidget(window)
    window.import_files([str(pack)])  # as run_window does, before the window shows
    assert window.packs is None  # nothing examined before the first paint
    window.show()
    qtbot.waitUntil(lambda: window.packs is not None and window.packs.dialog is not None)
    dialog = window.packs.dialog  # type: ignore[union-attr]
    assert dialog is not None
    assert "Nouveaux briefings (1) :</b> Neuf" in dialog_text(dialog)
    dialog.reject()
    window.close()
