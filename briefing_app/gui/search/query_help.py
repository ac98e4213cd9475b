"""What the idle search dock shows: a short help of the query language, each example a
link that fills the search field (and so searches) when clicked or chosen with the
keyboard.

Signals (QueryHelp):
    example_chosen(str): the user picked an example (the query to search).
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

_SCHEME = "exemple:"


class QueryHelp(QLabel):
    """The query language, example by example (see module docstring for signals)."""

    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """The help, in the interface's language."""
        super().__init__(parent)
        self.setObjectName("query_help")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAccessibleName(self.tr("Aide à la recherche"))
        self.setText(self.html())
        self.linkActivated.connect(self._on_link_activated)

    def examples(self) -> list[tuple[str, str]]:
        """Each example query, with what it finds."""
        # The operators in the interface's language (the search knows both), the words
        # the briefings'.
        return [
            ("mobilité numérique", self.tr("les passages qui ont tous ces mots")),
            ('"protection des données"', self.tr("cette expression exacte")),
            (self.tr("RGPD OU Belot"), self.tr("l’un ou l’autre mot")),
            (self.tr("numérique SAUF RGPD"), self.tr("sans ce mot (ou -RGPD)")),
            ("mobili*", self.tr("les mots qui commencent ainsi")),
            (self.tr("titre:RGPD"), self.tr("dans les titres seulement (aussi thème: et tag:)")),
            ("date:2017..2018", self.tr("les briefings de ces années")),
        ]

    def html(self) -> str:
        """The help as rich text: a line of introduction, then the examples."""
        intro = self.tr(
            "Tapez un ou plusieurs mots : les accents, les majuscules et les formes "
            "d’un mot (élision, pluriel) sont reconnus, les sigles aussi. Exemples :"
        )
        rows = "".join(
            f"<li><a href='{_SCHEME}{quote(query)}'>{escape(query)}</a> : {escape(finds)}</li>"
            for query, finds in self.examples()
        )
        tip = self.tr("Entrée ouvre le premier résultat ; ↑ et ↓ passent de l’un à l’autre.")
        return f"<p>{escape(intro)}</p><ul>{rows}</ul><p>{escape(tip)}</p>"

    @Slot(str)
    def _on_link_activated(self, link: str) -> None:
        if link.startswith(_SCHEME):
            self.example_chosen.emit(unquote(link[len(_SCHEME) :]))
