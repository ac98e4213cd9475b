"""A slim bar above the reader that says something and offers a few buttons, without
stopping the reading (the changes of an updated briefing, packs waiting to be installed)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class NoticeBar(QFrame):
    """A label, buttons added with ``add_button``, and a close button; hidden at first."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """Create the bar (``name``: its object and accessible name)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer"))
        self.close_button.setAccessibleName(self.tr("Masquer"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def add_button(self, text: str) -> QPushButton:
        """A button placed before the close button."""
        button = QPushButton(text, self)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button
