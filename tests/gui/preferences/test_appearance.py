"""The reading preferences in the window: each theme's colours are the ones the widgets
and the page use, a choice in the dialog shows at once, Annuler undoes it and OK keeps
it for the next start; the font, its size, the spacing and the width reach the page;
« Système » follows the desktop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.core.themes import DARK, SEPIA, SYSTEM, THEMES, themes
from briefing_app.gui.preferences import appearance as appearance_module
from briefing_app.gui.preferences.appearance import Appearance
from briefing_app.gui.preferences.dialog import PreferencesDialog
from tests.gui.conftest import MakeWindow

ROLES = QPalette.ColorRole


def shown_colours(window: object) -> dict[str, str]:
    """The colours the window and its reader are painted with now."""
    palette = QGuiApplication.palette()
    reader = window.reader  # type: ignore[attr-defined]
    return {
        "window": palette.color(ROLES.Window).name(),
        "window_text": palette.color(ROLES.WindowText).name(),
        "base": palette.color(ROLES.Base).name(),
        "text": palette.color(ROLES.Text).name(),
        "highlight": palette.color(ROLES.Highlight).name(),
        "highlighted_text": palette.color(ROLES.HighlightedText).name(),
        "background": reader.palette().color(ROLES.Base).name(),
    }


@pytest.mark.parametrize("key", THEMES)
def test_each_theme_colours_the_widgets_and_the_page_with_its_own(
    make_window: MakeWindow, key: str
) -> None:
    window = make_window()
    window.open_briefing("long")
    assert window.reader.find_text("données") > 1
    window.apply_appearance(Appearance(theme=key))
    theme = themes()[key]
    assert shown_colours(window) == {role: theme.colour(role) for role in shown_colours(window)}
    css = window.reader.document().defaultStyleSheet()
    for role in ("text", "heading", "link", "meta"):
        assert theme.colour(role) in css
    selections = window.reader.extraSelections()  # the matches stay, in the theme's colours
    assert len(selections) == window.reader.match_count() > 1
    backgrounds = {s.format.background().color().name() for s in selections}
    assert backgrounds == {theme.colour("find"), theme.colour("find_current")}
    assert {s.format.foreground().color().name() for s in selections} == {theme.colour("mark_text")}


def test_a_choice_shows_at_once_cancel_undoes_it_and_ok_keeps_it(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.open_briefing("long")
    before = shown_colours(window)
    dialog = PreferencesDialog(window.settings, window.appearance, window)
    qtbot.addWidget(dialog)
    dialog.appearance_changed.connect(window.apply_appearance)
    dialog.reading.theme_choice.setCurrentIndex(dialog.reading.theme_choice.findData(DARK))
    assert shown_colours(window)["background"] == themes()[DARK].colour("background")
    dialog.reject()
    window.apply_appearance(Appearance())  # what the window does on Annuler
    assert shown_colours(window) == before
    monkeypatch.setattr(PreferencesDialog, "exec", _choose_sepia_sans_large)
    window.preferences_action.trigger()
    assert window.appearance == Appearance(
        theme=SEPIA, font="sans", size=15.0, line_spacing=180, width=55
    )
    assert shown_colours(window)["background"] == themes()[SEPIA].colour("background")
    font = window.reader.document().defaultFont()
    assert QFontInfo(font).family() == appearance_module.installed_family(appearance_module.SANS)
    assert font.pointSizeF() == pytest.approx(15.0)
    assert "line-height: 180%" in window.reader.document().defaultStyleSheet()
    assert Appearance.read(window.settings) == window.appearance  # kept for the next start
    again = make_window()
    assert again.appearance == window.appearance


def _choose_sepia_sans_large(dialog: PreferencesDialog) -> int:
    box = dialog.reading
    for combo, value in (
        (box.theme_choice, SEPIA),
        (box.font_choice, "sans"),
        (box.size_choice, 15.0),
        (box.spacing_choice, 180),
        (box.width_choice, 55),
    ):
        combo.setCurrentIndex(combo.findData(value))
    dialog.accept()
    return 1


def test_a_narrower_column_holds_fewer_characters(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1800, 1000)  # a wide screen's window: the text has room to spare
    qtbot.waitUntil(lambda: window.reader.viewport().width() > 900)
    window.open_briefing("long")
    margins = []
    for width in (55, 100):
        window.apply_appearance(Appearance(width=width))
        margins.append(window.reader.document().rootFrame().frameFormat().leftMargin())
    assert margins[0] > margins[1]  # 55 characters: more room left on each side


def test_system_follows_the_desktops_colour_scheme(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    monkeypatch.setattr("briefing_app.gui.window.looks.desktop_is_dark", lambda: False)
    window.apply_appearance(Appearance(theme=SYSTEM))
    assert shown_colours(window)["window"] == themes()["clair"].colour("window")
    monkeypatch.setattr("briefing_app.gui.window.looks.desktop_is_dark", lambda: True)
    window._on_color_scheme_changed(object())  # the desktop went dark
    assert shown_colours(window)["window"] == themes()[DARK].colour("window")
    window.apply_appearance(Appearance())
    assert QApplication.palette().color(ROLES.Window).name() == themes()["clair"].colour("window")
