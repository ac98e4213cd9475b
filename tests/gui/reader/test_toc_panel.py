"""The table of contents: a tree of sections; a click requests one; the one read stands out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from briefing_app.core.content.model import Section
from briefing_app.gui.reader.toc_panel import TocPanel

SECTIONS = (
    Section("contexte", "Contexte", 2),
    Section("chiffres", "Chiffres", 3),
    Section("enjeux", "Enjeux", 2),
)


def make_panel(qtbot: QtBot) -> TocPanel:
    panel = TocPanel()
    qtbot.addWidget(panel)
    panel.set_sections(SECTIONS)
    panel.show()
    return panel


def test_level_three_sections_nest_under_their_section(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.topLevelItemCount() == 2
    assert panel.topLevelItem(0).child(0).text(0) == "Chiffres"


def test_clicking_a_section_requests_it(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    item = panel.topLevelItem(1)
    with qtbot.waitSignal(panel.section_requested) as blocker:
        qtbot.mouseClick(
            panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(item).center()
        )
    assert blocker.args == ["enjeux"]


def test_the_section_being_read_is_selected_and_bold(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    with qtbot.assertNotEmitted(panel.section_requested):
        panel.set_current_anchor("chiffres")
    chiffres = panel.topLevelItem(0).child(0)
    assert chiffres.isSelected()
    assert chiffres.font(0).bold()
    panel.set_current_anchor("enjeux")
    assert not chiffres.font(0).bold()
    assert panel.topLevelItem(1).font(0).bold()
    panel.set_current_anchor("")
    assert panel.current_anchor() == ""
    assert panel.selectedItems() == []


def test_sections_are_ticked_and_a_tick_opens_none(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.ticked() == []  # all ticked: the whole briefing
    item = panel.topLevelItem(1)
    rect = panel.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.rect = rect
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = panel.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, panel
    )
    with qtbot.assertNotEmitted(panel.section_requested):
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert panel.ticked() == ["contexte", "chiffres"]
    with qtbot.waitSignal(panel.section_requested) as blocker:  # its title still opens it
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["enjeux"]
