"""SIGTERM (a desktop's logout) and SIGINT (Ctrl+C) quit the window as Fichier › Quitter does."""

from __future__ import annotations

import configparser
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_app.core.bookmarks.store import BookmarkStore
from briefing_app.core.paths import AppPaths
from briefing_app.gui.app import EXIT_AFTER_PAINT
from tests.conftest import WriteBriefing
from tests.gui.conftest import LONG_BODY
from tests.helpers import REPO

DEADLINE_S = 60  # a loaded machine can be slow to start Qt; a working one takes ~1 s


def read_line(process: subprocess.Popen[str], deadline: float) -> str:
    """The next line the program prints ("" at its end), waiting until ``deadline``."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], max(deadline - time.monotonic(), 0))
    if not ready:
        process.kill()
        process.communicate()
        pytest.fail("the window did not paint in time")
    return process.stdout.readline()


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_saving_its_state(
    number: signal.Signals,
    write_briefing: WriteBriefing,
    content_dir: Path,
    data_dir: Path,
) -> None:
    write_briefing("long", title="Données publiques", body=LONG_BODY)
    paths = AppPaths.resolve(data_dir)
    command = [sys.executable, "-m", "briefing_app", "--content", str(content_dir)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        cwd=REPO,
        env={**os.environ, EXIT_AFTER_PAINT: "0"},  # report the first paint, keep running
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + DEADLINE_S
    assert read_line(process, deadline).startswith("first-paint ")
    process.send_signal(number)
    try:
        _, errors = process.communicate(timeout=max(deadline - time.monotonic(), 1))
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"{number.name} did not end the program")

    assert process.returncode == 0, errors
    assert "Traceback" not in errors
    settings = configparser.ConfigParser(interpolation=None)
    settings.read(paths.settings_file, encoding="utf-8")
    assert settings.get("window", "geometry").startswith("@ByteArray(")
    assert settings.has_option("window", "state")
    # The store was closed: SQLite folds the WAL back into the database and removes it.
    assert not (paths.data / "bookmarks.sqlite-wal").exists()
    store = BookmarkStore(paths.data)
    try:
        reading = store.last_read()
    finally:
        store.close()
    assert reading is not None  # the first start had nothing to restore: saved on the signal
    assert reading.briefing == "long"
