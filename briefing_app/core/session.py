"""What a command or the window works on: the content folders and the user's folders.

The command line makes one ``Session`` from its options and hands it to the command
or to the window, so both open the library, the page cache, the bookmark store and
the search index the same way. Only the content modules are imported here; the store
and the index are imported when first asked for (the window's start does not wait
for them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.bookmarks.opener import StoreOpener
from briefing_app.core.content.catalog import cached_library, load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.packs.installed import pack_folders
from briefing_app.core.paths import DOCUMENTS, AppPaths, bundled_content_dir

if TYPE_CHECKING:
    from briefing_app.core.bookmarks.store import BookmarkStore
    from briefing_app.core.content.model import Library
    from briefing_app.core.search.index import SearchIndex


@dataclass(frozen=True)
class Session:
    """The content folders (absolute) and the per-user paths of one run."""

    folders: tuple[Path, ...]
    paths: AppPaths
    content: tuple[Path, ...] = ()  # the content folders chosen (packs, documents aside)

    @classmethod
    def start(cls, folders: Sequence[Path] = (), data_dir: Path | None = None) -> Session:
        """A session on ``folders`` (the bundled briefings when there are none), the
        packs installed and the user's documents, with its files under ``data_dir`` (the
        user's own folders when None)."""
        chosen = folders or (bundled_content_dir(),)
        content = tuple(Path(f).expanduser().absolute() for f in chosen)
        return cls._assembled(content, AppPaths.resolve(data_dir))

    @classmethod
    def _assembled(cls, content: tuple[Path, ...], paths: AppPaths) -> Session:
        # The installed packs come first, the newest first: a briefing of theirs wins a
        # clash of ids (``check`` reports it).
        packs = pack_folders(paths.data)
        documents = paths.data / DOCUMENTS  # the user's own, after every other folder
        mine = (documents,) if documents.is_dir() else ()
        return cls(folders=(*packs, *content, *mine), paths=paths, content=content)

    def refreshed(self) -> Session:
        """The same session after packs or documents were added or removed: its folders
        as they now are."""
        return self._assembled(self.content, self.paths)

    def library(self) -> Library:
        """Load the library through the catalog cache."""
        return load_library(self.folders, self.paths.cache)

    def cached_library(self) -> tuple[Library, int]:
        """What the catalog holds of the library (nothing parsed), and how many files
        are still to read (see ``catalog.cached_library``)."""
        return cached_library(self.folders, self.paths.cache)

    def pages(self) -> PageCache:
        """The cache of rendered pages."""
        return PageCache(self.paths.cache)

    def bookmarks(self) -> BookmarkStore:
        """Open the bookmark store (the caller closes it)."""
        return self.store_opener()()

    def store_opener(self) -> StoreOpener:
        """What opens the bookmark store when it is needed (the window's, after its
        first paint)."""
        return StoreOpener(self.paths.data)

    def search_index(self) -> SearchIndex:
        """The user's search index, started from the one shipped with the program."""
        from briefing_app.core.search import user_index

        return user_index(self.paths.search_index)
