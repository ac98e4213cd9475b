"""A flat table model whose columns have fixed titles (the library, the bookmarks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from briefing_app.gui.startup import DISPLAY_ROLE, HORIZONTAL

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

_Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """Rows without children; one column per title in ``headers`` (set by subclasses,
    translated in their own context)."""

    headers: tuple[str, ...] = ()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """One column per title (none under an item: the model is flat)."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> object:
        """Column titles (what screen readers announce; see ``label_header``)."""
        horizontal = orientation.value == HORIZONTAL
        if horizontal and role == DISPLAY_ROLE and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


def label_header(header: QHeaderView, titles: Sequence[str]) -> None:
    """Show ``titles`` on ``header`` from a model of Qt's own.

    A header asks its model for titles with a ``Qt.Orientation``: asked of a Python
    model, that builds the whole ``Qt`` namespace before the first paint (see
    gui.startup). Call it after the view's ``setModel``, which resets the header's model.
    """
    labels = QStandardItemModel(0, len(titles), header)
    labels.setHorizontalHeaderLabels(list(titles))
    header.setModel(labels)
