"""``briefing-app import`` refuses every kind of bad pack in one line that names what is
wrong, exits non-zero and writes nothing, even with --yes (which only accepts a sound
pack whose publisher is not verified); a downgrade is refused with both versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import run
from tests.packs import BAD_PACKS, make_key, make_pack, rewrite


@pytest.mark.parametrize("kind", sorted(BAD_PACKS))
def test_a_bad_pack_is_refused_in_one_line(
    kind: str, bad_packs: dict[str, Path], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["import", "--yes", str(bad_packs[kind]), "--data-dir", str(data_dir)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith("briefing-app : refusé : ")
    assert BAD_PACKS[kind][1] in line
    assert captured.out == ""
    assert not (data_dir / "data" / "packs").exists()


def test_an_unsigned_pack_needs_yes(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(tmp_path, make_key(tmp_path / "keys"), 1)
    unsigned = rewrite(pack, tmp_path / "sans-signature.briefings", {"pack.sig": None})
    assert run(["import", str(unsigned), "--data-dir", str(data_dir)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "« Paquet essai » n’est pas signé" in line
    assert line.endswith("Pour l’installer quand même : briefing-app import --yes FICHIER")
    assert not (data_dir / "data" / "packs").exists()
    assert run(["import", "--yes", str(unsigned), "--data-dir", str(data_dir)]) == 0
    assert "; non vérifié" in capsys.readouterr().out


def test_a_downgrade_and_a_word_file_that_is_not_one_are_refused(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = make_key(tmp_path / "keys")
    data = ["--data-dir", str(data_dir)]
    assert run(["import", "--yes", str(make_pack(tmp_path, key, 3)), *data]) == 0
    capsys.readouterr()
    assert run(["import", "--yes", str(make_pack(tmp_path, key, 2)), *data]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "la version 3 est installée, ce paquet est la version 2, plus ancienne" in line
    fake = tmp_path / "rapport.docx"
    fake.write_bytes(b"PK\x03\x04 pas un document Word")
    assert run(["import", str(fake), *data]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "rapport.docx : document Word illisible" in line
    assert not (data_dir / "data" / "documents").exists()
