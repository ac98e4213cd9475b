"""``--self-test`` fails, saying what to install, where no font shows French letters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig></fontconfig>
"""


def self_test(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "--self-test", "--data-dir", str(data_dir)],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_self_test_fails_without_any_font(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS, encoding="utf-8")  # fontconfig with no font folder at all
    result = self_test(tmp_path / "data", FONTCONFIG_FILE=str(config))
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert (
        "self-test FAILED: aucune police utilisable : le texte s’afficherait en carrés "
        "(aucun glyphe pour « a », « é »). Installez le paquet fonts-dejavu-core "
        "(sudo apt-get install fonts-dejavu-core).\n"
    ) in result.stderr
