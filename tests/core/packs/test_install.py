"""Installing packs: install, update (the previous version kept), the same version or an
older one refused with the versions named, removal; the library takes the packs in, the
newest first, and ``check`` names a clash of ids."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from briefing_app.core.content.linkcheck import content_problems
from briefing_app.core.packs.archive import VERIFIED, verify_pack
from briefing_app.core.packs.create import create_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.install import (
    INSTALL,
    OLDER,
    SAME,
    UPDATE,
    install,
    plan_install,
    remove,
)
from briefing_app.core.packs.installed import installed, installed_packs, packs_dir
from briefing_app.core.packs.keys import generate, read_public
from briefing_app.core.session import Session
from tests.helpers import briefing_text


@pytest.fixture
def key(tmp_path: Path) -> Path:
    keyfile = tmp_path / "test.key"
    generate(keyfile, "Éditeur de test")
    return keyfile


def make(
    tmp_path: Path, key: Path, version: int, briefings: dict[str, str], date: str = ""
) -> Path:
    folder = tmp_path / f"source-{version}-{len(briefings)}"
    folder.mkdir()
    for name, title in briefings.items():
        (folder / f"{name}.md").write_text(briefing_text(title=title), encoding="utf-8")
    output = tmp_path / f"paquet-{version}-{len(briefings)}.briefings"
    create_pack(folder, "essai", version, key, output, title="Essai", date=date)
    return output


def test_install_update_refusals_and_removal(tmp_path: Path, key: Path) -> None:
    data = tmp_path / "data"
    trusted = [read_public(key.with_name("test.key.pub"))]
    first = plan_install(verify_pack(make(tmp_path, key, 1, {"a": "A", "b": "B"}), trusted), data)
    assert (first.action, first.new) == (INSTALL, ("a", "b"))
    pack = install(first, data)
    assert (pack.version, pack.status, pack.signer, pack.verified) == (
        1,
        VERIFIED,
        "Éditeur de test",
        True,
    )
    assert [p.stem for p in pack.briefings] == ["a", "b"]
    second = make(tmp_path, key, 2, {"a": "A", "b": "B changé", "c": "C"})
    plan = plan_install(verify_pack(second, trusted), data)
    assert plan.action == UPDATE
    assert (plan.new, plan.updated, plan.unchanged, plan.removed) == (("c",), ("b",), ("a",), ())
    assert install(plan, data).version == 2
    previous = packs_dir(data) / "essai.previous" / "briefings"
    assert sorted(p.stem for p in previous.glob("*.md")) == ["a", "b"]  # kept for the changes
    again = plan_install(verify_pack(second, trusted), data)
    assert again.action == SAME
    with pytest.raises(PackError, match="version 2 : déjà installé"):
        install(again, data)
    older = plan_install(verify_pack(make(tmp_path, key, 1, {"x": "X"}), trusted), data)
    assert older.action == OLDER
    with pytest.raises(PackError, match="la version 2 est installée, ce paquet est la version 1"):
        install(older, data)
    assert installed(data, "essai").version == 2  # type: ignore[union-attr]
    assert remove(data, "essai").version == 2
    assert installed_packs(data) == []
    assert not (packs_dir(data) / "essai.previous").exists()
    with pytest.raises(PackError, match="aucun paquet installé"):
        remove(data, "essai")


def test_a_pack_changed_after_its_check_installs_nothing(tmp_path: Path, key: Path) -> None:
    data = tmp_path / "data"
    path = make(tmp_path, key, 1, {"a": "A"})
    plan = plan_install(verify_pack(path, []), data)
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members["briefings/a.md"] = members["briefings/a.md"].replace(b"A", b"Z", 1)
    with zipfile.ZipFile(path, "w") as target:  # swapped between the check and the install
        for name, content in members.items():
            target.writestr(name, content)
    with pytest.raises(PackError, match="a changé depuis la vérification"):
        install(plan, data)
    assert installed_packs(data) == []
    assert [p.name for p in packs_dir(data).iterdir()] == []  # no half-written folder


def test_the_library_takes_the_packs_newest_first_and_check_names_a_clash(
    tmp_path: Path, key: Path
) -> None:
    data_dir = tmp_path / "home"
    data = Session.start([], data_dir).paths.data
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(briefing_text(title="A de base"), encoding="utf-8")
    install(plan_install(verify_pack(make(tmp_path, key, 1, {"a": "A du paquet"}), []), data), data)
    session = Session.start([content], data_dir)
    assert session.folders[0] == packs_dir(data) / "essai" / "briefings"
    library = session.library()
    assert [b.title for b in library.briefings] == ["A du paquet"]
    _library, problems = content_problems(session.folders)
    assert any("identifiant « a » déjà pris" in p.message for p in problems)


def test_a_swap_that_fails_halfway_keeps_the_pack_in_use(
    tmp_path: Path, key: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    install(plan_install(verify_pack(make(tmp_path, key, 1, {"a": "A"}), []), data), data)
    second = plan_install(verify_pack(make(tmp_path, key, 2, {"a": "A 2"}), []), data)
    rename = Path.rename

    def failing(self: Path, target: Path) -> Path:
        if self.name.startswith(".essai.new-"):
            raise OSError(28, "No space left on device")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing)
    with pytest.raises(PackError, match="installation impossible"):
        install(second, data)
    monkeypatch.undo()
    assert installed(data, "essai").version == 1  # type: ignore[union-attr]
    assert sorted(p.name for p in packs_dir(data).iterdir()) == ["essai"]
