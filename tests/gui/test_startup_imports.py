"""Start-up stays light: the window's modules do not import Whoosh, Markdown, YAML or
SQLite (the bookmark store opens after the first paint), nor
the bookmarks and search docks (they load just after the first paint), nor the find bar
(made on first use) or the link resolver (loaded on the first click), nor what the
``bookmarks`` command or ``--json`` need, nor the packs' (signatures, Word
documents, the import dialog, the changes view)."""

from __future__ import annotations

from tests.helpers import run_python


def test_the_window_modules_leave_heavy_libraries_for_later() -> None:
    script = (
        "import sys\n"
        "import briefing_app.cli, briefing_app.gui.app\n"
        "later = ('whoosh', 'markdown', 'yaml', 'difflib', 'json', 'html.parser',\n"
        "         'briefing_app.gui.bookmarks.panel', 'briefing_app.gui.search.panel',\n"
        "         'briefing_app.gui.reader.find_bar', 'briefing_app.cli.bookmarks',\n"
        "         'briefing_app.core.bookmarks.placing', 'briefing_app.core.bookmarks.transfer',\n"
        "         'briefing_app.core.search.index', 'briefing_app.core.content.links',\n"
        "         'sqlite3', 'briefing_app.core.bookmarks.store',\n"
        "         'nacl', 'mammoth', 'briefing_app.core.packs.archive',\n"
        "         'briefing_app.gui.packs.controller', 'briefing_app.core.changes')\n"
        "heavy = [m for m in later if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = run_python(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
