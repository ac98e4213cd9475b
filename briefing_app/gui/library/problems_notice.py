"""A non-blocking notice listing the content problems met while loading the library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from briefing_app.core.content.problems import Problem

if TYPE_CHECKING:
    from briefing_app.gui.library.problems_dialog import ProblemsDialog


class ProblemsNotice(QFrame):
    """A slim bar above the reader: "N problèmes de contenu", Détails, close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create the notice, hidden until there are problems."""
        super().__init__(parent)
        self.setObjectName("problems_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.details_button = QPushButton(self.tr("Détails…"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Masquer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self._problems: tuple[Problem, ...] = ()
        self._dialog: ProblemsDialog | None = None
        self.details_button.clicked.connect(self.show_details)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show the notice when there are problems, hide it otherwise."""
        self._problems = tuple(problems)
        count = len(self._problems)
        text = self.tr("Problèmes de contenu : %n fichier(s) ignoré(s).", "", count)
        self.label.setText(text)
        self.label.setToolTip("\n".join(str(problem) for problem in self._problems[:20]))
        self.setVisible(count > 0)

    def problems(self) -> tuple[Problem, ...]:
        """The problems shown."""
        return self._problems

    @Slot()
    def show_details(self) -> ProblemsDialog:
        """Open (or raise) the non-modal list of problems."""
        if self._dialog is None:
            # Loaded on first use: the dialog's widgets cost start-up time.
            from briefing_app.gui.library.problems_dialog import ProblemsDialog

            self._dialog = ProblemsDialog(self._problems, self.window())
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog
