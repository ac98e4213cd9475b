"""Signets › Préparer un dossier de séance…: what goes in (a label's bookmarks, the
bookmarks selected in the dock, or the briefing shown, whole), the cover's title, date
and name, and the briefings in the order they will come, which the user can change. It
lists what will go in with its counts before anything is made (``core.dossier``
plans it)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.bookmarks.model import Bookmark
from briefing_app.core.content.model import Library
from briefing_app.core.dossier import Dossier, DossierError, chosen_bookmarks, labels, plan_dossier
from briefing_app.printing.pagetext import long_date

ID_ROLE = 256  # Qt.ItemDataRole.UserRole: a list row's briefing id


class DossierDialog(QDialog):
    """Prepares a dossier (``dossier()`` once accepted)."""

    def __init__(
        self,
        library: Library,
        bookmarks: Sequence[Bookmark],
        selected: Sequence[str],
        shown: str,
        parent: QWidget | None = None,
    ) -> None:
        """Offer ``bookmarks``' labels, the ``selected`` bookmarks (ids) and the briefing
        ``shown`` (its id, "" for none)."""
        super().__init__(parent)
        self.setObjectName("dossier_dialog")
        self.setWindowTitle(self.tr("Préparer un dossier de séance"))
        self.resize(560, 560)
        self.library, self.bookmarks = library, list(bookmarks)
        self.selected, self.shown = list(selected), shown
        self.by_label = QRadioButton(self.tr("Les signets de l’étiquette :"), self)
        self.label_box = QComboBox(self)
        self.label_box.setAccessibleName(self.tr("Étiquette"))
        for label, count in labels(self.bookmarks).items():
            shown_label = self.tr("%1 (%n signet(s))", "", count).replace("%1", label)
            self.label_box.addItem(shown_label, label)
        self.by_selection = QRadioButton(
            self.tr("Les signets sélectionnés (%n)", "", len(self.selected)), self
        )
        on_screen = library.get(shown)
        title = on_screen.title if on_screen is not None else ""
        whole = self.tr("Le briefing affiché, en entier : %1").replace("%1", title)
        self.by_briefing = QRadioButton(whole, self)
        self.by_label.setEnabled(self.label_box.count() > 0)
        self.label_box.setEnabled(self.label_box.count() > 0)
        self.by_selection.setEnabled(bool(self.selected))
        self.by_briefing.setEnabled(bool(title))
        self.choice = QButtonGroup(self)
        for button in (self.by_label, self.by_selection, self.by_briefing):
            self.choice.addButton(button)
        offered = [b for b in (self.by_label, self.by_selection, self.by_briefing) if b.isEnabled()]
        (offered or [self.by_label])[0].setChecked(True)
        self.title_edit = QLineEdit(self)
        self.date_edit = QLineEdit(long_date(datetime.date.today()), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("facultatif"))
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Briefings du dossier, dans l’ordre"))
        self.contents.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton(
            self.tr("&Créer le PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        self._lay_out()
        self._connect_signals()
        self._on_choice_changed()

    def _lay_out(self) -> None:
        what = QGridLayout()
        what.addWidget(self.by_label, 0, 0)
        what.addWidget(self.label_box, 0, 1)
        what.addWidget(self.by_selection, 1, 0, 1, 2)
        what.addWidget(self.by_briefing, 2, 0, 1, 2)
        cover = QFormLayout()
        cover.addRow(self.tr("&Titre :"), self.title_edit)
        cover.addRow(self.tr("&Date :"), self.date_edit)
        cover.addRow(self.tr("&Pour :"), self.name_edit)
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("Ordre des briefings (glisser ou boutons) :"), self), 1)
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.addLayout(what)
        layout.addLayout(cover)
        layout.addLayout(moves)
        layout.addWidget(self.contents, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.choice.buttonToggled.connect(self._on_choice_changed)
        self.label_box.currentIndexChanged.connect(self._on_choice_changed)
        self.up_button.clicked.connect(self._on_up_clicked)
        self.down_button.clicked.connect(self._on_down_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- what goes in ------------------------------------------------------------------

    def dossier(self) -> Dossier:
        """The dossier as the dialog says, in the order listed.

        Raises:
            DossierError: nothing to put in.
        """
        rows = range(self.contents.count())
        return self._plan([str(self.contents.item(row).data(ID_ROLE)) for row in rows])

    def _plan(self, order: Sequence[str] = ()) -> Dossier:
        title = self.title_edit.text().strip() or self.tr("Dossier de séance")
        whole: list[str] = []
        if self.by_briefing.isChecked():
            chosen = [b for b in self.bookmarks if b.briefing == self.shown]
            whole = [self.shown]
        elif self.by_selection.isChecked():
            chosen = chosen_bookmarks(self.bookmarks, ids=self.selected)
        else:
            chosen = chosen_bookmarks(self.bookmarks, label=str(self.label_box.currentData() or ""))
        return plan_dossier(
            self.library,
            chosen,
            title=title,
            whole=whole,
            order=order,
            day=self.date_edit.text().strip(),
            name=self.name_edit.text().strip(),
        )

    @Slot()
    def _on_choice_changed(self) -> None:
        if self.by_label.isChecked():
            self.title_edit.setText(str(self.label_box.currentData() or ""))
        elif self.by_briefing.isChecked():
            on_screen = self.library.get(self.shown)
            self.title_edit.setText(on_screen.title if on_screen is not None else "")
        self.contents.clear()
        try:
            planned = self._plan()
        except DossierError as error:
            self.summary.setText(str(error))
            self.make_button.setEnabled(False)
            return
        for item in planned.briefings:
            count = sum(len(section.bookmarks) for section in item.sections)
            text = self.tr("%1 — %n signet(s)", "", count).replace("%1", item.briefing.title)
            if item.whole:
                text += self.tr(" (en entier)")
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, item.briefing.id)
            self.contents.addItem(row)
        summary = self.tr("%n briefing(s), ", "", len(planned.briefings))
        summary += self.tr("%n signet(s) dans le texte", "", planned.bookmark_count)
        if planned.to_review:
            review = self.tr(", %n à revoir (à la fin, avec leur note)", "", len(planned.to_review))
            summary += review
        self.summary.setText(summary + ".")
        self.make_button.setEnabled(True)

    def _move(self, step: int) -> None:
        row = self.contents.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.contents.count():
            return
        item = self.contents.takeItem(row)
        self.contents.insertItem(target, item)
        self.contents.setCurrentRow(target)

    @Slot()
    def _on_up_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down_clicked(self) -> None:
        self._move(1)
