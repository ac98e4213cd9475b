"""The bookmark store, to be opened later: the window paints first, and opening the
store (SQLite, its schema, its modules) costs about 10 ms of a 180 ms start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.paths import BOOKMARKS_FILE

if TYPE_CHECKING:
    from briefing_app.core.bookmarks.store import BookmarkStore


class StoreOpener:
    """Opens the bookmark store of one data folder, when asked."""

    def __init__(self, folder: Path) -> None:
        """The store in ``folder`` (the data folder)."""
        self.folder = Path(folder)

    def exists(self) -> bool:
        """Whether the store's file is there (none on a first start: nothing to resume)."""
        return (self.folder / BOOKMARKS_FILE).exists()

    def __call__(self) -> BookmarkStore:
        """Open the store (created if it is missing)."""
        from briefing_app.core.bookmarks.store import BookmarkStore

        return BookmarkStore(self.folder)
