"""The index on disk of one library: open, update, rebuild, recover, search.

It lives in a folder with a manifest (the briefings' content hashes and acronyms, the
checksums of the index's files) and the words for corrections. A damaged, half-written
or outdated index is rebuilt beside the live one and swapped in, whether the damage is
found on opening or by a query that fails; a second instance searches without writing;
an index that cannot be written (read-only folder, full disk) is searched as it is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from briefing_app.core.content.glossary import Glossary
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.messages import fill, translate
from briefing_app.core.search.analysis import schema
from briefing_app.core.search.build import (
    Progress,
    add_briefings,
    build_index,
    no_cycle_collection,
)
from briefing_app.core.search.corrections import closest_word, correctable
from briefing_app.core.search.documents import (
    F_BRIEFING,
)
from briefing_app.core.search.evaluation import Evaluator
from briefing_app.core.search.folder import (
    copy_seed,
    quiet_leaks,
    remove_abandoned_builds,
    swap_in,
    why_unwritable,
)
from briefing_app.core.search.hits import run_query
from briefing_app.core.search.integrity import (
    check_files,
    check_segments,
    file_table,
    index_files,
    unreadable,
)
from briefing_app.core.search.language import Query, limited, parse_query
from briefing_app.core.search.manifest import (
    MANIFEST,
    holdings_match,
    read_manifest,
    refresh_holdings,
    write_manifest,
)
from briefing_app.core.search.matchers import CachedBM25F
from briefing_app.core.search.prefixes import prefix_cuts
from briefing_app.core.search.records import (
    IndexCorruptError,
    IndexManifest,
    IndexReport,
    IndexWriteError,
    SearchFilters,
    SearchResult,
)
from briefing_app.core.search.segment import update_writer
from briefing_app.core.search.spelling import Vocabulary
from briefing_app.core.search.translation import expansions, to_whoosh
from briefing_app.core.textfold import fold

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
SCHEMA_VERSION = 10


class SearchIndex:
    """The on-disk index of one library, with its manifest. One per thread."""

    def __init__(self, folder: Path, seed: Path | None = None) -> None:
        """Use (and create when needed) the index in ``folder``.

        ``seed``: an index built beforehand (the one shipped with the program, for its
        bundled briefings), copied into ``folder`` when that holds no index yet, so the
        first search needs no build; the usual update then brings it up to date.
        """
        self.folder = Path(folder)
        if seed is not None:
            copy_seed(Path(seed), self.folder)
        self._index: Any = None
        self._searcher: Any = None
        self._manifest: IndexManifest | None = None
        self._glossary: Glossary | None = None
        self._vocabulary: Vocabulary | None = None
        self._evaluator: Evaluator | None = None  # runs queries on the searcher

    # --- opening and recovery ---------------------------------------------------------

    def _refresh_holdings(self) -> None:
        assert self._manifest is not None
        refresh_holdings(self.folder, SCHEMA_VERSION, self._manifest.hashes)

    def _read_manifest(self) -> IndexManifest:
        return read_manifest(self.folder, SCHEMA_VERSION)

    def _write_manifest(self, manifest: IndexManifest) -> None:
        write_manifest(self.folder, SCHEMA_VERSION, manifest)

    def _open(self) -> None:
        """Open the index and check it can be read; raise IndexCorruptError otherwise."""
        if self._index is not None:
            return
        manifest = self._read_manifest()
        failure = ""
        with quiet_leaks() as release:
            try:
                ix = whoosh_index.open_dir(str(self.folder))
                check_files(self.folder, ix, manifest.files)
                with ix.searcher() as searcher:
                    if searcher.doc_count_all():  # its stored fields can be read
                        searcher.stored_fields(0)  # (documents() listed every one first)
                    check_segments(searcher.reader())
            except IndexCorruptError as error:
                failure = str(error)
            except Exception as error:  # any failure to read means a damaged index
                failure = fill(
                    translate("core.search.index", "index illisible (%1)"), type(error).__name__
                )
            if failure:
                release()
        if failure:
            raise IndexCorruptError(failure)
        self._index, self._manifest, self._glossary = ix, manifest, None

    def close(self) -> None:
        """Release the searcher and the index."""
        if self._searcher is not None:
            self._searcher.close()
        self._index = self._searcher = self._manifest = self._glossary = None
        self._vocabulary = None
        self._evaluator = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __del__(self) -> None:
        # An index dropped without close() still closes its files (a segment's files
        # stay open while its searcher lives).
        with contextlib.suppress(Exception):
            self.close()

    # --- building ----------------------------------------------------------------------

    def is_current(self, library: Library) -> bool:
        """The start-up check: does the index hold exactly these briefings' versions?"""
        if self._manifest is None:  # the digest beside the manifest says it in a few bytes
            pairs = map(attrgetter("id", "content_hash"), library.briefings)
            held = holdings_match(self.folder, SCHEMA_VERSION, pairs)
            if held is not None:
                return held
        try:
            manifest = self._manifest or self._read_manifest()
        except IndexCorruptError:
            return False
        return manifest.hashes == {b.id: b.content_hash for b in library.briefings}

    def update(
        self,
        library: Library,
        pages: PageCache | None = None,
        progress: Progress | None = None,
        rebuilding: Callable[[str], None] | None = None,
    ) -> IndexReport:
        """Bring the index up to date, touching only added, changed or removed briefings.

        A missing, damaged or outdated index is rebuilt (``rebuilding`` is first called
        with the reason, unless there was no index at all). When another process holds
        the index, nothing is written and ``locked`` is set; when the index cannot be
        written (read-only folder, full disk), ``unwritable`` says why: either way search
        goes on with what exists.

        Raises:
            IndexWriteError: the index needed a rebuild, which could not be written.
        """
        try:
            self._open()
        except IndexCorruptError as error:
            if rebuilding is not None and (self.folder / MANIFEST).exists():
                rebuilding(str(error))
            return self.rebuild(library, pages, progress, reason=str(error))
        assert self._manifest is not None
        start = time.perf_counter()
        wanted = {b.id: b for b in library.briefings}
        changed = [
            b for b in library.briefings if self._manifest.hashes.get(b.id) != b.content_hash
        ]
        removed = [bid for bid in self._manifest.hashes if bid not in wanted]
        if not changed and not removed:
            self._refresh_holdings()  # a digest left stale by a write that stopped halfway
            return IndexReport(0, 0, time.perf_counter() - start)
        # Whoosh's writer keeps its lock when it fails to start (a read-only folder, a
        # full disk), and this process could never write again: the lock is taken here.
        lock = self._index.lock("WRITELOCK")
        try:
            if not lock.acquire():
                return IndexReport(0, 0, time.perf_counter() - start, locked=True)
        except OSError as error:
            return IndexReport(0, 0, time.perf_counter() - start, unwritable=why_unwritable(error))
        try:
            return self._write(changed, removed, pages, progress, start)
        finally:
            lock.release()

    def _write(
        self,
        changed: list[Briefing],
        removed: list[str],
        pages: PageCache | None,
        progress: Progress | None,
        start: float,
    ) -> IndexReport:
        """Write an update (the lock held): remove ``removed``, replace ``changed``."""
        assert self._manifest is not None
        manifest = IndexManifest(dict(self._manifest.hashes), dict(self._manifest.glossaries))
        try:
            writer, merge = update_writer(self._index, len(changed))
        except OSError as error:
            return IndexReport(0, 0, time.perf_counter() - start, unwritable=why_unwritable(error))
        try:
            for bid in removed:
                writer.delete_by_term(F_BRIEFING, bid)
                manifest.hashes.pop(bid, None)
                manifest.glossaries.pop(bid, None)
            vocabulary = Vocabulary.load(self.folder)
            with no_cycle_collection():  # (see build.no_cycle_collection)
                sections = add_briefings(
                    writer, changed, manifest, pages, progress, vocabulary, replace=True
                )
                writer.commit(mergetype=merge)
        except OSError as error:  # the commit did not happen: the index is as it was
            with contextlib.suppress(Exception):
                writer.cancel()
            return IndexReport(0, 0, time.perf_counter() - start, unwritable=why_unwritable(error))
        except BaseException:
            writer.cancel()
            raise
        try:
            if vocabulary.changed:
                vocabulary.save(self.folder)
            known = self._manifest.files
            manifest.files = file_table(self.folder, index_files(self._index), known)
            self._write_manifest(manifest)
        except OSError as error:
            # Committed under the old manifest: its changed briefings are redone next time.
            self.close()
            seconds = time.perf_counter() - start
            return IndexReport(sections, len(changed), seconds, unwritable=why_unwritable(error))
        self._refresh(manifest)
        return IndexReport(sections, len(changed) + len(removed), time.perf_counter() - start)

    def rebuild(
        self,
        library: Library,
        pages: PageCache | None = None,
        progress: Progress | None = None,
        reason: str = "",
    ) -> IndexReport:
        """Build a fresh index beside the live one, then swap it in with renames.

        Raises:
            IndexWriteError: it could not be written (the live index is left as it was).
        """
        start = time.perf_counter()
        self.close()
        remove_abandoned_builds(self.folder)
        fresh = self.folder.with_name(f"{self.folder.name}.new-{os.getpid()}")
        shutil.rmtree(fresh, ignore_errors=True)
        try:
            fresh.mkdir(parents=True)
            ix = whoosh_index.create_in(str(fresh), schema())
            manifest, vocabulary, sections = build_index(ix, library.briefings, pages, progress)
            manifest.files = file_table(fresh, index_files(ix), {})
            ix.close()
            vocabulary.save(fresh)
            SearchIndex(fresh)._write_manifest(manifest)
            swap_in(self.folder, fresh)
        except OSError as error:
            shutil.rmtree(fresh, ignore_errors=True)
            why = translate("core.search.index", "index de recherche impossible à écrire : %1")
            raise IndexWriteError(fill(why, why_unwritable(error))) from None
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        seconds = time.perf_counter() - start
        return IndexReport(sections, len(library.briefings), seconds, rebuilt=True, reason=reason)

    def _refresh(self, manifest: IndexManifest) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._manifest, self._glossary, self._vocabulary = manifest, None, None
        self._evaluator = None

    # --- searching ------------------------------------------------------------------------

    def glossary(self) -> Glossary:
        """Every acronym the indexed briefings define, with its long form."""
        self._open()
        if self._glossary is None:
            assert self._manifest is not None
            self._glossary = self._manifest.glossary()
        return self._glossary

    def _searcher_now(self) -> Any:
        self._open()
        if self._searcher is None:
            self._searcher = self._index.searcher(weighting=CachedBM25F())
            self._evaluator = None
        return self._searcher

    def _evaluator_now(self) -> Evaluator:
        searcher = self._searcher_now()
        if self._evaluator is None or self._evaluator.searcher is not searcher:
            self._evaluator = Evaluator(searcher)
        return self._evaluator

    def search(
        self, text: str, limit: int = 20, filters: SearchFilters | None = None
    ) -> SearchResult:
        """The sections matching ``text``, best first (any text is a valid query).

        Raises:
            IndexCorruptError: the index could not be read (the caller rebuilds it).
        """
        failure = ""
        with quiet_leaks() as release:
            try:
                return self._search(text, limit, filters)
            except IndexCorruptError:
                self.close()
                raise
            except (OSError, ValueError, KeyError, EOFError, IndexError) as error:
                failure = unreadable(error)
            except Exception as error:
                # Damaged files make Whoosh fail in any way (zlib.error, TypeError,
                # UnpicklingError...); when the checksums vouch for every file, the
                # fault is the query's own, and rebuilding would not mend it.
                if self._files_vouched():
                    raise
                failure = unreadable(error)
            self.close()
            release()
        raise IndexCorruptError(failure)

    def _files_vouched(self) -> bool:
        """Whether the manifest's checksums match every file of the index as it is now."""
        try:
            ix = whoosh_index.open_dir(str(self.folder))
            return check_files(self.folder, ix, self._read_manifest().files)
        except Exception:  # unreadable or changed: not vouched for
            return False

    def _search(self, text: str, limit: int, filters: SearchFilters | None) -> SearchResult:
        reader = self._searcher_now().reader()
        parsed = limited(parse_query(text))
        glossary = self.glossary()
        query = to_whoosh(parsed, glossary, filters)
        if query is None:
            return SearchResult(())
        hits = run_query(self._evaluator_now(), query, limit, closest=True)
        expanded = expansions(parsed, glossary)
        prefixes = prefix_cuts(query, reader)
        if hits and not hits[0].partial:
            return SearchResult(hits, expansions=expanded, prefixes=prefixes)
        correction = self._correction(parsed, text, filters)
        return SearchResult(hits, correction, expanded, prefixes)

    def _correction(self, parsed: Query, text: str, filters: SearchFilters | None) -> str:
        """A version of ``text`` with misspelt words replaced, if it finds something."""
        corrected = text
        for word in correctable(parsed.words()):
            suggestion = self._closest_word(word.lower())
            if suggestion and fold(suggestion) != fold(word):
                corrected = corrected.replace(word, suggestion, 1)
        if corrected == text:
            return ""
        query = to_whoosh(parse_query(corrected), self.glossary(), filters)
        return corrected if query is not None and run_query(self._evaluator_now(), query, 1) else ""

    def _closest_word(self, word: str) -> str:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.load(self.folder)
        return closest_word(self._vocabulary, word)
