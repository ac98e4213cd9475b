"""Rendered briefings, cached by content hash so a warm start needs no Markdown.

Each page is a cache file (``diskcache``: ``marshal`` of plain strings and tuples, read
in microseconds) under the render version.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from briefing_app.core.content import loader
from briefing_app.core.content.model import RENDER_VERSION, Briefing, Rendered, Section
from briefing_app.core.diskcache import CacheMissError, read_value, write_value

PAGE_FORMAT = f"page-1/render-{RENDER_VERSION}"


class PageCache:
    """A folder of rendered pages, one file per content hash."""

    def __init__(self, cache_dir: Path) -> None:
        """Keep pages under ``cache_dir/pages-<render version>``."""
        python = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format is per version
        self.folder = Path(cache_dir) / f"pages-{RENDER_VERSION}-{python}"

    def _file(self, content_hash: str) -> Path:
        return self.folder / f"{content_hash}.page"

    def store(self, content_hash: str, rendered: Rendered) -> None:
        """Keep ``rendered``; a cache that cannot be written only costs speed."""
        toc = tuple((section.id, section.title, section.level) for section in rendered.toc)
        with contextlib.suppress(OSError):
            write_value(self._file(content_hash), PAGE_FORMAT, (rendered.html, toc))

    def prune(self, keep: set[str]) -> None:
        """Delete the pages whose content hash is not in ``keep`` (old versions of files)."""
        try:
            stale = [f for f in self.folder.glob("*.page") if f.stem not in keep]
        except OSError:
            return
        for file in stale:
            file.unlink(missing_ok=True)

    def fetch(self, content_hash: str) -> Rendered | None:
        """The cached page for this hash, or None."""
        try:
            value = read_value(self._file(content_hash), PAGE_FORMAT)
            if isinstance(value, tuple) and len(value) == 2:
                html, toc = value
                return Rendered(html=str(html), toc=tuple(Section(*entry) for entry in toc))
        except (CacheMissError, ValueError, TypeError):
            pass
        return None


def rendered_page(briefing: Briefing, cache: PageCache | None = None) -> Rendered:
    """The briefing's rendered body: from the cache, else rendered from its file.

    Raises:
        ContentError: the file has become unreadable or invalid since it was listed.
    """
    if cache is not None:
        cached = cache.fetch(briefing.content_hash)
        if cached is not None:
            return cached
    path = Path(briefing.path)
    fresh, rendered = loader.parse_briefing(path, loader.read_briefing_bytes(path))
    if cache is not None:
        cache.store(fresh.content_hash, rendered)
    return rendered
