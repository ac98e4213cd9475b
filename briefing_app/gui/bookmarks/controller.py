"""Bookmarks in the window: Ctrl+D, the note editor, the dock, jumps, undo, TOC marks.

The bookmarks are read once, just after the window first shows, and those of changed
briefings placed again (``refresh``). Every change then goes to the store first and,
once written, to the list kept here, which the dock and the TOC marks show.

The controller is given what it works with (the store, its panel, the reader, the
library and its pages) and asks the window for the rest through its signals:

Signals:
    passage_requested(str, str): show this briefing's section (id, anchor) from its top.
    marks_changed(object): the number of bookmarks of each section of the briefing shown
        (a ``Counter`` of anchors), for the TOC.
    show_requested(): bring the bookmarks dock forward.
    undo_available(bool): whether a deletion can be undone.
    message(str, int): a line for the status bar, and how long it stays (ms; 0: until
        the next one).
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from briefing_app.core.bookmarks.anchoring import CONTEXT, locate
from briefing_app.core.bookmarks.model import CHANGED, DETACHED, Bookmark
from briefing_app.core.bookmarks.store import BookmarkStore, BookmarkStoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from briefing_app.core.content.model import Library
    from briefing_app.core.content.pages import PageCache
    from briefing_app.gui.bookmarks.note_editor import NoteEditor
    from briefing_app.gui.bookmarks.panel import BookmarksPanel
    from briefing_app.gui.reader.view import Reader


class BookmarksController(QObject):
    """Keeps the store, the bookmarks panel and the reader in step."""

    passage_requested = Signal(str, str)
    marks_changed = Signal(object)
    show_requested = Signal()
    undo_available = Signal(bool)
    message = Signal(str, int)

    def __init__(
        self,
        store: BookmarkStore,
        panel: BookmarksPanel,
        reader: Reader,
        library: Library,
        pages: PageCache | None,
        parent: QWidget,
    ) -> None:
        """Serve ``panel`` from ``store``, bookmarking passages of ``reader``'s page in
        ``library``; dialogs open over ``parent`` (bookmarks load with ``refresh``)."""
        super().__init__(parent)
        self.store = store
        self.panel = panel
        self.reader = reader
        self.library = library
        self.pages = pages
        self._parent = parent
        self._current = ""  # the id of the briefing the reader shows
        self.bookmarks: list[Bookmark] = []  # as stored, oldest first
        self._titles: dict[str, str] = {}
        self._editor: NoteEditor | None = None
        self._undo: list[list[Bookmark]] = []
        self.warning: QMessageBox | None = None  # the last message shown, non-modal
        self.panel.bookmark_activated.connect(self.jump)
        self.panel.edit_requested.connect(self.edit)
        self.panel.delete_requested.connect(self.delete)

    # --- listing ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Place again the bookmarks of changed briefings, then show them all."""
        from briefing_app.core.bookmarks.placing import reanchor  # difflib: off the start-up path

        self.bookmarks = reanchor(self.store, self.library, self.pages)
        self._titles = {briefing.id: briefing.title for briefing in self.library.briefings}
        self._show()
        QTimer.singleShot(0, self, self.panel.model.prepare_filter)  # the first filter is quick

    def set_library(self, library: Library) -> None:
        """Work on ``library`` from now on (loaded again after an import): the bookmarks
        of the briefings that changed are placed again, those of briefings gone are kept,
        « à revoir »."""
        self.library = library
        self.refresh()

    def _show(self) -> None:
        self.panel.set_bookmarks(self.bookmarks, self._titles)
        self.mark_toc()

    def _remove(self, bookmark_ids: list[str]) -> None:
        gone = set(bookmark_ids)
        self.bookmarks = [b for b in self.bookmarks if b.id not in gone]

    def _put(self, bookmarks: list[Bookmark]) -> None:
        """Add or replace bookmarks in the list, keeping it oldest first."""
        self._remove([b.id for b in bookmarks])
        self.bookmarks = sorted([*self.bookmarks, *bookmarks], key=lambda b: b.created)

    @Slot(str)
    def set_current(self, briefing_id: str) -> None:
        """The reader now shows ``briefing_id``: mark its sections that hold bookmarks."""
        self._current = briefing_id
        self.mark_toc()

    def mark_toc(self) -> None:
        """Mark the sections of the open briefing that hold bookmarks."""
        current = self._current
        counts = Counter(b.section for b in self.bookmarks if b.briefing == current and b.section)
        self.marks_changed.emit(counts)

    def _find(self, bookmark_id: str) -> Bookmark | None:
        return next((b for b in self.bookmarks if b.id == bookmark_id), None)

    # --- adding and editing ---------------------------------------------------------------------

    @Slot()
    def add_here(self) -> Bookmark | None:
        """Bookmark the selected passage, or the section being read (Ctrl+D), then open
        the note editor. Returns the new bookmark, or None if none could be made."""
        reader = self.reader
        briefing = self.library.get(self._current)
        if briefing is None:
            self.message.emit(self.tr("Ouvrez d’abord un briefing."), 0)
            return None
        if self.store.read_only:
            self._warn(self.store.notice)
            return None
        cursor = reader.textCursor()
        quote = before = ""
        if cursor.hasSelection():
            start = cursor.selectionStart()
            quote = cursor.selectedText().replace("\u2029", " ").replace("\u2028", " ")
            section = reader.section_at(start)
            before = reader.toPlainText()[max(0, start - 2 * CONTEXT) : start]
        else:
            section = reader.current_section()
        bookmark = self._make(briefing.id, section, quote, before)
        if bookmark is None:
            return None
        try:
            stored = self.store.add(bookmark)
        except BookmarkStoreError as error:
            self._warn(str(error))
            return None
        self._put([stored])
        self._show()
        self.show_requested.emit()
        self.panel.select(stored.id)
        self.message.emit(self.tr("Signet ajouté."), 4000)
        self.edit(stored.id)
        return stored

    def _make(self, briefing: str, section: str, quote: str, before: str) -> Bookmark | None:
        from briefing_app.core.bookmarks.placing import BookmarkError, make_bookmark

        attempts = [(section, quote), ("", quote), (section, "")] if quote else [(section, "")]
        message = ""
        for where, passage in attempts:
            try:
                bookmark = make_bookmark(self.library, self.pages, briefing, where, passage, before)
            except BookmarkError as error:
                message = str(error)
                continue
            if quote and not passage:  # e.g. a selection running over a heading
                self.message.emit(
                    self.tr("Passage non retrouvé tel quel : le signet porte sur la section."), 0
                )
            return bookmark
        self._warn(message)
        return None

    @Slot(str)
    def edit(self, bookmark_id: str) -> None:
        """Open the note editor on a bookmark."""
        bookmark = self.store.get(bookmark_id)
        if bookmark is None:
            return
        if self._editor is None:
            from briefing_app.gui.bookmarks.note_editor import NoteEditor  # first use only

            self._editor = NoteEditor(self._parent)
            self._editor.saved.connect(self._on_note_saved)
        self._editor.edit(bookmark)

    def editor(self) -> NoteEditor | None:
        """The note editor, once it has been opened."""
        return self._editor

    @Slot(str, str, str)
    def _on_note_saved(self, bookmark_id: str, note: str, label: str) -> None:
        try:
            self.store.edit(bookmark_id, note.strip(), label.strip())
        except BookmarkStoreError as error:
            self._warn(str(error))
            return
        edited = self.store.get(bookmark_id)
        if edited is not None:
            self._put([edited])
        self._show()
        self.panel.select(bookmark_id)
        self.message.emit(self.tr("Note enregistrée."), 4000)

    # --- deleting -------------------------------------------------------------------------------

    @Slot(list)
    def delete(self, bookmark_ids: list[str]) -> None:
        """Delete bookmarks; Ctrl+Z brings them back."""
        try:
            gone = self.store.delete(bookmark_ids)
        except BookmarkStoreError as error:
            self._warn(str(error))
            return
        if not gone:
            return
        self._undo.append(gone)
        self.undo_available.emit(True)
        self._remove([b.id for b in gone])
        self._show()
        text = self.tr("%n signet(s) supprimé(s). Ctrl+Z pour annuler.", "", len(gone))
        self.message.emit(text, 8000)

    @Slot()
    def undo(self) -> None:
        """Bring back the bookmarks deleted last (Ctrl+Z)."""
        if not self._undo:
            return
        gone = self._undo.pop()
        try:
            self.store.restore(gone)
        except BookmarkStoreError as error:
            self._undo.append(gone)
            self._warn(str(error))
            return
        self.undo_available.emit(bool(self._undo))
        self._put(gone)
        self._show()
        self.panel.select(gone[0].id)
        text = self.tr("%n signet(s) rétabli(s).", "", len(gone))
        self.message.emit(text, 4000)

    # --- going to a bookmark --------------------------------------------------------------------

    @Slot(str)
    def jump(self, bookmark_id: str) -> None:
        """Open a bookmark's briefing at its passage and flash it."""
        bookmark = self._find(bookmark_id)
        if bookmark is None:
            return
        if self.library.get(bookmark.briefing) is None:
            self.message.emit(
                self.tr(
                    "Le briefing de ce signet n’est plus dans la bibliothèque ; "
                    "le signet et sa note sont conservés."
                ),
                0,
            )
            return
        self.passage_requested.emit(bookmark.briefing, bookmark.section)
        if self._current != bookmark.briefing:  # it could not be shown
            return
        reader = self.reader
        start = reader.section_start(bookmark.section) if bookmark.section else 0
        span = None
        if bookmark.quote.exact and bookmark.status != DETACHED:
            span = locate(reader.toPlainText(), bookmark.quote, start)
        if span is not None:
            reader.flash(*span)
        if bookmark.status == DETACHED:
            self.message.emit(
                self.tr(
                    "À revoir : ce passage n’a pas été retrouvé dans la version actuelle "
                    "du briefing ; voici la section où il se trouvait."
                ),
                0,
            )
        elif bookmark.status == CHANGED:
            self.message.emit(
                self.tr(
                    "À revoir : ce passage ne dit plus la même chose que les mots que vous "
                    "aviez marqués (négation, nombre ou date) ; les deux textes sont dans "
                    "la liste des signets."
                ),
                0,
            )
        reader.setFocus()

    # --- export ---------------------------------------------------------------------------------

    @Slot()
    def export_markdown(self) -> None:
        """Write every bookmark and note to a Markdown file chosen by the user."""
        from PySide6.QtWidgets import QFileDialog

        from briefing_app.core.bookmarks.transfer import export_markdown

        today = datetime.date.today()
        suggested = Path.home() / f"signets-briefings-{today.isoformat()}.md"
        name, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Exporter les signets et les notes"),
            str(suggested),
            self.tr("Markdown (*.md);;Tous les fichiers (*)"),
        )
        if not name:
            return
        titles = {briefing.id: briefing.title for briefing in self.library.briefings}
        try:
            Path(name).write_text(export_markdown(self.bookmarks, titles, today), encoding="utf-8")
        except OSError as error:
            self._warn(self.tr("Enregistrement impossible : %1").replace("%1", str(error)))
            return
        text = self.tr("%n signet(s) exporté(s) dans %1", "", len(self.bookmarks))
        self.message.emit(text.replace("%1", name), 8000)

    # --- messages -------------------------------------------------------------------------------

    def show_store_notice(self) -> None:
        """Tell the user, without blocking, what happened to the store (set aside, read-only)."""
        if self.store.notice:
            self._warn(self.store.notice)

    def _warn(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.warning is None:
            self.warning = QMessageBox(self._parent)
            self.warning.setObjectName("bookmarks_warning")
            self.warning.setIcon(QMessageBox.Icon.Warning)
            self.warning.setWindowTitle(self.tr("Signets"))
            self.warning.setModal(False)
            # Told, not interrupted: the reader keeps the keyboard.
            self.warning.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.warning.setText(message)
        self.warning.show()
        self.message.emit(message, 0)
