"""The paper: its size (A4, or US Letter where the locale measures in inches), the
margins (a wider one on the left, for binding), the bands of the running header and
footer inside the top and bottom margins, and the print stylesheet (the reader's
typography, in colours meant for paper: a dark theme never reaches it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize

from briefing_app.core.paths import resources_dir

MM_PER_INCH = 25.4
STYLESHEET = "print.css"  # in resources/
BODY_POINTS = 10.5  # the text's size on paper
SMALL_POINTS = 8.0  # the running header's and footer's


@dataclass(frozen=True)
class Paper:
    """A page size and its margins, in millimetres."""

    size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
    left: float = 25.0  # binding side
    right: float = 18.0
    top: float = 24.0  # the running header sits in it
    bottom: float = 22.0  # the footer sits in it

    def page_layout(self) -> QPageLayout:
        """The Qt page layout: this size, portrait, no margins (drawn here)."""
        return QPageLayout(
            QPageSize(self.size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )

    def page_mm(self) -> tuple[float, float]:
        """The page's width and height in millimetres."""
        size = QPageSize(self.size).size(QPageSize.Unit.Millimeter)
        return size.width(), size.height()

    def body(self, dpi: float) -> QRectF:
        """Where the text goes on a page, in device pixels at ``dpi``."""
        width, height = self.page_mm()
        scale = dpi / MM_PER_INCH
        return QRectF(
            self.left * scale,
            self.top * scale,
            (width - self.left - self.right) * scale,
            (height - self.top - self.bottom) * scale,
        )

    def header_band(self, dpi: float) -> QRectF:
        """The running header's band, above the text, in device pixels at ``dpi``."""
        body = self.body(dpi)
        scale = dpi / MM_PER_INCH
        return QRectF(body.left(), body.top() - 12 * scale, body.width(), 8 * scale)

    def footer_band(self, dpi: float) -> QRectF:
        """The footer's band, below the text, in device pixels at ``dpi``."""
        body = self.body(dpi)
        scale = dpi / MM_PER_INCH
        return QRectF(body.left(), body.bottom() + 6 * scale, body.width(), 8 * scale)


def default_paper(locale: QLocale | None = None) -> Paper:
    """A4, or US Letter where ``locale`` (the system's by default) measures in inches."""
    locale = locale or QLocale.system()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return Paper(QPageSize.PageSizeId.Letter)
    return Paper()


def print_stylesheet() -> str:
    """The print stylesheet shipped in resources/ ("" if it is missing: the text still
    prints, in black)."""
    try:
        return (resources_dir() / STYLESHEET).read_text(encoding="utf-8")
    except OSError:
        return ""
