"""Bibliothèque › Paquets installés: the packs in use, and removing one.

Signals (InstalledPacksDialog):
    remove_requested(str): the user confirmed the removal of this pack (its id).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.packs.installed import InstalledPack
from briefing_app.printing.pagetext import display_date

ID_COLUMN = 0


class InstalledPacksDialog(QDialog):
    """A non-modal list of the installed packs (see module docstring for signals)."""

    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the list, empty until ``set_packs``."""
        super().__init__(parent)
        self.setObjectName("packs_dialog")
        self.setWindowTitle(self.tr("Paquets installés"))
        self.setModal(False)
        self.resize(820, 320)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Paquets installés"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Paquet"),
                self.tr("Éditeur"),
                self.tr("Vérifié"),
                self.tr("Version"),
                self.tr("Date"),
                self.tr("Briefings"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(6):  # the titles take the room left, the rest what they need
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column < 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.remove_button = QPushButton(self.tr("&Retirer…"), self)
        self.remove_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._packs: dict[str, InstalledPack] = {}
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def set_packs(self, packs: Sequence[InstalledPack]) -> None:
        """Show ``packs`` (newest first, as given)."""
        self._packs = {pack.id: pack for pack in packs}
        self.list.clear()
        for pack in packs:
            verified = self.tr("oui") if pack.verified else self.tr("non vérifié")
            item = QTreeWidgetItem(
                [
                    pack.title,
                    pack.publisher,
                    verified,
                    str(pack.version),
                    display_date(pack.date) if pack.date else "",
                    str(len(pack.briefings)),
                ]
            )
            item.setData(ID_COLUMN, Qt.ItemDataRole.UserRole, pack.id)
            item.setToolTip(0, f"{pack.title} ({pack.id})")
            self.list.addTopLevelItem(item)
        self.intro.setText(
            self.tr("Aucun paquet n’est installé. Fichier › Importer… en ajoute un.")
            if not packs
            else self.tr(
                "Les briefings reçus en paquets. Retirer un paquet ôte ses briefings de la "
                "bibliothèque ; vos signets sur eux restent, marqués « à revoir »."
            )
        )
        self._on_list_selection_changed()

    def selected(self) -> InstalledPack | None:
        """The pack selected, if any."""
        items = self.list.selectedItems()
        return (
            self._packs.get(str(items[0].data(ID_COLUMN, Qt.ItemDataRole.UserRole)))
            if items
            else None
        )

    @Slot()
    def _on_list_selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    @Slot()
    def _on_remove_clicked(self) -> None:
        pack = self.selected()
        if pack is None:
            return
        question = self.tr(
            "Retirer « %1 » ? Ses %2 briefing(s) quittent la bibliothèque ; vos signets sur "
            "eux restent, marqués « à revoir »."
        )
        question = question.replace("%1", pack.title).replace("%2", str(len(pack.briefings)))
        answer = QMessageBox.question(self, self.tr("Retirer un paquet"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_requested.emit(pack.id)
