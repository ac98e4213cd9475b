"""Full-text search over the library, one Whoosh document per section.

The only module that imports Whoosh (the ``whoosh-reloaded`` distribution). It is
imported lazily by its callers (the search worker thread, the ``search`` and
``index`` commands), never at start-up.

French analysis: words split on anything that is not a letter or digit (so ``l’``
and ``d'`` come apart and the elided article is dropped), lower case, accents
folded before the Snowball French stemmer, so that données/donnees and
collectivités/collectivites meet. Stop words stay in the index (phrases keep
them) and are dropped from plain-word queries.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import multiprocessing
import os
import pickle
import re
import shutil
import sys
import threading
import time
import warnings
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from html import unescape
from itertools import accumulate
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.analysis import Token, Tokenizer
from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.highlight import ContextFragmenter, HtmlFormatter
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.matching import IntersectionMatcher, ListMatcher, NullMatcher, ReadTooFar
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.system import _INT_SIZE, pack_uint
from whoosh.util import make_binary_tree
from whoosh.writing import LockError, PostingPool, SegmentWriter

from briefing_app.core.glossary import Glossary
from briefing_app.core.library import Briefing, Library
from briefing_app.core.pages import PageCache
from briefing_app.core.paths import bundled_index_dir
from briefing_app.core.query import DateRange, Not, Or, Phrase, Prefix, Query, Word, parse_query
from briefing_app.core.search_documents import (
    F_BODY,
    F_BRIEFING,
    F_DATE,
    F_DAY,
    F_KEY,
    F_SECTION,
    F_SECTION_TITLE,
    F_TAGS,
    F_TEXT,
    F_THEME,
    F_TITLE,
    F_TITLES,
    day_number,
    section_documents,
)
from briefing_app.core.search_records import (
    IndexCorruptError,
    IndexManifest,
    IndexReport,
    SearchFilters,
    SearchHit,
    SearchResult,
)
from briefing_app.core.spelling import Vocabulary
from briefing_app.core.textfold import fold

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
SCHEMA_VERSION = 4
MANIFEST = "manifest.bin"
PARALLEL_FROM = 200  # briefings: a full build of this many or more uses two processes
POOL_POSTINGS = 3_000_000  # postings a build writer keeps in memory (about 600 MB)
FILTERS_KEPT = 32  # date, theme and tag filters whose documents are remembered

# Plain words look in the text; tags and theme belong to every section of a briefing,
# so they are reached through their filters (tag:, theme:) rather than flooding results.
TEXT_FIELDS = (F_TEXT,)
QUERY_FIELDS = {None: TEXT_FIELDS, "title": (F_TITLES,), "tags": (F_TAGS,), "theme": (F_THEME,)}
ELISIONS = frozenset("l d j m n s t c qu lorsqu puisqu jusqu quoiqu".split())  # noqa: SIM905
STOP_WORDS = frozenset(fold(word) for word in stopwords_for_language("fr")) | ELISIONS
_WORD = re.compile(r"\w+")
_STEM = stemmer_for_language("fr")
_TERMS: dict[str, str] = {}  # word as written -> index term, grown as words are met
_TERMS_KEPT = 500_000  # forget them all past this many (a few tens of MB)
_TAG = re.compile(r"<[^>]+>")
_ONE_POSITION: dict[int, bytes] = {}  # position -> the posting value of a word met once

Progress = Callable[[int, int], None]


class FrenchTokenizer(Tokenizer):  # type: ignore[misc]
    """The French analysis in one pass: split on anything that is not a letter or digit,
    lower-case, drop elisions, fold accents (œ → oe), stem with Snowball French.

    One generator instead of a chain of filters: indexing spends most of its time here.
    Each distinct word is folded and stemmed once (``_TERMS`` remembers it). Elided
    words take no position, so that "qualité de l’air" is a phrase of three words in
    the index as in a query.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        terms = _TERMS
        position = start_pos
        for match in _WORD.finditer(value):
            word = match.group()
            term = terms.get(word)
            if term is None:
                term = _term(word)
            if not term:
                continue
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = position
                position += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


def _term(word: str) -> str:
    """The index term of one word ("" for an elided article or pronoun)."""
    term = _TERMS.get(word)
    if term is None:
        if len(_TERMS) > _TERMS_KEPT:
            _TERMS.clear()
        lower = word.lower()
        term = _TERMS[word] = "" if lower in ELISIONS else _STEM(fold(lower))
    return term


def french_analyzer() -> Any:
    """The French analyzer of every text field (see FrenchTokenizer)."""
    return FrenchTokenizer()


