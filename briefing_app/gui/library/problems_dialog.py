"""The non-modal list of content problems, opened from the problems notice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.content.problems import Problem


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
