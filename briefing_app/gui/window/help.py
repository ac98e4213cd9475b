"""Aide: the keyboard shortcuts (F1), and the guide, a document of the program's own
(source « Briefings », in the interface's language), shown in the reader as a briefing
is, but kept out of the library, the search and the bookmarks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot

from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from briefing_app.core.content.model import Briefing
    from briefing_app.core.navigation import Location, NavigationHistory
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.reader.reading_tracker import ReadingTracker
    from briefing_app.gui.reader.toc_panel import TocPanel
    from briefing_app.gui.reader.view import Reader


def guide_path() -> Path:
    """The guide in the interface's language."""
    from briefing_app.core.messages import current_language
    from briefing_app.core.paths import resources_dir

    return resources_dir() / "guide" / f"guide.{current_language()}.md"


class HelpPart(WindowPart):
    """The Aide menu's own windows of ``MainWindow``."""

    if TYPE_CHECKING:  # provided by MainWindow
        reader: Reader
        toc: TocPanel
        library_panel: LibraryPanel
        reading: ReadingTracker
        history: NavigationHistory
        current: Briefing | None

        def shortcut_actions(self) -> list[QAction]: ...
        def location(self) -> Location | None: ...
        def _update_history_actions(self) -> None: ...

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        from briefing_app.gui.help.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_actions(), self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def _on_guide_triggered(self) -> None:
        """Show the guide (Back returns to the briefing left)."""
        from briefing_app.core.content.loader import parse_briefing, read_briefing_bytes
        from briefing_app.core.content.problems import ContentError
        from briefing_app.printing.pagetext import briefing_header

        path = guide_path()
        try:
            guide, rendered = parse_briefing(path, read_briefing_bytes(path))
        except (ContentError, OSError) as error:
            self.statusBar().showMessage(self.tr("Guide illisible : %1").replace("%1", str(error)))
            return
        here = self.location()
        if here is not None:
            self.history.visit(here)
        self.reading.save()
        self.reading.track(None)  # the guide's place is not a briefing's
        self.current = guide
        anchors = [section.id for section in rendered.toc]
        base = QUrl.fromLocalFile(str(path.parent) + "/")
        self.reader.show_page(briefing_header(guide), rendered.html, anchors, base)
        self.toc.set_sections(rendered.toc)
        self.library_panel.select_briefing(guide.id)  # none of the library's: none selected
        self.setWindowTitle(self.tr("%1 — Briefings").replace("%1", guide.title))
        self._update_history_actions()
