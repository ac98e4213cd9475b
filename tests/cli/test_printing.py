"""``briefing-app pdf`` and ``dossier``: offscreen, a PDF file written whole; a missing
briefing, section or label, or a folder that cannot take the file, is one line naming
it, a non-zero exit, and no file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from briefing_app.cli import run
from tests.printing.pdftext import flat, info, page_texts


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    """pytest-qt's application, made before the command would make its own (see
    tests/printing/conftest.py)."""
    return qapp


def test_a_briefing_and_its_sections_as_pdf_files(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(data_dir)]
    whole = tmp_path / "numerique.pdf"
    assert run(["pdf", "numerique", "-o", str(whole), *data]) == 0
    assert capsys.readouterr().out == f"{whole} : « Numérique », 2 page(s)\n"
    assert info(whole)["Pages"] == "2"
    part = tmp_path / "rgpd.pdf"
    section = "le-reglement-general-sur-la-protection-des-donnees-rgpd"
    assert run(["pdf", "numerique", "--section", section, "-o", str(part), *data]) == 0
    text = flat(" ".join(page_texts(part)))
    assert "Si le Règlement Général européen" in text
    assert "Luc Belot" not in text
    for arguments, said in (
        (["pdf", "absent", "-o", str(tmp_path / "a.pdf")], "briefing « absent » introuvable"),
        (
            ["pdf", "numerique", "--section", "rien", "-o", str(tmp_path / "b.pdf")],
            "section « rien » introuvable dans « numerique »",
        ),
        (
            ["pdf", "numerique", "-o", str(tmp_path / "non" / "c.pdf")],
            f"le dossier {tmp_path / 'non'} n’existe pas",
        ),
        (["dossier", "--label", "Conseil", "-o", str(tmp_path / "d.pdf")], "« Conseil »"),
    ):
        assert run([*arguments, *data]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith("briefing-app : ")
        assert said in line
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "numerique.pdf",
        "rgpd.pdf",
    ]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_dossier_from_a_label_and_from_whole_briefings(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(data_dir)]
    for quote, note in (("Luc Belot", "Citer le rapport."), ("SGMAP", "Qui y siège ?")):
        assert run(["bookmarks", "add", "numerique", "--quote", quote, "--note", note,
                    "--label", "Conseil du 12 mars", *data]) == 0  # fmt: skip
    capsys.readouterr()
    pdf = tmp_path / "conseil.pdf"
    arguments = ["dossier", "--label", "conseil du 12 mars", "--date", "12 mars 2027"]
    assert run([*arguments, "--name", "M. le maire", "-o", str(pdf), *data]) == 0
    said = capsys.readouterr().out
    assert "« Conseil du 12 mars », 1 briefing(s), 2 signet(s), 0 à revoir" in said
    first = flat(page_texts(pdf)[0])
    assert first.startswith("Conseil du 12 mars 12 mars 2027 M. le maire")
    body = flat(" ".join(page_texts(pdf)[2:]))
    assert body.index("Luc Belot") < body.index("Note : Citer le rapport.")
    whole = tmp_path / "lecture.pdf"
    assert run(["dossier", "--briefing", "numerique", "--title", "Lecture", "-o", str(whole),
                *data]) == 0  # fmt: skip
    text = flat(" ".join(page_texts(whole)))
    assert "France urbaine est partie prenante" in text  # the whole briefing
    assert "Note : Qui y siège ?" in text  # its bookmarks with it
