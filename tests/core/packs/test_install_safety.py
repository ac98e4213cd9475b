"""An install that cannot finish leaves the library as it was: a disk that fills up while
the pack is unpacked, or the process killed at any step of an install or a removal (the
next start finds the old version or the new one, whole, never a mix or nothing)."""

from __future__ import annotations

import errno
import textwrap
from pathlib import Path

import pytest

from briefing_app.core.packs.archive import verify_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.install import install, plan_install
from briefing_app.core.packs.installed import installed, packs_dir
from briefing_app.core.session import Session
from tests.helpers import run_python
from tests.packs import make_key, make_pack

OLD = {"alpha": "Alpha v1", "beta": "Bêta v1"}
NEW = {"alpha": "Alpha v2", "beta": "Bêta v2", "gamma": "Gamma v2"}


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A data folder with version 1 installed, and the file of version 2."""
    key = make_key(tmp_path / "keys")
    data_dir = tmp_path / "home"
    data = Session.start([], data_dir).paths.data
    install(plan_install(verify_pack(make_pack(tmp_path, key, 1, OLD), []), data), data)
    return data_dir, data, make_pack(tmp_path, key, 2, NEW)


def titles(data_dir: Path) -> set[str]:
    """The titles of the library a new start finds (no bundled content)."""
    empty = data_dir / "aucun-contenu"
    empty.mkdir(exist_ok=True)
    return {b.title for b in Session.start([empty], data_dir).library().briefings}


def test_a_full_disk_while_unpacking_changes_nothing(
    versions: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, data, new = versions
    plan = plan_install(verify_pack(new, []), data)
    write_bytes = Path.write_bytes
    written: list[Path] = []

    def filling(self: Path, content: bytes) -> int:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(self)
        return write_bytes(self, content)

    monkeypatch.setattr(Path, "write_bytes", filling)
    with pytest.raises(PackError, match=r"installation impossible : .*No space left"):
        install(plan, data)
    monkeypatch.undo()
    assert written  # the disk filled after the first file
    assert installed(data, "essai").version == 1  # type: ignore[union-attr]
    assert sorted(p.name for p in packs_dir(data).iterdir()) == ["essai"]  # nothing left
    assert titles(data_dir) == set(OLD.values())


KILL = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from briefing_app.core.packs.archive import verify_pack
    from briefing_app.core.packs.install import install, plan_install, remove

    data, pack, method, at = Path({data!r}), Path({pack!r}), {method!r}, {at}
    original = getattr(Path, method)
    calls = []

    def dying(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, *args, **kwargs)

    setattr(Path, method, dying)
    if {action!r} == "install":
        install(plan_install(verify_pack(pack, []), data), data)
    else:
        remove(data, "essai")
    print("fini")
    """
)


@pytest.mark.parametrize(
    ("action", "method", "at", "after"),
    [
        ("install", "write_bytes", 2, OLD),  # while the files are unpacked
        ("install", "rename", 1, OLD),  # unpacked, before the swap
        ("install", "rename", 2, OLD),  # between the swap's two renames
        ("install", "rename", 3, NEW),  # never reached: the install completes
        ("remove", "rename", 1, OLD),  # before anything moved
        ("remove", "rename", 2, OLD),  # the previous version gone, the pack still in use
        ("remove", "rename", 3, {}),  # never reached: the pack is removed
    ],
)
def test_a_process_killed_mid_install_leaves_the_old_or_the_new_library(
    versions: tuple[Path, Path, Path], action: str, method: str, at: int, after: dict[str, str]
) -> None:
    data_dir, data, new = versions
    if action == "remove":  # a previous version to remove as well
        install(plan_install(verify_pack(new, []), data), data)
        after = NEW if after else {}
    script = KILL.format(data=str(data), pack=str(new), method=method, at=at, action=action)
    result = run_python(script)
    killed = result.returncode == -9
    assert killed == (at < 3), (result.returncode, result.stderr)
    assert titles(data_dir) == set(after.values())
    if action == "install" and killed:  # a new try installs it, the leftovers cleared
        install(plan_install(verify_pack(new, []), data), data)
        assert titles(data_dir) == set(NEW.values())
        assert sorted(p.name for p in packs_dir(data).iterdir()) == ["essai", "essai.previous"]
