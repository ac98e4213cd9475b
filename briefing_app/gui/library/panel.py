"""The library list: title, date, theme, reading status and source of every briefing,
newest first, with a filter box and a choice (all, new and updated, one source).

Signals (LibraryPanel):
    briefing_requested(str): the user opened a briefing (its id).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.content.model import Briefing
from briefing_app.core.packs.origins import Origin
from briefing_app.gui.library.model import ALL, ID_ROLE, NEWS, LibraryFilterModel, LibraryModel
from briefing_app.gui.widgets.table_model import label_header
from briefing_app.printing.pagetext import display_date

# A title of 40 characters, of French text's usual letters: the title column shows it
# whole at a first start.
FORTY_CHARACTERS = "Le Règlement général sur la protection d"

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, Qt


class LibraryPanel(QWidget):
    """The filter box above the list of briefings (see module docstring for signals)."""

    briefing_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty library panel."""
        super().__init__(parent)
        self.setObjectName("library")
        self.model = LibraryModel(parent=self)
        self.proxy = LibraryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filtrer les briefings…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filtrer les briefings"))
        self.choice_box = QComboBox(self)
        self.choice_box.setAccessibleName(self.tr("Briefings montrés"))
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Bibliothèque"))
        # Fixed widths and no initial sort: sizing to contents or sorting would ask the
        # model about every row before the first paint (the library is newest first already).
        header = self.view.header()
        label_header(header, self.model.headers)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(self._column_widths()):
            header.resizeSection(column + 1, width)
        # The title first: the theme and the source are hidden at first (a right click on
        # the column titles shows them; the choice above groups by source).
        header.setSectionHidden(2, True)
        header.setSectionHidden(4, True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._fill_choices()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.choice_box)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.choice_box.currentIndexChanged.connect(self._on_choice_changed)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)

    def _column_widths(self) -> list[int]:
        """The date's, theme's, reading status's and source's columns: wide enough for
        the longest month and status (and their titles)."""
        metrics = self.view.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("m")  # the cell's margins and the sort arrow

        def widest(texts: Sequence[str]) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + pad

        september = display_date("2024-09")  # the longest month, in French and English
        headers = self.model.headers
        return [
            widest([headers[1], september]),
            widest([headers[2]]) + 6 * metrics.horizontalAdvance("m"),
            widest([headers[3], *self.model.status_texts()]),
            widest([headers[4]]) + 6 * metrics.horizontalAdvance("m"),
        ]

    def preferred_width(self) -> int:
        """The panel's width at a first start: a title of 40 characters shown whole
        beside the date and the reading status."""
        metrics = self.view.fontMetrics()
        title = metrics.horizontalAdvance(FORTY_CHARACTERS) * 11 // 10  # a tenth to spare
        header = self.view.header()
        shown = sum(header.sectionSize(c) for c in (1, 3))
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        return title + shown + frame

    def set_briefings(self, briefings: Sequence[Briefing]) -> None:
        """Show ``briefings`` (their sources are listed by ``set_origins``)."""
        self.model.set_briefings(briefings)

    def set_origins(self, origins: Mapping[str, Origin]) -> None:
        """Where the briefings come from: the source column (shown when there are several)
        and a choice per source."""
        self.model.set_origins(origins)
        self._fill_choices()

    def _fill_choices(self) -> None:
        current = self.choice_box.currentData()
        sources = self.model.sources()
        self.choice_box.blockSignals(True)
        self.choice_box.clear()
        self.choice_box.addItem(self.tr("Tous les briefings"), ALL)
        self.choice_box.addItem(self.tr("Nouveaux et mis à jour"), NEWS)
        if len(sources) > 1:
            for source in sources:
                self.choice_box.addItem(source, source)
        found = self.choice_box.findData(current) if current is not None else 0
        self.choice_box.setCurrentIndex(max(found, 0))
        self.choice_box.blockSignals(False)
        self.proxy.set_choice(str(self.choice_box.currentData() or ALL))

    @Slot(int)
    def _on_choice_changed(self, _index: int) -> None:
        self.proxy.set_choice(str(self.choice_box.currentData() or ALL))

    def enable_sorting(self) -> None:
        """Show the date column's arrow (newest first, as the rows come) and sort on
        header clicks. The window calls it once its first page has painted: the sort
        order is a ``Qt`` enum (see gui.startup)."""
        from PySide6.QtCore import Qt

        header = self.view.header()
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_changed)
        # A right click on the titles shows or hides the columns past the first two
        # (the source is hidden at first: the list is narrow, and the choice above
        # groups the briefings by source).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(2, len(self.model.headers)):
            action = QAction(self.model.headers[column], header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(partial(self._on_column_toggled, column))
            header.addAction(action)
        self.column_actions = header.actions()
        self.filter_edit.installEventFilter(self)  # Down goes into the list (not before)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter box goes down into the list, on its first briefing."""
        from PySide6.QtCore import QEvent, Qt  # (installed after the first paint)
        from PySide6.QtGui import QKeyEvent

        down = (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        )
        if down:
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_column_toggled(self, column: int, shown: bool) -> None:
        self.view.header().setSectionHidden(column, not shown)

    @Slot(str, str)
    def set_status(self, briefing_id: str, status: str) -> None:
        """Show a briefing's new reading status."""
        self.model.set_status(briefing_id, status)

    def select_briefing(self, briefing_id: str) -> None:
        """Highlight the row of the open briefing (no signal is sent)."""
        row = self.model.row_of(briefing_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self.view.clearSelection()

    @Slot(int, "Qt::SortOrder")
    def _on_header_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.proxy.sort(column, order)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        briefing_id = index.siblingAtColumn(0).data(ID_ROLE)
        if briefing_id:
            self.briefing_requested.emit(str(briefing_id))
