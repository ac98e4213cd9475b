"""What the window remembers between runs: its geometry, its docks, the zoom, and the
briefing last read (reopened where it was left)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.gui.startup import place_docks, read_first_layout
from briefing_app.gui.window.base import WindowPart

LAST_READING = "reader/last"  # [briefing id, fraction read]: the store's last reading
RIGHT_DOCK_WIDTH = 320  # pixels: the search and bookmarks docks, at a first start

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QDockWidget

    from briefing_app.core.bookmarks.opener import StoreOpener
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.content.model import Briefing, Library
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.view import Reader


class SavedStatePart(WindowPart):
    """Restores ``MainWindow`` as it was left, and saves it."""

    if TYPE_CHECKING:  # provided by MainWindow
        settings: QSettings
        library: Library
        reader: Reader
        reading: ReadingTracker
        library_panel: LibraryPanel
        library_dock: QDockWidget
        toc_dock: QDockWidget
        search_dock: QDockWidget
        bookmarks_dock: QDockWidget

        current: Briefing | None
        _cache_dir: Path | None
        _open_store: StoreOpener

        @property
        def store(self) -> BookmarkStore: ...
        def open_briefing(
            self, briefing_id: str, anchor: str = "", position: float | None = None
        ) -> bool: ...
        @property
        def loading(self) -> bool: ...

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        left, right = (self.library_dock, self.toc_dock), (self.search_dock, self.bookmarks_dock)
        widths = (self.library_panel.preferred_width(), RIGHT_DOCK_WIDTH)
        place_docks(self, self.settings, left, right, read_first_layout(), widths)
        self.reader.set_zoom(_whole_number(self.settings.value("reader/zoom", 0)))
        resume, position = self._last_reading()  # reopened where it was left
        if self.library.get(resume) is not None and self.open_briefing(resume, position=position):
            return
        if self.loading:  # it may still come (see window.loading)
            self.reader.show_message(
                self.tr("Chargement de la bibliothèque…"),
                self.tr("Les briefings s’affichent à mesure qu’ils sont lus."),
            )
            return
        self.open_first(None if self._open_store.exists() else 0.0)  # none read yet

    def _last_reading(self) -> tuple[str, float | None]:
        """The briefing read last and where it was left, as the settings keep them (the
        store opens after the first paint); the store's, opened now, when the settings
        have none (None: where the store says)."""
        saved = self.settings.value(LAST_READING)
        if isinstance(saved, list) and len(saved) == 2:
            with contextlib.suppress(TypeError, ValueError):
                return str(saved[0]), min(max(float(saved[1]), 0.0), 1.0)
        if not self._open_store.exists():
            return "", None  # a first start: nothing read yet
        last = self.store.last_read()
        return (last.briefing, None) if last is not None else ("", None)

    def remember_last_reading(self, briefing_id: str, fraction: float) -> None:
        """Keep the reading just saved to the store in the settings too (Qt writes them
        out within moments), for the next start to reopen it before the store opens."""
        self.settings.setValue(LAST_READING, [briefing_id, fraction])

    def open_first(self, position: float | None = None) -> None:
        """Open the newest briefing that opens (at ``position``, None: where it was left),
        or say there is none."""
        for briefing in self.library.briefings:
            if self.open_briefing(briefing.id, position=position):
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
        self.reading.save()  # (and remember_last_reading)
        self.settings.sync()
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
