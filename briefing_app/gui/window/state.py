"""What the window remembers between runs: its geometry, its docks, the zoom, and the
briefing last read (reopened where it was left)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.gui.startup import place_docks, read_first_layout
from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDockWidget

    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.content.model import Briefing, Library
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.view import Reader


class SavedStatePart(WindowPart):
    """Restores ``MainWindow`` as it was left, and saves it."""

    if TYPE_CHECKING:  # provided by MainWindow
        settings: QSettings
        store: BookmarkStore
        library: Library
        reader: Reader
        reading: ReadingTracker
        library_dock: QDockWidget
        toc_dock: QDockWidget
        search_dock: QDockWidget
        bookmarks_dock: QDockWidget

        current: Briefing | None
        _cache_dir: Path | None

        def open_briefing(self, briefing_id: str) -> bool: ...
        @property
        def loading(self) -> bool: ...

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        left, right = (self.library_dock, self.toc_dock), (self.search_dock, self.bookmarks_dock)
        place_docks(self, self.settings, left, right, read_first_layout())
        self.reader.set_zoom(_whole_number(self.settings.value("reader/zoom", 0)))
        last = self.store.last_read()
        resume = last.briefing if last is not None else ""  # reopened where it was left
        if self.library.get(resume) is not None and self.open_briefing(resume):
            return
        if self.loading:  # it may still come (see window.loading)
            self.reader.show_message(
                self.tr("Chargement de la bibliothèque…"),
                self.tr("Les briefings s’affichent à mesure qu’ils sont lus."),
            )
            return
        self.open_first()

    def open_first(self) -> None:
        """Open the newest briefing that opens, or say there is none."""
        for briefing in self.library.briefings:
            if self.open_briefing(briefing.id):
                return
        self.reader.show_message(
            self.tr("Aucun briefing"),
            self.tr("Aucun briefing n’a pu être chargé depuis les dossiers de contenu."),
        )

    def save_state(self) -> None:
        """Write geometry, docks and zoom to the settings, the reading position to the store."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("reader/zoom", self.reader.zoom())
        self.settings.sync()
        self.reading.save()
        if self._cache_dir is not None and self.current is not None and not self.loading:
            from briefing_app.core.content.catalog import save_resume

            save_resume(self._cache_dir, self.current, len(self.library.briefings))


def _whole_number(value: object) -> int:
    """A saved whole number, 0 when it is missing or is not one (a settings file edited
    by hand, or damaged, must not stop the window from opening)."""
    try:
        return int(str(value))
    except ValueError:
        return 0
