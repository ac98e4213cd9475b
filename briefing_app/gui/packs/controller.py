"""Receiving briefings in the window: files offered (Fichier › Importer…, a drop, the
command line, the distribution folder) are examined in the packs thread, shown in the
import dialog, and what the user accepts is installed there too; the installed packs'
dialog removes one. The window never waits: the dialogs are window-modal, not blocking,
and the status bar follows the work.

Signals:
    library_changed(): packs or documents were added or removed (reload the library).
    message(str, int): a line for the status bar, and how long it stays (ms; 0: until the
        next one).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.gui.packs.banner import DistributionBanner
from briefing_app.gui.packs.worker import PacksWorker

if TYPE_CHECKING:
    from briefing_app.core.packs.distribution import WaitingPack
    from briefing_app.gui.packs.import_dialog import ImportDialog
    from briefing_app.gui.packs.packs_dialog import InstalledPacksDialog

DISMISSED = "packs/dismissed"  # settings key: "id:version" of the packs put off
SCAN_DELAY_MS = 700  # a folder being copied into changes many times: look once it settles


class PacksController(QObject):
    """Owns the packs thread and its dialogs (see module docstring for signals)."""

    library_changed = Signal()
    message = Signal(str, int)
    examine_requested = Signal(list)
    receive_requested = Signal(list, list)
    remove_requested = Signal(str)
    scan_requested = Signal(str)

    def __init__(
        self,
        data: Path,
        settings: QSettings,
        banner: DistributionBanner,
        taken: Callable[[], list[str]],
        parent: QWidget,
    ) -> None:
        """Work on the data folder ``data``; ``banner`` offers the distribution folder's
        packs; ``taken`` gives the library's ids (a document takes none of them)."""
        super().__init__(parent)
        self._data = data
        self._settings = settings
        self._taken = taken
        self._parent = parent
        self.banner = banner
        self.busy = False  # files are being examined or received
        self._waiting_files: list[str] = []  # offered while busy: examined next
        self.dialog: ImportDialog | None = None
        self.packs_dialog: InstalledPacksDialog | None = None
        self.report: QMessageBox | None = None
        self.folder = ""
        self.waiting: list[WaitingPack] = []  # what the last look into the folder found
        self._watcher = QFileSystemWatcher(self)
        self._scan_timer = QTimer(self)
        self._scan_timer.setSingleShot(True)
        self._scan_timer.setInterval(SCAN_DELAY_MS)
        self.thread_ = QThread(self)
        self.thread_.setObjectName("packs")
        self.worker = PacksWorker(data)
        self.worker.moveToThread(self.thread_)
        self._connect_signals()
        self.thread_.start()

    def _connect_signals(self) -> None:
        self.thread_.finished.connect(self.worker.deleteLater)
        self.examine_requested.connect(self.worker.examine)
        self.receive_requested.connect(self.worker.receive)
        self.remove_requested.connect(self.worker.remove)
        self.scan_requested.connect(self.worker.scan)
        self.worker.examined.connect(self._on_worker_examined)
        self.worker.progress.connect(self._on_worker_progress)
        self.worker.received.connect(self._on_worker_received)
        self.worker.removed.connect(self._on_worker_removed)
        self.worker.scanned.connect(self._on_worker_scanned)
        self._watcher.directoryChanged.connect(self._scan_timer.start)
        self._scan_timer.timeout.connect(self.scan)
        self.banner.review_requested.connect(self.import_files)
        self.banner.dismissed.connect(self._on_banner_dismissed)

    def stop(self) -> None:
        """Stop the packs thread (the window is closing; work in progress finishes)."""
        self.thread_.quit()
        self.thread_.wait()

    # --- importing ------------------------------------------------------------------------

    @Slot(list)
    def import_files(self, paths: list[str]) -> None:
        """Examine ``paths`` and offer them in the import dialog."""
        if not paths:
            return
        if self.busy:  # after the import in progress
            self._waiting_files += paths
            return
        self.busy = True
        text = self.tr("Vérification de %n fichier(s)…", "", len(paths))
        self.message.emit(text, 0)
        self.examine_requested.emit(list(paths))

    @Slot(list)
    def _on_worker_examined(self, offers: list[object]) -> None:
        from briefing_app.gui.packs.import_dialog import ImportDialog

        self.message.emit("", 0)
        self.dialog = ImportDialog(offers, self._parent)  # type: ignore[arg-type]
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        assert self.dialog is not None
        chosen = self.dialog.chosen()
        self.dialog.deleteLater()
        self.dialog = None
        if not chosen:
            self._done()
            return
        self.message.emit(self.tr("Installation…"), 0)
        self.receive_requested.emit(chosen, self._taken())

    @Slot()
    def _on_dialog_rejected(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._done()

    @Slot(str, int, int)
    def _on_worker_progress(self, title: str, done: int, total: int) -> None:
        text = self.tr("Installation de « %1 » : %2 / %3 fichiers…").replace("%1", title)
        self.message.emit(text.replace("%2", str(done)).replace("%3", str(total)), 0)

    @Slot(list, list)
    def _on_worker_received(self, done: list[object], failed: list[str]) -> None:
        text = self.tr("%n importation(s) terminée(s).", "", len(done))
        self.message.emit(text, 6000)
        if failed:
            self._report(self.tr("Importation impossible"), "\n\n".join(failed))
        if done:
            self.library_changed.emit()
            self.scan()
        self._done()

    def _done(self) -> None:
        self.busy = False
        waiting, self._waiting_files = self._waiting_files, []
        self.import_files(waiting)

    def _report(self, title: str, text: str) -> None:
        """A message that does not stop the window (shown, not run)."""
        self.report = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._parent)
        self.report.open()

    # --- installed packs --------------------------------------------------------------------

    def show_installed(self) -> InstalledPacksDialog:
        """Open (or raise) the list of installed packs."""
        from briefing_app.core.packs.installed import installed_packs
        from briefing_app.gui.packs.packs_dialog import InstalledPacksDialog

        if self.packs_dialog is None:
            self.packs_dialog = InstalledPacksDialog(self._parent)
            self.packs_dialog.remove_requested.connect(self._on_remove_requested)
        self.packs_dialog.set_packs(installed_packs(self._data))
        self.packs_dialog.show()
        self.packs_dialog.raise_()
        return self.packs_dialog

    @Slot(str)
    def _on_remove_requested(self, pack_id: str) -> None:
        self.message.emit(self.tr("Retrait du paquet…"), 0)
        self.remove_requested.emit(pack_id)

    @Slot(str, str)
    def _on_worker_removed(self, pack_id: str, said: str) -> None:
        if not pack_id:
            self.message.emit("", 0)
            self._report(self.tr("Retrait impossible"), said)
            return
        text = self.tr("« %1 » retiré ; les signets de ses briefings restent, « à revoir ».")
        self.message.emit(text.replace("%1", said), 8000)
        if self.packs_dialog is not None and self.packs_dialog.isVisible():
            self.show_installed()
        self.library_changed.emit()
        self.scan()

    # --- the distribution folder ---------------------------------------------------------------

    def watch(self, folder: str) -> None:
        """Watch ``folder`` ("" for none) for new packs, and look at once."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = folder
        if folder and Path(folder).is_dir():
            self._watcher.addPath(folder)
        self.scan()

    @Slot()
    def scan(self) -> None:
        """Look for new or newer packs in the distribution folder (in the packs thread)."""
        if self.folder:
            self.scan_requested.emit(self.folder)
        else:
            self.banner.set_waiting([])

    @Slot(list)
    def _on_worker_scanned(self, waiting: list[object]) -> None:
        from briefing_app.core.packs.distribution import WaitingPack

        self.waiting = [pack for pack in waiting if isinstance(pack, WaitingPack)]
        dismissed = set(self._dismissed())
        self.banner.set_waiting(
            [pack for pack in self.waiting if f"{pack.id}:{pack.version}" not in dismissed]
        )

    def _dismissed(self) -> list[str]:
        value = self._settings.value(DISMISSED, [])
        if isinstance(value, str):  # an INI file gives a list of one as its item
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, list) else []

    @Slot(list)
    def _on_banner_dismissed(self, waiting: list[object]) -> None:
        from briefing_app.core.packs.distribution import WaitingPack

        put_off = [f"{p.id}:{p.version}" for p in waiting if isinstance(p, WaitingPack)]
        self._settings.setValue(DISMISSED, sorted({*self._dismissed(), *put_off}))
