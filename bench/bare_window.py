"""Baseline for the start-up benchmark: a bare Qt window showing an HTML file.

Usage: ``python bench/bare_window.py PAGE.html``

Prints ``first-paint <time.monotonic()>`` on the browser's first paint, then
quits. Only PySide6 is imported (never briefing_app), so this measures what
any PySide6 program pays to show the same page.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


class FirstPaintBrowser(QTextBrowser):
    """A QTextBrowser that reports its first paint and quits the application."""

    def __init__(self) -> None:
        """Create the browser; nothing is reported until it paints."""
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, then, the first time only, print the time and quit."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QApplication.quit()


def main() -> int:
    """Show the HTML file named on the command line until its first paint."""
    app = QApplication(sys.argv[:1])
    browser = FirstPaintBrowser()
    browser.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window = QMainWindow()
    window.setCentralWidget(browser)
    window.resize(1180, 780)  # the app's default window size
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
