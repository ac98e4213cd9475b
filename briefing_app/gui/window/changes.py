"""« Voir les changements »: a briefing updated since the version the user read says so in
a bar over the reader; the changes page shows what was added and removed since, section
by section, and the bar steps through them; « Marquer comme lu » makes the version on
screen the one read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Slot

from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QVBoxLayout

    from briefing_app.core.bookmarks.model import ReadingState
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.content.model import Briefing
    from briefing_app.core.content.pages import PageCache
    from briefing_app.core.session import Session
    from briefing_app.gui.packs.changes_bar import ChangesBar
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.view import Reader


class ChangesPart(WindowPart):
    """Offers and shows the changes of the briefing on screen."""

    if TYPE_CHECKING:  # provided by MainWindow
        session: Session
        pages: PageCache | None
        current: Briefing | None
        reader: Reader
        reading: ReadingTracker
        bookmark_action: QAction
        changes_action: QAction
        _central_layout: QVBoxLayout
        _changes_bar: ChangesBar | None
        _changes_shown: int  # changes on the page shown; -1: the briefing's text is shown
        _change_at: int
        _started: bool

        @property
        def store(self) -> BookmarkStore: ...
        def open_briefing(
            self,
            briefing_id: str,
            anchor: str = "",
            position: float | None = None,
            *,
            record: bool = True,
        ) -> bool: ...
        def _connect_signals(self, part: QObject | None = None) -> None: ...
        def _header_html(self, briefing: Briefing) -> str: ...

    @property
    def changes_bar(self) -> ChangesBar:
        """The bar over the reader, made when an updated briefing first opens."""
        if self._changes_bar is None:
            from briefing_app.gui.packs.changes_bar import ChangesBar

            self._changes_bar = ChangesBar(self)
            layout = self._central_layout
            layout.insertWidget(layout.indexOf(self.reader), self._changes_bar)
            self._connect_signals(self._changes_bar)
        return self._changes_bar

    def _changed_since_read(self) -> ReadingState | None:
        """The reading of the briefing on screen if it was updated since the version read
        and that version was kept (so its changes can be shown), else None."""
        briefing = self.current
        if briefing is None or not self._started:  # before the first paint: nothing yet
            return None
        from briefing_app.core.changes import changed_since_read  # difflib: not at start
        from briefing_app.core.versions import read_version

        state = self.store.reading(briefing.id)
        if state is None or not changed_since_read(briefing.content_hash, state):
            return None
        if read_version(self.session.paths.data, briefing.id, state.content_hash) is None:
            return None
        return state

    def offer_changes(self) -> None:
        """Show the bar when the briefing on screen changed since it was read (a new
        briefing shown: the text, not its changes)."""
        self._changes_shown = -1
        state = self._changed_since_read()
        self.changes_action.setEnabled(state is not None)
        self.bookmark_action.setEnabled(True)
        if state is not None:
            self.changes_bar.offer()
        elif self._changes_bar is not None:
            self._changes_bar.hide()

    @Slot()
    def show_changes(self) -> None:
        """Show what changed since the version read, and go to the first change."""
        from briefing_app.core.versions import changes_since_read
        from briefing_app.gui.packs.changes_page import changes_html

        briefing = self.current
        state = self._changed_since_read()
        if briefing is None or state is None:
            return
        changes = changes_since_read(self.session.paths.data, briefing, state, self.pages)
        if changes is None:
            return
        self.reading.save()
        self.reading.track(None)  # the changes page is no reading position
        body, count = changes_html(changes)
        self.reader.show_page(self._header_html(briefing), body, [], QUrl())
        self.bookmark_action.setEnabled(False)  # a passage is marked in the text itself
        self._changes_shown, self._change_at = count, 0
        self._on_changes_step(1)

    @Slot(int)
    def _on_changes_step(self, step: int) -> None:
        from briefing_app.gui.packs.changes_page import ANCHOR

        count = self._changes_shown
        if count < 0:
            return
        self._change_at = min(max(self._change_at + step, 1), count) if count else 0
        if self._change_at:
            self.reader.scrollToAnchor(ANCHOR.format(self._change_at))
        self.changes_bar.stepping(self._change_at, count)

    @Slot()
    def _on_changes_back(self) -> None:
        """Back to the briefing's text, where it was left."""
        if self.current is not None:
            self.open_briefing(self.current.id, record=False)

    @Slot()
    def _on_mark_read(self) -> None:
        if self._changes_shown >= 0:
            self._on_changes_back()
        self.reading.mark_read()
        self.changes_action.setEnabled(False)
        self.changes_bar.hide()
