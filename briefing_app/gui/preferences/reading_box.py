"""The « Lecture » box of the preferences: theme, reading font, text size, line spacing
and column width, each a list to choose from; every choice is told at once
(``changed``), for the window to show it while the dialog is open.

Signals:
    changed(object): the appearance now chosen (a ``preferences.appearance.Appearance``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from briefing_app.core.themes import DARK, LIGHT, LINE_SPACINGS, SEPIA, SYSTEM
from briefing_app.gui.preferences.appearance import (
    SANS,
    SANS_KIND,
    SERIF_KIND,
    SIZES,
    WIDTHS,
    Appearance,
    installed_family,
)
from briefing_app.printing.pagetext import SERIF


class ReadingBox(QGroupBox):
    """The reading choices, as ``appearance`` has them at first."""

    changed = Signal(object)

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        """Show the choices, ``appearance``'s selected."""
        super().__init__(self.tr("Lecture"), parent)
        self.appearance = appearance
        serif = self.tr("Avec empattements (%1)").replace("%1", installed_family(SERIF))
        sans = self.tr("Sans empattements (%1)").replace("%1", installed_family(SANS))
        sizes = [self.tr("Petite"), self.tr("Normale"), self.tr("Moyenne")]
        sizes += [self.tr("Grande"), self.tr("Très grande"), self.tr("Immense")]
        spacings = [self.tr("Serré"), self.tr("Normal"), self.tr("Aéré"), self.tr("Très aéré")]
        widths = [self.tr("Étroite"), self.tr("Normale"), self.tr("Large"), self.tr("Très large")]
        signs = self.tr("%1 signes")
        self.theme_choice = self._combo(
            [
                (self.tr("Clair"), LIGHT),
                (self.tr("Sépia"), SEPIA),
                (self.tr("Sombre"), DARK),
                (self.tr("Système (suit le bureau)"), SYSTEM),
            ],
            appearance.theme,
        )
        self.font_choice = self._combo([(serif, SERIF_KIND), (sans, SANS_KIND)], appearance.font)
        self.size_choice = self._combo(list(zip(sizes, SIZES, strict=True)), appearance.size)
        self.spacing_choice = self._combo(
            list(zip(spacings, LINE_SPACINGS, strict=True)), appearance.line_spacing
        )
        self.width_choice = self._combo(
            [
                (f"{name} ({signs.replace('%1', str(chars))})", chars)
                for name, chars in zip(widths, WIDTHS, strict=True)
            ],
            appearance.width,
        )
        form = QFormLayout(self)
        for combo, text, name in (
            (self.theme_choice, self.tr("&Thème :"), self.tr("Thème")),
            (self.font_choice, self.tr("&Police :"), self.tr("Police de lecture")),
            (self.size_choice, self.tr("T&aille du texte :"), self.tr("Taille du texte")),
            (self.spacing_choice, self.tr("&Interligne :"), self.tr("Interligne")),
            (self.width_choice, self.tr("&Largeur de la colonne :"), self.tr("Largeur")),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            form.addRow(label, combo)
            combo.currentIndexChanged.connect(self._on_choice_changed)

    def _combo(self, choices: list[tuple[str, object]], current: object) -> QComboBox:
        combo = QComboBox(self)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def chosen(self) -> Appearance:
        """The appearance the choices make."""
        return self.appearance.but(
            theme=self.theme_choice.currentData(),
            font=self.font_choice.currentData(),
            size=float(self.size_choice.currentData()),
            line_spacing=int(self.spacing_choice.currentData()),
            width=int(self.width_choice.currentData()),
        )

    @Slot(int)
    def _on_choice_changed(self, _index: int) -> None:
        self.changed.emit(self.chosen())
