"""How the window looks: the reading theme on every widget and on the page, the reading
font, its size, the line spacing and the column's width, and the desktop's colour
scheme followed when the theme is « Système »; Édition › Préférences, which chooses
them (shown at once), the interface language (the window offers to start again in it)
and the distribution folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication

from briefing_app.core.themes import SYSTEM, reader_stylesheet, reader_template, theme_for
from briefing_app.gui.preferences.appearance import (
    Appearance,
    desktop_is_dark,
    palette_for,
    set_current_theme,
)
from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from briefing_app.gui.packs.controller import PacksController
    from briefing_app.gui.reader.toc_panel import TocPanel
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.search.panel import SearchPanel


class LooksPart(WindowPart):
    """The look of ``MainWindow`` (see module docstring)."""

    if TYPE_CHECKING:  # provided by MainWindow
        reader: Reader
        toc: TocPanel
        settings: QSettings
        _search_panel: SearchPanel | None

        def load_packs(self) -> PacksController: ...

    appearance: Appearance

    def apply_appearance(self, appearance: Appearance) -> None:
        """Look as ``appearance`` says, at once: the theme's palette on every widget, its
        colours and the reading font, size, spacing and width on the page shown."""
        # (the desktop is asked only for « Système »: its answer, a Qt.ColorScheme, would
        # build PySide's Qt namespace, 30 ms, before the first paint)
        theme = theme_for(appearance.theme, appearance.theme == SYSTEM and desktop_is_dark())
        set_current_theme(theme)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.setPalette(palette_for(theme))
        self.appearance = appearance
        self.reader.set_look(
            reader_stylesheet(reader_template(), theme, appearance.line_spacing),
            theme.colour("background"),
            (appearance.families(), appearance.size, appearance.width),
            (theme.colour("find"), theme.colour("find_current"), theme.colour("mark_text")),
        )
        self.toc.refresh_marks()
        if self._search_panel is not None:
            self._search_panel.update()

    def follow_desktop(self) -> None:
        """Follow the desktop's colour scheme as it changes (for the theme « Système »)."""
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    @Slot(object)
    def _on_color_scheme_changed(self, _scheme: object) -> None:
        if self.appearance.theme == SYSTEM:
            self.apply_appearance(self.appearance)

    @Slot()
    def _on_preferences_triggered(self) -> None:
        from briefing_app.gui.preferences.dialog import PreferencesDialog, distribution_folder

        before = self.appearance
        dialog = PreferencesDialog(self.settings, before, self)
        dialog.appearance_changed.connect(self.apply_appearance)
        if dialog.exec():
            self.load_packs().watch(distribution_folder(self.settings))
            if dialog.language_changed():
                self._offer_restart()
        else:
            self.apply_appearance(before)  # what was shown while choosing is undone
        dialog.deleteLater()

    def _offer_restart(self) -> None:
        """Offer to start again now, in the language just chosen."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Langue de l’interface"),
            self.tr(
                "La nouvelle langue s’appliquera au prochain démarrage. "
                "Redémarrer Briefings maintenant ?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and start_again():
            self.close()


def start_again() -> bool:
    """Start the program again as it was started (a new process); whether it started."""
    import sys

    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):  # the built program: its own file
        return bool(QProcess.startDetached(sys.executable, sys.argv[1:])[0])
    return bool(QProcess.startDetached(sys.executable, sys.argv)[0])
