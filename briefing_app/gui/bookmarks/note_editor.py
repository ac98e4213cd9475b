"""A small non-modal editor for a bookmark's note and label.

Signals:
    saved(str, str, str): the bookmark id, its note and its label, when the user saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.bookmarks.model import Bookmark, current_text
from briefing_app.gui.bookmarks.model import preview

QUOTE_PREVIEW_CHARS = 240


class NoteEditor(QDialog):
    """Edits one bookmark at a time; the reader stays usable beside it."""

    saved = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the (hidden) editor."""
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setWindowTitle(self.tr("Note du signet"))
        self.setModal(False)
        self.bookmark_id = ""
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Votre note (facultative)"))
        self.note_edit.setTabChangesFocus(True)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("par exemple : conseil du 12 mars"))
        form = QFormLayout()
        form.addRow(self.tr("&Note :"), self.note_edit)
        form.addRow(self.tr("É&tiquette :"), self.label_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        save_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_key.activated.connect(self._on_save)
        self.resize(460, 300)

    def edit(self, bookmark: Bookmark) -> None:
        """Show ``bookmark``'s note and label, ready to type."""
        self.bookmark_id = bookmark.id
        where = bookmark.section_title or bookmark.briefing_title or bookmark.briefing
        if bookmark.marked:
            where += f"\n« {preview(bookmark.marked, QUOTE_PREVIEW_CHARS)} »"
        current = current_text(bookmark)
        if current:
            now = self.tr("Texte actuel : « %1 »")
            where += "\n" + now.replace("%1", preview(current, QUOTE_PREVIEW_CHARS))
        self.where.setText(where)
        self.note_edit.setPlainText(bookmark.note)
        self.label_edit.setText(bookmark.label)
        self.show()
        self.raise_()
        self.activateWindow()
        self.note_edit.setFocus()

    @Slot()
    def _on_save(self) -> None:
        self.saved.emit(self.bookmark_id, self.note_edit.toPlainText(), self.label_edit.text())
        self.accept()
