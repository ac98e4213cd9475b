"""The library's rows: title, date, theme, reading status and source of every briefing,
and the filter over them (words, and a choice: new and updated, or one source).

A briefing received (a pack's, or one of « Mes documents ») and never opened reads
« Nouveau »; one read before its update « Mis à jour ». The source is the pack's title
(with « non vérifié » when no trusted publisher signed it), « Mes documents », or the
briefing's own ``source`` (France urbaine).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import QWidget

from briefing_app.core.bookmarks.model import IN_PROGRESS, READ, UNREAD, UPDATED
from briefing_app.core.content.model import Briefing
from briefing_app.core.packs.origins import Origin, origin_of
from briefing_app.core.textfold import fold
from briefing_app.gui.startup import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE
from briefing_app.gui.widgets.table_model import TitledTableModel
from briefing_app.printing.pagetext import display_date

ID_ROLE = USER_ROLE
SORT_ROLE = USER_ROLE + 1
NEW = "new"  # a reading status of the list only: received, never opened
ALL, NEWS = "", "\x00news"  # filter choices besides a source's name
_Index = QModelIndex | QPersistentModelIndex


class LibraryModel(TitledTableModel):
    """Briefings as rows; columns: title, date, theme, reading status, source."""

    READING = 3
    SOURCE = 4
    _STATUS_ORDER = (NEW, UPDATED, UNREAD, IN_PROGRESS, READ)

    def __init__(self, briefings: Sequence[Briefing] = (), parent: QWidget | None = None) -> None:
        """Hold ``briefings`` in the given order."""
        super().__init__(parent)
        self._briefings = list(briefings)
        self._rows = {briefing.id: row for row, briefing in enumerate(self._briefings)}
        self._dates: dict[str, str] = {}  # ISO date -> French text, formatted once
        self._haystacks: dict[int, str] = {}  # row -> folded text the filter searches
        self.headers = (
            self.tr("Titre"),
            self.tr("Date"),
            self.tr("Thème"),
            self.tr("Lecture"),
            self.tr("Source"),
        )
        self._reading: dict[str, str] = {}  # briefing id -> reading status (UNREAD if absent)
        self._origins: Mapping[str, Origin] = {}  # content folder (as text) -> its origin
        self._row_origins: dict[int, Origin] = {}  # row -> its origin, found once
        self._status_text = {
            NEW: self.tr("Nouveau"),
            UNREAD: self.tr("Non lu"),
            IN_PROGRESS: self.tr("En cours"),
            READ: self.tr("Lu"),
            UPDATED: self.tr("Mis à jour"),
        }

    def status_texts(self) -> list[str]:
        """What the reading status column can read."""
        return list(self._status_text.values())

    def set_briefings(self, briefings: Sequence[Briefing]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._briefings = list(briefings)
        self._rows = {briefing.id: row for row, briefing in enumerate(self._briefings)}
        self._haystacks = {}
        self._row_origins = {}
        self.endResetModel()

    def set_origins(self, origins: Mapping[str, Origin]) -> None:
        """Where each content folder's briefings come from (``core.packs.origins``)."""
        self._origins = origins
        self._row_origins = {}
        if self._briefings:
            last = len(self._briefings) - 1
            self.dataChanged.emit(self.index(0, self.READING), self.index(last, self.SOURCE))

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
        """A briefing's reading status, NEW for one received and never opened."""
        status = self._reading.get(briefing_id, UNREAD)
        row = self._rows.get(briefing_id, -1)
        if status == UNREAD and briefing_id not in self._reading and row >= 0:
            return NEW if self.origin(row).received else UNREAD
        return status

    def origin(self, row: int) -> Origin:
        """Where the briefing on ``row`` comes from."""
        found = self._row_origins.get(row)
        if found is None:
            found = self._row_origins[row] = origin_of(self._briefings[row].path, self._origins)
        return found

    def source(self, row: int) -> str:
        """The source shown for ``row``: a pack's title (« non vérifié » when it is),
        « Mes documents », or the briefing's own source."""
        origin = self.origin(row)
        if not origin.label:
            return self._briefings[row].source
        if origin.verified:
            return origin.label
        return self.tr("%1 (non vérifié)").replace("%1", origin.label)

    def sources(self) -> list[str]:
        """The distinct sources, in the order they first appear."""
        firsts: dict[tuple[Origin, str], int] = {}  # a row of each origin and own source
        for row, briefing in enumerate(self._briefings):
            firsts.setdefault((self.origin(row), briefing.source), row)
        return list(dict.fromkeys(self.source(row) for row in firsts.values()))

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
            if column == self.SOURCE:
                return self.source(index.row())
            return self._status_text[self.status(briefing.id)]
        if role == SORT_ROLE:
            if column == self.READING:
                return self._STATUS_ORDER.index(self.status(briefing.id))
            if column == self.SOURCE:
                return fold(self.source(index.row()))
            return (fold(briefing.title), briefing.date, fold(briefing.theme))[column]
        if role == ID_ROLE:
            return briefing.id
        if role == TOOLTIP_ROLE:
            if column == self.SOURCE:
                return self.source(index.row())
            about = [briefing.summary or briefing.title]  # and what hidden columns hold
            if briefing.theme:
                about.append(self.tr("Thème : %1").replace("%1", briefing.theme))
            if self.origin(index.row()).received:
                about.append(self.tr("Source : %1").replace("%1", self.source(index.row())))
            return "\n".join(about)
        return None


class LibraryFilterModel(QSortFilterProxyModel):
    """Keeps the briefings whose title, theme, tags or summary hold every filter word,
    and which the choice keeps: all, new and updated (NEWS), or one source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create a filter that accepts everything."""
        super().__init__(parent)
        self._words: list[str] = []
        self._choice = ALL
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        """Filter on ``text`` (case- and accent-insensitive, every word must match)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_choice(self, choice: str) -> None:
        """Keep all briefings (ALL), the new and updated ones (NEWS), or one source's."""
        if choice == self._choice:
            return
        self.beginFilterChange()
        self._choice = choice
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        """True when the choice keeps the row and every filter word occurs in it."""
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        if self._choice == NEWS:
            if model.status(model.briefing(row).id) not in (NEW, UPDATED):
                return False
        elif self._choice and model.source(row) != self._choice:
            return False
        if not self._words:
            return True
        haystack = model.haystack(row)
        return all(word in haystack for word in self._words)
