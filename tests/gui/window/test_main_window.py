"""The main window, driven as a user would: library, TOC, history, links, find, zoom, state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QKeySequence,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from briefing_app.core.paths import bundled_content_dir
from briefing_app.core.session import Session
from briefing_app.core.textfold import find_all
from briefing_app.gui.app import build_window
from briefing_app.gui.window.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.keyboard import type_text


def click_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Click in the middle of the first occurrence of ``text`` in the reader."""
    reader = window.reader
    start, end = find_all(reader.document().toPlainText(), text)[0]
    cursor = QTextCursor(reader.document())
    cursor.setPosition((start + end) // 2)
    reader.setTextCursor(cursor)
    reader.ensureCursorVisible()
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point + QPoint(1, 0))


def test_french_menus_and_the_newest_briefing_opened(make_window: MakeWindow) -> None:
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == [
        "&Fichier",
        "É&dition",
        "&Affichage",
        "A&ller",
        "&Bibliothèque",
        "&Signets",
        "Ai&de",
    ]
    assert window.current is not None
    assert window.current.id == "long"
    assert window.windowTitle() == "Données publiques — Briefings"
    toc = [window.toc.topLevelItem(i).text(0) for i in range(window.toc.topLevelItemCount())]
    assert toc == [f"Partie {n}" for n in range(1, 6)]
    assert "Paragraphe 3.2" in window.reader.toPlainText()
    assert window.notice.isHidden()


def test_toc_click_scrolls_and_scroll_spy_follows(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    item = window.toc.topLevelItem(3)
    qtbot.mouseClick(
        window.toc.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.toc.visualItemRect(item).center(),
    )
    qtbot.waitUntil(lambda: window.reader.current_section() == "partie-4")
    assert window.toc.current_anchor() == "partie-4"
    assert window.reader.verticalScrollBar().value() > 0
    window.reader.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: window.toc.current_anchor() == "")
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.toc.current_anchor() == "partie-5")


def test_back_and_forward_across_briefings_and_jumps(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert not window.back_action.isEnabled()
    window.go_to_section("partie-3")
    position = window.reader.position()
    assert position > 0
    window.library_panel.briefing_requested.emit("court")
    assert window.current is not None
    assert window.current.id == "court"
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current.id == "long"
    assert window.reader.position() == pytest.approx(position, abs=0.01)
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.position() == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.reader.position() == pytest.approx(position, abs=0.01)
    window.go_forward()
    assert window.current.id == "court"
    assert not window.forward_action.isEnabled()


def test_link_to_another_briefing_opens_it_at_the_section(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    click_text(qtbot, window, "Voir le court")
    assert window.current is not None
    assert window.current.id == "court"
    qtbot.waitUntil(lambda: window.reader.current_section() == "suite")
    window.go_back()
    assert window.current.id == "long"


@pytest.mark.parametrize(
    ("answer", "opened"),
    [
        (QMessageBox.StandardButton.No, []),
        (QMessageBox.StandardButton.Yes, ["https://example.org/page"]),
    ],
)
def test_external_link_opens_in_the_browser_only_when_confirmed(
    qtbot: QtBot,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    opened: list[str],
) -> None:
    asked: list[str] = []
    urls: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or answer
    )
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True
    )
    window = make_window()
    click_text(qtbot, window, "le site")
    assert len(asked) == 1
    assert "https://example.org/page" in asked[0]
    assert urls == opened
    assert window.current is not None
    assert window.current.id == "long"


