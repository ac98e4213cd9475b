"""Loading content folders: good briefings load, bad ones are reported and skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.loader import MAX_BRIEFING_BYTES
from briefing_app.core.content.model import Section
from briefing_app.core.content.problems import Problem
from tests.conftest import WriteBriefing


def only_problem(folder: Path) -> Problem:
    library = load_library([folder])
    assert len(library.problems) == 1, library.problems
    return library.problems[0]


def test_loads_fields_sections_and_hash(write_briefing: WriteBriefing, content_dir: Path) -> None:
    path = write_briefing(
        "mobilite",
        title="Mobilité",
        date="2019-03-12",
        source="Corpus de test",
        theme="Transports",
        tags="[vélo, bus]",
        summary="Un essai.",
        body="## Financement\n\ntexte\n\n### Versement mobilité\n",
    )
    library = load_library([content_dir])
    assert library.problems == ()
    (briefing,) = library.briefings
    assert (briefing.id, briefing.title, briefing.date) == ("mobilite", "Mobilité", "2019-03-12")
    assert (briefing.source, briefing.theme, briefing.tags) == (
        "Corpus de test",
        "Transports",
        ("vélo", "bus"),
    )
    assert briefing.summary == "Un essai."
    assert briefing.path == str(path)
    assert briefing.sections == (
        Section("financement", "Financement", 2),
        Section("versement-mobilite", "Versement mobilité", 3),
    )
    assert len(briefing.content_hash) == 64


def test_sorted_newest_first_whatever_the_date_precision(
    write_briefing: WriteBriefing, content_dir: Path
) -> None:
    write_briefing("a", title="Ancien", date="2016")
    write_briefing("b", title="Récent", date="2021-06-30")
    write_briefing("c", title="Milieu", date="2019-02")
    assert [b.id for b in load_library([content_dir]).briefings] == ["b", "c", "a"]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\ntitle: [unclosed\ndate: 2020\n---\n", 3, "en-tête YAML illisible"),
        ("---\n- une\n- liste\n---\n", 2, "liste de champs"),
        ("---\njust text\n---\n", 2, "liste de champs"),
        ("---\ndate: 2020\n---\n", 1, "« title » obligatoire"),
        ("---\ntitle: Sans date\n---\n", 1, "« date » obligatoire"),
        ("---\ntitle: T\nsource: x\ndate: 2020-13\n---\n", 4, "date invalide « 2020-13 »"),
        ("---\ntitle: T\ndate: 2021-02-30\n---\n", 3, "date invalide"),
        ("---\ntitle: T\ndate: avril 2018\n---\n", 3, "date invalide"),
        ("---\ntitle: T\ndate: 2020\ntags: {a: 1}\n---\n", 4, "« tags » doit être une liste"),
        ("---\ntitle: T\ndate: 2020\n", 1, "en-tête non fermé"),
        ("## Pas d'en-tête\n", 1, "en-tête manquant"),
        ("", 0, "fichier vide"),
        ("  \n\n", 0, "fichier vide"),
    ],
)
def test_bad_front_matter_is_reported_with_its_line(
    content_dir: Path, text: str, line: int, message: str
) -> None:
    (content_dir / "mauvais.md").write_text(text, encoding="utf-8")
    problem = only_problem(content_dir)
    assert problem.path == str(content_dir / "mauvais.md")
    assert problem.line == line
    assert message in problem.message
    assert str(problem).startswith(f"{content_dir / 'mauvais.md'}:{line}: " if line else "")


def test_not_utf8_names_the_line(content_dir: Path) -> None:
    (content_dir / "latin1.md").write_bytes(
        "---\ntitle: T\ndate: 2020\n---\nÉté\n".encode("latin-1")
    )
    problem = only_problem(content_dir)
    assert (problem.line, problem.message) == (
        5,
        "le fichier n’est pas en UTF-8 (octet 0xC9 illisible)",
    )


def test_too_large_briefing_is_skipped_and_the_rest_loads(
    write_briefing: WriteBriefing, content_dir: Path
) -> None:
    write_briefing("petit")
    big = "---\ntitle: Énorme\ndate: 2020\n---\n" + "Du texte, encore du texte.\n" * 200_000
    assert len(big.encode()) > 5_000_000 > MAX_BRIEFING_BYTES
    (content_dir / "enorme.md").write_text(big, encoding="utf-8")
    library = load_library([content_dir])
    assert [b.id for b in library.briefings] == ["petit"]
    assert "trop volumineux (5,1 Mo ; au plus 2 Mo)" in library.problems[0].message


def test_repeated_headings_get_unique_anchors(
    write_briefing: WriteBriefing, content_dir: Path
) -> None:
    write_briefing("repetes", body="## Bilan\n\n## Bilan\n\n### Bilan\n")
    (briefing,) = load_library([content_dir]).briefings
    assert [s.id for s in briefing.sections] == ["bilan", "bilan-2", "bilan-3"]


def test_missing_folder_and_file_instead_of_folder(tmp_path: Path) -> None:
    (tmp_path / "fichier.md").write_text("x", encoding="utf-8")
    library = load_library([tmp_path / "absent", tmp_path / "fichier.md"])
    assert library.briefings == ()
    assert [p.message for p in library.problems] == [
        "dossier de contenu introuvable",
        "ce n’est pas un dossier",
    ]


def test_unreadable_folder_is_reported(
    content_dir: Path, write_briefing: WriteBriefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_briefing("ok")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == content_dir:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    problem = only_problem(content_dir)
    assert problem.message == "dossier illisible : Permission denied"


def test_symlink_loop_is_reported(write_briefing: WriteBriefing, content_dir: Path) -> None:
    write_briefing("ok")
    (content_dir / "boucle.md").symlink_to(content_dir / "boucle.md")
    library = load_library([content_dir])
    assert [b.id for b in library.briefings] == ["ok"]
    assert library.problems[0].path == str(content_dir / "boucle.md")
    assert "fichier inaccessible" in library.problems[0].message


def test_file_named_with_accents_and_spaces(
    write_briefing: WriteBriefing, content_dir: Path
) -> None:
    write_briefing("Mobilité urbaine été 2020", title="Mobilité")
    (briefing,) = load_library([content_dir]).briefings
    assert briefing.id == "Mobilité urbaine été 2020"


def test_same_id_in_two_folders_keeps_the_first(tmp_path: Path) -> None:
    first, second = tmp_path / "un", tmp_path / "deux"
    for folder, title in ((first, "Premier"), (second, "Second")):
        folder.mkdir()
        (folder / "note.md").write_text(f"---\ntitle: {title}\ndate: 2020\n---\n", encoding="utf-8")
    library = load_library([first, second])
    assert [b.title for b in library.briefings] == ["Premier"]
    assert "identifiant « note » déjà pris" in library.problems[0].message


def test_non_markdown_and_hidden_files_are_ignored(content_dir: Path) -> None:
    (content_dir / "notes.txt").write_text("x", encoding="utf-8")
    (content_dir / ".brouillon.md").write_text("x", encoding="utf-8")
    assert load_library([content_dir]) == load_library([])
