"""The packs worker: examines, installs and removes packs and documents, and looks into
the distribution folder, in a thread of its own so that the window never waits on a
file (a pack of 500 briefings takes a second to verify; a USB key can be slow).

It calls the same ``core.packs`` functions as ``briefing-app import`` and ``packs``.

Signals:
    examined(list): the ``Offer`` of each file, in order.
    progress(str, int, int): a step ("installation" of a pack's title), files done, total.
    received(list, list): the ``Received`` of each offer carried out, and the messages
        of those that failed.
    removed(str, str): a pack id and its title once removed, or "" and the message.
    scanned(list): the ``WaitingPack``s of the distribution folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from briefing_app.core.packs.errors import PackError


class PacksWorker(QObject):
    """Lives in the packs thread; see the module docstring for its signals."""

    examined = Signal(list)
    progress = Signal(str, int, int)
    received = Signal(list, list)
    removed = Signal(str, str)
    scanned = Signal(list)

    def __init__(self, data: Path) -> None:
        """Work on the data folder ``data`` (packs, documents, trusted keys)."""
        super().__init__()
        self._data = data

    @Slot(list)
    def examine(self, paths: list[str]) -> None:
        """Examine each file (nothing is written)."""
        from briefing_app.core.packs.keys import trusted_for
        from briefing_app.core.packs.receive import examine

        keys = trusted_for(self._data)
        self.examined.emit([examine(Path(path), self._data, keys) for path in paths])

    @Slot(list, list)
    def receive(self, offers: list[object], taken: list[str]) -> None:
        """Carry out ``offers`` (``Offer``s the user accepted); ``taken``: the ids of the
        library (a document takes none of them)."""
        from briefing_app.core.packs.receive import Offer, receive

        done, failed = [], []
        ids = set(taken)
        for offer in offers:
            assert isinstance(offer, Offer)
            title = offer.title or offer.path.name

            def told(files: int, total: int, title: str = title) -> None:
                self.progress.emit(title, files, total)

            try:
                received = receive(offer, self._data, ids, told)
            except PackError as error:
                failed.append(str(error))
                continue
            if received.document is not None:
                ids.add(received.document.stem)
            done.append(received)
        self.received.emit(done, failed)

    @Slot(str)
    def remove(self, pack_id: str) -> None:
        """Remove the pack ``pack_id``."""
        from briefing_app.core.packs.install import remove

        try:
            pack = remove(self._data, pack_id)
        except PackError as error:
            self.removed.emit("", str(error))
            return
        self.removed.emit(pack.id, pack.title)

    @Slot(str)
    def scan(self, folder: str) -> None:
        """Look for new or newer packs in the distribution folder ``folder``."""
        from briefing_app.core.packs.distribution import waiting_packs

        self.scanned.emit(waiting_packs(Path(folder), self._data))
