"""The reading mode's progress: a thin line along the top of the text, coloured as far
as the page is read, its percentage told to a screen reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

LINE_HEIGHT = 4  # pixels: the progress line


class ProgressLine(QWidget):
    """A thin line along the top of the text, coloured as far as the page is read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty line (nothing read)."""
        super().__init__(parent)
        self.setObjectName("progress_line")
        self.setFixedHeight(LINE_HEIGHT)
        self.fraction = 0.0
        self.setAccessibleName(self.tr("Progression de la lecture"))

    def set_fraction(self, fraction: float) -> None:
        """Show ``fraction`` (0..1) of the page as read."""
        fraction = min(max(fraction, 0.0), 1.0)
        if abs(fraction - self.fraction) > 0.001:
            self.fraction = fraction
            read = self.tr("%1 % lu").replace("%1", str(round(100 * fraction)))
            self.setAccessibleDescription(read)
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the part read in the theme's link colour, the rest in its base colour."""
        from briefing_app.gui.preferences.appearance import current_theme

        theme = current_theme()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.colour("alternate_base")))
        read = self.rect()
        read.setWidth(round(self.width() * self.fraction))
        painter.fillRect(read, QColor(theme.colour("link")))
        painter.end()
