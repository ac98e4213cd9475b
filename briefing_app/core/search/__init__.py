"""Full-text search over the library, one Whoosh document per section.

The only package that imports Whoosh (the ``whoosh-reloaded`` distribution), and only
in the modules that need it: this ``__init__`` holds the records alone, so importing
the package costs nothing; the search worker thread and the ``search`` and ``index``
commands import ``index`` when they run, through the two entry points here
(``user_index``, ``search_library``), which import it when called. Its modules:

- ``records``: hits, results, filters, reports and errors (no Whoosh);
- ``language``: the app's query language (words, phrases, prefixes, filters; no Whoosh);
- ``clauses``: the parsed form of a query, and what a search runs of it (no Whoosh);
- ``documents``: the section documents a briefing gives the index (no Whoosh);
- ``spelling``: the indexed words, kept for "did you mean" (no Whoosh);
- ``analysis``: the French analysis and the index's fields;
- ``build``: full builds (shared with a second process when large) and additions;
- ``matchers``: term and phrase queries that read postings faster than Whoosh's own;
- ``translation``: a parsed query turned into Whoosh queries, and highlighting;
- ``manifest``: what an index holds (hashes, acronyms, its files' checksums);
- ``integrity``: damage found before it fails a query (checksums, segment structure);
- ``corrections``: the indexed word nearest to a misspelt one;
- ``hits``: a Whoosh query run into hits with their snippets;
- ``folder``: the index's folder: seeding, swapping a build in, abandoned builds;
- ``index``: ``SearchIndex``, the index on disk: open, update, rebuild, recover, search.

French analysis: words split on anything that is not a letter or digit (so ``l’``
and ``d'`` come apart and the elided article is dropped), lower case, accents
folded before the Snowball French stemmer, so that données/donnees and
collectivités/collectivites meet. Stop words stay in the index (phrases keep
them) and are dropped from plain-word queries.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.core.search.records import (
    IndexCorruptError,
    IndexReport,
    IndexWriteError,
    SearchFilters,
    SearchHit,
    SearchResult,
)

if TYPE_CHECKING:
    from briefing_app.core.content.model import Library
    from briefing_app.core.content.pages import PageCache
    from briefing_app.core.search.build import Progress
    from briefing_app.core.search.index import SearchIndex

__all__ = [
    "IndexCorruptError",
    "IndexReport",
    "IndexWriteError",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
    "search_library",
    "user_index",
]


def user_index(folder: Path) -> SearchIndex:
    """The user's index in ``folder``, started from the index shipped with the program."""
    from briefing_app.core.paths import bundled_index_dir
    from briefing_app.core.search.index import SearchIndex

    return SearchIndex(folder, seed=bundled_index_dir())


def search_library(
    index: SearchIndex,
    library: Library,
    pages: PageCache | None,
    text: str,
    limit: int = 20,
    filters: SearchFilters | None = None,
    rebuilding: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> SearchResult:
    """Search, rebuilding first if the index turns out to be damaged (CLI and window).

    ``rebuilding`` is called with the damage found before the rebuild starts, then
    ``progress`` as it goes.

    Raises:
        IndexWriteError: the index is damaged and cannot be rebuilt (read-only, full).
    """
    try:
        return index.search(text, limit, filters)
    except IndexCorruptError as error:
        if rebuilding is not None:
            rebuilding(str(error))
        index.rebuild(library, pages, progress, reason=str(error))
        return index.search(text, limit, filters)
