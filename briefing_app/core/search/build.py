"""Writing the index: documents added by briefing, and full builds.

A full build writes with its own segment writer (core.search.segment), and shares a
large library with a second process, each writing a segment of its own.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from briefing_app.core.content.model import Briefing
from briefing_app.core.content.pages import PageCache
from briefing_app.core.messages import fill, translate
from briefing_app.core.search.documents import (
    F_BRIEFING,
    section_documents,
)
from briefing_app.core.search.records import IndexManifest
from briefing_app.core.search.segment import BuildWriter
from briefing_app.core.search.spelling import Vocabulary

PARALLEL_FROM = 200  # briefings: a full build of this many or more uses two processes

Progress = Callable[[int, int], None]


def add_briefings(
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
        vocabulary.add(words, again=briefing.id in manifest.hashes)
        manifest.hashes[briefing.id] = briefing.content_hash
        manifest.glossaries[briefing.id] = acronyms
        if progress is not None:
            progress(done, len(todo))
    return sections


def build_index(
    ix: Any, briefings: Sequence[Briefing], pages: PageCache | None, progress: Progress | None
) -> tuple[IndexManifest, Vocabulary, int]:
    """Index ``briefings`` into the new, empty index ``ix``.

    A large library is shared with a second process (its second half), which writes
    its own segment; both segments then make the index, its sections numbered in
    library order as in a serial build, so that equal scores and filter-only results
    come in the same order. Only from the main thread of a process on a system that
    forks (the command line, Linux): forking from the window's search thread could
    copy a lock another thread holds.
    """
    parallel = (
        len(briefings) >= PARALLEL_FROM
        and (os.cpu_count() or 1) > 1
        and threading.current_thread() is threading.main_thread()
        and multiprocessing.get_start_method(allow_none=False) == "fork"
    )
    half = (len(briefings) + 1) // 2 if parallel else len(briefings)
    mine = briefings[:half]
    helper = _BuildHelper(ix, briefings[half:], pages) if parallel else None

    def report(done: int, _count: int) -> None:
        if progress is not None:
            progress(done + (helper.done() if helper is not None else 0), len(briefings))

    writer = BuildWriter(ix, lock=True)
    try:
        segment, manifest, vocabulary, sections = _write_segment(writer, mine, pages, report)
        segments = [segment] if segment is not None else []
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
            answer = translate("core.search.build", "arrêté sans résultat")
        self._process.join()
        if isinstance(answer, str):
            why = translate("core.search.build", "le second processus d’indexation a échoué : %1")
            raise RuntimeError(fill(why, answer))
        return answer  # type: ignore[no-any-return]

    def stop(self) -> None:
        """End the process, whatever it is doing (the build is being abandoned)."""
        self._process.terminate()
        self._process.join()


def _build_share(
    ix: Any, briefings: Sequence[Briefing], pages: PageCache | None, answer: Any, done: Any
) -> None:
    """The helper process's work: index ``briefings``, then send the result."""

    def report(count: int, _total: int) -> None:
        done.value = count

    try:
        writer = BuildWriter(ix, lock=False)
        answer.send(_write_segment(writer, briefings, pages, report))
    except BaseException as error:  # the parent raises it, with its message
        answer.send(f"{type(error).__name__}: {error}")


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: a build makes millions of postings and few
    cycles, and each collection walked every posting list made so far (a sixth of a
    build), and the writing of the segment makes millions of small objects. Reference
    counting still frees what the build drops."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_segment(
    writer: Any, briefings: Sequence[Briefing], pages: PageCache | None, progress: Progress
) -> tuple[Any, IndexManifest, Vocabulary, int]:
    """Index ``briefings`` with ``writer`` and write its segment: return the segment (None
    when no document was added), the briefings' manifest and words, and the section count."""
    manifest, vocabulary = IndexManifest({}, {}), Vocabulary()
    with no_cycle_collection():
        sections = add_briefings(writer, briefings, manifest, pages, progress, vocabulary)
        if not writer._added:  # no segment: its files are closed (and cleaned with the toc)
            writer._close_segment()
            return None, manifest, vocabulary, sections
        return writer._finalize_segment(), manifest, vocabulary, sections
