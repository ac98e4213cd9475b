"""Paper from the window: a briefing (its ticked sections) exported to PDF off the GUI
thread, printed through the preview on a printer, and a meeting file prepared in its
dialog; the PDF is opened only when the user clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from briefing_app.gui.printing.dossier_dialog import DossierDialog
from briefing_app.gui.reader.toc_panel import CHECK_STATE_ROLE, UNCHECKED
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.bookmarks.helpers import PASSAGE, bookmark_passage, loaded
from tests.gui.conftest import MakeWindow
from tests.printing.pdftext import flat, info, page_texts


def saving_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def made(qtbot: QtBot, window: MainWindow) -> str:
    """The path of the PDF the window says it made, once it says so."""
    qtbot.waitUntil(
        lambda: window._pdf_bar is not None and window._pdf_bar.isVisible(), timeout=20000
    )
    assert window._pdf_bar is not None
    return window._pdf_bar.path


def test_the_ticked_sections_are_exported_and_opened_only_on_a_click(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded(qtbot, make_window)
    assert window.current is not None
    assert window.current.id == "long"
    for index in (0, 1, 3, 4):  # only « Partie 3 » stays ticked
        window.toc.topLevelItem(index).setData(0, CHECK_STATE_ROLE, UNCHECKED)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    saving_to(monkeypatch, tmp_path / "partie-3")  # « .pdf » is added
    window.export_pdf_action.trigger()
    path = made(qtbot, window)
    assert path == str(tmp_path / "partie-3.pdf")
    text = flat(" ".join(page_texts(Path(path))))
    assert "Paragraphe 3.1" in text
    assert "Paragraphe 2.1" not in text
    assert opened == []  # nothing opens by itself
    window._pdf_bar.open_button.click()  # type: ignore[union-attr]
    assert opened == [QUrl.fromLocalFile(path)]


def test_printing_goes_through_the_preview_onto_the_printer(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded(qtbot, make_window)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    previews: list[QPrinter] = []

    def preview(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print dialog's job
        printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
        printer.setFromTo(2, 2)  # the user asked for page 2 only
        previews.append(printer)
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    window.print_action.trigger()
    (printer,) = previews
    assert printer.docName() == "Données publiques"
    assert info(tmp_path / "imprime.pdf")["Pages"] == "1"
    text = flat(page_texts(tmp_path / "imprime.pdf")[0])
    assert text.endswith("page 2 / 2 mai 2021")  # the second page of two, its footer


def test_a_meeting_file_from_a_label(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded(qtbot, make_window)
    bookmark_passage(qtbot, window, PASSAGE, "Citer ce chiffre")
    store = window.load_bookmarks().store
    for bookmark in store.bookmarks():
        store.edit(bookmark.id, bookmark.note, "Conseil du 12 mars")
    window.load_bookmarks().refresh()
    seen: list[DossierDialog] = []

    def accept(dialog: DossierDialog) -> int:
        seen.append(dialog)
        dialog.name_edit.setText("Mme la maire")
        return 1

    monkeypatch.setattr(DossierDialog, "exec", accept)
    saving_to(monkeypatch, tmp_path / "conseil.pdf")
    window.dossier_action.trigger()
    (dialog,) = seen
    assert dialog.by_label.isChecked()
    assert dialog.title_edit.text() == "Conseil du 12 mars"
    assert dialog.contents.item(0).text() == "Données publiques — 1 signet(s)"
    assert dialog.summary.text() == "1 briefing(s), 1 signet(s) dans le texte."
    path = made(qtbot, window)
    texts = page_texts(Path(path))
    assert flat(texts[0]).startswith("Conseil du 12 mars")
    assert "Mme la maire" in flat(texts[0])
    body = flat(" ".join(texts[2:]))
    assert body.index(PASSAGE) < body.index("Note : Citer ce chiffre")


def test_the_dossier_dialog_lists_and_reorders_what_goes_in(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    bookmarks = window.load_bookmarks()
    bookmark_passage(qtbot, window, PASSAGE, "Un")
    window.open_briefing("court")
    bookmark_passage(qtbot, window, "Le vélo et le RGPD.", "Deux")
    for bookmark in bookmarks.store.bookmarks():
        bookmarks.store.edit(bookmark.id, bookmark.note, "Bureau")
    bookmarks.refresh()
    dialog = DossierDialog(window.library, bookmarks.bookmarks, [], "court", window)
    qtbot.addWidget(dialog)
    rows = [dialog.contents.item(r).text() for r in range(dialog.contents.count())]
    assert rows == ["Données publiques — 1 signet(s)", "Mobilité électrique — 1 signet(s)"]
    dialog.contents.setCurrentRow(1)
    dialog.up_button.click()
    assert [b.briefing.id for b in dialog.dossier().briefings] == ["court", "long"]
    dialog.by_briefing.setChecked(True)  # the briefing shown, whole
    assert dialog.title_edit.text() == "Mobilité électrique"
    assert dialog.contents.item(0).text() == "Mobilité électrique — 1 signet(s) (en entier)"
    assert not dialog.by_selection.isEnabled()  # nothing selected in the dock
