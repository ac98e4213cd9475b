"""Shared fixtures. Every test keeps its files under tmp_path and runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import briefing_text

# Set once for the whole suite, before any Qt import: no test ever needs a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

WriteBriefing = Callable[..., Path]
USER_FOLDERS = {
    "HOME": "",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_CONFIG_HOME": ".config",
}


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs with a home folder of its own: HOME and the XDG folders (what
    platformdirs, Qt and the programs a test starts consult) point into a temporary
    folder, so no test reads or writes the real user's bookmarks, index or settings."""
    home = tmp_path_factory.mktemp("home")
    for name, below in USER_FOLDERS.items():
        monkeypatch.setenv(name, str(home / below))
    return home


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """An empty content folder (test briefings are generated, never France urbaine's)."""
    folder = tmp_path / "content"
    folder.mkdir()
    return folder


@pytest.fixture
def write_briefing(content_dir: Path) -> WriteBriefing:
    """Write ``<content_dir>/<name>.md`` from briefing_text() arguments; return its path."""

    def write(name: str, **kwargs: str) -> Path:
        path = content_dir / f"{name}.md"
        path.write_text(briefing_text(**kwargs), encoding="utf-8")
        return path

    return write


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Where index, cache and settings go for this test (--data-dir)."""
    return tmp_path / "data"


@pytest.fixture(scope="session")
def bad_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every kind of bad pack of tests.packs.BAD_PACKS, made once for the session (the
    ZIP bomb takes seconds to compress): name -> file. Tests only read them."""
    from tests.packs import make_bad_packs

    return make_bad_packs(tmp_path_factory.mktemp("bad-packs"))