class FrenchText(TEXT):  # type: ignore[misc]
    """A text field with the French analysis, turned into postings in one pass.

    The terms and positions are FrenchTokenizer's, encoded as Whoosh's ``Positions``
    format does (which still reads them back), without one Token object per word and
    three generators in between: indexing spends most of its time here.
    """

    def __init__(self) -> None:
        super().__init__(analyzer=french_analyzer())

    def index(self, value: str, **kwargs: Any) -> list[tuple[bytes, int, float, bytes]]:
        places: dict[str, list[int]] = {}
        position = 0
        terms, term_of = _TERMS, _term
        for word in _WORD.findall(value):
            term = terms.get(word)
            if term is None:
                term = term_of(word)
            if not term:
                continue
            found = places.get(term)
            if found is None:
                places[term] = [position]
            else:
                found.append(position)
            position += 1
        boost = self.format.field_boost
        return [
            (term.encode(), len(found), len(found) * boost, _positions_value(found))
            for term, found in places.items()
        ]


def _positions_value(positions: list[int]) -> bytes:
    """``positions`` as Whoosh's Positions format stores them: their count, then the
    pickled gaps between them. Most words occur once in a section: those values are
    made once per position."""
    if len(positions) == 1:
        value = _ONE_POSITION.get(positions[0])
        if value is None:
            value = _ONE_POSITION[positions[0]] = _positions_bytes(positions)
        return value
    return _positions_bytes([b - a for a, b in zip([0, *positions], positions, strict=False)])


def _positions_bytes(gaps: list[int]) -> bytes:
    count: bytes = pack_uint(len(gaps))
    return count + pickle.dumps(gaps, 2)


