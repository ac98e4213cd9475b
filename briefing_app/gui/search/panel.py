"""The search panel: a field, filters, and the matching sections as you type.

Signals:
    search_requested(int, str, SearchFilters): a numbered query with its filters
        (sent after a short pause in typing).
    hit_activated(SearchHit, str): a hit was opened (Enter or click), with the query.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.content.model import Briefing
from briefing_app.core.search.records import SearchFilters, SearchHit, SearchResult
from briefing_app.gui.search.query_help import QueryHelp
from briefing_app.printing.pagetext import display_date, escape

DEBOUNCE_MS = 120
PER_BRIEFING = 3  # hits of one briefing shown, at most
HIT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """The hits of the last query, as rich text (title › section, date, snippet).

    Hits of one briefing are grouped under its best one, in the order of each briefing's
    best hit, PER_BRIEFING of them at most: one long briefing does not push the others
    off the list. The first row of a group says how many passages the briefing holds.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty."""
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._counts: dict[str, int] = {}  # briefing -> its hits, shown or not
        self._heads: set[int] = set()  # rows that open a briefing's group

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        """Replace the hits (grouped by briefing)."""
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.briefing, []).append(hit)
        self.beginResetModel()
        self._hits, self._heads = [], set()
        for group in groups.values():
            self._heads.add(len(self._hits))
            self._hits.extend(group[:PER_BRIEFING])
        self._counts = {briefing: len(group) for briefing, group in groups.items()}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        """Number of hits."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Rich text for display, the hit itself under HIT_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return self._html(hit, index.row() in self._heads)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says: all of it
            section = f" › {hit.section_title}" if hit.section_title else ""
            return f"{hit.title}{section}, {display_date(hit.date)}. {hit.snippet}"
        return None

    def _html(self, hit: SearchHit, head: bool) -> str:
        section = f" › {escape(hit.section_title)}" if hit.section_title else ""
        if not head:  # under its briefing's first row: the section alone, set in
            return (
                f"<div style='margin-left:18px'><b>{section or escape(hit.title)}</b><br>"
                f"<span>{hit.snippet_html}</span></div>"
            )
        date = escape(display_date(hit.date))
        count = self._counts.get(hit.briefing, 1)
        passages = f" · <i>{self.tr('%n passage(s)', '', count)}</i>" if count > 1 else ""
        return (
            f"<b>{escape(hit.title)}{section}</b> "
            f"<span class='meta'>· {date}{passages}</span><br>"
            f"<span>{hit.snippet_html}</span>"
        )


