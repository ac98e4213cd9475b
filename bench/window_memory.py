"""The window's peak memory after its first search, for bench/startup.py.

Usage: ``python bench/window_memory.py CONTENT DATA_DIR QUERY``

Opens the real window (offscreen) on CONTENT with its files under DATA_DIR, waits for
the library to load and the index to be up to date (built, on a first run), types
QUERY into the search field, waits for the results, then prints ``peak-memory MB``
(the process's peak resident size) and ``hits N``, and closes the window.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path, not the repository
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TIMEOUT = 1800.0  # seconds for each wait: the load, the index, the search


def main() -> int:
    """Open the window, search once, print the peak memory."""
    from bench.search_typing import spin_until
    from briefing_app.core.session import Session
    from briefing_app.gui.app import application, build_window

    content, data, query = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    application()
    session = Session.start([content], data)
    window = build_window(session)
    window.show()
    window.start_search(session.paths.search_index)
    spin_until(lambda: not window.loading and window.search is not None, TIMEOUT)
    spin_until(lambda: window.search is not None and not window.search.indexing, TIMEOUT)
    panel = window.search_panel
    panel.field.setText(query)
    spin_until(lambda: panel.model.rowCount() > 0 or "Aucun" in panel.status.text(), TIMEOUT)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak-memory {peak:.0f}")
    print(f"hits {panel.model.rowCount()}")
    window.close()
    window.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
