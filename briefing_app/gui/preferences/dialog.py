"""Édition › Préférences: the settings a user changes.

- « Lecture » (``reading_box``): theme, reading font, size, line spacing, column width,
  shown at once as they are chosen (``appearance_changed``), kept on OK, undone on
  Annuler.
- « Langue de l'interface »: Français, English, or the system's; it takes effect at the
  next start (the window offers to start again at once).
- « Dossier de diffusion »: a shared or USB folder where the staff leave packs; the
  window watches it and offers what arrives there.

Signals:
    appearance_changed(object): the appearance chosen, while the dialog is open.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.messages import ENGLISH, FRENCH, SYSTEM
from briefing_app.gui.preferences.appearance import Appearance
from briefing_app.gui.preferences.language import LANGUAGE, language_choice
from briefing_app.gui.preferences.reading_box import ReadingBox

DISTRIBUTION_FOLDER = "packs/distribution_folder"  # settings key: a folder, or ""


def distribution_folder(settings: QSettings) -> str:
    """The distribution folder the user chose ("" for none)."""
    value = settings.value(DISTRIBUTION_FOLDER, "")
    return value if isinstance(value, str) else ""


class PreferencesDialog(QDialog):
    """The preferences, read from and written to ``settings`` (on OK)."""

    appearance_changed = Signal(object)

    def __init__(
        self, settings: QSettings, appearance: Appearance, parent: QWidget | None = None
    ) -> None:
        """Show the preferences as ``settings`` and ``appearance`` have them."""
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Préférences"))
        self.settings = settings
        self.reading = ReadingBox(appearance, self)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Langue de l’interface"))
        for text, value in (
            ("Français", FRENCH),
            ("English", ENGLISH),
            (self.tr("Celle du système"), SYSTEM),
        ):
            self.language.addItem(text, value)
        self._language_before = language_choice(settings)
        self.language.setCurrentIndex(self.language.findData(self._language_before))
        self.folder_edit = QLineEdit(distribution_folder(settings), self)
        self.folder_edit.setPlaceholderText(self.tr("Aucun"))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setAccessibleName(self.tr("Dossier de diffusion"))
        choose = QPushButton(self.tr("&Choisir…"), self)
        choose.setAccessibleName(self.tr("Choisir le dossier de diffusion"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.reading)
        layout.addLayout(self._form(choose))
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        layout.addWidget(buttons)
        self.reading.changed.connect(self.appearance_changed)
        choose.clicked.connect(self._on_choose_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _form(self, choose: QPushButton) -> QFormLayout:
        form = QFormLayout()
        language = QLabel(self.tr("Lan&gue de l’interface :"), self)
        language.setBuddy(self.language)
        form.addRow(language, self.language)
        later = QLabel(self.tr("Une autre langue s’applique au prochain démarrage."), self)
        later.setWordWrap(True)
        form.addRow(later)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        folder = QLabel(self.tr("&Dossier de diffusion :"), self)
        folder.setBuddy(self.folder_edit)
        form.addRow(folder, row)
        help_text = QLabel(
            self.tr(
                "Un dossier partagé ou une clé USB où vos services déposent les paquets de "
                "briefings (.briefings). Les nouveautés qui y arrivent vous sont proposées ; "
                "rien n’est installé sans votre accord."
            ),
            self,
        )
        help_text.setWordWrap(True)
        form.addRow(help_text)
        return form

    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de diffusion"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def language_changed(self) -> bool:
        """Whether another interface language is chosen than the one in force."""
        return bool(self.language.currentData() != self._language_before)

    def accept(self) -> None:
        """Remember the preferences, then close."""
        self.reading.chosen().write(self.settings)
        self.settings.setValue(LANGUAGE, self.language.currentData())
        self.settings.setValue(DISTRIBUTION_FOLDER, self.folder_edit.text().strip())
        super().accept()