class _RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (snippets with highlighted words)."""

    def _document(
        self, option: QStyleOptionViewItem, index: _Index, selected: bool = False
    ) -> QTextDocument:
        from briefing_app.gui.preferences.appearance import current_theme

        theme = current_theme()
        document = QTextDocument()
        mark, text, meta = (theme.colour(role) for role in ("find", "mark_text", "meta"))
        if selected:  # the date in the selection's own text colour: grey on blue is unread
            meta = option.palette.color(QPalette.ColorRole.HighlightedText).name()
        document.setDefaultStyleSheet(
            f"mark {{ background-color: {mark}; color: {text}; }} .meta {{ color: {meta}; }}"
        )
        document.setHtml(str(index.data()))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the selection background, then the rich text."""
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document = self._document(option, index, selected)  # kept: its layout is its child
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """As tall as the wrapped text."""
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchPanel(QWidget):
    """Search field, filters (theme, tag, years), status line and results."""

    search_requested = Signal(int, str, SearchFilters)
    hit_activated = Signal(SearchHit, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty panel."""
        super().__init__(parent)
        self.setObjectName("search")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Rechercher dans tous les briefings"))
        self.field.setAccessibleName(self.tr("Rechercher dans tous les briefings"))
        self.field.setClearButtonEnabled(True)
        self.theme = QComboBox(self)
        self.tag = QComboBox(self)
        self.year_from = self._year_box(self.tr("depuis"), self.tr("Depuis l’année"))
        self.year_to = self._year_box(self.tr("jusqu’à"), self.tr("Jusqu’à l’année"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.results = QListView(self)
        self.model = SearchResultsModel(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(_RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Résultats de la recherche"))
        self.results.hide()  # until there is something to search: the help in its place
        self.help = QueryHelp(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._number = 0
        self._query = ""
        self._expansions: tuple[str, ...] = ()
        filters = QGridLayout()
        filters.addWidget(self.theme, 0, 0)
        filters.addWidget(self.tag, 0, 1)
        filters.addWidget(self.year_from, 1, 0)
        filters.addWidget(self.year_to, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.help, 1)
        self._connect_signals()

    def _year_box(self, prefix: str, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setAccessibleName(name)
        box.setRange(1999, 2100)
        box.setSpecialValueText(self.tr("%1 —").replace("%1", prefix))
        box.setPrefix(prefix + " ")
        box.setValue(box.minimum())
        return box

    def _connect_signals(self) -> None:
        self.field.textChanged.connect(self._on_input_changed)
        self.theme.currentIndexChanged.connect(self._on_input_changed)
        self.tag.currentIndexChanged.connect(self._on_input_changed)
        self.year_from.valueChanged.connect(self._on_input_changed)
        self.year_to.valueChanged.connect(self._on_input_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.field.returnPressed.connect(self._on_field_return)
        self.results.activated.connect(self._on_result_activated)
        self.results.clicked.connect(self._on_result_activated)
        self.status.linkActivated.connect(self._on_correction_chosen)
        self.help.example_chosen.connect(self._on_correction_chosen)

    def set_library(self, briefings: Sequence[Briefing]) -> None:
        """Offer the library's themes and tags as filters."""
        themes = sorted({b.theme for b in briefings if b.theme}, key=str.casefold)
        tags = sorted({t for b in briefings for t in b.tags}, key=str.casefold)
        for box, everything, values in (
            (self.theme, self.tr("Tous les thèmes"), themes),
            (self.tag, self.tr("Tous les mots-clés"), tags),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, "")
            for value in values:
                box.addItem(value, value)
            box.blockSignals(False)

    def filters(self) -> SearchFilters:
        """The chosen filters as a ``SearchFilters``."""

        def year(box: QSpinBox) -> str:
            return "" if box.value() == box.minimum() else str(box.value())

        return SearchFilters(
            theme=str(self.theme.currentData() or ""),
            tag=str(self.tag.currentData() or ""),
            start=year(self.year_from),
            end=year(self.year_to),
        )

    def focus_field(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.field.setFocus()
        self.field.selectAll()

    def show_results(self, number: int, text: str, result: SearchResult) -> None:
        """Show the answer to request ``number`` (older answers are ignored)."""
        if number != self._number:
            return
        self._query = text
        self._expansions = result.expansions
        hits = result.hits
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if result.partial:
            lines = [
                self.tr("Aucun passage ne contient tous les mots ; passages les plus proches :")
            ]
        elif hits:
            lines = [self.tr("%n résultat(s)", "", len(hits))]
        else:
            lines = [self.tr("Aucun résultat.")]
        if result.correction:
            correction = escape(result.correction)
            link = f"<a href='{correction}'>{correction}</a>"
            lines.append(self.tr("Vouliez-vous dire : %1 ?").replace("%1", link))
        for prefix, kept, found in result.prefixes:
            lines.append(
                self.tr("« %1* » : les %2 mots les plus fréquents sur %3")
                .replace("%1", escape(prefix))
                .replace("%2", str(kept))
                .replace("%3", str(found))
            )
        self.status.setText("<br>".join(lines))

    def expansions(self) -> tuple[str, ...]:
        """Words the last query also looked for (acronyms and their long forms)."""
        return self._expansions

    def show_message(self, text: str) -> None:
        """Show a line of status (indexing progress, an error)."""
        self.status.setText(escape(text))

    @Slot()
    def _on_input_changed(self) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        text = self.field.text().strip()
        self._number += 1
        self.help.setVisible(not text)
        self.results.setVisible(bool(text))
        if not text:
            self.model.set_hits(())
            self.status.setText("")
            return
        self.search_requested.emit(self._number, text, self.filters())

    @Slot()
    def _on_field_return(self) -> None:
        if self._timer.isActive():  # typed faster than the pause: search now
            self._timer.stop()
            self._on_timer_timeout()
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._on_result_activated(index)

    @Slot(QModelIndex)
    def _on_result_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit, self._query)

    @Slot(str)
    def _on_correction_chosen(self, correction: str) -> None:
        self.field.setText(correction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down in the field move through the results."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rowCount():
            row = self.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            row = min(max(row, 0), self.model.rowCount() - 1)
            self.results.setCurrentIndex(self.model.index(row))
            return
        super().keyPressEvent(event)
