"""The distribution folder's banner: new or newer packs found there, offered without
interrupting the reading.

Signals (DistributionBanner):
    review_requested(list): the user wants to see these packs (their paths) in the
        import dialog.
    dismissed(list): the user put these off (their ``WaitingPack``s): not offered again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from briefing_app.core.packs.distribution import WaitingPack
from briefing_app.gui.widgets.notice_bar import NoticeBar

SHOWN = 3  # packs named in the banner


class DistributionBanner(NoticeBar):
    """« Nouveaux briefings dans le dossier de diffusion : … » [Voir…] [Plus tard]."""

    review_requested = Signal(list)
    dismissed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the banner, hidden until packs wait."""
        super().__init__("distribution_banner", parent)
        self.setAccessibleName(self.tr("Paquets dans le dossier de diffusion"))
        self.review_button = self.add_button(self.tr("&Voir et installer…"))
        self.later_button = self.add_button(self.tr("Plus &tard"))
        self.waiting: list[WaitingPack] = []
        self.review_button.clicked.connect(self._on_review_clicked)
        self.later_button.clicked.connect(self._on_later_clicked)

    def set_waiting(self, waiting: Sequence[WaitingPack]) -> None:
        """Offer ``waiting`` (hidden when there is none)."""
        self.waiting = list(waiting)
        names = []
        for pack in self.waiting[:SHOWN]:
            if pack.installed_version:
                text = self.tr("« %1 » (version %2 ; vous avez la version %3)")
                text = text.replace("%3", str(pack.installed_version))
            else:
                text = self.tr("« %1 » (version %2, nouveau paquet)")
            names.append(text.replace("%1", pack.title).replace("%2", str(pack.version)))
        more = len(self.waiting) - len(names)
        if more > 0:
            names.append(self.tr("et %n autre(s)", "", more))
        self.label.setText(
            self.tr("Nouveau dans le dossier de diffusion : %1.").replace("%1", ", ".join(names))
        )
        self.setVisible(bool(self.waiting))

    @Slot()
    def _on_review_clicked(self) -> None:
        self.hide()
        self.review_requested.emit([str(pack.path) for pack in self.waiting])

    @Slot()
    def _on_later_clicked(self) -> None:
        self.hide()
        self.dismissed.emit(self.waiting)
