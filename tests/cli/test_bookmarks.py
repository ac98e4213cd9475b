"""``briefing-app bookmarks``: add, list, export (Markdown, JSON) and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli import run
from briefing_app.core.bookmarks.store import FILE, BookmarkStore
from tests.core.bookmarks.damage import fill, garble
from tests.helpers import briefing_text

BODY = """
Une introduction.

## Le budget

Les dotations de l’État baissent de deux pour cent cette année.

## Le calendrier

Le vote a lieu en mars.
"""


@pytest.fixture
def options(tmp_path: Path) -> list[str]:
    """--content with one test briefing, and --data-dir."""
    content = tmp_path / "content"
    content.mkdir()
    text = briefing_text("Finances locales", body=BODY)
    (content / "finances.md").write_text(text, encoding="utf-8")
    return ["--content", str(content), "--data-dir", str(tmp_path / "data")]


def out(capsys: pytest.CaptureFixture[str]) -> str:
    """What the command printed on standard output."""
    return capsys.readouterr().out


def test_add_then_list_as_json(options: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    quote = "dotations de l’État baissent"
    typed = quote.replace("’", "'")  # as typed on a keyboard
    note = ["--note", "À suivre"]
    assert run(["bookmarks", "add", "finances", "--quote", typed, *note, *options]) == 0
    assert run(["bookmarks", "add", "finances", "--section", "le-calendrier", *options]) == 0
    assert run(["bookmarks", "add", "finances", *options]) == 0
    capsys.readouterr()
    assert run(["bookmarks", "list", "--json", *options]) == 0
    listed = json.loads(out(capsys))
    assert [(b["section"], b["quote"], b["status"]) for b in listed] == [
        ("le-budget", quote, "anchored"),
        ("le-calendrier", "", "anchored"),
        ("", "", "anchored"),
    ]
    assert listed[0]["note"] == "À suivre"
    assert listed[0]["section_title"] == "Le budget"


def test_add_with_a_wrong_quote_fails_clearly(
    options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["bookmarks", "add", "finances", "--quote", "absente", *options]) == 1
    assert "« absente » est introuvable dans « finances »" in capsys.readouterr().err
    assert run(["bookmarks", "add", "inconnu", *options]) == 1
    assert "Aucun briefing « inconnu »" in capsys.readouterr().err


def test_markdown_export_groups_by_briefing_and_section(
    options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    run(["bookmarks", "add", "finances", "--quote", "Le vote a lieu en mars.", *options])
    run(
        [
            "bookmarks",
            "add",
            "finances",
            "--quote",
            "deux pour cent",
            "--note",
            "Vérifier",
            *options,
        ]
    )
    capsys.readouterr()
    assert run(["bookmarks", "export", *options]) == 0
    text = out(capsys)
    assert text.startswith("# Signets et notes\n")
    budget = text.index("### Le budget")
    calendar = text.index("### Le calendrier")
    assert text.index("## Finances locales") < budget
    assert text.index("> deux pour cent\n\nVérifier\n") > budget
    assert text.index("> Le vote a lieu en mars.") > calendar


def test_json_export_then_import_merges_without_duplicates(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["bookmarks", "add", "finances", "--quote", "deux pour cent", "--label", "A", *options])
    capsys.readouterr()
    run(["bookmarks", "export", "--format", "json", *options])
    exported = tmp_path / "export.json"
    exported.write_text(out(capsys), encoding="utf-8")
    other = ["--content", options[1], "--data-dir", str(tmp_path / "other")]
    assert run(["bookmarks", "import", str(exported), *other]) == 0
    assert out(capsys).startswith("1 signet(s) importé(s), 0 déjà présent(s)")
    assert run(["bookmarks", "import", str(exported), *other]) == 0
    assert out(capsys).startswith("0 signet(s) importé(s), 1 déjà présent(s)")
    original = BookmarkStore(tmp_path / "data" / "data").bookmarks()
    assert BookmarkStore(tmp_path / "other" / "data").bookmarks() == original


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{pas du json", "pas du JSON valide (ligne 1"),
        ('{"format": "autre"}', "pas un export de signets"),
        (
            '{"format": "briefings-bookmarks", "version": 1, "bookmarks": '
            '[{"id": "a", "briefing": "b", "created": "2026"}, {"id": "c", "briefing": 3}]}',
            "Signet n° 2 : « briefing » doit être du texte",
        ),
    ],
)
def test_a_malformed_import_writes_nothing(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    assert run(["bookmarks", "import", str(bad), *options]) == 1
    assert message in capsys.readouterr().err
    assert BookmarkStore(tmp_path / "data" / "data").count() == 0


def test_a_deeply_nested_import_fails_in_one_line_and_writes_nothing(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nested = tmp_path / "nested.json"
    depth = 100_000
    nested.write_text(
        '{"format": "briefings-bookmarks", "version": 1, "bookmarks": [{"note": '
        + "[" * depth
        + "]" * depth
        + "}]}",
        encoding="utf-8",
    )
    assert run(["bookmarks", "import", str(nested), *options]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1  # one line, no traceback
    assert "imbriqué trop profondément" in error
    assert BookmarkStore(tmp_path / "data" / "data").count() == 0


def test_list_shows_the_marked_words_beside_the_reworded_text(
    options: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    marked = "Les dotations de l’État baissent de deux pour cent cette année."
    assert run(["bookmarks", "add", "finances", "--quote", marked, *options]) == 0
    briefing = Path(options[1]) / "finances.md"
    now = marked.replace("deux pour cent", "trois pour cent")
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(marked, now), "utf-8")
    capsys.readouterr()
    assert run(["bookmarks", "list", *options]) == 0
    text = out(capsys)
    assert "[à revoir : le texte a changé]" in text
    assert f"   « {marked} »\n   texte actuel : « {now} »\n" in text
    assert run(["bookmarks", "list", "--json", *options]) == 0
    (listed,) = json.loads(out(capsys))
    assert (listed["status"], listed["marked"], listed["quote"]) == ("changed", marked, now)


def test_a_damaged_store_tells_how_many_bookmarks_were_salvaged(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data" / "data"
    data.mkdir(parents=True)
    made = fill(data, 40)
    lost = garble(data / FILE, [20], made)
    assert run(["bookmarks", "list", "--json", *options]) == 0
    captured = capsys.readouterr()
    assert f"Signets récupérés : {40 - len(lost)} sur 40." in captured.err
    listed = json.loads(captured.out)
    assert [b["id"] for b in listed] == [b.id for b in made if b.id not in lost]


def test_a_store_that_is_a_folder_is_reported_as_such(
    options: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data" / "data" / FILE).mkdir(parents=True)
    assert run(["bookmarks", "add", "finances", *options]) == 1
    error = capsys.readouterr().err
    assert "est un dossier, pas un fichier" in error
    assert "Le dossier des signets" not in error
