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
import re
import shutil
import sys
import threading
import time
import warnings
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from html import unescape
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.analysis import Token, Tokenizer
from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.highlight import ContextFragmenter, HtmlFormatter
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.writing import LockError

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
SCHEMA_VERSION = 3
MANIFEST = "manifest.bin"
PARALLEL_FROM = 200  # briefings: a full build of this many or more uses two processes
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
                if len(terms) > _TERMS_KEPT:
                    terms.clear()
                term = terms[word] = _term(word)
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
    lower = word.lower()
    if lower in ELISIONS:
        return ""
    stem: str = _STEM(fold(lower))
    return stem


def french_analyzer() -> Any:
    """The French analyzer of every text field (see FrenchTokenizer)."""
    return FrenchTokenizer()


def _schema() -> Schema:
    fr = french_analyzer()
    return Schema(
        **{
            F_KEY: STORED(),
            F_BRIEFING: ID(stored=True),
            F_SECTION: STORED(),
            F_TITLE: STORED(),
            F_SECTION_TITLE: STORED(),
            F_BODY: STORED(),
            F_TEXT: TEXT(analyzer=fr),
            F_TITLES: TEXT(analyzer=fr),
            F_TAGS: TEXT(analyzer=fr),
            F_THEME: TEXT(analyzer=fr),
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
            sections = self._add(
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
        manifest = IndexManifest({}, {})
        writer = _build_writer(ix, len(library.briefings))
        vocabulary = Vocabulary()
        try:
            sections = self._add(writer, library.briefings, manifest, pages, progress, vocabulary)
            writer.commit()
        except BaseException:
            writer.cancel()
            for task in getattr(writer, "tasks", ()):  # the processes of a parallel build
                task.terminate()
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

    @staticmethod
    def _add(
        writer: Any,
        briefings: Iterable[Briefing],
        manifest: IndexManifest,
        pages: PageCache | None,
        progress: Progress | None,
        vocabulary: Vocabulary,
        replace: bool = False,
    ) -> int:
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


def _build_writer(ix: Any, briefings: int) -> Any:
    """The writer of a full build: two processes share a large build when they can.

    Only from the main thread of a process on a system that forks (the command line,
    Linux): forking from the window's search thread could copy a lock another thread
    holds. Small libraries are not worth starting processes for.
    """
    parallel = (
        briefings >= PARALLEL_FROM
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and multiprocessing.get_start_method(allow_none=False) == "fork"
    )
    # limitmb: Whoosh's size estimate (~170 bytes a posting) must keep the whole pool
    # in memory, else it is pickled to disk and merged back (a third of the build).
    if parallel:
        return ix.writer(procs=2, multisegment=True, limitmb=256, codec=_BuildCodec())
    return ix.writer(limitmb=512, codec=_BuildCodec())


class _BuildCodec(W3Codec):  # type: ignore[misc]
    """No per-block length statistics: they only serve optimize=True, which search
    does not use, and reading each posting's field length back costs a tenth of a build."""

    length_stats = False


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
    per_term = [wq.Or([wq.Term(field, term) for field in fields]) for term in terms]
    return per_term[0] if len(per_term) == 1 else wq.And(per_term)


def _phrase(words: Iterable[str], fields: tuple[str, ...]) -> Any:
    terms = analyse(" ".join(words))
    if len(terms) <= 1:
        return _terms(" ".join(terms), fields) if terms else None
    return wq.Or([wq.Phrase(field, terms) for field in fields if field != F_TAGS])


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
