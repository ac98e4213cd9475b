"""Driving imports in a window: a loaded window whose search is up, packs made and
trusted for it, and the import dialog answered."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from briefing_app.core.packs.keys import trust, user_keys_dir
from briefing_app.gui.packs.import_dialog import ImportDialog
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.bookmarks.helpers import loaded
from tests.gui.conftest import MakeWindow
from tests.packs import make_key


def searching_window(qtbot: QtBot, make_window: MakeWindow, data_dir: Path) -> MainWindow:
    """A window whose bookmarks are loaded and whose search index is up to date."""
    window = loaded(qtbot, make_window)
    window.start_search(data_dir / "cache" / "search")
    qtbot.waitUntil(lambda: window.search is not None and not window.search.indexing, timeout=20000)
    return window


def trusted_key(tmp_path: Path, data: Path) -> Path:
    """A test key, trusted by the user of the data folder ``data`` (as ``pack trust``
    does)."""
    key = make_key(tmp_path / "keys")
    trust(user_keys_dir(data), key.with_name("test.key.pub"))
    return key


def import_dialog(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportDialog:
    """Offer ``paths`` as Fichier › Importer… does; the dialog, once shown."""
    window.import_files([str(path) for path in paths])
    qtbot.waitUntil(lambda: window.packs is not None and window.packs.dialog is not None)
    assert window.packs is not None
    dialog = window.packs.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def install_and_wait(qtbot: QtBot, window: MainWindow, dialog: ImportDialog) -> None:
    """Click « Installer » and wait until the library is loaded again and indexed."""
    assert dialog.install_button.isEnabled()
    dialog.install_button.click()
    packs = window.packs
    assert packs is not None
    qtbot.waitUntil(lambda: not packs.busy, timeout=20000)
    qtbot.waitUntil(lambda: not window.loading, timeout=20000)
    search = window.search
    if search is not None:
        qtbot.waitUntil(lambda: not search.indexing, timeout=20000)


def dialog_text(dialog: ImportDialog) -> str:
    """Every label of the dialog, one per line."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))
