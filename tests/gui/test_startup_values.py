"""The Qt values used before the first paint are Qt's own, and the first paint of a
window whose layout was saved leaves PySide6's ``Qt`` namespace unbuilt (30 ms)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefing_app.gui import startup
from tests.helpers import run_python


def test_each_value_is_qts_own() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == startup.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == startup.TOOLTIP_ROLE
    assert Qt.ItemDataRole.UserRole.value == startup.USER_ROLE
    assert Qt.Orientation.Horizontal.value == startup.HORIZONTAL
    assert Qt.TextElideMode.ElideNone.value == startup.ELIDE_NONE


# Starts the window as the program does, and says at its first paint whether the Qt
# namespace is built (it quits then, as for the start-up benchmarks).
FIRST_PAINT = """
import os, sys
os.environ.update(QT_QPA_PLATFORM="offscreen", BRIEFING_APP_EXIT_AFTER_PAINT="1")
from PySide6 import QtCore
from briefing_app.cli import run
from briefing_app.gui import app

report = app._report_first_paint
def report_namespace(application):
    print("namespace built:", "Qt" in vars(QtCore))
    report(application)
app._report_first_paint = report_namespace
sys.exit(run(["--data-dir", sys.argv[1]]))
"""


def test_a_later_start_paints_without_building_the_qt_namespace(tmp_path: Path) -> None:
    script = FIRST_PAINT.replace("sys.argv[1]", repr(str(tmp_path)))
    first = run_python(script)  # no saved layout: the docks are placed with Qt's enums
    assert first.returncode == 0, first.stderr
    assert "namespace built: True" in first.stdout
    again = run_python(script)  # the layout saved when the first one quit places them
    assert again.returncode == 0, again.stderr
    assert "namespace built: False" in again.stdout
    assert "first-paint" in again.stdout
