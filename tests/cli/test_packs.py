"""``briefing-app pack``: keygen, create, verify and trust, with their exit statuses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from briefing_app.cli import run
from tests.conftest import WriteBriefing


def out(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_publisher_signs_and_a_reader_verifies(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    write_briefing: WriteBriefing,
    content_dir: Path,
    data_dir: Path,
) -> None:
    write_briefing("alpha", title="Alpha")
    key = tmp_path / "editeur.key"
    assert run(["pack", "keygen", str(key), "--name", "Éditeur de test"]) == 0
    assert "empreinte" in out(capsys)[0]
    pack = tmp_path / "alpha.briefings"
    create = ["pack", "create", str(content_dir), "--id", "alpha", "--version", "1"]
    assert run([*create, "--key", str(key), "-o", str(pack)]) == 0
    assert "« alpha » (alpha, version 1" in out(capsys)[0]
    data = ["--data-dir", str(data_dir)]
    assert run(["pack", "verify", str(pack), *data]) == 1  # sound, by a key not trusted
    assert "clé inconnue" in out(capsys)[1]
    assert run(["pack", "trust", f"{key}.pub", *data]) == 0
    assert "Éditeur de test" in out(capsys)[0]
    assert run(["pack", "verify", str(pack), *data]) == 0
    assert "vérifié : signé par « Éditeur de test »" in out(capsys)[0]
    assert run(["pack", "trust", "--list", *data]) == 0
    fingerprint = out(capsys)[0].split()[0]
    assert run(["pack", "trust", "--remove", fingerprint, *data]) == 0
    assert run(["pack", "verify", str(pack), *data]) == 1
    out(capsys)
    with zipfile.ZipFile(pack, "a") as archive:
        archive.writestr("briefings/ajout.md", "---\ntitle: Ajout\n---\nTexte")
    assert run(["pack", "verify", str(pack), *data]) == 2  # refused, and says why
    assert "ajout.md n’est pas dans pack.json" in out(capsys)[1]


def test_mistakes_get_one_line_and_leave_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content_dir: Path
) -> None:
    key = tmp_path / "k.key"
    assert run(["pack", "keygen", str(key)]) == 0
    assert run(["pack", "keygen", str(key)]) == 2
    assert "existe déjà" in out(capsys)[1]
    pack = tmp_path / "p.briefings"
    args = ["pack", "create", str(content_dir), "--id", "p", "--version", "1", "-o", str(pack)]
    assert run([*args, "--key", str(key)]) == 2  # an empty folder
    assert "aucun briefing" in out(capsys)[1]
    assert run([*args, "--key", str(tmp_path / "absente.key")]) == 2
    assert "fichier de clé illisible" in out(capsys)[1]
    assert not pack.exists()
    assert run(["pack", "verify", str(tmp_path / "absent.briefings")]) == 2
    assert run(["pack", "trust"]) == 2
