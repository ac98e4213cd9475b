"""Bookmarks in the window: Ctrl+D, the note editor, the dock, jumps, undo, filter, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.model import Bookmark, Quote
from briefing_app.gui.bookmarks.model import PREVIEW_CHARS, BookmarksModel, preview
from briefing_app.gui.reader.toc_panel import MARKS_ROLE
from tests.conftest import WriteBriefing
from tests.gui.bookmarks.helpers import (
    PASSAGE,
    bookmark_passage,
    listed,
    loaded,
    press,
    selected,
    store_of,
)
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text

RULE = "Le dispositif ne vise pas les communes de moins de 3 500 habitants."


def test_ctrl_d_bookmarks_the_selection_with_a_note(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    assert window.current is not None
    assert window.current.id == "long"
    bookmark_id = bookmark_passage(qtbot, window, PASSAGE, "À citer au conseil")
    stored = store_of(window).get(bookmark_id)
    assert stored is not None
    assert (stored.briefing, stored.section, stored.quote.exact) == ("long", "partie-3", PASSAGE)
    assert stored.quote.prefix.endswith("3.1 : les données publiques. ")
    assert stored.quote.suffix.startswith(" Paragraphe 3.3")
    assert stored.note == "À citer au conseil"
    assert window.bookmarks_dock.isVisible()
    assert window.bookmarks_panel.selected_ids() == [bookmark_id]
    assert listed(window) == ["Données publiques (1)", f"Partie 3 › « {PASSAGE} »"]
    assert listed(window, 1)[1] == "À citer au conseil"
    marked, other = window.toc._items["partie-3"], window.toc._items["partie-2"]
    assert marked.data(0, MARKS_ROLE) == 1
    assert other.data(0, MARKS_ROLE) == 0
    ribbon, blank = marked.icon(0).pixmap(16).toImage(), other.icon(0).pixmap(16).toImage()
    assert ribbon.pixelColor(8, 5).alpha() == 255  # the ribbon is drawn
    assert blank.pixelColor(8, 5).alpha() == 0  # a blank keeps the titles aligned
    assert ribbon.size() == blank.size()


def test_ctrl_d_without_a_selection_bookmarks_the_section_read(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    window.go_to_section("partie-4")
    window.reader.moveCursor(QTextCursor.MoveOperation.End)  # no selection
    press(qtbot, window, Qt.Key.Key_D)
    editor = window.load_bookmarks().editor()
    assert editor is not None
    editor.close()  # closed without a note: the bookmark stays
    (stored,) = store_of(window).bookmarks()
    assert (stored.section, stored.section_title, stored.quote.exact) == (
        "partie-4",
        "Partie 4",
        "",
    )
    assert listed(window) == ["Données publiques (1)", "Partie 4"]


def test_jumping_to_a_bookmark_opens_its_briefing_and_flashes_the_passage(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    bookmark_id = bookmark_passage(qtbot, window, "Paragraphe 5.6 : les données publiques.")
    window.open_briefing("court")
    panel = window.bookmarks_panel
    panel.select(bookmark_id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.current is not None
    assert window.current.id == "long"
    reader = window.reader
    assert selected(window) == "Paragraphe 5.6 : les données publiques."
    assert reader.match_count() == 1  # highlighted for a moment
    assert reader.viewport().rect().contains(reader.cursorRect(reader.textCursor()))
    assert window.toc.current_anchor() == "partie-5"
    qtbot.waitUntil(lambda: reader.match_count() == 0, timeout=5000)
    assert selected(window) == "Paragraphe 5.6 : les données publiques."


def test_delete_then_ctrl_z_brings_the_bookmark_back(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    bookmark_id = bookmark_passage(qtbot, window, PASSAGE, "ma note")
    before = store_of(window).get(bookmark_id)
    panel = window.bookmarks_panel
    panel.select(bookmark_id)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert store_of(window).count() == 0
    assert panel.model.bookmark_count() == 0
    assert not panel.empty_label.isHidden()
    assert window.toc._items["partie-3"].icon(0).isNull()
    assert window.undo_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_Z)
    assert store_of(window).get(bookmark_id) == before
    assert panel.model.bookmark_count() == 1
    assert panel.selected_ids() == [bookmark_id]
    assert not window.undo_action.isEnabled()


def test_a_note_is_edited_from_the_dock(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    bookmark_id = bookmark_passage(qtbot, window, PASSAGE, "première idée")
    panel = window.bookmarks_panel
    panel.select(bookmark_id)
    assert panel.edit_button.isEnabled()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    editor = window.load_bookmarks().editor()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.note_edit.toPlainText() == "première idée"
    assert PASSAGE in editor.where.text()
    editor.note_edit.clear()
    type_text(editor.note_edit, "idée revue")
    editor.label_edit.setText("conseil")
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = store_of(window).get(bookmark_id)
    assert stored is not None
    assert (stored.note, stored.label) == ("idée revue", "conseil")
    assert stored.updated > stored.created
    assert listed(window) == ["Données publiques (1)", f"[conseil] Partie 3 › « {PASSAGE} »"]
    assert listed(window, 1)[1] == "idée revue"


def test_the_filter_reads_notes_passages_and_titles_without_accents(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    bookmark_passage(qtbot, window, "Paragraphe 1.0", "vélo électrique")
    bookmark_passage(qtbot, window, "Paragraphe 2.0", "budget")
    window.open_briefing("court")
    bookmark_passage(qtbot, window, "Le vélo et le RGPD.")
    panel = window.bookmarks_panel
    assert panel.model.bookmark_count() == 3
    qtbot.keyClicks(panel.filter_edit, "VELO")
    assert panel.model.bookmark_count() == 2  # a note and a passage
    assert listed(window) == [
        "Données publiques (1)",
        "Partie 1 › « Paragraphe 1.0 »",
        "Mobilité électrique (1)",
        "Début › « Le vélo et le RGPD. »",
    ]
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "données budget")
    assert panel.model.bookmark_count() == 1
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "mobilite")  # the briefing's title
    assert panel.model.bookmark_count() == 1
    qtbot.keyClicks(panel.filter_edit, " introuvable")
    assert panel.model.bookmark_count() == 0
    assert panel.empty_label.text() == "Aucun signet ne correspond au filtre."
    panel.filter_edit.clear()
    window.open_briefing("long")
    note_id = bookmark_passage(qtbot, window, "Paragraphe 4.0", "un vélo de plus")
    qtbot.keyClicks(panel.filter_edit, "velo")  # texts folded before, and the new one
    assert panel.model.bookmark_count() == 3
    window.load_bookmarks().delete([note_id])
    assert panel.model.bookmark_count() == 2  # the filter stays on


def test_a_bookmark_whose_passage_was_deleted_is_listed_to_review(
    qtbot: QtBot, make_window: MakeWindow, library_folder: Path
) -> None:
    window = loaded(qtbot, make_window)
    window.open_briefing("court")
    bookmark_id = bookmark_passage(qtbot, window, "Le vélo et le RGPD.", "à garder")
    window.close()
    court = library_folder / "court.md"
    court.write_text(court.read_text(encoding="utf-8").replace("Le vélo et le RGPD.", "Autre."))
    again = loaded(qtbot, make_window)
    (stored,) = store_of(again).bookmarks()
    assert (stored.id, stored.status, stored.note) == (bookmark_id, "detached", "à garder")
    assert listed(again)[1] == "À revoir — Début › « Le vélo et le RGPD. »"
    tooltip = again.bookmarks_panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "n’a pas été retrouvé" in tooltip
    again.load_bookmarks().jump(bookmark_id)
    assert again.current is not None
    assert again.current.id == "court"
    assert again.toc.current_anchor() == "debut"
    assert "À revoir" in again.statusBar().currentMessage()


def test_export_writes_a_printable_markdown_file(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loaded(qtbot, make_window)
    bookmark_passage(qtbot, window, PASSAGE, "À citer au conseil")
    target = tmp_path / "notes.md"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "Markdown (*.md)")
    )
    window.export_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert "Données publiques" in text
    assert PASSAGE in text
    assert "À citer au conseil" in text
    assert str(target) in window.statusBar().currentMessage()


def test_passages_are_named_by_where_they_stand(qtbot: QtBot) -> None:
    model = BookmarksModel()
    intro = Bookmark(id="a", briefing="b", quote=Quote("un mot"))
    whole = Bookmark(id="b", briefing="b")
    section = Bookmark(id="c", briefing="b", section="s", section_title="Enjeux", label="CA")
    assert model.passage_text(intro) == "Introduction › « un mot »"
    assert model.passage_text(whole) == "Tout le briefing"
    assert model.passage_text(section) == "[CA] Enjeux"
    long_quote = Bookmark(id="d", briefing="b", quote=Quote("mot " * 60))
    assert model.passage_text(long_quote).endswith("… »")
    odd = Bookmark(id="e", briefing="b", note="avant\0après")  # e.g. from an imported file
    model.set_bookmarks([intro, odd], {"b": "Le briefing"})
    model.set_filter_text("apres")
    assert model.bookmark_count() == 1
    assert model.bookmark_at(model.index(1, 0)) == odd


def test_a_reversed_passage_is_to_review_with_both_texts(
    qtbot: QtBot, make_window: MakeWindow, write_briefing: WriteBriefing
) -> None:
    body = f"## Règles\n\nUne introduction.\n\n{RULE}\n\nUne conclusion.\n"
    path = write_briefing("regles", title="Règles", body=body)
    window = loaded(qtbot, make_window)
    assert window.open_briefing("regles")
    bookmark_id = bookmark_passage(qtbot, window, RULE, "Notre ligne")
    window.close()
    now = RULE.replace("ne vise pas", "vise")
    path.write_text(path.read_text(encoding="utf-8").replace(RULE, now), encoding="utf-8")
    again = loaded(qtbot, make_window)
    stored = store_of(again).get(bookmark_id)
    assert stored is not None
    assert (stored.status, stored.marked, stored.quote.exact) == ("changed", RULE, now)
    half = PREVIEW_CHARS // 2
    assert listed(again) == [
        "Règles (1)",
        f"À revoir — Règles › « {preview(RULE, half)} » → « {preview(now, half)} »",
    ]
    tooltip = again.bookmarks_panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Vous aviez marqué : « {RULE} »" in tooltip
    assert f"Texte actuel : « {now} »" in tooltip
    assert "ne dit plus la même chose" in tooltip
    again.load_bookmarks().jump(bookmark_id)
    assert again.current is not None
    assert again.current.id == "regles"
    assert "ne dit plus la même chose" in again.statusBar().currentMessage()
    assert again.reader.textCursor().selectedText() == now  # the current text is shown