def _schema() -> Schema:
    return Schema(
        **{
            F_KEY: STORED(),
            F_BRIEFING: ID(stored=True),
            F_SECTION: STORED(),
            F_TITLE: STORED(),
            F_SECTION_TITLE: STORED(),
            F_BODY: STORED(),
            F_TEXT: FrenchText(),
            F_TITLES: FrenchText(),
            F_TAGS: FrenchText(),
            F_THEME: FrenchText(),
            F_DATE: STORED(),
            F_DAY: NUMERIC(int, bits=32, signed=False),
        }
    )


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
            self._copy_seed(Path(seed))
        self._index: Any = None
        self._searcher: Any = None
        self._manifest: IndexManifest | None = None
        self._glossary: Glossary | None = None
        self._vocabulary: Vocabulary | None = None
        self._filters: dict[str, set[int]] = {}  # filter query -> its documents

    # --- opening and recovery ---------------------------------------------------------

    def _copy_seed(self, seed: Path) -> None:
        if (self.folder / MANIFEST).exists() or not (seed / MANIFEST).exists():
            return
        staging = self.folder.with_name(f"{self.folder.name}.new-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        try:
            # copyfile, not copy2: the copies must be writable even if the seed is not.
            shutil.copytree(seed, staging, copy_function=shutil.copyfile)
            if self.folder.exists():  # no manifest: damaged or half-built, rebuilt anyway
                shutil.rmtree(self.folder)
            os.replace(staging, self.folder)
        except OSError:  # then the index is built as usual
            shutil.rmtree(staging, ignore_errors=True)

    def _read_manifest(self) -> IndexManifest:
        try:
            version, hashes, glossaries = marshal.loads((self.folder / MANIFEST).read_bytes())
        except (OSError, ValueError, EOFError, TypeError) as error:
            raise IndexCorruptError(f"manifeste illisible ({error})") from None
        if version != SCHEMA_VERSION:
            raise IndexCorruptError(f"version d’index {version!r} inconnue")
        return IndexManifest(dict(hashes), dict(glossaries))

    def _write_manifest(self, manifest: IndexManifest) -> None:
        data = marshal.dumps((SCHEMA_VERSION, manifest.hashes, manifest.glossaries))
        temporary = self.folder / f".{MANIFEST}.{os.getpid()}.tmp"
        temporary.write_bytes(data)
        os.replace(temporary, self.folder / MANIFEST)

    def _open(self) -> None:
        """Open the index and check it can be read; raise IndexCorruptError otherwise."""
        if self._index is not None:
            return
        manifest = self._read_manifest()
        failure = ""
        with _quiet_leaks() as release:
            try:
                ix = whoosh_index.open_dir(str(self.folder))
                with ix.searcher() as searcher:
                    searcher.doc_count()
                    next(iter(searcher.documents()), None)
                    _read_first_postings(searcher.reader())
            except Exception as error:  # any failure to read means a damaged index
                failure = f"index illisible ({type(error).__name__})"
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
        self._filters = {}

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
        try:
            manifest = self._manifest or self._read_manifest()
        except IndexCorruptError:
            return False
        return manifest.hashes == {b.id: b.content_hash for b in library.briefings}

    def update(
        self, library: Library, pages: PageCache | None = None, progress: Progress | None = None
    ) -> IndexReport:
        """Bring the index up to date, touching only added, changed or removed briefings.

        A missing, damaged or outdated index is rebuilt. When another process holds
        the index, nothing is written and ``locked`` is set: search goes on with what
        exists.
        """
        try:
            self._open()
        except IndexCorruptError as error:
            return self.rebuild(library, pages, progress, reason=str(error))
        assert self._manifest is not None
        start = time.perf_counter()
        wanted = {b.id: b for b in library.briefings}
        changed = [
            b for b in library.briefings if self._manifest.hashes.get(b.id) != b.content_hash
        ]
        removed = [bid for bid in self._manifest.hashes if bid not in wanted]
        if not changed and not removed:
            return IndexReport(0, 0, time.perf_counter() - start)
        try:
            writer = self._index.writer(timeout=0.0)
        except LockError:
            return IndexReport(0, 0, time.perf_counter() - start, locked=True)
        manifest = IndexManifest(dict(self._manifest.hashes), dict(self._manifest.glossaries))
        try:
            for bid in removed:
                writer.delete_by_term(F_BRIEFING, bid)
                manifest.hashes.pop(bid, None)
                manifest.glossaries.pop(bid, None)
            vocabulary = Vocabulary.load(self.folder)
            sections = _add_briefings(
                writer, changed, manifest, pages, progress, vocabulary, replace=True
            )
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        vocabulary.save(self.folder)
        self._write_manifest(manifest)
        self._refresh(manifest)
        return IndexReport(sections, len(changed) + len(removed), time.perf_counter() - start)

    def rebuild(
        self,
        library: Library,
        pages: PageCache | None = None,
        progress: Progress | None = None,
        reason: str = "",
    ) -> IndexReport:
        """Build a fresh index beside the live one, then swap it in with renames."""
        start = time.perf_counter()
        self.close()
        self._remove_abandoned_builds()
        fresh = self.folder.with_name(f"{self.folder.name}.new-{os.getpid()}")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        ix = whoosh_index.create_in(str(fresh), _schema())
        try:
            manifest, vocabulary, sections = _build(ix, library.briefings, pages, progress)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        ix.close()
        vocabulary.save(fresh)
        SearchIndex(fresh)._write_manifest(manifest)
        old = self.folder.with_name(f"{self.folder.name}.old-{os.getpid()}")
        if self.folder.exists():
            os.replace(self.folder, old)
        os.replace(fresh, self.folder)
        shutil.rmtree(old, ignore_errors=True)
        seconds = time.perf_counter() - start
        return IndexReport(sections, len(library.briefings), seconds, rebuilt=True, reason=reason)

    def _remove_abandoned_builds(self) -> None:
        """Delete the half-built copies left by processes that died while rebuilding."""
        for stale in self.folder.parent.glob(f"{self.folder.name}.*-*"):
            pid = stale.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _process_alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)

    def _refresh(self, manifest: IndexManifest) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._manifest, self._glossary, self._vocabulary = manifest, None, None
        self._filters = {}

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
            self._searcher = self._index.searcher(weighting=_CachedBM25F())
            self._filters = {}
        return self._searcher

    def search(
        self, text: str, limit: int = 20, filters: SearchFilters | None = None
    ) -> SearchResult:
        """The sections matching ``text``, best first (any text is a valid query).

        Raises:
            IndexCorruptError: the index could not be read (the caller rebuilds it).
        """
        failure = ""
        with _quiet_leaks() as release:
            try:
                return self._search(text, limit, filters)
            except IndexCorruptError:
                self.close()
                raise
            except (OSError, ValueError, KeyError, EOFError, IndexError) as error:
                failure = f"lecture impossible ({type(error).__name__})"
            self.close()
            release()
        raise IndexCorruptError(failure)

    def _search(self, text: str, limit: int, filters: SearchFilters | None) -> SearchResult:
        searcher = self._searcher_now()
        parsed = parse_query(text)
        glossary = self.glossary()
        query = _to_whoosh(parsed, glossary, filters)
        if query is None:
            return SearchResult(())
        hits = self._run(searcher, query, limit)
        expansions = _expansions(parsed, glossary)
        if hits:
            return SearchResult(hits, expansions=expansions)
        correction = self._correction(searcher, parsed, text, filters)
        return SearchResult((), correction, expansions)

    def _run(self, searcher: Any, query: Any, limit: int) -> tuple[SearchHit, ...]:
        base, allowed, excluded = self._split(searcher, query)
        if base is None:  # filters only (dates, theme, tag): every match scores alike
            docs = sorted(allowed if allowed is not None else ())[:limit]
            return tuple(_hit(searcher.stored_fields(d), 0.0, "") for d in docs)
        # Whoosh's block-quality skipping costs more than it saves here (measured).
        results = searcher.search(base, limit=limit, optimize=False, filter=allowed, mask=excluded)
        results.fragmenter = ContextFragmenter(maxchars=220, surround=60)
        results.formatter = HtmlFormatter(tagname="mark", between=" … ", classname="hit")
        return tuple(
            _hit(hit.fields(), hit.score, hit.highlights(F_TEXT, text=hit[F_BODY], top=2))
            for hit in results
        )

    def _split(self, searcher: Any, query: Any) -> tuple[Any, Any, Any]:
        """The query as (scored part, allowed documents, excluded documents).

        Date ranges, theme and tag clauses become sets of documents, remembered for
        the life of the searcher; NOT clauses a mask: Whoosh then neither scores them
        nor walks their tiered terms for each query."""
        parts = list(query.subqueries) if isinstance(query, wq.And) else [query]
        allowed: set[int] | None = None
        excluded: set[int] = set()
        scored = []
        for part in parts:
            if isinstance(part, wq.Not):
                excluded.update(searcher.docs_for_query(part.query))
            elif _is_filter(part):
                key = repr(part)
                docs = self._filters.get(key)
                if docs is None:
                    if len(self._filters) >= FILTERS_KEPT:
                        self._filters.clear()
                    docs = self._filters[key] = set(searcher.docs_for_query(part))
                allowed = docs if allowed is None else allowed & docs
            else:
                scored.append(part)
        if excluded and not scored:
            scored = [wq.Every()]
        if allowed is None and not excluded:
            return query, None, None  # nothing to take out: the query as it was
        base = None if not scored else scored[0] if len(scored) == 1 else wq.And(scored)
        return base, allowed, excluded or None

    def _correction(
        self, searcher: Any, parsed: Query, text: str, filters: SearchFilters | None
    ) -> str:
        """A version of ``text`` with misspelt words replaced, if it finds something."""
        corrected = text
        for word in parsed.words():
            if " " in word or not word.strip():
                continue
            suggestion = self._closest_word(word.lower())
            if suggestion and fold(suggestion) != fold(word):
                corrected = corrected.replace(word, suggestion, 1)
        if corrected == text:
            return ""
        query = _to_whoosh(parse_query(corrected), self.glossary(), filters)
        return corrected if query is not None and self._run(searcher, query, 1) else ""

    def _closest_word(self, word: str) -> str:
        """The indexed word nearest to ``word`` (two edits at most), the most common
        when several are as near; "" when there is none."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.load(self.folder)
        words = self._vocabulary.sorted_words()

        def first_from(text: str) -> str | None:  # the first word >= text
            at = bisect_left(words, text)
            return words[at] if at < len(words) else None

        for distance in (1, 2):
            automaton = levenshtein_automaton(word, distance).to_dfa()
            found = [w for w in find_all_matches(automaton, first_from) if w != word]
            if found:
                return self._vocabulary.most_common(found)
        return ""


def _read_first_postings(reader: Any) -> None:
    """Read the first posting of each segment's first term: a segment's postings are
    in a file of their own, which may be damaged while the others are sound."""
    for leaf, _offset in reader.leaf_readers():
        term = next(iter(leaf.all_terms()), None)
        if term is not None:
            postings = leaf.postings(*term)  # reads the file's header
            if postings.is_active():  # not when every document of the term is deleted
                postings.id()


def _hit(fields: dict[str, Any], score: float, html: str) -> SearchHit:
    """One result, its snippet being the highlighted HTML (or the text's start)."""
    html = html or _escape(fields[F_BODY][:220])
    return SearchHit(
        briefing=fields[F_BRIEFING],
        title=fields[F_TITLE],
        section=fields[F_SECTION],
        section_title=fields[F_SECTION_TITLE],
        date=fields[F_DATE],
        score=round(float(score), 4),
        snippet=_plain(html),
        snippet_html=html,
    )


def _is_filter(query: Any) -> bool:
    """A date range, or a clause on the theme or tags only (the same for a whole briefing)."""
    if isinstance(query, wq.NumericRange):
        return True
    fields = {field for field, _text in query.iter_all_terms()}
    return bool(fields) and fields <= {F_THEME, F_TAGS}


class _CachedBM25F(scoring.BM25F):  # type: ignore[misc]
    """BM25F reading field lengths from a list made once per segment, instead of
    from Whoosh's on-disk column at every scored posting (a third of a query)."""

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, scoring.BM25FScorer):
            lengths = _field_lengths(searcher.reader(), fieldname)
            scorer.dfl = lengths.__getitem__
        return scorer


