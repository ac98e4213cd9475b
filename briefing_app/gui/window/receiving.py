"""New briefings reaching the window: Fichier › Importer…, files dropped on the window or
named on the command line, the distribution folder watched (Édition › Préférences), and
Bibliothèque › Paquets installés. The packs controller (gui.packs) does the work off the
GUI thread; once packs or documents changed, the library is loaded again and the search
index and the bookmarks follow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QVBoxLayout

    from briefing_app.core.content.model import Library
    from briefing_app.core.packs.origins import Origin
    from briefing_app.core.session import Session
    from briefing_app.gui.library.panel import LibraryPanel
    from briefing_app.gui.packs.controller import PacksController
    from briefing_app.gui.reader.view import Reader


def _offered(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The files of a drag that an import takes (packs, .md, .docx)."""
    from briefing_app.core.packs.receive import SUFFIXES

    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [
        url.toLocalFile()
        for url in data.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SUFFIXES
    ]


class ReceivingPart(WindowPart):
    """Imports, installed packs, the distribution folder, and the library reloaded."""

    if TYPE_CHECKING:  # provided by MainWindow
        session: Session
        origins: dict[str, Origin]
        settings: QSettings
        library: Library
        reader: Reader
        library_panel: LibraryPanel
        packs: PacksController | None
        _central_layout: QVBoxLayout
        _started: bool
        _files_to_open: list[str]
        _to_load: tuple[tuple[Path, ...], Path] | None

        @property
        def loading(self) -> bool: ...
        def _start_loading(self) -> None: ...
        def stop_loading(self) -> None: ...
        def _connect_signals(self, part: QObject | None = None) -> None: ...

    def load_packs(self) -> PacksController:
        """The packs controller and the distribution folder's banner, made on first need
        (just after the first paint, or at once when the user imports sooner)."""
        if self.packs is None:
            from briefing_app.gui.packs.banner import DistributionBanner
            from briefing_app.gui.packs.controller import PacksController
            from briefing_app.gui.preferences.dialog import distribution_folder

            banner = DistributionBanner(self)
            layout = self._central_layout
            layout.insertWidget(layout.indexOf(self.reader), banner)
            self.packs = PacksController(
                self.session.paths.data, self.settings, banner, self._library_ids, self
            )
            self._connect_signals(self.packs)
            self.packs.watch(distribution_folder(self.settings))
        return self.packs

    def _library_ids(self) -> list[str]:
        return [briefing.id for briefing in self.library.briefings]

    def import_files(self, paths: list[str]) -> None:
        """Offer ``paths`` for import: examined, then shown in the import dialog (once the
        library is loaded: a document must not take the id of a briefing still coming)."""
        if self.loading or not self._started:
            self._files_to_open += paths
            return
        self.load_packs().import_files(paths)

    def _open_waiting_files(self) -> None:
        """Offer the files named on the command line or dropped during the load."""
        waiting, self._files_to_open = self._files_to_open, []
        if waiting:
            self.import_files(waiting)

    @Slot()
    def _on_import_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _chosen = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importer des briefings"),
            "",
            self.tr("Paquets et documents (*.briefings *.md *.docx);;Tous les fichiers (*)"),
        )
        self.import_files(paths)

    @Slot()
    def _on_packs_triggered(self) -> None:
        self.load_packs().show_installed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept packs, Markdown and Word files dragged over the window."""
        if _offered(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Import the files dropped on the window."""
        paths = _offered(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    @Slot()
    def reload_library(self) -> None:
        """Load the library again (packs or documents changed): in the loader's thread, as
        at start; search and bookmarks follow once it is loaded (``window.loading``). A
        load still in progress starts again, on the folders as they now are."""
        self.stop_loading()
        self.session = self.session.refreshed()
        self._to_load = (self.session.folders, self.session.paths.cache)
        self.statusBar().showMessage(self.tr("Mise à jour de la bibliothèque…"))
        self._start_loading()

    def show_origins(self) -> None:
        """Show where each briefing comes from (source column, « Nouveau »)."""
        from briefing_app.core.packs.origins import origins

        self.origins = origins(self.session.paths.data)
        self.library_panel.set_origins(self.origins)
