"""Édition › Préférences: the settings a user changes, applied when the dialog is closed
with OK and remembered in the settings file.

Today: the distribution folder (« Dossier de diffusion »), a shared or USB folder where
the staff leave packs; the window watches it and offers what arrives there.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
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

DISTRIBUTION_FOLDER = "packs/distribution_folder"  # settings key: a folder, or ""


def distribution_folder(settings: QSettings) -> str:
    """The distribution folder the user chose ("" for none)."""
    value = settings.value(DISTRIBUTION_FOLDER, "")
    return value if isinstance(value, str) else ""


class PreferencesDialog(QDialog):
    """The preferences, read from and written to ``settings`` (on OK)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        """Show the preferences as ``settings`` has them."""
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Préférences"))
        self.resize(560, 200)
        self.settings = settings
        self.folder_edit = QLineEdit(distribution_folder(settings), self)
        self.folder_edit.setPlaceholderText(self.tr("Aucun"))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setAccessibleName(self.tr("Dossier de diffusion"))
        choose = QPushButton(self.tr("&Choisir…"), self)
        choose.setAccessibleName(self.tr("Choisir le dossier de diffusion"))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        help_text = QLabel(
            self.tr(
                "Un dossier partagé ou une clé USB où vos services déposent les paquets de "
                "briefings (.briefings). Les nouveautés qui y arrivent vous sont proposées ; "
                "rien n’est installé sans votre accord."
            ),
            self,
        )
        help_text.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Dossier de diffusion :"), self)
        label.setBuddy(self.folder_edit)
        form.addRow(label, row)
        form.addRow(help_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        choose.clicked.connect(self._on_choose_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @Slot()
    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de diffusion"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        """Remember the preferences, then close."""
        self.settings.setValue(DISTRIBUTION_FOLDER, self.folder_edit.text().strip())
        super().accept()