def _field_lengths(reader: Any, fieldname: str) -> list[int]:
    cache: dict[str, list[int]] = reader.__dict__.setdefault("_briefing_lengths", {})
    lengths = cache.get(fieldname)
    if lengths is None:
        length = reader.doc_field_length
        every = range(reader.doc_count_all())
        lengths = cache[fieldname] = [length(d, fieldname, 1) for d in every]
    return lengths


def _add_briefings(
    writer: Any,
    briefings: Iterable[Briefing],
    manifest: IndexManifest,
    pages: PageCache | None,
    progress: Progress | None,
    vocabulary: Vocabulary,
    replace: bool = False,
) -> int:
    """Add the section documents of ``briefings``; return how many were added."""
    todo = list(briefings)
    sections = 0
    for done, briefing in enumerate(todo, start=1):
        documents, acronyms, words = section_documents(briefing, pages)
        if replace:
            writer.delete_by_term(F_BRIEFING, briefing.id)
        for document in documents:
            writer.add_document(**document)
        sections += len(documents)
        vocabulary.add(words)
        manifest.hashes[briefing.id] = briefing.content_hash
        manifest.glossaries[briefing.id] = acronyms
        if progress is not None:
            progress(done, len(todo))
    return sections


def _build(
    ix: Any, briefings: Sequence[Briefing], pages: PageCache | None, progress: Progress | None
) -> tuple[IndexManifest, Vocabulary, int]:
    """Index ``briefings`` into the new, empty index ``ix``.

    A large library is shared with a second process (every other briefing), which
    writes its own segment; both segments then make the index. Only from the main
    thread of a process on a system that forks (the command line, Linux): forking
    from the window's search thread could copy a lock another thread holds.
    """
    parallel = (
        len(briefings) >= PARALLEL_FROM
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and multiprocessing.get_start_method(allow_none=False) == "fork"
    )
    helper = _BuildHelper(ix, briefings[1::2], pages) if parallel else None
    mine = briefings[::2] if helper is not None else briefings

    def report(done: int, _count: int) -> None:
        if progress is not None:
            progress(done + (helper.done() if helper is not None else 0), len(briefings))

    writer = _segment_writer(ix, lock=True)
    manifest, vocabulary = IndexManifest({}, {}), Vocabulary()
    try:
        sections = _add_briefings(writer, mine, manifest, pages, report, vocabulary)
        segments = [writer._finalize_segment()] if writer._added else []
        if helper is not None:
            segment, part, words, count = helper.result(lambda: report(len(mine), 0))
            report(len(mine), 0)  # every briefing, now that the helper has answered
            segments += [segment] if segment is not None else []
            manifest.hashes.update(part.hashes)
            manifest.glossaries.update(part.glossaries)
            vocabulary.merge(words)
            sections += count
        writer._commit_toc(segments)
        writer._finish()
    except BaseException:
        if helper is not None:
            helper.stop()
        if not writer.is_closed:
            writer.cancel()
        raise
    return manifest, vocabulary, sections


