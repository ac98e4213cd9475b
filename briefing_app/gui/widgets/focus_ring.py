"""A ring in the selection's colour around the pane that has the keyboard (the text,
the contents, a list...): where typing goes shows at a glance, whatever the widget
draws of its own focus (the reader draws none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

THICKNESS = 2  # pixels


class FocusRing(QWidget):
    """Drawn over ``window`` around the pane it follows; clicks go through it."""

    def __init__(self, window: QWidget) -> None:
        """A ring, hidden until it follows a pane."""
        super().__init__(window)
        self.window_ = window
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self.pane: QWidget | None = None

    def follow(self, pane: QWidget | None) -> None:
        """Ring ``pane`` (None: no pane has the keyboard, or one in a window of its own)."""
        if pane is self.pane:
            self._place()
            return
        if self.pane is not None:
            self.pane.removeEventFilter(self)
        self.pane = pane if pane is not None and self.window_.isAncestorOf(pane) else None
        if self.pane is not None:
            self.pane.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        if self.pane is None or not self.pane.isVisible():
            self.hide()
            return
        corner = self.pane.mapTo(self.window_, QPoint(0, 0))
        self.setGeometry(QRect(corner, self.pane.size()))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Move with the pane, and go when it does."""
        moved = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
        if watched is self.pane and event.type() in moved:
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The ring, inside the pane's edge."""
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(THICKNESS)
        painter.setPen(pen)
        half = THICKNESS // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
        painter.end()
