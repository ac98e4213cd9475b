"""Write resources/first_layout.bin: the window's docks in their first places, as the
window saves its state, which a first start restores without building Qt's enums (see
briefing_app/gui/startup.py). Run it again when the docks change; the tests check that
the file places them as ``first_places`` does.

Usage: ``QT_QPA_PLATFORM=offscreen python tools/make_first_layout.py``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Build a window that places its docks by hand, show it, save its state."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from briefing_app.core.paths import resources_dir
    from briefing_app.core.session import Session
    from briefing_app.gui import app as gui_app
    from briefing_app.gui.startup import FIRST_LAYOUT
    from briefing_app.gui.window import state

    state.read_first_layout = lambda: None  # type: ignore[assignment]  # by hand, here
    gui_app.application()
    with tempfile.TemporaryDirectory() as name:
        session = Session.start([Path(name) / "content"], Path(name) / "data")
        window = gui_app.build_window(session)
        window.resize(1440, 900)
        window.show()
        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        layout = bytes(window.saveState().data())
        window.stop_search()
        window.store.close()
    (resources_dir() / FIRST_LAYOUT).write_bytes(layout)
    print(f"{FIRST_LAYOUT}: {len(layout)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
