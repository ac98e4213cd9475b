"""How the window starts, and the tricks that keep its first paint quick.

The start-up order:

1. ``cli.run`` with no argument makes no parser; ``gui.app.run_window`` creates the
   application, loads the library through the catalog cache (no Markdown, no YAML for
   unchanged files) and opens the bookmark store.
2. ``window.main_window.MainWindow`` builds the shell: the reader, the library and
   TOC docks, and two empty docks for search and bookmarks; actions and menus; its
   connections. ``place_docks`` puts the four docks where the saved layout has them;
   then the last-read briefing opens at its last position from the page cache.
3. The window shows and paints the page. ``Reader.first_painted`` fires once.
4. Just after that paint (``window.deferred``): sorting in the library list, the search
   panel and its worker thread, which brings the index up to date in the background,
   the window icon (the SVG engine loads then), and the bookmarks, re-anchored to the
   current text of changed briefings. The find bar, the note editor and the link
   resolver are made on first use.

What the first paint must not pay for is kept out of steps 1 to 3: Whoosh, Markdown, YAML,
difflib and the search and bookmarks modules (tests/gui/test_startup_imports.py checks
it), and PySide6's ``Qt`` namespace. Touching it (``from PySide6.QtCore import Qt``)
builds all of its Python enums at once, about 95 of them: 30 ms here, a fifth of a bare
window's start-up. The first paint needs none of them: item roles are integers for Qt,
and an enum property takes its integer value, so the values below stand in for them;
code that runs later (sorting, bookmarks, search) uses ``Qt``. tests/gui/test_startup_values.py
checks each value against Qt's own, and that the first paint leaves the namespace unbuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from briefing_app.core.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
HORIZONTAL = 1  # Qt.Orientation.Horizontal
ELIDE_NONE = 3  # Qt.TextElideMode.ElideNone


FIRST_LAYOUT = "first_layout.bin"  # in resources/: the docks' first places, as a saved state


def place_docks(
    window: QMainWindow,
    settings: QSettings,
    left: tuple[QDockWidget, QDockWidget],
    right: tuple[QDockWidget, QDockWidget],
    first_layout: bytes | None = None,
    widths: tuple[int, int] = (330, 330),
) -> None:
    """Put the docks where the user left them: the saved state places them itself, with
    no ``Qt`` enum. With no saved state (a first start), ``first_layout`` does the same:
    the state ``first_places`` makes, shipped in resources/ (tools/make_first_layout.py
    writes it again), so that a first start does not build the enums either. Docks
    neither places (a state from another version) go to their first places."""
    state = settings.value("window/state")
    restored = isinstance(state, QByteArray) and window.restoreState(state)
    if not restored and first_layout:
        restored = window.restoreState(QByteArray(first_layout))
    docks = (*left, *right)
    layout = window.layout()
    placed = [
        dock for dock in docks if restored and layout is not None and layout.indexOf(dock) >= 0
    ]
    unplaced = [dock for dock in docks if dock not in placed]
    if unplaced:
        first_places(window, left, right, unplaced, sized=not restored, widths=widths)


def first_places(
    window: QMainWindow,
    left: tuple[QDockWidget, QDockWidget],
    right: tuple[QDockWidget, QDockWidget],
    unplaced: list[QDockWidget],
    sized: bool = True,
    widths: tuple[int, int] = (330, 330),
) -> None:
    """The docks' first places: ``left`` stacked on the left, ``right`` tabbed on the
    right, the first of each in front; ``sized``: their first sizes too (``widths``: the
    left's and the right's)."""
    from PySide6.QtCore import Qt

    areas = Qt.DockWidgetArea
    for dock in unplaced:
        window.addDockWidget(
            areas.LeftDockWidgetArea if dock in left else areas.RightDockWidgetArea, dock
        )
    if right[1] in unplaced:
        window.tabifyDockWidget(right[0], right[1])
        right[0].raise_()
    if sized:
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        window.resizeDocks([left[0], right[0]], list(widths), horizontal)
        window.resizeDocks([left[0], left[1]], [220, 520], vertical)


def read_first_layout() -> bytes | None:
    """The shipped first layout (None when it is missing: the docks are placed by hand)."""
    try:
        return (resources_dir() / FIRST_LAYOUT).read_bytes()
    except OSError:
        return None
