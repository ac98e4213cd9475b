"""The Qt values used before the first paint are Qt's own, and no first paint builds
PySide6's ``Qt`` namespace (30 ms): neither a first start nor a later one, nor one whose
library is still loading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from bench.make_corpus import make_corpus
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
    print("store opened:", "sqlite3" in sys.modules)
    print("diff loaded:", "difflib" in sys.modules)  # « Voir les changements » comes later
    report(application)
app._report_first_paint = report_namespace
sys.exit(run(["--data-dir", sys.argv[1]]))
"""


def test_a_first_and_a_later_start_paint_without_building_the_qt_namespace(tmp_path: Path) -> None:
    script = FIRST_PAINT.replace("sys.argv[1]", repr(str(tmp_path)))
    first = run_python(script)  # no saved layout: the shipped first layout places them
    assert first.returncode == 0, first.stderr
    assert "namespace built: False" in first.stdout
    assert "store opened: False" in first.stdout  # nothing to resume: no store yet
    assert "diff loaded: False" in first.stdout
    again = run_python(script)  # the layout saved when the first one quit places them
    assert again.returncode == 0, again.stderr
    assert "namespace built: False" in again.stdout
    assert "store opened: False" in again.stdout  # the settings say what to resume
    assert "diff loaded: False" in again.stdout
    assert "first-paint" in again.stdout


def test_a_library_still_loading_paints_without_building_the_qt_namespace(
    tmp_path: Path,
) -> None:
    make_corpus(tmp_path / "content", 12, sections=2, seed=4)  # more than SYNC_FILES
    script = FIRST_PAINT.replace(
        'run(["--data-dir", sys.argv[1]])',
        f'run(["--data-dir", {str(tmp_path / "data")!r}, "--content", '
        f"{str(tmp_path / 'content')!r}])",
    )
    for start in ("first", "later"):  # the catalog empty, then filled by the first
        done = run_python(script)
        assert done.returncode == 0, (start, done.stderr)
        assert "namespace built: False" in done.stdout, start