def test_find_in_page_ignores_accents_and_counts(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    type_text(window.find_bar.edit, "DONNEES")
    # 40 paragraphs + the title "Données publiques"
    assert window.find_bar.count.text() == "1 sur 41"
    assert len(window.reader.extraSelections()) == 41
    assert window.reader.textCursor().selectedText() == "Données"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 sur 41"
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert window.find_bar.count.text() == "3 sur 41"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == "1 sur 41"
    window.find_bar.edit.clear()
    type_text(window.find_bar.edit, "introuvable")
    assert window.find_bar.count.text() == "Aucun résultat"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert window.find_bar.isHidden()
    assert window.reader.extraSelections() == []


def test_zoom_shortcuts(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    size = window.reader.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.reader.document().defaultFont().pointSizeF() > size
    window.zoom_out_action.trigger()
    assert window.reader.zoom() == 1
    window.zoom_reset_action.trigger()
    assert window.reader.document().defaultFont().pointSizeF() == size
    assert QKeySequence("Ctrl++") in window.zoom_in_action.shortcuts()
    assert QKeySequence("Ctrl+-") in window.zoom_out_action.shortcuts()
    assert window.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")


def test_content_problems_are_listed_without_blocking(
    qtbot: QtBot, make_window: MakeWindow, library_folder: Path
) -> None:
    (library_folder / "casse.md").write_text("---\ntitle: Sans date\n---\n", encoding="utf-8")
    window = make_window()
    assert window.notice.isVisible()
    assert window.notice.label.text() == "Problèmes de contenu : 1 fichier(s) ignoré(s)."
    assert window.library_panel.proxy.rowCount() == 3
    dialog = window.notice.show_details()
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    assert (
        f"{library_folder / 'casse.md'}:1: champ « date » obligatoire" in dialog.text.toPlainText()
    )


def test_reader_never_loads_remote_resources(make_window: MakeWindow) -> None:
    reader = make_window().reader
    image = int(QTextDocument.ResourceType.ImageResource.value)
    placeholder = reader.loadResource(image, QUrl("https://example.org/x.png"))
    assert isinstance(placeholder, QImage)
    assert placeholder.size().toTuple() == (48, 32)  # the "not loaded" frame
    assert reader.loadResource(image, QUrl("ftp://example.org/x.png")) is placeholder
    style = int(QTextDocument.ResourceType.StyleSheetResource.value)
    assert reader.loadResource(style, QUrl("reader.css")) is None


def test_text_keeps_a_readable_measure(make_window: MakeWindow) -> None:
    window = make_window()
    window.resize(1800, 900)
    reader = window.reader
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    column = reader.viewport().width() - 2 * margin
    average = QFontMetricsF(reader.document().defaultFont()).averageCharWidth()
    assert margin > 0
    assert 50 * average < column < 95 * average


def test_acronyms_show_their_long_form_on_hover(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_briefing("court")
    reader = window.reader
    start, _ = find_all(reader.toPlainText(), "RGPD")[0]
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 1)
    point = reader.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Règlement général sur la protection des données"


def test_scroll_spy_on_the_bundled_briefing(qtbot: QtBot, data_dir: Path) -> None:
    # Its headings are not in alphabetical order: the spy must follow the page, not the names.
    window = build_window(Session.start([bundled_content_dir()], data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    anchors = [section.id for section in window.current.sections] if window.current else []
    assert len(anchors) == 5
    for anchor in (anchors[3], anchors[0], anchors[2]):
        window.go_to_section(anchor)
        qtbot.waitUntil(lambda anchor=anchor: window.toc.current_anchor() == anchor)
    window.reader.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: window.toc.current_anchor() == "")
    for anchor in anchors[:4]:
        window.reader.scroll_to_section(anchor)
        window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().value() + 1)
        qtbot.waitUntil(lambda anchor=anchor: window.reader.current_section() == anchor)


def test_a_briefing_gone_since_start_is_reported_not_fatal(
    make_window: MakeWindow, library_folder: Path
) -> None:
    window = make_window()
    window.pages = None  # no cached page to fall back on
    (library_folder / "court.md").unlink()
    assert not window.open_briefing("court")
    assert not window.open_briefing("court")
    assert window.current is not None
    assert window.current.id == "long"
    assert window.notice.isVisible()
    assert len(window.notice.problems()) == 1
    assert "court.md" in window.statusBar().currentMessage()
    assert "fichier illisible" in window.notice.problems()[0].message


def test_the_window_gets_its_icon_once_the_page_shows(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.bookmarks is not None)  # both come after the first paint
    assert window.windowIcon().pixmap(32).width() == 32  # the SVG was read and drawn


def test_a_damaged_settings_file_still_opens_the_window(
    make_window: MakeWindow, data_dir: Path
) -> None:
    settings = data_dir / "config" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[reader]\nzoom=beaucoup\n[window]\nstate=@ByteArray(\\0\\xff)\n")
    window = make_window()
    assert window.reader.zoom() == 0
    assert window.current is not None
    assert window.library_dock.isVisible()
    assert window.toc_dock.isVisible()


def test_a_briefing_never_read_opens_at_its_top(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_briefing("court")
    assert window.open_briefing("long")  # in a window already shown
    # the text cursor parked at the start: under X11, parked mid-view before the page was
    # laid out, it landed at the end and took the view there
    assert window.reader.textCursor().position() == 0
    assert window.reader.verticalScrollBar().value() == 0
