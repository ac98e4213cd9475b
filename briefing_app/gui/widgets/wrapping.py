"""Rows as tall as their wrapped text in a tree view: Qt's own delegate measures a row's
text on one line, so a long title was cut with "…" instead of going to the next line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_TALL = 100_000  # pixels: room enough for any number of lines


class WrappingDelegate(QStyledItemDelegate):
    """Measures each row at the width its column gives it (less its indentation); the
    view must wrap words (``setWordWrap(True)``) and lay its rows out again when its
    width changes (``TocPanel.resizeEvent``)."""

    def __init__(self, view: QTreeView) -> None:
        """The delegate of ``view``'s items."""
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The size of the row's text wrapped at its column's width."""
        depth = 0 if self._view.rootIsDecorated() else -1
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self._view.columnWidth(index.column()) - self._view.indentation() * max(depth, 0)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(width, 1), _TALL)
        return super().sizeHint(measured, index)
