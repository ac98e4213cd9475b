"""Aide › Raccourcis clavier (F1): every shortcut of the window, in a table a screen
reader reads row by row: the menus' own (as their actions say them, so the list is never
out of date), then the keys that work in a panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """The shortcuts of ``actions``, then those of the panels."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        """List ``actions``' shortcuts (their text without its « & »)."""
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        rows = [
            (_plain(action.text()), _keys(action.shortcuts(), self.tr(" ou ")))
            for action in actions
        ]
        rows += [
            (
                self.tr("Ouvrir l’élément choisi (briefing, section, résultat, signet)"),
                self.tr("Entrée"),
            ),
            (self.tr("Élément suivant, précédent dans un panneau"), self.tr("Tab, Maj+Tab")),
            (self.tr("Fermer la recherche dans la page"), self.tr("Échap")),
            (self.tr("Supprimer le signet choisi"), self.tr("Suppr")),
            (self.tr("Enregistrer la note d’un signet"), self.tr("Ctrl+Entrée")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Raccourcis clavier"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Raccourci")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            for column, text in enumerate((what, keys)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{what} : {keys}")
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists: (what it does, its keys)."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]


def _plain(text: str) -> str:
    """A menu item's text as read: no « & », no « … »."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _keys(sequences: Sequence[QKeySequence], between: str) -> str:
    """Shortcuts as the keyboard shows them (« Ctrl+K ou Ctrl+Maj+F »): those of an
    ordinary keyboard, not the keys some have besides (Undo, Find, Zoom In, F14...),
    which Qt's standard shortcuts add."""
    native = QKeySequence.SequenceFormat.NativeText
    ordinary = [sequence for sequence in sequences if _on_every_keyboard(sequence)]
    return between.join(sequence.toString(native) for sequence in ordinary or sequences)


def _on_every_keyboard(sequence: QKeySequence) -> bool:
    """Whether ``sequence``'s keys are on a usual keyboard: letters, digits, signs,
    and the keys up to F12 (arrows, Échap, Suppr...)."""
    last_usual = Qt.Key.Key_F12.value
    keys = [sequence[i] for i in range(sequence.count())]  # type: ignore[index]  # (stubs)
    return all(combination.key().value <= last_usual for combination in keys)
