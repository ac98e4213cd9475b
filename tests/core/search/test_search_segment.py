"""The full build's segment writer writes what Whoosh's own writer writes: the same
terms with the same postings, stored fields and field lengths, read by Whoosh, and
merged by Whoosh when updates pile up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from bench.make_corpus import make_corpus
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search import segment, spelling
from briefing_app.core.search.analysis import schema
from briefing_app.core.search.build import add_briefings
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.records import IndexManifest
from briefing_app.core.search.segment import BuildWriter
from briefing_app.core.search.spelling import Vocabulary
from tests.core.search.corpus import BRIEFINGS, snapshot, write_corpus


def _written(folder: Path, library: Any, pages: PageCache, ours: bool) -> Any:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), schema())
    writer = BuildWriter(ix, lock=True) if ours else SegmentWriter(ix)
    add_briefings(writer, library.briefings, IndexManifest({}, {}), pages, None, Vocabulary())
    writer.commit()
    return whoosh_index.open_dir(str(folder)).reader()


def _postings(reader: Any) -> dict[tuple[str, bytes], list[tuple[int, float, bytes]]]:
    found = {}
    for field, term in reader.all_terms():
        matcher = reader.postings(field, term)
        rows = []
        while matcher.is_active():
            # no value: None from a block, "" from an inline entry (Whoosh's reader)
            rows.append((matcher.id(), matcher.weight(), matcher.value() or None))
            matcher.next()
        found[(field, term)] = rows
    return found


@pytest.mark.parametrize("vocabulary", ["uniform", "real"])
def test_the_same_index_as_whooshs_own_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, vocabulary: str
) -> None:
    monkeypatch.setattr(segment, "BLOCK", 8)  # many blocks, a last one short or full
    make_corpus(tmp_path / "content", 30, sections=4, seed=3, vocabulary=vocabulary)
    # a word met again more than 255 words later: its gaps take four bytes each
    far = " ".join(["lointain", *(f"mot{n}" for n in range(300)), "lointain", "lointain"])
    (tmp_path / "content" / "long.md").write_text(
        f"---\ntitle: Long\ndate: 2020-01-01\n---\n## Partie\n\n{far}\n", encoding="utf-8"
    )
    library = load_library([tmp_path / "content"], tmp_path / "cache")
    pages = PageCache(tmp_path / "cache")
    ours = _written(tmp_path / "ours", library, pages, ours=True)
    theirs = _written(tmp_path / "theirs", library, pages, ours=False)
    try:
        _compare(ours, theirs)
    finally:
        ours.close()
        theirs.close()


def _compare(ours: Any, theirs: Any) -> None:
    assert ours.doc_count_all() == theirs.doc_count_all() > 100
    ours_postings, their_postings = _postings(ours), _postings(theirs)
    assert ours_postings == their_postings
    sizes = {len(rows) for rows in ours_postings.values()}
    assert max(sizes) > 8 * 3  # words spread over several blocks
    assert {size % 8 for size in sizes if size > 8} >= {0, 1}  # a full last block, a short one
    inline = {ours.term_info(*term).is_inlined() for term in ours_postings}
    assert inline == {True, False}  # rare words in their entry, common ones in blocks
    assert list(ours.all_stored_fields()) == list(theirs.all_stored_fields())
    for field in ("text", "titles", "tags", "theme"):
        assert ours.field_length(field) == theirs.field_length(field)
        every = range(ours.doc_count_all())
        assert [ours.doc_field_length(d, field) for d in every] == [
            theirs.doc_field_length(d, field) for d in every
        ]


def assert_same_as_a_rebuild(
    index: SearchIndex, library: Any, pages: PageCache, folder: Path
) -> None:
    """``index`` holds and answers what a full build of ``library`` in ``folder`` does."""
    full = SearchIndex(folder)
    full.rebuild(library, pages)
    ours, theirs = snapshot(index), snapshot(full)
    for answers in (ours["answers"], theirs["answers"]):  # type: ignore[union-attr]
        answers["date:2016..2019"].sort()  # a filter alone lists in the index's order
    assert ours == theirs


def test_many_updates_merge_their_segments_and_equal_a_full_rebuild(tmp_path: Path) -> None:
    # Whoosh merges small segments at a commit: it reads back the built segment's inline
    # entries of fields without values, which once crashed the update that merged.
    content = write_corpus(tmp_path / "content", ("mobilite", "logement"))
    cache = tmp_path / "cache"
    index = SearchIndex(tmp_path / "index")
    assert index.update(load_library([content], cache), PageCache(cache)).rebuilt
    for number in range(12):
        text = BRIEFINGS["mobilite"].replace("pistes cyclables", f"pistes numéro{number}")
        (content / "mobilite.md").write_text(text, encoding="utf-8")
        os.utime(content / "mobilite.md", ns=(number + 2, number + 2))
        library = load_library([content], cache)
        report = index.update(library, PageCache(cache))
        assert (report.rebuilt, report.briefings) == (False, 1)
        assert [h.briefing for h in index.search(f"numéro{number}").hits] == ["mobilite"]
        written = (tmp_path / "index" / spelling.FILE).stat().st_mtime_ns
        if number == 0:
            first = written  # « numéro » was new: the spelling vocabulary was written
        else:
            assert written == first  # no new word: not written again
    segments = whoosh_index.open_dir(str(tmp_path / "index"))._segments()
    assert len(segments) < 12  # merged along the way
    assert_same_as_a_rebuild(index, library, PageCache(cache), tmp_path / "full")


def test_a_large_update_is_written_as_a_full_build_and_equals_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pack of hundreds of briefings: Whoosh's writer would sort every posting in one
    # call that holds Python's lock (the window's thread waited 0.5 s at 500 briefings).
    monkeypatch.setattr(segment, "LARGE_UPDATE", 4)  # a large update, in a small corpus
    content = tmp_path / "content"
    paths = make_corpus(content, 12, sections=3, seed=9)
    cache = tmp_path / "cache"
    index = SearchIndex(tmp_path / "index")
    index.update(load_library([content], cache), PageCache(cache))
    writers: list[str] = []
    chosen = segment.update_writer

    def spy(ix: Any, briefings: int) -> Any:
        writer, merge = chosen(ix, briefings)
        writers.append(type(writer).__name__)
        return writer, merge

    monkeypatch.setattr("briefing_app.core.search.index.update_writer", spy)
    for path in paths[:5]:  # changed: deleted from the first segment, written again
        path.write_text(path.read_text(encoding="utf-8") + "\nLa stratégie numérique.\n")
    paths[11].unlink()
    make_corpus(tmp_path / "more", 3, sections=3, seed=10)
    for number, path in enumerate(sorted((tmp_path / "more").glob("*.md"))):
        path.rename(content / f"nouveau-{number}.md")
    library = load_library([content], cache)
    report = index.update(library, PageCache(cache))
    assert (report.rebuilt, report.briefings, writers) == (False, 9, ["BuildWriter"])
    assert_same_as_a_rebuild(index, library, PageCache(cache), tmp_path / "full")
    (content / "nouveau-0.md").unlink()  # a small update after it merges as usual
    assert index.update(load_library([content], cache), PageCache(cache)).briefings == 1
    assert writers[-1] == "SegmentWriter"
