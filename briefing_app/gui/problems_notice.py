"""A non-blocking notice listing the content problems met while loading the library."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.problems import Problem


class ProblemsDialog(QDialog):
    """A non-modal window with one line per problem (path:line: message)."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        """List ``problems``."""
        super().__init__(parent)
        self.setObjectName("problems_dialog")
        self.setWindowTitle(self.tr("Problèmes de contenu"))
        self.setModal(False)
        self.resize(720, 320)
        intro = QLabel(
            self.tr(
                "Ces fichiers n’ont pas pu être chargés ; les autres briefings sont disponibles."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(str(problem) for problem in problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


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
            self._dialog = ProblemsDialog(self._problems, self.window())
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog
