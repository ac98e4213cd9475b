"""What the window's parts are written against.

``MainWindow`` is assembled from one part per concern (actions, navigation, deferred
parts, saved state), each in its own module. To a type checker each part is a
``QMainWindow`` (its ``tr``, ``statusBar``, ``menuBar`` are known) and declares the
window's members it uses; at run time it is a plain class, ``MainWindow`` alone
being the Qt object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as WindowPart
else:
    WindowPart = object

__all__ = ["WindowPart"]
