"""Where the program keeps its files: under --data-dir, or the user's own folders (which
the tests replace with a temporary home)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing_app.core.paths import AppPaths


def test_without_data_dir_every_folder_is_under_the_users_home(user_home: Path) -> None:
    paths = AppPaths.resolve(None)
    for folder in (paths.data, paths.cache, paths.config):
        assert folder.is_relative_to(user_home), folder
        assert "briefing-app" in folder.parts
    assert Path(os.path.expanduser("~")) == user_home


def test_a_program_started_by_a_test_gets_the_same_home(user_home: Path) -> None:
    script = "from briefing_app.core.paths import AppPaths; print(AppPaths.resolve(None).data)"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert Path(out.strip()).is_relative_to(user_home)


def test_data_dir_puts_everything_under_it(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "portable")
    assert (paths.data, paths.cache, paths.config) == tuple(
        tmp_path / "portable" / name for name in ("data", "cache", "config")
    )
    assert paths.search_index == tmp_path / "portable" / "cache" / "search"
