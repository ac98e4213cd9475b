"""A meeting file read back: the cover, contents whose page numbers are where the
sections are (and whose entries are links there), each quote followed by its note, the
bookmarks « à revoir » at the end with their notes, a header and a footer on every page
but the cover, the metadata; a long one laid out as afresh, its notes never cut by a
page."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter, QTextTable

from briefing_app.core.bookmarks.placing import make_bookmark, reanchor
from briefing_app.core.dossier import chosen_bookmarks, plan_dossier
from briefing_app.core.session import Session
from briefing_app.printing.dossier import PrintedDossier, dossier_pdf
from briefing_app.printing.paper import Paper
from tests.conftest import WriteBriefing
from tests.printing.pdftext import flat, fonts, info, link_targets, page_texts
from tests.printing.places import laid_out_afresh, lines_across_pages

BUDGET = "## Budget\n\nLe budget participatif finance les jardins partagés.\n\n## Calendrier\n\n"
BUDGET += "Le vote a lieu en juin.\n\n## Annexe\n\nRien à signaler.\n"
TRANSPORT = "## Tramway\n\nLa ligne T4 ouvre en 2027 entre la gare et le campus.\n"


@pytest.fixture
def printed(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> tuple[Path, list[str]]:
    """A dossier of a label over two generated briefings, one of its passages gone."""
    write_briefing("budget", title="Budget (généré)", date="2026-02", source="Test", body=BUDGET)
    write_briefing("transport", title="Transport (généré)", date="2025", body=TRANSPORT)
    session = Session.start([content_dir], tmp_path / "home")
    library, pages, store = session.library(), session.pages(), session.bookmarks()
    label = "Conseil du 12 mars"
    for briefing, quote, note in (
        ("budget", "finance les jardins partagés", "Demander le montant exact."),
        ("transport", "La ligne T4 ouvre en 2027", "Vérifier la date."),
        ("budget", "Le vote a lieu en juin", "Passage retiré ensuite."),
    ):
        store.add(make_bookmark(library, pages, briefing, "", quote, note=note, label=label))
    store.add(make_bookmark(library, pages, "budget", "annexe", "", label="Autre"))
    (content_dir / "budget.md").write_text(
        (content_dir / "budget.md")
        .read_text(encoding="utf-8")
        .replace("Le vote a lieu en juin.", "À venir."),
        encoding="utf-8",
    )
    library = session.library()
    placed = reanchor(store, library, pages)
    store.close()
    chosen = chosen_bookmarks(placed, label="conseil du 12 mars")
    dossier = plan_dossier(library, chosen, title=label, day="12 mars 2027", name="Mme la maire")
    pdf = tmp_path / "dossier.pdf"
    count = dossier_pdf(dossier, pages, pdf)
    texts = page_texts(pdf)
    assert len(texts) == count
    return pdf, texts


def lines(text: str) -> list[str]:
    return [flat(line) for line in text.splitlines() if line.strip()]


def test_cover_contents_and_page_numbers(printed: tuple[Path, list[str]]) -> None:
    pdf, texts = printed
    cover = lines(texts[0])
    assert cover[:3] == ["Conseil du 12 mars", "12 mars 2027", "Mme la maire"]
    assert "2 briefing(s), 2 signet(s)" in cover  # one of the three was not found
    contents = lines(texts[1])[1:-1]  # its running header and footer aside
    assert "Sommaire" in contents
    expected = {"Budget (généré)", "Budget", "Transport (généré)", "Tramway", "À revoir"}
    numbered = {line.rsplit(" ", 1)[0]: int(line.rsplit(" ", 1)[1]) for line in contents
                if line.rsplit(" ", 1)[-1].isdigit()}  # fmt: skip
    assert expected <= set(numbered)
    for title, page in numbered.items():
        assert title in flat(texts[page - 1]), title  # the number is where it is
    links = Counter(link_targets(pdf))  # each entry's title and number lead to it
    assert len(links) == len(expected)
    assert set(links.values()) == {2}
    assert "a-revoir" in links
    assert info(pdf)["Title"] == "Conseil du 12 mars"
    assert info(pdf)["Author"] == "Mme la maire"
    assert all(embedded for _name, embedded in fonts(pdf))


def test_notes_follow_their_quotes_and_nothing_is_left_out(
    printed: tuple[Path, list[str]],
) -> None:
    _pdf, texts = printed
    body = flat(" ".join(" ".join(lines(text)[1:-1]) for text in texts[2:]))
    for quote, note in (
        ("finance les jardins partagés", "Note : Demander le montant exact."),
        ("La ligne T4 ouvre en 2027", "Note : Vérifier la date."),
    ):
        assert body.index(quote) < body.index(note) < body.index(quote) + 300
    assert "Rien à signaler" not in body  # the « Autre » label's section is not in
    review = body[body.index("À revoir") :]
    assert "Le vote a lieu en juin" in review  # the words marked, though the text is gone
    assert "Note : Passage retiré ensuite." in review
    assert "passage introuvable dans la version actuelle" in review
    for number, text in enumerate(texts[1:], start=2):
        page = lines(text)
        assert page[-1].startswith(f"page {number} / {len(texts)}")  # the footer
        assert page[0].startswith(("Conseil du 12 mars", "Budget", "Transport", "À revoir"))


def test_a_long_dossier_is_laid_out_right_and_numbered_right(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    sentence = "Phrase {n} de la partie {p}, générée pour remplir la page de mots ordinaires."
    for number in range(6):
        body = "".join(
            f"## Partie {number}-{p}\n\n"
            + " ".join(sentence.format(n=n, p=p) for n in range(40))
            + "\n\n- un point court\n- "
            + " ".join(sentence.format(n=n, p=p) for n in range(40, 50))
            + "\n\n"
            for p in range(5)
        )
        write_briefing(f"b{number}", title=f"Briefing {number} (généré)", body=body)
    session = Session.start([content_dir], tmp_path / "home")
    library, pages, store = session.library(), session.pages(), session.bookmarks()
    for number in range(6):
        for p in range(0, 5, 2):
            quote = sentence.format(n=7 * p, p=p)
            store.add(
                make_bookmark(library, pages, f"b{number}", f"partie-{number}-{p}", quote,
                              note=f"Note {number}-{p}.", label="Séance")
            )  # fmt: skip
    placed = reanchor(store, library, pages)
    store.close()
    dossier = plan_dossier(library, chosen_bookmarks(placed, label="Séance"), title="Séance")
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setResolution(300)
    printed = PrintedDossier(dossier, pages, writer, Paper())
    assert printed.pages > 12
    assert laid_out_afresh(printed.text)
    assert not lines_across_pages(printed.text)
    text = printed.text
    boxes = [f for f in text.document.rootFrame().childFrames() if not isinstance(f, QTextTable)]
    assert len(boxes) == 6 * 3
    for box in boxes:  # a note is never cut by a page
        first, last = box.firstCursorPosition().block(), box.lastCursorPosition().block()
        assert text.page_of(first) == text.page_of(last, last=True)
    pdf = tmp_path / "long.pdf"
    dossier_pdf(dossier, pages, pdf)
    texts = page_texts(pdf)
    first = int(next(line for line in lines(texts[1]) if "Briefing 0" in line).split()[-1])
    contents = [line for text in texts[1 : first - 1] for line in lines(text)]
    parts = [line for line in contents if line.startswith("Partie")]
    assert len(parts) == 6 * 3
    for line in parts:
        title, page = line.rsplit(" ", 1)
        assert title in flat(texts[int(page) - 1]), title  # the number is where it is
    body = " ".join(" ".join(lines(text)[1:-1]) for text in texts[first - 1 :])
    for number in range(6):
        for p in range(0, 5, 2):
            heading = body.index(f"Partie {number}-{p} ")
            quote = body.index(sentence.format(n=7 * p, p=p), heading)
            note = body.index(f"Note : Note {number}-{p}.")
            ends = body.find("Partie", quote)
            assert quote < note < (ends if ends > 0 else len(body))  # in its section, after it
            assert body.count(f"Note : Note {number}-{p}.") == 1
