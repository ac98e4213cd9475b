"""The user's own documents, Markdown or Word: front matter made when missing (title from the
first heading or the file name, the file's date, « Document personnel »), kept when
present, refused whole when the file cannot load, and shown in the library last."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.core.content.loader import parse_briefing
from briefing_app.core.documents import SOURCE, documents_dir, import_markdown
from briefing_app.core.packs.errors import PackError
from briefing_app.core.session import Session
from tests.helpers import briefing_text
from tests.word import write_word


def test_a_plain_markdown_file_becomes_a_personal_document(tmp_path: Path) -> None:
    notes = tmp_path / "Notes du conseil.md"
    notes.write_text(
        '# Relire le "budget"\n\nTexte à voir.\n\n## Points\n\n- un\n', encoding="utf-8"
    )
    os.utime(notes, (1_700_000_000, 1_700_000_000))  # 14 November 2023
    data = tmp_path / "data"
    target = import_markdown(notes, data, taken=set())
    assert target == documents_dir(data) / "notes-du-conseil.md"
    session = Session.start([tmp_path / "aucun"], tmp_path)
    assert session.folders[-1] == documents_dir(data)
    (briefing,) = session.library().briefings
    assert (briefing.title, briefing.date, briefing.source) == (
        'Relire le "budget"',
        "2023-11-14",
        SOURCE,
    )
    assert "# Relire" not in target.read_text(encoding="utf-8")  # the title shows above it
    untitled = tmp_path / "sans_titre.md"
    untitled.write_text("Du texte seul.\n", encoding="utf-8")
    again = import_markdown(untitled, data, taken={"notes-du-conseil"})
    assert 'title: "sans titre"' in again.read_text(encoding="utf-8")


def test_front_matter_is_kept_names_are_not_reused_and_bad_files_write_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    mine = tmp_path / "numerique.md"
    mine.write_text(briefing_text(title="Ma version"), encoding="utf-8")
    target = import_markdown(mine, data, taken={"numerique"})  # a bundled briefing's id
    assert target.name == "numerique-2.md"
    assert target.read_text(encoding="utf-8") == mine.read_text(encoding="utf-8")
    latin = tmp_path / "latin.md"
    latin.write_bytes("Été".encode("latin-1"))
    with pytest.raises(PackError, match="UTF-8"):
        import_markdown(latin, data, taken=set())
    broken = tmp_path / "casse.md"
    broken.write_text("---\ntitle: Sans date\n---\nTexte\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"casse\.md"):
        import_markdown(broken, data, taken=set())
    assert sorted(p.name for p in documents_dir(data).iterdir()) == ["numerique-2.md"]


def test_a_word_document_keeps_its_headings(tmp_path: Path) -> None:
    word = write_word(
        tmp_path / "Conseil.docx",
        [
            ("Heading1", "Conseil du 12 mars"),
            ("Normal", "Le budget est voté."),
            ("Heading2", "Points à voir"),
            ("Normal", "La mobilité, l’école."),
        ],
    )
    target = import_markdown(word, tmp_path / "data", taken=set())
    assert target.name == "conseil.md"
    (briefing,) = Session.start([tmp_path / "aucun"], tmp_path).library().briefings
    assert (briefing.title, briefing.source) == ("Conseil du 12 mars", SOURCE)
    assert [s.title for s in briefing.sections] == ["Points à voir"]
    _briefing, page = parse_briefing(target, target.read_bytes())
    assert "<p>Le budget est voté.</p>" in page.html  # the text as the reader shows it
    (tmp_path / "faux.docx").write_text("pas un document", encoding="utf-8")
    with pytest.raises(PackError, match="document Word illisible"):
        import_markdown(tmp_path / "faux.docx", tmp_path / "data", taken=set())
