"""GUI fixtures: a main window on a generated content folder, settings under tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.core.session import Session
from briefing_app.gui.app import build_window
from briefing_app.gui.window.main_window import MainWindow
from tests.conftest import WriteBriefing

LONG_BODY = "\n\n".join(
    f"## Partie {n}\n\n"
    + "\n\n".join(f"Paragraphe {n}.{k} : les données publiques." for k in range(8))
    for n in range(1, 6)
)

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def library_folder(write_briefing: WriteBriefing, content_dir: Path) -> Path:
    """Three generated briefings; "long" links to "court" and to the web."""
    write_briefing(
        "long",
        title="Données publiques",
        date="2021-05",
        theme="Numérique",
        body=LONG_BODY
        + "\n\n[Voir le court](court.md#suite) et [le site](https://example.org/page)\n",
    )
    write_briefing(
        "court",
        title="Mobilité électrique",
        date="2019",
        theme="Mobilité",
        body="## Début\n\nLe vélo et le RGPD.\n\n## Suite\n\nLa suite.\n\n"
        "*[RGPD]: Règlement général sur la protection des données\n",
    )
    write_briefing("ancien", title="Été 2015", date="2015-07-14", theme="Logement")
    return content_dir


@pytest.fixture
def make_window(qtbot: QtBot, library_folder: Path, data_dir: Path) -> Iterator[MakeWindow]:
    """Build (and show) a new main window on the test library; settings under data_dir.

    The windows are kept alive until the test ends, then closed (which stops their
    search thread: a window collected with its thread running would abort Qt).
    """
    windows: list[MainWindow] = []

    def make(*, active: bool = True) -> MainWindow:
        """``active=False`` when a message box is expected to take the focus at start."""
        window = build_window(Session.start([library_folder], data_dir))
        if not window.settings.contains("window/geometry"):  # none saved by an earlier window
            window.resize(1280, 800)  # the tests' geometry (the offscreen screen is 800 x 600)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.activateWindow()  # shortcuts only reach the active window
        if active:
            qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for window in windows:
        window.close()