class _BuildHelper:
    """A forked process indexing a share of a full build into a segment of its own."""

    def __init__(self, ix: Any, briefings: Sequence[Briefing], pages: PageCache | None) -> None:
        context = multiprocessing.get_context("fork")
        self._answer, sender = context.Pipe(duplex=False)
        self._done: Any = context.Value("i", 0, lock=False)
        self._process = context.Process(
            target=_build_share, args=(ix, briefings, pages, sender, self._done)
        )
        self._process.start()
        sender.close()  # the child's copy only: its end tells when the child is gone

    def done(self) -> int:
        """How many of its briefings it has indexed so far."""
        return int(self._done.value)

    def result(self, waiting: Callable[[], None]) -> tuple[Any, IndexManifest, Vocabulary, int]:
        """Its segment (None when it had no document), manifest, words and section count,
        calling ``waiting`` every tenth of a second until they come."""
        while not self._answer.poll(0.1):
            waiting()
        try:
            answer = self._answer.recv()
        except EOFError:
            answer = "arrêté sans résultat"
        self._process.join()
        if isinstance(answer, str):
            raise RuntimeError(f"le second processus d’indexation a échoué : {answer}")
        return answer  # type: ignore[no-any-return]

    def stop(self) -> None:
        """End the process, whatever it is doing (the build is being abandoned)."""
        self._process.terminate()
        self._process.join()


