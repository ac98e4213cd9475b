"""The table of contents of the open briefing, as a tree that follows the reading.

Signals:
    section_requested(str): the user picked a section (its anchor id).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.core.library import Section

_ANCHOR = Qt.ItemDataRole.UserRole


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
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAccessibleName(self.tr("Sommaire"))
        self._items: dict[str, QTreeWidgetItem] = {}
        self._reading = ""
        self.itemActivated.connect(self._on_item_chosen)
        self.itemClicked.connect(self._on_item_chosen)

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Show ``sections`` (in reading order)."""
        self.clear()
        self._items = {}
        self._reading = ""
        parent: QTreeWidgetItem | None = None
        for section in sections:
            item = QTreeWidgetItem([section.title])
            item.setData(0, _ANCHOR, section.id)
            item.setToolTip(0, section.title)
            if section.level > 2 and parent is not None:
                parent.addChild(item)
            else:
                self.addTopLevelItem(item)
                parent = item
            self._items[section.id] = item
        self.expandAll()

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
    def _on_item_chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        self.section_requested.emit(str(item.data(0, _ANCHOR)))
