"""The bookmarks dock's rows: bookmarks grouped by briefing (a heading row per
briefing), the quote or the place in the first column and the note in the second, cut
for the list and whole for a tooltip and a screen reader; a filter over both."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from briefing_app.core.bookmarks.model import CHANGED, DETACHED, TO_REVIEW, Bookmark, current_text
from briefing_app.core.textfold import fold
from briefing_app.gui.widgets.table_model import TitledTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
PREVIEW_CHARS = 90
_HEADING = Qt.ItemFlag.ItemIsEnabled
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass
class _Group:
    briefing: str
    title: str
    bookmarks: list[Bookmark] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)  # what the filter reads, per bookmark


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """The first line of ``text``, cut at ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class BookmarksModel(TitledTableModel):
    """One row per briefing (its title, as a heading), then one per bookmark (passage,
    note). Flat on purpose: the view asks only about the rows it shows, so 10,000
    bookmarks cost nothing until they are scrolled to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty model."""
        super().__init__(parent)
        self._all: list[_Group] = []
        self._rows: list[_Group | Bookmark] = []  # what the filter keeps, in order
        self._row_of: dict[str, int] = {}  # bookmark id -> row
        self._folded: dict[str, tuple[Bookmark, str]] = {}  # id -> (bookmark, folded text)
        self._words: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.headers = (self.tr("Passage"), self.tr("Note"))

    # --- content ----------------------------------------------------------------------------

    def set_bookmarks(self, bookmarks: Sequence[Bookmark], titles: Mapping[str, str]) -> None:
        """Show ``bookmarks`` grouped by briefing (``titles``: current briefing titles)."""
        groups: dict[str, _Group] = {}
        for bookmark in bookmarks:
            group = groups.get(bookmark.briefing)
            if group is None:
                title = titles.get(bookmark.briefing) or bookmark.briefing_title
                group = groups[bookmark.briefing] = _Group(bookmark.briefing, title or "?")
            group.bookmarks.append(bookmark)
        self._all = sorted(groups.values(), key=lambda g: fold(g.title))
        self._apply_filter()

    def set_filter_text(self, text: str) -> None:
        """Keep the bookmarks whose briefing, section, passage, note or label hold every
        word of ``text`` (case and accents ignored)."""
        self._words = fold(text).split()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.beginResetModel()
        if self._words:
            self.prepare_filter()
        rows: list[_Group | Bookmark] = []
        for group in self._all:
            if self._words:
                words = self._words
                kept = zip(group.bookmarks, group.folded, strict=True)
                marks = [b for b, text in kept if all(word in text for word in words)]
            else:
                marks = group.bookmarks
            if marks:
                rows.append(_Group(group.briefing, group.title, marks))
                rows.extend(marks)
        self._rows = rows
        self._row_of = {b.id: row for row, b in enumerate(rows) if isinstance(b, Bookmark)}
        self.endResetModel()

    def prepare_filter(self) -> None:
        """Fold each bookmark's text, once per version of it (in one call per briefing).

        Done by the first filter, or ahead of it when the window is idle."""
        known = self._folded
        for group in self._all:
            if group.folded:
                continue
            missing = [b for b in group.bookmarks if known.get(b.id, (None,))[0] != b]
            texts = [
                " ".join(
                    (group.title, b.section_title, b.marked, current_text(b), b.note, b.label)
                ).replace("\0", " ")  # the separator below
                + (" à revoir" if b.status in TO_REVIEW else "")
                for b in missing
            ]
            if missing:
                folded = fold("\0".join(texts)).split("\0")
                known.update((b.id, (b, text)) for b, text in zip(missing, folded, strict=True))
            group.folded = [known[b.id][1] for b in group.bookmarks]

    def bookmark_count(self) -> int:
        """How many bookmarks are shown (after the filter)."""
        return len(self._row_of)

    def heading_rows(self) -> list[int]:
        """The rows of briefing headings."""
        return [row for row, item in enumerate(self._rows) if isinstance(item, _Group)]

    def bookmark_at(self, index: _Index) -> Bookmark | None:
        """The bookmark on ``index``'s row, or None for a briefing heading."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        return item if isinstance(item, Bookmark) else None

    def index_of(self, bookmark_id: str) -> QModelIndex:
        """The index of a bookmark's row (invalid if it is not shown)."""
        row = self._row_of.get(bookmark_id)
        return QModelIndex() if row is None else self.index(row, 0)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Headings and bookmarks."""
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Bookmarks can be selected; headings cannot; no index is no item."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = index.row()
        if 0 <= row < len(self._rows) and isinstance(self._rows[row], Bookmark):
            return _SELECTABLE
        return _HEADING

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Titles and counts for briefings; passage, note and status for bookmarks."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, _Group):
            return self._group_data(item, index.column(), role)
        return self._bookmark_data(item, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{group.title} ({len(group.bookmarks)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.title
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return (
                self.tr("%1 : %2 signet(s)")
                .replace("%1", group.title)
                .replace("%2", str(len(group.bookmarks)))
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == ID_ROLE:
            return group.briefing
        return None

    def _bookmark_data(self, bookmark: Bookmark, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.passage_text(bookmark) if column == 0 else preview(bookmark.note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(bookmark)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # whole, where the text is cut
            if column == 0:
                return ". ".join(self.tooltip(bookmark).splitlines())
            return bookmark.note or self.tr("Pas de note")
        if role == ID_ROLE:
            return bookmark.id
        return None

    def passage_text(self, bookmark: Bookmark) -> str:
        """ "Section › « words marked »" (then "→ « current text »" when the briefing now
        words it otherwise), marked "À revoir" when the passage was not found or no longer
        says the same."""
        where = self.place_name(bookmark)
        text = where
        if bookmark.marked:
            current = current_text(bookmark)
            if current:
                half = PREVIEW_CHARS // 2
                text += f" › « {preview(bookmark.marked, half)} » → « {preview(current, half)} »"
            else:
                text += f" › « {preview(bookmark.marked)} »"
        if bookmark.label:
            text = f"[{bookmark.label}] {text}"
        if bookmark.status in TO_REVIEW:
            text = self.tr("À revoir — %1").replace("%1", text)
        return text

    def place_name(self, bookmark: Bookmark) -> str:
        """The section's title; "Introduction" before the first heading; or the whole
        briefing."""
        if bookmark.section_title:
            return bookmark.section_title
        if bookmark.marked and not bookmark.section:
            return self.tr("Introduction")
        return self.tr("Tout le briefing")

    def tooltip(self, bookmark: Bookmark) -> str:
        """The words marked and the current text (both whole), the note, and why a
        bookmark is to be reviewed."""
        lines = [self.place_name(bookmark)]
        current = current_text(bookmark)
        if bookmark.marked and current:
            lines.append(self.tr("Vous aviez marqué : « %1 »").replace("%1", bookmark.marked))
            lines.append(self.tr("Texte actuel : « %1 »").replace("%1", current))
        elif bookmark.marked:
            lines.append(f"« {bookmark.marked} »")
        if bookmark.note:
            lines.append(bookmark.note)
        if bookmark.status == DETACHED:
            lines.append(
                self.tr(
                    "À revoir : ce passage n’a pas été retrouvé dans la version actuelle "
                    "du briefing. Le signet et sa note sont conservés."
                )
            )
        elif bookmark.status == CHANGED:
            lines.append(
                self.tr(
                    "À revoir : le texte actuel ne dit plus la même chose que les mots "
                    "marqués (négation, nombre ou date). Le signet et sa note sont conservés."
                )
            )
        return "\n\n".join(lines)
