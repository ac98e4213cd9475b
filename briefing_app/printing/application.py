"""The Qt application printing needs (fonts, the PDF writer): the window's when there is
one, else one made for the command line, offscreen (no display is needed to print)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen one."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])
