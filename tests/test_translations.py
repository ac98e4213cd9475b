"""The English translation (resources/translations/briefings_en.ts): every message of
the sources has its English, with the same %1, %2... and &-shortcuts, and the check
that says so finds a message left out."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import REPO


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """tools/translations.py, as a module."""
    spec = importlib.util.spec_from_file_location("translations", REPO / "tools/translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_of_the_sources_has_its_english() -> None:
    check = [sys.executable, str(REPO / "tools/translations.py"), "check"]
    done = subprocess.run(check, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip() == "every message has its English"


def test_the_check_finds_a_message_without_english_and_a_lost_mark(
    tool: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(tool.extracted()) > 500  # lupdate found the sources' messages
    copy = tmp_path / "briefings_en.ts"
    shutil.copy(tool.TS_FILE, copy)
    text = copy.read_text(encoding="utf-8")
    text = text.replace("<translation>&amp;File</translation>", "<translation></translation>")
    text = text.replace("<translation>Theme: %1</translation>", "<translation>Theme</translation>")
    copy.write_text(text, encoding="utf-8")
    monkeypatch.setattr(tool, "TS_FILE", copy)
    found = tool.problems()
    assert "MainWindow: « &Fichier » has no English" in found
    assert "LibraryModel: « Thème : %1 » → « Theme »: %N or & differ" in found
    assert len(found) == 2
