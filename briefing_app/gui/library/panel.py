"""The library list: title, date, theme and reading status of every briefing, newest
first, with a filter.

Signals (LibraryPanel):
    briefing_requested(str): the user opened a briefing (its id).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.bookmarks.model import IN_PROGRESS, READ, UNREAD, UPDATED
from briefing_app.core.content.model import Briefing
from briefing_app.core.textfold import fold
from briefing_app.gui.startup import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE
from briefing_app.gui.widgets.table_model import TitledTableModel, label_header

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

ID_ROLE = USER_ROLE
SORT_ROLE = USER_ROLE + 1
_Index = QModelIndex | QPersistentModelIndex


FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def display_date(iso: str, locale: QLocale = FRENCH) -> str:
    """ "2018" -> "2018", "2018-04" -> "avril 2018", "2018-05-25" -> "25 mai 2018"."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return iso
    date = QDate(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
    return locale.toString(date, "MMMM yyyy" if len(parts) == 2 else "d MMMM yyyy")


class LibraryModel(TitledTableModel):
    """Briefings as rows; columns: title, date, theme, reading status."""

    READING = 3
    _STATUS_ORDER = (UPDATED, UNREAD, IN_PROGRESS, READ)

    def __init__(self, briefings: Sequence[Briefing] = (), parent: QWidget | None = None) -> None:
        """Hold ``briefings`` in the given order."""
        super().__init__(parent)
        self._briefings = list(briefings)
        self._rows = {briefing.id: row for row, briefing in enumerate(self._briefings)}
        self._dates: dict[str, str] = {}  # ISO date -> French text, formatted once
        self._haystacks: dict[int, str] = {}  # row -> folded text the filter searches
        self.headers = (self.tr("Titre"), self.tr("Date"), self.tr("Thème"), self.tr("Lecture"))
        self._reading: dict[str, str] = {}  # briefing id -> reading status (UNREAD if absent)
        self._status_text = {
            UNREAD: self.tr("Non lu"),
            IN_PROGRESS: self.tr("En cours"),
            READ: self.tr("Lu"),
            UPDATED: self.tr("Mis à jour"),
        }

    def set_briefings(self, briefings: Sequence[Briefing]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._briefings = list(briefings)
        self._rows = {briefing.id: row for row, briefing in enumerate(self._briefings)}
        self._haystacks = {}
        self.endResetModel()

    def set_reading(self, statuses: Mapping[str, str]) -> None:
        """Show every briefing's reading status (``statuses`` by id; absent is unread)."""
        self._reading = dict(statuses)
        if self._briefings:
            last = len(self._briefings) - 1
            self.dataChanged.emit(self.index(0, self.READING), self.index(last, self.READING))

    def set_status(self, briefing_id: str, status: str) -> None:
        """Show one briefing's new reading status."""
        if self._reading.get(briefing_id, UNREAD) == status:
            return
        self._reading[briefing_id] = status
        row = self.row_of(briefing_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, self.READING), self.index(row, self.READING))

    def status(self, briefing_id: str) -> str:
        """A briefing's reading status."""
        return self._reading.get(briefing_id, UNREAD)

    def row_of(self, briefing_id: str) -> int:
        """The row showing ``briefing_id``, or -1."""
        return self._rows.get(briefing_id, -1)

    def haystack(self, row: int) -> str:
        """The folded title, theme, tags, summary and date of a row (what the filter reads)."""
        if row not in self._haystacks:
            b = self._briefings[row]
            text = " ".join((b.title, b.theme, b.summary, b.date, *b.tags))
            self._haystacks[row] = fold(text)
        return self._haystacks[row]

    def _date_text(self, iso: str) -> str:
        if iso not in self._dates:
            self._dates[iso] = display_date(iso)
        return self._dates[iso]

    def briefing(self, row: int) -> Briefing:
        """The briefing shown on ``row``."""
        return self._briefings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Number of briefings (0 under any item: the model is flat)."""
        return 0 if parent.isValid() else len(self._briefings)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> object:
        """Text per column; the id under ID_ROLE; raw values under SORT_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._briefings):
            return None
        briefing = self._briefings[index.row()]
        column = index.column()
        if role == DISPLAY_ROLE:
            if column == 0:
                return briefing.title
            if column == 1:
                return self._date_text(briefing.date)
            if column == 2:
                return briefing.theme
            return self._status_text[self.status(briefing.id)]
        if role == SORT_ROLE:
            if column == self.READING:
                return self._STATUS_ORDER.index(self.status(briefing.id))
            return (fold(briefing.title), briefing.date, fold(briefing.theme))[column]
        if role == ID_ROLE:
            return briefing.id
        if role == TOOLTIP_ROLE:
            return briefing.summary or briefing.title
        return None


class LibraryFilterModel(QSortFilterProxyModel):
    """Keeps the briefings whose title, theme, tags or summary hold every filter word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create a filter that accepts everything."""
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        """Filter on ``text`` (case- and accent-insensitive, every word must match)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        """True when every filter word occurs in the briefing's searchable fields."""
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        haystack = model.haystack(row)
        return all(word in haystack for word in self._words)


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
        em = self.fontMetrics().horizontalAdvance("m")
        header.resizeSection(1, 9 * em)
        header.resizeSection(2, 8 * em)
        header.resizeSection(3, 6 * em)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)

    def set_briefings(self, briefings: Sequence[Briefing]) -> None:
        """Show ``briefings``."""
        self.model.set_briefings(briefings)

    def enable_sorting(self) -> None:
        """Show the date column's arrow (newest first, as the rows come) and sort on
        header clicks. The window calls it once its first page has painted: the sort
        order is a ``Qt`` enum (see gui.startup)."""
        from PySide6.QtCore import Qt

        header = self.view.header()
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_changed)

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