def _build_share(
    ix: Any, briefings: Sequence[Briefing], pages: PageCache | None, answer: Any, done: Any
) -> None:
    """The helper process's work: index ``briefings``, then send the result."""
    try:
        writer = _segment_writer(ix, lock=False)
        manifest, vocabulary = IndexManifest({}, {}), Vocabulary()

        def report(count: int, _total: int) -> None:
            done.value = count

        sections = _add_briefings(writer, briefings, manifest, pages, report, vocabulary)
        segment = writer._finalize_segment() if writer._added else None
        answer.send((segment, manifest, vocabulary, sections))
    except BaseException as error:  # the parent raises it, with its message
        answer.send(f"{type(error).__name__}: {error}")


def _segment_writer(ix: Any, lock: bool) -> Any:
    """A writer for a full build, with the build codec and pool, writing its segment as
    separate files: Whoosh reads a file of a compound segment by copying it into memory
    at every opening of the index (about 200 MB, 0.1 s, at 10,000 briefings)."""
    writer = SegmentWriter(ix, _lk=lock, codec=_BuildCodec(), compound=False)
    writer.pool = _BuildPool(writer)
    return writer


class _BuildPool(PostingPool):  # type: ignore[misc]
    """Whoosh's pool of postings, without its checks and size estimate at every
    posting (a tenth of a build): postings are counted instead, and sorted to disk
    past POOL_POSTINGS."""

    def __init__(self, writer: Any) -> None:
        super().__init__(writer._tempstorage, writer.newsegment)
        self.fieldnames.update(writer.schema.names())

    def add(self, item: tuple[Any, ...]) -> None:
        current = self.current
        current.append(item)
        if len(current) >= POOL_POSTINGS:
            self.save()


class _BuildCodec(W3Codec):  # type: ignore[misc]
    """No per-block length statistics: they only serve optimize=True, which search
    does not use, and reading each posting's field length back costs a tenth of a build.
    Posting blocks are not compressed (compression 0): zlib took a tenth of a build and
    a share of each query. Each block says how it is stored, so updates written with
    Whoosh's default codec sit beside them."""

    length_stats = False

    def __init__(self) -> None:
        super().__init__(compression=0)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would end the process there: assume it lives
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def _collect() -> None:
    gc.collect()


@contextlib.contextmanager
def _quiet_leaks() -> Iterator[Callable[[], None]]:
    """Whoosh leaves files open when a damaged index fails to load: the block calls the
    function it is given after a failure, which closes them without warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield _collect


def user_index(folder: Path) -> SearchIndex:
    """The user's index in ``folder``, started from the index shipped with the program."""
    return SearchIndex(folder, seed=bundled_index_dir())


def search_library(
    index: SearchIndex,
    library: Library,
    pages: PageCache | None,
    text: str,
    limit: int = 20,
    filters: SearchFilters | None = None,
) -> SearchResult:
    """Search, rebuilding first if the index turns out to be damaged (CLI and window)."""
    try:
        return index.search(text, limit, filters)
    except IndexCorruptError as error:
        index.rebuild(library, pages, reason=str(error))
        return index.search(text, limit, filters)


# --- query conversion ------------------------------------------------------------------------

_ANALYZER = french_analyzer()


def analyse(text: str) -> list[str]:
    """The index terms of ``text`` (what the French analyzer makes of it)."""
    return [token.text for token in _ANALYZER(text)]


def _terms(text: str, fields: tuple[str, ...]) -> Any:
    terms = analyse(text)
    if not terms:
        return None
    per_term = [wq.Or([FastTerm(field, term) for field in fields]) for term in terms]
    return per_term[0] if len(per_term) == 1 else wq.And(per_term)


def _phrase(words: Iterable[str], fields: tuple[str, ...]) -> Any:
    terms = analyse(" ".join(words))
    if len(terms) <= 1:
        return _terms(" ".join(terms), fields) if terms else None
    return wq.Or([FastPhrase(field, terms) for field in fields if field != F_TAGS])


