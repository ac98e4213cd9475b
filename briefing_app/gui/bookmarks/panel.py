"""The bookmarks dock: bookmarks grouped by briefing, with note previews and a filter
(the rows: ``gui.bookmarks.model``).

Signals (BookmarksPanel):
    bookmark_activated(str): jump to a bookmark (its id): Enter or a double click.
    edit_requested(str): edit a bookmark's note (its id).
    delete_requested(list): delete bookmarks (their ids): the Suppr key or the button.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.bookmarks.model import Bookmark
from briefing_app.gui.bookmarks.model import BookmarksModel


class BookmarksPanel(QWidget):
    """Filter box, grouped list and buttons (see module docstring for signals)."""

    bookmark_activated = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty panel."""
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self.model = BookmarksModel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filtrer les signets…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrer les signets"))
        self.filter_edit.setClearButtonEnabled(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        # A table, not a tree: it asks the model only about the rows it paints, where a
        # tree view lays out every row first (300 ms of Python calls for 10,000 rows).
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Signets"))
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Quote and note share the dock's width, whatever it is: no sideways scrolling; a
        # cut text ends in "…" and reads whole in its tooltip.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.go_button = QPushButton(self.tr("Aller au passage"), self)
        self.edit_button = QPushButton(self.tr("Note…"), self)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        buttons = QHBoxLayout()
        for button in (self.go_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.go_button.clicked.connect(self._on_go)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self._update_buttons()
        self._update_empty_text()

    def set_bookmarks(self, bookmarks: Sequence[Bookmark], titles: Mapping[str, str]) -> None:
        """Show ``bookmarks`` (``titles``: current briefing titles), keeping the selection."""
        selected = self.selected_ids()
        self.model.set_bookmarks(bookmarks, titles)
        self._after_reset(selected)

    def selected_ids(self) -> list[str]:
        """The ids of the selected bookmarks (a selected briefing row stands for none)."""
        rows = self.view.selectionModel().selectedRows()
        return [b.id for b in map(self.model.bookmark_at, rows) if b is not None]

    def select(self, bookmark_id: str) -> None:
        """Select and show a bookmark's row."""
        index = self.model.index_of(bookmark_id)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)

    def _after_reset(self, selected: list[str]) -> None:
        for row in self.model.heading_rows():  # a briefing's title runs across both columns
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        for bookmark_id in selected[:1]:
            self.select(bookmark_id)
        self._update_buttons()
        self._update_empty_text()

    def _update_empty_text(self) -> None:
        if self.model.bookmark_count():
            self.empty_label.hide()
            return
        if self.filter_edit.text().strip():
            text = self.tr("Aucun signet ne correspond au filtre.")
        else:
            text = self.tr(
                "Aucun signet. Sélectionnez un passage (ou placez-vous dans une section) "
                "et appuyez sur Ctrl+D."
            )
        self.empty_label.setText(text)
        self.empty_label.show()

    @Slot()
    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.go_button.setEnabled(count == 1)
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        selected = self.selected_ids()
        self.model.set_filter_text(text)
        self._after_reset(selected)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        bookmark = self.model.bookmark_at(index.siblingAtColumn(0))
        if bookmark is not None:
            self.bookmark_activated.emit(bookmark.id)

    @Slot()
    def _on_go(self) -> None:
        for bookmark_id in self.selected_ids()[:1]:
            self.bookmark_activated.emit(bookmark_id)

    @Slot()
    def _on_edit(self) -> None:
        for bookmark_id in self.selected_ids()[:1]:
            self.edit_requested.emit(bookmark_id)

    @Slot()
    def _on_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)
