"""The find-in-page bar under the reader: it finds, counts and steps through matches
in the reader (F3 and Shift+F3 also step through a search's highlighted words).

Signals:
    search_changed(str): the text to find changed.
    step_requested(int): +1 for the next match, -1 for the previous one.
    closed(): the bar was closed (highlights should go).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from briefing_app.gui.reader.view import Reader


class FindBar(QWidget):
    """A line edit, a match counter, previous/next and close buttons."""

    search_changed = Signal(str)
    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        """Create the bar, hidden, finding in ``reader``."""
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.reader = reader
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Rechercher dans le briefing"))
        self.edit.setAccessibleName(self.tr("Rechercher dans le briefing"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("Précédent"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Suivant"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Fermer la recherche (Échap)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for widget in (self.edit, self.count, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.search_changed)
        self.edit.installEventFilter(self)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self.close_bar)
        self.search_changed.connect(self._on_search_changed)
        self.step_requested.connect(self.step)
        self.closed.connect(self._on_closed)
        self.hide()

    @Slot()
    def open_on_selection(self) -> None:
        """Open the bar on the reader's selected text, if any (Ctrl+F)."""
        self.open_bar(self.reader.textCursor().selectedText().strip())

    @Slot(int)
    def step(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) match, or open the bar if nothing is
        highlighted (F3, Shift+F3, Enter in the field)."""
        if self.isVisible() or self.reader.match_count():
            total = self.reader.step_match(step)  # find matches, or a search's terms
            self.show_count(self.reader.match_index() + 1, total)
        else:
            self.open_bar()

    @Slot()
    def find_next(self) -> None:
        """The next match (F3)."""
        self.step(1)

    @Slot()
    def find_previous(self) -> None:
        """The previous match (Shift+F3)."""
        self.step(-1)

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        total = self.reader.find_text(text)
        self.show_count(self.reader.match_index() + 1, total)

    @Slot()
    def _on_closed(self) -> None:
        self.reader.clear_find()
        self.reader.setFocus()

    def open_bar(self, text: str = "") -> None:
        """Show the bar with ``text`` (if any) and focus the field."""
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.selectAll()
        self.edit.setFocus()

    def show_count(self, current: int, total: int) -> None:
        """Show "current sur total", or that nothing was found."""
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("Aucun résultat"))
        else:
            text = self.tr("%1 sur %2")
            self.count.setText(text.replace("%1", str(current)).replace("%2", str(total)))

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and say so."""
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter finds the next match, Shift+Enter the previous one (as in browsers)."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step_requested.emit(-1 if backwards else 1)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.step_requested.emit(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.step_requested.emit(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
