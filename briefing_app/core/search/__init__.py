"""Full-text search over the library, one Whoosh document per section.

The only package that imports Whoosh (the ``whoosh-reloaded`` distribution). It is
imported lazily by its callers (the search worker thread, the ``search`` and
``index`` commands), never at start-up. Its modules:

- ``analysis``: the French analysis and the index's fields;
- ``build``: full builds (shared with a second process when large) and additions;
- ``matchers``: term and phrase queries that read postings faster than Whoosh's own;
- ``queries``: the app's query language turned into Whoosh queries, and highlighting;
- ``manifest``: what an index holds (hashes, acronyms, its files' checksums);
- ``integrity``: damage found before it fails a query (checksums, segment structure);
- ``corrections``: the indexed word nearest to a misspelt one;
- ``index``: ``SearchIndex``, the index on disk: open, update, rebuild, recover, search.

French analysis: words split on anything that is not a letter or digit (so ``l’``
and ``d'`` come apart and the elided article is dropped), lower case, accents
folded before the Snowball French stemmer, so that données/donnees and
collectivités/collectivites meet. Stop words stay in the index (phrases keep
them) and are dropped from plain-word queries.
"""

from briefing_app.core.search.analysis import analyse, french_analyzer
from briefing_app.core.search.index import (
    SCHEMA_VERSION,
    SearchIndex,
    search_library,
    user_index,
)
from briefing_app.core.search.manifest import MANIFEST
from briefing_app.core.search.queries import match_spans, to_whoosh
from briefing_app.core.search_records import (
    IndexCorruptError,
    IndexReport,
    IndexWriteError,
    SearchFilters,
    SearchHit,
    SearchResult,
)

__all__ = [
    "MANIFEST",
    "SCHEMA_VERSION",
    "IndexCorruptError",
    "IndexReport",
    "IndexWriteError",
    "SearchFilters",
    "SearchHit",
    "SearchIndex",
    "SearchResult",
    "analyse",
    "french_analyzer",
    "match_spans",
    "search_library",
    "to_whoosh",
    "user_index",
]