class FastTerm(wq.Term):  # type: ignore[misc]
    """Whoosh's term query, its postings read whole into a matcher that moves by
    bisection (``_PostingList``).

    Whoosh's own matcher steps over postings one at a time, with several calls each:
    intersecting two common words spent most of a query there. Scores are Whoosh's,
    computed by the same scorer from the same weights.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        matcher = super().matcher(searcher, context)
        if not matcher.is_active():
            return matcher
        return _in_memory(matcher, searcher.reader().term_info(self.fieldname, self.text))


class FastPhrase(wq.Phrase):  # type: ignore[misc]
    """Whoosh's phrase query, its documents found another way.

    Whoosh compares span objects in every document holding all the words: phrases
    were the slowest queries by far. Here the words' postings are read whole
    (``FastTerm``) and the phrase found by set operations on positions; the words'
    matchers then score just those documents, as Whoosh scores a phrase: the sum of
    its words' scores.
    """

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        words = [FastTerm(self.fieldname, word).matcher(searcher, context) for word in self.words]
        lists = [_posting_list(matcher) for matcher in words]
        if not all(lists):  # a word absent from this segment
            return NullMatcher()
        docs = _phrase_docs(lists)
        if not docs:
            return NullMatcher()
        only = ListMatcher(docs, weights=[0.0] * len(docs))  # adds nothing to the score
        matcher = IntersectionMatcher(make_binary_tree(IntersectionMatcher, words), only)
        return matcher if self.boost == 1.0 else WrappingMatcher(matcher, boost=self.boost)


def whoosh_own(query: Any) -> Any:
    """``query`` with Whoosh's own term and phrase queries in place of FastTerm and
    FastPhrase: what they must agree with (tests), and the benchmark's baseline."""

    def own(node: Any) -> Any:
        if isinstance(node, FastPhrase):
            return wq.Phrase(node.fieldname, node.words, slop=node.slop, boost=node.boost)
        if isinstance(node, FastTerm):
            return wq.Term(node.fieldname, node.text, boost=node.boost)
        return node

    return query.accept(own)


class _PostingList(ListMatcher):  # type: ignore[misc]
    """A term's postings in memory, moving to a document by bisection."""

    _i: int  # where it is in its lists (set by ListMatcher)

    def skip_to(self, docnum: int) -> None:
        if not self.is_active():
            raise ReadTooFar
        self._i = bisect_left(self._ids, docnum, self._i)

    def max_quality(self) -> float:
        """The best score any of its documents can have, as Whoosh's own term matcher
        says it (from the whole index's statistics)."""
        quality: float = self._scorer.max_quality()
        return quality

    def positions_by_doc(self) -> dict[int, bytes]:
        """Document -> posting value (its positions, encoded)."""
        return dict(zip(self._ids, self._values, strict=True))


def _in_memory(matcher: Any, terminfo: Any) -> Any:
    """``matcher`` (a term's, from Whoosh) as a _PostingList, read block by block."""
    if isinstance(matcher, FilterMatcher):  # the segment has deleted documents
        child = _in_memory(matcher.child, terminfo)
        return FilterMatcher(child, matcher._ids, exclude=matcher._exclude, boost=matcher.boost)
    if not isinstance(matcher, W3LeafMatcher):  # nothing found, or a term met once (inline)
        return matcher
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        ids.extend(matcher._ids)
        weights.extend(matcher._weights)
        values.extend(matcher._values)
        matcher._next_block()
    return _PostingList(
        ids,
        weights,
        values,
        matcher.format,
        scorer=matcher.scorer,
        term=matcher.term(),
        terminfo=terminfo,
    )


