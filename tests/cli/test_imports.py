"""``briefing-app import`` and ``packs``: a verified pack installs, an unverified one
only with --yes, the same version says so, a refused pack writes nothing; ``packs``
lists (JSON keys of the README) and removes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from briefing_app.cli import run
from briefing_app.core.packs.create import create_pack
from briefing_app.core.packs.keys import generate
from tests.helpers import briefing_text


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    generate(tmp_path / "test.key", "Éditeur de test")
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / "essai.md").write_text(briefing_text(title="Essai"), encoding="utf-8")
    output = tmp_path / "essai.briefings"
    create_pack(folder, "essai", 1, tmp_path / "test.key", output, title="Paquet d’essai")
    return output


def test_import_lists_and_removes(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data = ["--data-dir", str(data_dir)]
    assert run(["import", str(pack), *data]) == 2  # signed by a key not trusted
    assert "import --yes" in capsys.readouterr().err
    assert not (data_dir / "data" / "packs" / "essai").exists()
    assert run(["pack", "trust", str(tmp_path / "test.key.pub"), *data]) == 0
    assert run(["import", str(pack), *data]) == 0
    said = capsys.readouterr().out
    assert "« Paquet d’essai » installé : 1 nouveau(x)" in said
    assert "vérifié, signé par « Éditeur de test »" in said
    assert run(["import", str(pack), *data]) == 1
    assert "déjà installé" in capsys.readouterr().err
    assert run(["list", "--json", *data]) == 0
    assert "essai" in [b["briefing"] for b in json.loads(capsys.readouterr().out)]
    assert run(["packs", "--json", *data]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed == {
        "id": "essai",
        "title": "Paquet d’essai",
        "publisher": "Éditeur de test",
        "verified": True,
        "version": 1,
        "date": listed["date"],
        "briefings": ["essai"],
    }
    assert run(["packs", "remove", "essai", *data]) == 0
    assert "retiré" in capsys.readouterr().out
    assert run(["packs", *data]) == 0
    assert "aucun paquet installé" in capsys.readouterr().err


def test_an_unverified_pack_installs_with_yes_and_a_broken_one_never(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data = ["--data-dir", str(data_dir)]
    assert run(["import", "--yes", str(pack), *data]) == 0
    assert "non vérifié" in capsys.readouterr().out
    broken = tmp_path / "casse.briefings"
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(
                name, content.replace(b"Essai", b"Autre") if name.endswith(".md") else content
            )
    assert run(["import", "--yes", str(broken), *data]) == 2
    assert "refusé" in capsys.readouterr().err
    notes = tmp_path / "notes.txt"
    notes.write_text("texte", encoding="utf-8")
    assert run(["import", str(notes), *data]) == 2
    assert "les documents Word .docx" in capsys.readouterr().err


def test_a_publishers_pack_of_generated_briefings_is_installed_and_searched(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample round trip of the README: keygen, create, trust, import, search."""
    from bench.make_corpus import make_corpus

    made = make_corpus(tmp_path / "paquet", 3, sections=2)
    for path in made:
        path.write_text(path.read_text(encoding="utf-8") + "\nLe motdepaquetrecu.\n", "utf-8")
    key, pack = tmp_path / "editeur.key", tmp_path / "essai.briefings"
    data = ["--data-dir", str(data_dir)]
    assert run(["pack", "keygen", str(key), "--name", "Éditeur de test"]) == 0
    folder = str(tmp_path / "paquet")
    assert run(["pack", "create", folder, "--id", "essai", "--version", "1", "--key", str(key),
                "-o", str(pack)]) == 0  # fmt: skip
    assert run(["pack", "trust", f"{key}.pub", *data]) == 0
    capsys.readouterr()
    assert run(["import", str(pack), *data]) == 0
    assert "« essai » installé : 3 nouveau(x)" in capsys.readouterr().out
    assert run(["search", "motdepaquetrecu", "--json", *data]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {hit["briefing"] for hit in hits} == {path.stem for path in made}
