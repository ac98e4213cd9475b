"""Full-text search over the library, one Whoosh document per section.

The only package that imports Whoosh (the ``whoosh-reloaded`` distribution), and only
in the modules that need it: this ``__init__`` holds the records alone, so importing
the package costs nothing; the search worker thread and the ``search`` and ``index``
commands import ``index`` when they run. Its modules:

- ``records``: hits, results, filters, reports and errors (no Whoosh);
- ``language``: the app's query language (words, phrases, prefixes, filters; no Whoosh);
- ``documents``: the section documents a briefing gives the index (no Whoosh);
- ``spelling``: the indexed words, kept for "did you mean" (no Whoosh);
- ``analysis``: the French analysis and the index's fields;
- ``build``: full builds (shared with a second process when large) and additions;
- ``matchers``: term and phrase queries that read postings faster than Whoosh's own;
- ``translation``: a parsed query turned into Whoosh queries, and highlighting;
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

from briefing_app.core.search.records import (
    IndexCorruptError,
    IndexReport,
    IndexWriteError,
    SearchFilters,
    SearchHit,
    SearchResult,
)

__all__ = [
    "IndexCorruptError",
    "IndexReport",
    "IndexWriteError",
    "SearchFilters",
    "SearchHit",
    "SearchResult",
]
