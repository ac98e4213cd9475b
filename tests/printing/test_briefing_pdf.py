"""A briefing as a PDF, read back: the seed briefing word for word, a running header and
a footer on every page, embedded fonts, the metadata, chosen sections only, a heading
never left alone at the foot of a page, a page that is not blank; long list items and
table cells wrapped, no line printed twice nor across a page's end; Letter where the
locale says so, and never the screen's dark colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPageSize, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import rendered_page
from briefing_app.core.content.typography import french_typography
from briefing_app.core.paths import bundled_content_dir
from briefing_app.printing.briefing import PrintedBriefing, briefing_pdf
from briefing_app.printing.paper import Paper, default_paper
from briefing_app.printing.pdf import PrintError
from tests.conftest import WriteBriefing
from tests.core.content.test_bundled_content import SEED
from tests.printing.pdftext import flat, fonts, info, inked_share, page_texts
from tests.printing.places import laid_out_afresh, lines_across_pages


@pytest.fixture(scope="module")
def seed() -> Briefing:
    (briefing,) = load_library([bundled_content_dir()]).briefings
    return briefing


def test_the_seed_briefing_prints_word_for_word(seed: Briefing, tmp_path: Path) -> None:
    pdf = tmp_path / "numerique.pdf"
    pages = briefing_pdf(seed, rendered_page(seed), pdf)
    texts = page_texts(pdf)
    assert len(texts) == pages == int(info(pdf)["Pages"])
    bodies = []
    for number, text in enumerate(texts, start=1):
        lines = [line for line in text.splitlines() if line.strip()]
        assert flat(lines[0]).startswith("Numérique")  # the running header
        assert flat(lines[-1]) == f"page {number} / {pages} avril 2018 · France urbaine"
        bodies += lines[1:-1]
    whole = flat("\n".join(bodies))  # the text in reading order, headers and footers aside
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    for paragraph in paragraphs[1:]:  # the first is the seed's title line
        assert flat(french_typography(paragraph)) in whole  # « », ’ and French spaces kept
    assert info(pdf)["Title"] == "Numérique"
    assert info(pdf)["Author"] == "France urbaine"
    assert fonts(pdf)  # some fonts, and every one of them embedded
    assert all(embedded for _name, embedded in fonts(pdf))
    assert inked_share(pdf, 1, tmp_path) > 0.02  # not a blank page


def test_only_the_sections_ticked_are_printed(seed: Briefing, tmp_path: Path) -> None:
    pdf = tmp_path / "belot.pdf"
    briefing_pdf(seed, rendered_page(seed), pdf, ["le-rapport-belot-sur-la-ville-intelligente"])
    text = flat(" ".join(page_texts(pdf)))
    assert "Luc Belot, député du Maine-et-Loire" in text
    assert "Le rapport Belot sur la ville intelligente" in text
    assert "Si le Règlement Général européen" not in text  # another section
    assert "France urbaine est partie prenante" not in text  # the introduction
    with pytest.raises(PrintError, match="section « absente » introuvable dans « numerique »"):
        briefing_pdf(seed, rendered_page(seed), tmp_path / "non.pdf", ["absente"])
    with pytest.raises(PrintError, match="n’existe pas"):
        briefing_pdf(seed, rendered_page(seed), tmp_path / "absent" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["belot.pdf"]  # nothing left


def test_a_heading_is_never_alone_at_the_foot_of_a_page(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    paragraph = "Une phrase de remplissage qui occupe la ligne entière de la page. " * 6
    body = "".join(f"## Partie {n}\n\n" + f"{paragraph}\n\n" * 3 for n in range(1, 13))
    body += "## Tableau\n\n| Ville | Budget |\n|---|---|\n" + "| Lyon | 12 |\n" * 60
    write_briefing("long", title="Long (généré)", body=body)
    (briefing,) = load_library([content_dir]).briefings
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    printed = PrintedBriefing(briefing, rendered_page(briefing), writer, Paper())
    text = printed.text
    assert printed.pages > 3
    blocks = text.document.begin()
    headings = 0
    while blocks.isValid():
        if blocks.blockFormat().headingLevel() > 0 and blocks.next().isValid():
            headings += 1
            assert text.page_of(blocks, last=True) == text.page_of(blocks.next()), blocks.text()
        blocks = blocks.next()
    assert headings == 14  # the title and 13 sections
    pdf = tmp_path / "long.pdf"
    briefing_pdf(briefing, rendered_page(briefing), pdf)
    tables = [t for t in page_texts(pdf) if "Lyon" in t]
    assert len(tables) >= 2  # the table runs over pages...
    assert all("Ville" in page and "Budget" in page for page in tables)  # ...its head on each


def test_long_list_items_and_table_cells_wrap_and_no_line_is_printed_twice(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    def words(mark: str, count: int) -> str:  # numbered words: each must be printed once
        return " ".join(f"{mark}{n:03d}" for n in range(count))

    body = ""
    for part in range(4):
        items = [words(f"L{part}i{n}x", size) for n, size in enumerate((6, 40, 220, 12, 60))]
        rows = [f"| Ville {n} | {words(f'T{part}r{n}x', size)} |" for n, size in enumerate((4, 90))]
        body += (
            f"## Partie {part}\n\n{words(f'P{part}x', 700)}\n\n"
            + "".join(f"- {item}\n" for item in items)
            + "\n| Ville | Commentaire |\n|---|---|\n"
            + "\n".join(rows)
            + "\n\n"
        )
    write_briefing("difficile", title="Mise en page difficile (généré)", body=body)
    (briefing,) = load_library([content_dir]).briefings
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    printed = PrintedBriefing(briefing, rendered_page(briefing), writer, Paper())
    text, document = printed.text, printed.text.document
    assert document.documentLayout().documentSize().width() <= text.body.width() + 1  # wraps
    assert laid_out_afresh(text)
    assert not lines_across_pages(text)
    items, block = 0, document.begin()
    while block.isValid():
        if block.textList() is not None:
            items += 1
            if block.layout().lineCount() <= 8:  # a short item is never cut by a page
                assert text.page_of(block) == text.page_of(block, last=True), block.text()[:20]
        block = block.next()
    assert items == 4 * 5  # the rest of a long item cut by a page has no bullet of its own
    pdf = tmp_path / "difficile.pdf"
    pages = briefing_pdf(briefing, rendered_page(briefing), pdf)
    assert pages > 6
    printed_words = flat(" ".join(page_texts(pdf))).split()
    numbered = [word for word in printed_words if re.fullmatch(r"[LPT]\d\w*x\d{3}", word)]
    assert len(numbered) == len(set(numbered)) == 4 * (700 + 338 + 94)  # all, and once


def test_letter_where_the_locale_says_so_and_never_the_screens_dark_colours(
    seed: Briefing, qapp: QApplication, tmp_path: Path
) -> None:
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert default_paper(american).size == QPageSize.PageSizeId.Letter
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert default_paper(french).size == QPageSize.PageSizeId.A4
    as_ever = tmp_path / "a4.pdf"
    briefing_pdf(seed, rendered_page(seed), as_ever, paper=default_paper(french))
    screen = qapp.palette()
    dark = QPalette(screen)
    for role, colour in ((QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Base, "#101010"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Window, "#202020")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)  # a dark theme on screen
    try:
        pdf = tmp_path / "letter.pdf"
        briefing_pdf(seed, rendered_page(seed), pdf, paper=default_paper(american))
    finally:
        qapp.setPalette(screen)
    assert "(letter)" in info(pdf)["Page size"]
    assert "(A4)" in info(as_ever)["Page size"]
    # as much ink as ever: the paragraphs were printed pale grey, in the screen's colour
    assert inked_share(pdf, 1, tmp_path) > 0.9 * inked_share(as_ever, 1, tmp_path)
