"""Remembers how far each briefing was read, in the bookmark store.

The position of the briefing on screen is saved when another one is opened, when the
window closes, and a moment after the reader stops scrolling (so a crash loses little).
A briefing updated since the version read keeps that version as the one read (so « Voir
les changements » still compares with it) until the user marks it read (``mark_read``).

Signals:
    status_changed(str, str): a briefing id and its reading status (see
        ``core.bookmarks.reading_status``) after a save.
    saved(str, float): a briefing id and the fraction of it read, just saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from briefing_app.core.bookmarks.model import ReadingState, reading_status
from briefing_app.core.content.model import Briefing
from briefing_app.gui.reader.view import Reader

if TYPE_CHECKING:  # the store (and SQLite) is opened after the first paint
    from briefing_app.core.bookmarks.store import BookmarkStore

SAVE_DELAY_MS = 2000


class ReadingTracker(QObject):
    """Follows the reader's position for the briefing on screen."""

    status_changed = Signal(str, str)
    saved = Signal(str, float)

    def __init__(self, store: Callable[[], BookmarkStore], reader: Reader) -> None:
        """Track ``reader``; positions go to the store ``store`` gives (opened when it
        is first needed)."""
        super().__init__(reader)
        self._store = store
        self.reader = reader
        self.briefing: Briefing | None = None
        self._kept: set[str] = set()  # content hashes of the versions kept this session
        self._held: bool | None = None  # the briefing shown is an update not yet marked read
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def track(self, briefing: Briefing | None) -> None:
        """Follow ``briefing``, now on screen (the previous one must be saved first)."""
        self._timer.stop()
        self.briefing = briefing
        self._held = None  # asked of the store at the first save (it opens after the paint)

    def position(self, briefing_id: str) -> float:
        """Where ``briefing_id`` was left (0.0 if never read)."""
        state = self._store().reading(briefing_id)
        return state.position if state is not None else 0.0

    def statuses(self, hashes: Mapping[str, str]) -> dict[str, str]:
        """The reading status of every briefing ever opened, by id; ``hashes``: the
        briefings' content hashes now (one not read in that version is UPDATED)."""
        return {
            key: reading_status(state, hashes.get(key, ""))
            for key, state in self._store().readings().items()
        }

    def resume_target(self) -> ReadingState | None:
        """The briefing read before the one on screen, where it was left."""
        return self._store().last_read(self.briefing.id if self.briefing is not None else "")

    @Slot()
    def _on_scrolled(self) -> None:
        if self.briefing is not None:
            self._timer.start()

    @Slot()
    def save(self) -> None:
        """Save the position of the briefing on screen (a read-only store keeps nothing)."""
        self._save(mark_read=False)

    def mark_read(self) -> None:
        """The user has seen what changed: the version on screen becomes the one read."""
        self._save(mark_read=True)

    def _save(self, *, mark_read: bool) -> None:
        self._timer.stop()
        briefing = self.briefing
        if briefing is None:
            return
        from briefing_app.core.bookmarks.store import BookmarkStoreError
        from briefing_app.core.changes import changed_since_read
        from briefing_app.core.versions import keep_version

        store = self._store()
        if store.read_only:
            return
        if self._held is None:
            self._held = changed_since_read(briefing.content_hash, store.reading(briefing.id))
        if mark_read:
            self._held = False
        fraction = self.reader.reading_fraction()
        try:
            store.save_reading(
                briefing.id,
                fraction,
                self.reader.current_section(),
                briefing.title,
                "" if self._held else briefing.content_hash,  # "": the version read stays
            )
        except BookmarkStoreError:
            return  # the store's notice was shown at start; reading goes on
        if not self._held and briefing.content_hash not in self._kept:  # once a version
            keep_version(store.path.parent, briefing)  # what « Voir les changements » compares
            self._kept.add(briefing.content_hash)
        self.saved.emit(briefing.id, fraction)
        state = store.reading(briefing.id)
        self.status_changed.emit(briefing.id, reading_status(state, briefing.content_hash))