def _posting_list(matcher: Any) -> dict[int, bytes]:
    """Document -> posting value, from a FastTerm matcher ({} when it found nothing).
    Deleted documents may be in it: the word's own matcher leaves them out later."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if isinstance(matcher, _PostingList):
        return matcher.positions_by_doc()
    found: dict[int, bytes] = {}
    while matcher.is_active():  # a term met once, or none
        found[matcher.id()] = matcher.value()
        matcher.next()
    matcher.reset()
    return found


def _phrase_docs(postings: list[dict[int, bytes]]) -> list[int]:
    """The documents where the words whose ``postings`` are given follow each other."""
    docs = set(postings[0]).intersection(*postings[1:])
    found = []
    for doc in sorted(docs):
        starts = set(_positions(postings[0][doc]))
        for offset, each in enumerate(postings[1:], start=1):
            starts &= {position - offset for position in _positions(each[doc])}
            if not starts:
                break
        else:
            found.append(doc)
    return found


def _positions(value: bytes) -> Iterator[int]:
    """The positions in a posting value of the Positions format (see _positions_value)."""
    return accumulate(pickle.loads(value[_INT_SIZE:]))


def _with_acronyms(node: Any, text: str, query: Any, glossary: Glossary) -> Any:
    """An acronym also finds its long form, and a long form its acronym."""
    if query is None or getattr(node, "field", None) is not None:
        return query
    long_form = glossary.long_form(text)
    if long_form:
        return wq.Or([query, _phrase(long_form.split(), TEXT_FIELDS)])
    pairs = [pair for pair in glossary.acronym_in(text) if fold(pair[1]) == fold(text)]
    if pairs:
        return wq.Or([query, *(_terms(acronym, TEXT_FIELDS) for acronym, _ in pairs)])
    return query


def _node(node: Any, glossary: Glossary) -> Any:
    if isinstance(node, Word):
        fields = QUERY_FIELDS[node.field]
        return _with_acronyms(node, node.text, _terms(node.text, fields), glossary)
    if isinstance(node, Phrase):
        text = " ".join(node.words)
        return _with_acronyms(node, text, _phrase(node.words, QUERY_FIELDS[node.field]), glossary)
    if isinstance(node, Prefix):
        terms = analyse(node.text)
        if not terms:
            return None
        return wq.Or([wq.Prefix(field, terms[-1]) for field in QUERY_FIELDS[node.field]])
    if isinstance(node, DateRange):
        return _date_range(node.start, node.end)
    if isinstance(node, Not):
        inner = _node(node.clause, glossary)
        return wq.Not(inner) if inner is not None else None
    if isinstance(node, Or):
        parts = [q for q in (_node(c, glossary) for c in node.clauses) if q is not None]
        return wq.Or(parts) if parts else None
    return None


def _date_range(start: str, end: str) -> Any:
    if not start and not end:
        return None
    low = day_number(start) if start else None
    high = day_number(end, last=True) if end else None
    return wq.NumericRange(F_DAY, low, high)


def _is_stop_word(node: Any) -> bool:
    return isinstance(node, Word) and node.field is None and fold(node.text) in STOP_WORDS


def _to_whoosh(parsed: Query, glossary: Glossary, filters: SearchFilters | None) -> Any:
    clauses = list(parsed.clauses)
    if any(not _is_stop_word(c) and not isinstance(c, Not) for c in clauses):
        clauses = [c for c in clauses if not _is_stop_word(c)]  # phrases keep theirs
    parts = [q for q in (_node(c, glossary) for c in clauses) if q is not None]
    if filters is not None:
        parts += [
            q
            for q in (
                _terms(filters.theme, (F_THEME,)) if filters.theme else None,
                _terms(filters.tag, (F_TAGS,)) if filters.tag else None,
                _date_range(filters.start, filters.end),
            )
            if q is not None
        ]
    if not parts:
        return None
    if all(isinstance(part, wq.Not) for part in parts):
        parts.insert(0, wq.Every())
    return parts[0] if len(parts) == 1 else wq.And(parts)


# --- highlighting in the reader ----------------------------------------------------------------


def _expansions(parsed: Query, glossary: Glossary) -> tuple[str, ...]:
    """The long forms of the query's acronyms, and the acronyms of its long forms."""
    words = parsed.words()
    found = [long for word in words if (long := glossary.long_form(word))]
    found += [acronym for acronym, _ in glossary.acronym_in(" ".join(words))]
    return tuple(dict.fromkeys(found))


def match_spans(
    text: str, query_text: str, extra_words: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """Where the query's positive words (and ``extra_words``) occur in ``text``, in order."""
    parsed = parse_query(query_text)
    words = [*parsed.words(), *(w for extra in extra_words for w in extra.split())]
    wanted = {term for word in words for term in analyse(word) if term not in STOP_WORDS}
    prefixes = _prefixes(parsed)
    spans = []
    for token in _ANALYZER(text, chars=True):
        if token.text in wanted or any(token.text.startswith(p) for p in prefixes):
            spans.append((token.startchar, token.endchar))
    return spans


def _prefixes(parsed: Query) -> list[str]:
    found = []
    for clause in parsed.clauses:
        if isinstance(clause, Prefix):
            found.extend(analyse(clause.text)[-1:])
    return found


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(html: str) -> str:
    return unescape(_TAG.sub("", html))
