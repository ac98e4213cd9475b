"""The bar over an updated briefing: it says the briefing changed since the version the
user read, offers « Voir les changements » and « Marquer comme lu », and, while the
changes are shown, steps through them.

Signals (ChangesBar):
    show_requested(): show the changes.
    step_requested(int): go to the previous (-1) or next (+1) change.
    back_requested(): back to the briefing's text.
    mark_read_requested(): the user has seen this version.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from briefing_app.gui.widgets.notice_bar import NoticeBar


class ChangesBar(NoticeBar):
    """Two states: offering the changes, and stepping through them."""

    show_requested = Signal()
    step_requested = Signal(int)
    back_requested = Signal()
    mark_read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the bar, hidden until an updated briefing opens."""
        super().__init__("changes_bar", parent)
        self.setAccessibleName(self.tr("Changements du briefing"))
        self.show_button = self.add_button(self.tr("&Voir les changements"))
        self.previous_button = self.add_button(self.tr("◀ &Précédent"))
        self.previous_button.setAccessibleName(self.tr("Changement précédent"))
        self.next_button = self.add_button(self.tr("Suivan&t ▶"))
        self.next_button.setAccessibleName(self.tr("Changement suivant"))
        self.back_button = self.add_button(self.tr("Revenir au &texte"))
        self.read_button = self.add_button(self.tr("&Marquer comme lu"))
        self.close_button.hide()  # it goes with « Marquer comme lu » or another briefing
        self.count = 0
        self.show_button.clicked.connect(self.show_requested)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.back_button.clicked.connect(self.back_requested)
        self.read_button.clicked.connect(self.mark_read_requested)

    def offer(self) -> None:
        """Say that the briefing changed since it was read."""
        self.label.setText(self.tr("Ce briefing a été mis à jour depuis votre dernière lecture."))
        self._stepping(False)
        self.show()

    def stepping(self, index: int, count: int) -> None:
        """Say which change is shown: ``index`` (from 1) of ``count``."""
        self.count = count
        if count == 0:
            self.label.setText(self.tr("Aucun changement dans le texte (mise en forme seule)."))
        else:
            text = self.tr("Changement %1 sur %2.").replace("%1", str(index))
            self.label.setText(text.replace("%2", str(count)))
        self._stepping(True)
        self.previous_button.setEnabled(index > 1)
        self.next_button.setEnabled(index < count)
        self.show()

    def _stepping(self, on: bool) -> None:
        self.show_button.setVisible(not on)
        for button in (self.previous_button, self.next_button, self.back_button):
            button.setVisible(on)

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.step_requested.emit(-1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.step_requested.emit(1)
