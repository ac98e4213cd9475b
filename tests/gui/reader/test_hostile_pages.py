"""The window on hostile pages: images it must not read, pages with thousands of headings.

Each case is a generated briefing; the core side (loaded or reported) is in
tests/robustness/test_hostile_content.py.
"""

from __future__ import annotations

import os
import struct
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from briefing_app.core.content.resources import MAX_IMAGE_BYTES
from briefing_app.core.session import Session
from briefing_app.gui.app import build_window
from briefing_app.gui.window.main_window import MainWindow
from tests.conftest import WriteBriefing

IMAGE = int(QTextDocument.ResourceType.ImageResource.value)
GUARD_S = 10  # a hang guard, not a speed budget (bench/hostile.py measures speed)


def _png(width: int, height: int) -> bytes:
    """A valid grey PNG, made here (no image file in the repository)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _window(qtbot: QtBot, folder: Path, data_dir: Path) -> MainWindow:
    window = build_window(Session.start([folder], data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_images_outside_the_briefing_or_not_images_show_a_placeholder(
    qtbot: QtBot, write_briefing: WriteBriefing, content_dir: Path, data_dir: Path
) -> None:
    (content_dir / "carte.png").write_bytes(_png(40, 20))
    (content_dir / "faux.png").write_text("pas une image")
    os.mkfifo(content_dir / "tube.png")
    with (content_dir / "enorme.png").open("wb") as big:  # sparse, larger than the limit
        big.truncate(MAX_IMAGE_BYTES + 1)
    (content_dir / "lien.png").symlink_to("/dev/zero")
    sources = (
        "/dev/zero",
        "../../../../dev/zero",
        "/etc/passwd",
        "file:///etc/passwd",
        "tube.png",
        "enorme.png",
        "faux.png",
        "lien.png",
    )
    images = "\n\n".join(f'<img src="{src}" alt="{n}">' for n, src in enumerate(sources))
    write_briefing(
        "images", title="Images", body=f"## Partie\n\n{images}\n\n![bonne](carte.png)\n\nFin.\n"
    )
    started = time.monotonic()
    window = _window(qtbot, content_dir, data_dir)
    assert window.current is not None
    assert window.current.id == "images"
    assert "Fin." in window.reader.toPlainText()
    reader = window.reader
    placeholder = reader.loadResource(IMAGE, QUrl("/dev/zero"))
    for src in sources:
        assert reader.loadResource(IMAGE, QUrl(src)) is placeholder, src
    good = reader.loadResource(IMAGE, QUrl("carte.png"))
    assert isinstance(good, QImage)
    assert good.size().toTuple() == (40, 20)
    assert time.monotonic() - started < GUARD_S


def test_a_page_of_thousands_of_headings_opens_and_navigates(
    qtbot: QtBot, write_briefing: WriteBriefing, content_dir: Path, data_dir: Path
) -> None:
    count = 3000
    body = "".join(f"## Partie {n}\n\nTexte de la partie {n}.\n\n" for n in range(count))
    write_briefing("longue", title="Longue", body=body)
    started = time.monotonic()
    window = _window(qtbot, content_dir, data_dir)
    reader = window.reader
    assert window.current is not None
    assert window.current.id == "longue"
    last = f"partie-{count - 1}"
    window.go_to_section(last)
    assert reader.current_section() == last
    start = reader.section_start(last)
    assert reader.toPlainText()[start:].startswith(f"Partie {count - 1}")
    assert reader.section_at(start + 3) == last
    middle = reader.section_start("partie-1500")
    assert reader.section_at(middle + 1) == "partie-1500"
    assert reader.section_at(middle - 2) == "partie-1499"
    assert time.monotonic() - started < GUARD_S


def test_repeated_heading_ids_lead_to_their_own_heading(
    qtbot: QtBot, write_briefing: WriteBriefing, content_dir: Path, data_dir: Path
) -> None:
    write_briefing(
        "bilan", title="Bilans", body="## Bilan\n\nun\n\n## Bilan\n\ndeux\n\n### Bilan\n"
    )
    window = _window(qtbot, content_dir, data_dir)
    reader = window.reader
    text = reader.toPlainText()
    starts = [reader.section_start(a) for a in ("bilan", "bilan-2", "bilan-3")]
    assert starts == sorted(starts)
    assert len(set(starts)) == 3
    assert all(text[s:].startswith("Bilan") for s in starts)
    assert text[starts[1] :].split("\n")[1] == "deux"
