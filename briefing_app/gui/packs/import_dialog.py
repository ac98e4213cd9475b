"""The import dialog: what each file offered would bring, before anything is written.

For a pack: its title and version, its publisher, verified or not (a pack that is not
verified shows a warning and is installed only when the user ticks « Installer quand
même »), whether it is new or an update, and its briefings: new, updated, unchanged,
withdrawn. For a document: its title, going to « Mes documents ». A file that cannot be
imported says why. « Installer » takes what is ticked; « Annuler » nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.packs.receive import DOCUMENT, Offer
from briefing_app.printing.pagetext import escape

SHOWN_TITLES = 8  # briefing titles listed per kind before "and N more"
WIDTH = 620
WARNING, REFUSED = "warning", "refused"  # a line's look, in the theme's colours


def _style(kind: str) -> str:
    from briefing_app.gui.preferences.appearance import current_theme

    theme = current_theme()
    if kind == WARNING:
        ground, text, border = (
            theme.colour(role) for role in ("warning_background", "warning_text", "warning_border")
        )
        return f"background: {ground}; color: {text}; border: 1px solid {border}; padding: 6px;"
    return f"color: {theme.colour('refused')};" if kind == REFUSED else ""


class ImportDialog(QDialog):
    """Lists ``offers``; ``chosen()`` gives those ticked once the user clicks Installer."""

    def __init__(self, offers: Sequence[Offer], parent: QWidget | None = None) -> None:
        """Show one box per offer."""
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Importer des briefings"))
        self.offers = list(offers)
        self.boxes: list[tuple[Offer, QCheckBox]] = []
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for offer in self.offers:
            column.addWidget(self._box(offer, inner))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(self)
        self.install_button = QPushButton(self.tr("&Installer"), self)
        self.install_button.setDefault(True)
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        for _offer, check in self.boxes:
            check.toggled.connect(self._update_button)
        self._update_button()
        # As tall as what it lists (within reason: a long list scrolls).
        width = WIDTH - 60  # the scroll area's inside, less its frame and scroll bar
        listed = column.totalHeightForWidth(width) if column.hasHeightForWidth() else -1
        needed = (listed if listed > 0 else column.sizeHint().height()) + 70
        self.resize(WIDTH, max(160, min(needed + self.buttons.sizeHint().height(), 560)))

    def chosen(self) -> list[Offer]:
        """The offers ticked for import."""
        return [offer for offer, check in self.boxes if check.isChecked()]

    def _update_button(self) -> None:
        self.install_button.setEnabled(bool(self.chosen()))

    def _box(self, offer: Offer, parent: QWidget) -> QGroupBox:
        box = QGroupBox(offer.title or offer.path.name, parent)
        box.setAccessibleName(offer.title or offer.path.name)
        layout = QVBoxLayout(box)
        for text, kind in self._lines(offer):
            label = QLabel(text, box)
            label.setWordWrap(True)
            if kind:
                label.setStyleSheet(_style(kind))
            layout.addWidget(label)
        if offer.refusal:
            return box
        check = QCheckBox(box)
        if offer.needs_consent:
            check.setText(self.tr("Installer quand même ce paquet non vérifié"))
        elif offer.kind == DOCUMENT:
            check.setText(self.tr("Ajouter à « Mes documents »"))
            check.setChecked(True)
        else:
            check.setText(self.tr("Installer ce paquet"))
            check.setChecked(True)
        layout.addWidget(check)
        self.boxes.append((offer, check))
        return box

    def _lines(self, offer: Offer) -> list[tuple[str, str]]:
        """The box's lines (HTML) and their look ("", WARNING or REFUSED)."""
        if offer.already_installed:
            return [(escape(offer.refusal), "")]
        if offer.refusal:
            refused = self.tr("Refusé : %1").replace("%1", escape(offer.refusal))
            return [(refused, REFUSED)]
        if offer.kind == DOCUMENT:
            text = self.tr("Votre document « %1 » rejoindra « Mes documents ».")
            return [(text.replace("%1", escape(offer.title)), "")]
        assert offer.plan is not None
        plan, pack = offer.plan, offer.plan.pack
        manifest = pack.manifest
        lines: list[tuple[str, str]] = []
        if pack.signer is not None:
            verified = self.tr("✔ Éditeur vérifié : %1").replace("%1", escape(manifest.publisher))
            if pack.signer.name != manifest.publisher:  # the key's own name says more
                key = self.tr(" (clé « %1 »)").replace("%1", escape(pack.signer.name))
                verified += key
            lines.append((verified, ""))
        else:
            warning = self.tr("⚠ Éditeur non vérifié. %1")
            lines.append((warning.replace("%1", escape(offer.warning())), WARNING))
        if plan.current is None:
            what = self.tr("Nouveau paquet, version %1.").replace("%1", str(manifest.version))
        else:
            what = self.tr("Mise à jour de la version %1 à la version %2.")
            what = what.replace("%1", str(plan.current.version))
            what = what.replace("%2", str(manifest.version))
        lines.append((what, ""))
        kinds = (
            (self.tr("Nouveaux briefings (%1) :"), plan.new),
            (self.tr("Briefings mis à jour (%1) :"), plan.updated),
            (self.tr("Briefings inchangés (%1) :"), plan.unchanged),
            (self.tr("Briefings retirés du paquet (%1) :"), plan.removed),
        )
        for heading, ids in kinds:
            if ids:
                titles = [escape(pack.titles.get(i, i)) for i in ids[:SHOWN_TITLES]]
                more = len(ids) - len(titles)
                if more:
                    titles.append(self.tr("et %n autre(s)", "", more))
                head = heading.replace("%1", str(len(ids)))
                lines.append((f"<b>{head}</b> " + ", ".join(titles), ""))
        return lines
