"""Where the app keeps its files: bundled content, cache, data and settings.

The per-user folders come from ``platformdirs``; ``--data-dir DIR`` puts all of
them under DIR (tests and portable installs). The installed program folder is
only ever read.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "briefing-app"
APP_AUTHOR = "France urbaine"


def install_root() -> Path:
    """The folder holding ``content/`` and ``resources/`` (the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def bundled_content_dir() -> Path:
    """The briefings shipped with the program."""
    return install_root() / "content"


def bundled_index_dir() -> Path:
    """The search index of the bundled briefings, built with the program (frozen builds)."""
    return install_root() / "index"


def resources_dir() -> Path:
    """Icons, reader stylesheet and translations shipped with the program."""
    return install_root() / "resources"


BOOKMARKS_FILE = "bookmarks.sqlite"  # the bookmark store, in the data folder
DOCUMENTS = "documents"  # the user's own documents, in the data folder (core.documents)


@dataclass(frozen=True)
class AppPaths:
    """The per-user folders of one run.

    Attributes:
        data: precious user data (bookmarks, reading state).
        cache: rebuildable data (catalog, rendered pages, search index).
        config: settings (window state).
    """

    data: Path
    cache: Path
    config: Path

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> AppPaths:
        """Return the folders to use, all under ``data_dir`` when it is given."""
        if data_dir is not None:
            root = Path(data_dir).expanduser().absolute()
            return cls(data=root / "data", cache=root / "cache", config=root / "config")
        import platformdirs  # only needed without --data-dir

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
            config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        )

    @property
    def search_index(self) -> Path:
        """The search index folder (rebuildable, so in the cache)."""
        return self.cache / "search"

    @property
    def settings_file(self) -> Path:
        """The INI file holding window state and preferences."""
        return self.config / "settings.ini"
