"""The reading mode (Affichage › Mode lecture, F11): the whole screen for the text, at
the width chosen, with a thin line at the top that says how far the page is read; the
panels and the menus out of sight. Their shortcuts still work: Ctrl+K (search) and
Ctrl+Maj+T (contents) bring their panel over the text, Échap puts it away again, and
Échap or F11 leave the mode. Moving from pane to pane with F6 is here too, and the
ring drawn around the pane that has the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtWidgets import QWidget

from briefing_app.gui.window.base import WindowPart

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QVBoxLayout

    from briefing_app.gui.reader.progress_line import ProgressLine
    from briefing_app.gui.reader.view import Reader
    from briefing_app.gui.widgets.focus_ring import FocusRing


class ReadingModePart(WindowPart):
    """The reading mode of ``MainWindow``, and the moves from pane to pane (F6)."""

    if TYPE_CHECKING:  # provided by MainWindow
        reader: Reader
        library_dock: QDockWidget
        toc_dock: QDockWidget
        search_dock: QDockWidget
        bookmarks_dock: QDockWidget
        reading_mode_action: QAction
        leave_action: QAction
        _central_layout: QVBoxLayout

    _progress_line: ProgressLine | None = None  # made on the mode's first use
    focus_ring: FocusRing  # made after the first paint
    _ringing = False  # the ring follows the keyboard
    _before_reading: tuple[QByteArray, bool] | None = None  # the docks, and maximised

    def _docks(self) -> tuple[QDockWidget, ...]:
        return (self.library_dock, self.toc_dock, self.search_dock, self.bookmarks_dock)

    @property
    def in_reading_mode(self) -> bool:
        """Whether the reading mode is on."""
        return self._before_reading is not None

    @Slot(bool)
    def set_reading_mode(self, on: bool) -> None:
        """Enter the reading mode (``on``) or leave it, the window as it was."""
        if on == self.in_reading_mode:
            return
        if on:
            self._before_reading = (self.saveState(), self.isMaximized())
            for dock in self._docks():
                dock.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.progress_line().show()
            self._on_reading_moved()
            self.showFullScreen()
            self.reader.setFocus()
        else:
            state, maximised = self._before_reading or (QByteArray(), False)
            self._before_reading = None
            self.progress_line().hide()
            self.menuBar().show()
            self.statusBar().show()
            if maximised:
                self.showMaximized()
            else:
                self.showNormal()
            self.restoreState(state)
        self.reading_mode_action.setChecked(on)
        self.leave_action.setEnabled(on)
        if self._ringing:  # none in the mode; the pane with the keyboard out of it
            self._on_focus_changed(None, self.focusWidget())

    @Slot()
    def _on_leave_triggered(self) -> None:
        """Échap in the reading mode: a panel brought over the text goes away; with none
        shown, the mode ends."""
        shown = [dock for dock in self._docks() if dock.isVisible()]
        if shown:
            for dock in shown:
                dock.hide()
            self.reader.setFocus()
        else:
            self.set_reading_mode(False)

    @Slot()
    def _on_reading_moved(self) -> None:
        if self.in_reading_mode:
            self.progress_line().set_fraction(self.reader.reading_fraction())

    def progress_line(self) -> ProgressLine:
        """The thin line over the text that says how far it is read (its module is
        loaded with the mode, not before the first paint)."""
        if self._progress_line is None:
            from briefing_app.gui.reader.progress_line import ProgressLine

            self._progress_line = ProgressLine()
            layout = self._central_layout
            layout.insertWidget(layout.indexOf(self.reader), self._progress_line)
        return self._progress_line

    # --- from pane to pane -------------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The panes F6 goes through, in order: library, contents, text, search, bookmarks
        (those shown)."""
        docks = [(self.library_dock, 0), (self.toc_dock, 1), (self.search_dock, 3)]
        docks.append((self.bookmarks_dock, 4))
        found: list[tuple[int, QWidget]] = [(2, self.reader)]
        found += [(rank, dock.widget()) for dock, rank in docks if dock.isVisible()]
        return [widget for _, widget in sorted(found, key=lambda pair: pair[0])]

    def ring_focused_pane(self) -> None:
        """From now on, ring the pane that has the keyboard (not in the reading mode: the
        text is the only pane there)."""
        from PySide6.QtWidgets import QApplication

        from briefing_app.gui.widgets.focus_ring import FocusRing

        self.focus_ring = FocusRing(self)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]
        self._ringing = True
        self._on_focus_changed(None, QApplication.focusWidget())

    def stop_ringing(self) -> None:
        """Follow the keyboard no more (the window closes: its panes go)."""
        from PySide6.QtWidgets import QApplication

        if self._ringing:
            self._ringing = False
            QApplication.instance().focusChanged.disconnect(self._on_focus_changed)  # type: ignore[union-attr]
            self.focus_ring.follow(None)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        pane = None
        if new is not None and not self.in_reading_mode:
            pane = next((p for p in self.panes() if p is new or p.isAncestorOf(new)), None)
        self.focus_ring.follow(pane)

    def move_to_pane(self, step: int) -> None:
        """Give the keyboard to the next pane (``step`` 1) or the one before (-1)."""
        panes = self.panes()
        focused = self.focusWidget()
        here = next(
            (
                i
                for i, pane in enumerate(panes)
                if focused is not None and (pane is focused or pane.isAncestorOf(focused))
            ),
            -1,
        )
        target = panes[(here + step) % len(panes)]
        focus = target.focusProxy() or _first_focusable(target)
        focus.setFocus()

    @Slot()
    def _on_next_pane(self) -> None:
        self.move_to_pane(1)

    @Slot()
    def _on_previous_pane(self) -> None:
        self.move_to_pane(-1)


def _first_focusable(widget: QWidget) -> QWidget:
    """The first widget in ``widget`` that takes the keyboard (``widget`` itself if none)."""
    from PySide6.QtCore import Qt

    def takes_keyboard(candidate: QWidget) -> bool:
        return bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)

    if takes_keyboard(widget):
        return widget
    for child in widget.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and takes_keyboard(child):
            return child
    return widget
