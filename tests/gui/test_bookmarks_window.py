"""Bookmarks in the window: Ctrl+D, the note editor, the dock, jumps, undo, reading state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from briefing_app.core.bookmarks.model import IN_PROGRESS, READ, UNREAD, Bookmark, Quote
from briefing_app.core.bookmarks.store import FILE, BookmarkStore
from briefing_app.gui.bookmarks.panel import PREVIEW_CHARS, BookmarksModel, preview
from briefing_app.gui.reader.toc_panel import MARKS_ROLE
from briefing_app.gui.window.main_window import MainWindow
from tests.conftest import WriteBriefing
from tests.core.bookmarks.damage import fill, garble, leave_wal_files, read_only_files
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text
from tests.helpers import read_only

PASSAGE = "Paragraphe 3.2 : les données publiques."


def loaded(qtbot: QtBot, make_window: MakeWindow, *, active: bool = True) -> MainWindow:
    """A window whose bookmarks are loaded (they load just after the first paint)."""
    window = make_window(active=active)
    qtbot.waitUntil(lambda: window.bookmarks is not None)
    return window


def warned(qtbot: QtBot, window: MainWindow) -> str:
    """The text of the bookmarks warning the window shows (non-modal), once it shows."""
    qtbot.waitUntil(lambda: window.load_bookmarks().warning is not None)
    warning = window.load_bookmarks().warning
    assert warning is not None
    qtbot.waitUntil(warning.isVisible)
    assert not warning.isModal()
    return warning.text()


def select_text(window: MainWindow, text: str) -> None:
    """Select the first occurrence of ``text`` in the reader, as a mouse drag would."""
    start = window.reader.toPlainText().index(text)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.reader, key, Qt.KeyboardModifier.ControlModifier)


def listed(window: MainWindow, column: int = 0) -> list[str]:
    """What the bookmarks dock shows in a column, row by row."""
    model = window.bookmarks_panel.model
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def store_of(window: MainWindow) -> BookmarkStore:
    return window.load_bookmarks().store


def bookmark_passage(qtbot: QtBot, window: MainWindow, text: str, note: str = "") -> str:
    """Ctrl+D on ``text`` in the open briefing, with ``note`` saved from the editor."""
    select_text(window, text)
    press(qtbot, window, Qt.Key.Key_D)
    editor = window.load_bookmarks().editor()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)  # it takes the keyboard, beside the reader
    assert editor.note_edit.hasFocus()
    type_text(editor.note_edit, note)
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return editor.bookmark_id


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


def selected(window: MainWindow) -> str:
    """The reader's selection, its no-break spaces as plain ones."""
    return window.reader.textCursor().selectedText().replace("\u00a0", " ")


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


def test_reading_state_is_kept_per_briefing(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    library = window.library_panel.model
    assert library.headerData(3, Qt.Orientation.Horizontal) == "Lecture"
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = window.reader.position()
    window.open_briefing("ancien")  # short: seen whole, so read
    window.open_briefing("court")
    assert library.status("long") == IN_PROGRESS
    assert library.status("ancien") == READ
    row = library.row_of("long")
    assert library.index(row, 3).data() == "En cours"
    assert library.index(library.row_of("ancien"), 3).data() == "Lu"
    window.open_briefing("long")  # from the library: back where it was left
    assert window.reader.position() == pytest.approx(middle, abs=0.02)
    bar.setValue(bar.maximum())
    window.close()
    again = loaded(qtbot, make_window)
    assert again.current is not None
    assert again.current.id == "long"
    assert again.reader.position() == pytest.approx(1.0, abs=0.02)
    assert again.library_panel.model.status("long") == READ
    assert again.library_panel.model.status("court") in (READ, UNREAD)


def test_resume_reading_returns_to_the_briefing_read_before(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = loaded(qtbot, make_window)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    third = window.reader.position()
    window.open_briefing("court", "suite")  # e.g. from a search result
    assert window.resume_action.shortcut().toString() == "Ctrl+R"
    window.resume_action.trigger()
    assert window.current is not None
    assert window.current.id == "long"
    assert window.reader.position() == pytest.approx(third, abs=0.02)


def test_a_damaged_store_is_set_aside_and_the_user_told(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    (data_dir / "data" / FILE).write_bytes(b"not a database at all" * 100)
    window = loaded(qtbot, make_window, active=False)
    assert "endommagé" in warned(qtbot, window)
    assert list((data_dir / "data").glob(f"{FILE}.endommage-*"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bookmark_passage(qtbot, window, PASSAGE)  # the fresh store works
    assert store_of(window).count() == 1


def test_a_read_only_data_folder_keeps_the_reader_working(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    with read_only(data_dir / "data"):
        window = loaded(qtbot, make_window, active=False)
        assert "ne peut pas être modifié" in warned(qtbot, window)
        assert window.load_bookmarks().warning is not None
        window.load_bookmarks().warning.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        select_text(window, PASSAGE)
        press(qtbot, window, Qt.Key.Key_D)
        assert window.load_bookmarks().editor() is None
        assert "ne peut pas être modifié" in warned(qtbot, window)
        assert window.open_briefing("court")
        window.close()


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


RULE = "Le dispositif ne vise pas les communes de moins de 3 500 habitants."


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


def test_a_damaged_store_gives_back_what_it_can_and_says_how_much(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    made = fill(data_dir / "data", 40)
    lost = garble(data_dir / "data" / FILE, [20], made)
    window = loaded(qtbot, make_window, active=False)
    assert f"Signets récupérés : {40 - len(lost)} sur 40." in warned(qtbot, window)
    assert window.bookmarks_panel.model.bookmark_count() == 40 - len(lost)


def test_read_only_store_files_left_by_a_dead_writer_are_told_at_start(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    (data_dir / "data").mkdir(parents=True)
    leave_wal_files(data_dir / "data")
    with read_only_files(data_dir / "data"):
        window = loaded(qtbot, make_window, active=False)
        assert "lecture seule" in warned(qtbot, window)
        assert listed(window, 1)[1] == "gardée"  # the bookmark only the WAL held
        assert window.open_briefing("court")  # reading goes on
        window.close()
