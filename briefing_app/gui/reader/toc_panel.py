"""The table of contents of the open briefing, as a tree that follows the reading. Each
section has a tick box, ticked at first: printing and exporting take the ticked ones.

Signals:
    section_requested(str): the user picked a section (its anchor id).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.core.content.model import Section
from briefing_app.gui.startup import ELIDE_NONE, USER_ROLE
from briefing_app.gui.widgets.wrapping import WrappingDelegate

if TYPE_CHECKING:  # icons come with bookmarks, after the first paint
    from PySide6.QtGui import QIcon, QResizeEvent

_ANCHOR = USER_ROLE
MARKS_ROLE = USER_ROLE + 1  # how many bookmarks a section holds
_ALIGNED = USER_ROLE + 2  # a blank icon keeps it aligned with marked ones
CHECK_STATE_ROLE = 10  # Qt.ItemDataRole.CheckStateRole, without building the enum
UNCHECKED, CHECKED = 0, 2  # Qt.CheckState


class TocPanel(QTreeWidget):
    """Sections of the open briefing (``##`` at the top level, ``###`` beneath)."""

    section_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty table of contents."""
        super().__init__(parent)
        self.setObjectName("toc")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(16)
        self.setWordWrap(True)
        self.setProperty("textElideMode", ELIDE_NONE)  # the enum costs start-up time
        self.setItemDelegate(WrappingDelegate(self))  # long titles on several lines
        self._laid_out_width = 0
        self.setAccessibleName(self.tr("Sommaire"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._reading = ""
        self._icons: dict[bool, QIcon] = {}  # the ribbon (True) and its blank (False)
        self._ticks: dict[str, int] = {}  # each section's tick, as last seen
        self._ticking = False  # the click being handled is on a tick box
        self.itemActivated.connect(self._on_item_chosen)
        self.itemClicked.connect(self._on_item_chosen)
        self.itemChanged.connect(self._on_item_changed)

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Show ``sections`` (in reading order)."""
        self.clear()
        self._items = {}
        self._reading = ""
        parent: QTreeWidgetItem | None = None
        for section in sections:
            item = QTreeWidgetItem([section.title])
            item.setData(0, _ANCHOR, section.id)
            item.setData(0, CHECK_STATE_ROLE, CHECKED)
            item.setToolTip(0, section.title)
            if section.level > 2 and parent is not None:
                parent.addChild(item)
            else:
                self.addTopLevelItem(item)
                parent = item
            self._items[section.id] = item
        self.expandAll()
        self._ticks = dict.fromkeys(self._items, CHECKED)
        self._ticking = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the titles again at the new width."""
        super().resizeEvent(event)
        # (the event's width, not the viewport's: asking for the viewport before the first
        # paint builds 57 of PySide's enums, 13 ms)
        width = event.size().width()
        if width != self._laid_out_width:
            self._laid_out_width = width
            self.scheduleDelayedItemsLayout()

    def ticked(self) -> list[str]:
        """The sections ticked, in reading order; none when all are (the whole briefing)."""
        anchors = [
            anchor
            for anchor, item in self._items.items()
            if item.data(0, CHECK_STATE_ROLE) == CHECKED
        ]
        return [] if len(anchors) == len(self._items) else anchors

    def set_marks(self, counts: Mapping[str, int]) -> None:
        """Mark the sections holding bookmarks (``counts``: bookmarks per anchor).

        While any section is marked, the others get a blank icon of the same size, so
        that every title starts at the same place."""
        from PySide6.QtGui import QIcon

        marked = any(counts.get(anchor, 0) for anchor in self._items)
        for anchor, item in self._items.items():
            count = counts.get(anchor, 0)
            if (count, marked) == (item.data(0, MARKS_ROLE) or 0, bool(item.data(0, _ALIGNED))):
                continue
            item.setData(0, MARKS_ROLE, count)
            item.setData(0, _ALIGNED, marked)
            item.setIcon(0, self._icon(count > 0) if marked else QIcon())
            title = str(item.text(0))
            if count:
                title += "\n" + self.tr("%n signet(s)", "", count)
            item.setToolTip(0, title)

    def refresh_marks(self) -> None:
        """Draw the marks again, in the theme now in force."""
        self._icons = {}
        for item in self._items.values():
            if item.data(0, _ALIGNED):  # a ribbon, or the blank beside one
                item.setIcon(0, self._icon(bool(item.data(0, MARKS_ROLE))))

    def _icon(self, ribbon: bool) -> QIcon:
        """A small ribbon, or a blank of its size: drawn once (no image file to bundle)."""
        if ribbon not in self._icons:
            from PySide6.QtCore import QPointF
            from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

            size = 16
            pixmap = QPixmap(size, size)
            pixmap.fill(QColor(0, 0, 0, 0))
            if ribbon:
                from briefing_app.gui.preferences.appearance import current_theme

                theme = current_theme()
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QColor(theme.colour("marker_border")))
                painter.setBrush(QColor(theme.colour("marker")))
                points = [(4, 1), (12, 1), (12, 15), (8, 11), (4, 15)]
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
                painter.end()
            self._icons[ribbon] = QIcon(pixmap)
        return self._icons[ribbon]

    def current_anchor(self) -> str:
        """The anchor of the section shown as being read, or ""."""
        return self._reading

    def set_current_anchor(self, anchor: str) -> None:
        """Show which section is being read: selected and in bold (no signal is sent)."""
        previous = self._items.get(self._reading)
        if previous is not None:
            previous.setFont(0, self.font())
        self._reading = anchor if anchor in self._items else ""
        item = self._items.get(self._reading)
        self.blockSignals(True)
        if item is None:
            self.clearSelection()
        else:
            bold = self.font()
            bold.setBold(True)
            item.setFont(0, bold)
            self.setCurrentItem(item)
            item.setSelected(True)
            self.scrollToItem(item)
        self.blockSignals(False)

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        anchor, state = str(item.data(0, _ANCHOR)), item.data(0, CHECK_STATE_ROLE)
        if anchor in self._ticks and self._ticks[anchor] != state:
            self._ticks[anchor] = state
            self._ticking = True  # a tick box: the click that follows opens no section

    @Slot(QTreeWidgetItem, int)
    def _on_item_chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._ticking:
            self._ticking = False
            return
        self.section_requested.emit(str(item.data(0, _ANCHOR)))
