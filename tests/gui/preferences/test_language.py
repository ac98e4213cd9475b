"""The interface language: the window's menus, panels and dialogs in English once it
is chosen, the choice remembered in the preferences, and the command line speaking it
too (its messages come from core, through the same translation file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.cli import run
from briefing_app.core.messages import ENGLISH, FRENCH, current_language, set_language
from briefing_app.gui.app import speak
from briefing_app.gui.preferences.dialog import PreferencesDialog
from briefing_app.gui.preferences.language import LANGUAGE, language_choice
from tests.gui.conftest import MakeWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The application speaking English for one test, then French again."""
    translator = speak(qapp, ENGLISH)
    assert translator is not None  # make built resources/translations/briefings_en.qm
    yield
    qapp.removeTranslator(translator)
    set_language(FRENCH)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def test_the_window_speaks_english(english: None, make_window: MakeWindow) -> None:
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Go", "&Library", "&Bookmarks", "&Help"]
    assert window.library_dock.windowTitle() == "Library"
    header = window.library_panel.view.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Title"
    assert window.reading_mode_action.text() == "&Reading mode"
    assert window.search_panel.field.placeholderText() == "Search all briefings"
    assert "Examples:" in window.search_panel.help.text()
    examples = [query for query, _ in window.search_panel.help.examples()]
    assert "RGPD OR Belot" in examples  # the operators in English (the search knows both)
    assert "title:RGPD" in examples
    window.open_briefing("ancien")
    assert "July 2015" in window.reader.toPlainText()  # dates in English too


def test_french_is_spoken_when_nothing_is_chosen(make_window: MakeWindow) -> None:
    window = make_window()
    assert current_language() == FRENCH
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Affichage"]


def test_english_chosen_is_remembered_and_the_command_line_speaks_it(
    make_window: MakeWindow, qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_window()
    dialog = PreferencesDialog(window.settings, window.appearance, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData(ENGLISH))
    assert dialog.language_changed()
    dialog.accept()
    window.settings.sync()
    assert window.settings.value(LANGUAGE) == ENGLISH
    assert language_choice(window.settings) == ENGLISH
    try:
        assert run(["--data-dir", str(data_dir), "nowhere.briefings"]) == 2
        said = capsys.readouterr().err.strip()
        assert said.startswith("briefing-app: ")
        assert said.endswith("nowhere.briefings: file not found")
    finally:
        set_language(FRENCH)
