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
