"""Qt enum values that the window uses before its first paint, as plain integers.

Touching PySide6's ``Qt`` namespace (``from PySide6.QtCore import Qt``) builds all of its
Python enums at once, about 95 of them: 30 ms here, a fifth of a bare window's start-up.
The first paint needs none of them: item roles are integers for Qt, and an enum property
takes its integer value. Code that runs later (sorting, bookmarks, search) uses ``Qt``.
tests/gui/test_qt_values.py checks each value against Qt's own, and that the window's
first paint leaves the namespace unbuilt.
"""

from __future__ import annotations

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
HORIZONTAL = 1  # Qt.Orientation.Horizontal
ELIDE_NONE = 3  # Qt.TextElideMode.ElideNone
