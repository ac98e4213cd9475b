"""Printing needs a Qt application: pytest-qt's, shared with the window's tests (one made
by ``printing.application`` first would be a QGuiApplication, which they cannot use)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    return qapp
