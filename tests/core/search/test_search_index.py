"""The search index's life: incremental updates, rebuilds, damage, a second instance."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search import (
    build,
    integrity,
    manifest,
    search_library,
    segment,
    spelling,
)
from briefing_app.core.search.index import SCHEMA_VERSION, SearchIndex
from briefing_app.core.search.manifest import MANIFEST
from briefing_app.core.search.records import SearchResult
from tests.core.search.corpus import BRIEFINGS, snapshot, write_corpus
from tests.helpers import REPO


def test_incremental_updates_equal_a_full_rebuild(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "content", ("mobilite", "logement"))
    cache = tmp_path / "cache"
    incremental = SearchIndex(tmp_path / "incremental")
    incremental.update(load_library([content], cache), PageCache(cache))
    write_corpus(content, ("donnees", "ville"))  # two added
    (content / "logement.md").unlink()  # one removed
    changed = BRIEFINGS["mobilite"].replace("pistes cyclables", "voies vertes")
    (content / "mobilite.md").write_text(changed, encoding="utf-8")  # one changed
    os.utime(content / "mobilite.md", ns=(1, 1))
    library = load_library([content], cache)
    report = incremental.update(library, PageCache(cache))
    assert (report.rebuilt, report.briefings) == (False, 4)
    full = SearchIndex(tmp_path / "full")
    full.rebuild(library, PageCache(cache))
    assert snapshot(incremental) == snapshot(full)
    assert [h.briefing for h in incremental.search("voies vertes").hits] == ["mobilite"]
    assert incremental.search("cyclables").hits == ()
    assert incremental.search("bailleurs").hits == ()


def test_a_parallel_build_equals_a_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_corpus(tmp_path / "content")
    cache = tmp_path / "cache"
    library = load_library([content], cache)
    serial = SearchIndex(tmp_path / "serial")
    serial_report = serial.rebuild(library, PageCache(cache))
    with whoosh_index.open_dir(str(tmp_path / "serial")).reader() as reader:
        assert len(reader.leaf_readers()) == 1  # built in this process alone
    monkeypatch.setattr(build, "PARALLEL_FROM", 1)
    steps: list[tuple[int, int]] = []
    parallel = SearchIndex(tmp_path / "parallel")
    report = parallel.rebuild(library, PageCache(cache), lambda *step: steps.append(step))
    assert report.sections == serial_report.sections
    with whoosh_index.open_dir(str(tmp_path / "parallel")).reader() as reader:
        assert len(reader.leaf_readers()) == 2  # one segment per process
    assert snapshot(parallel) == snapshot(serial)
    assert steps[-1] == (len(library.briefings), len(library.briefings))
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


@pytest.mark.parametrize("failure", ["raises", "dies"])
def test_a_failed_build_process_fails_the_rebuild_and_keeps_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    before = snapshot(index)
    parent = os.getpid()
    real = build.section_documents

    def failing(*args: object) -> object:
        if os.getpid() != parent:  # only in the second process
            if failure == "dies":
                os._exit(3)
            raise OSError("disque plein")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "PARALLEL_FROM", 1)
    monkeypatch.setattr(build, "section_documents", failing)
    expected = "disque plein" if failure == "raises" else "sans résultat"
    with pytest.raises(RuntimeError, match=expected):
        index.rebuild(library)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "content", "index"]
    assert snapshot(SearchIndex(tmp_path / "index")) == before


def test_words_added_by_an_update_feed_corrections(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "content", ("mobilite",))
    cache = tmp_path / "cache"
    index = SearchIndex(tmp_path / "index")
    index.update(load_library([content], cache), PageCache(cache))
    assert index.search("bailleur").correction == ""
    write_corpus(content, ("logement",))
    report = index.update(load_library([content], cache), PageCache(cache))
    assert (report.rebuilt, report.briefings) == (False, 1)
    assert index.search("baileurs").correction == "bailleurs"
    (tmp_path / "index" / spelling.FILE).write_bytes(b"not marshal")
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.search("baileurs") == SearchResult(())  # no correction, no failure
    assert [h.briefing for h in reopened.search("bailleurs").hits] == ["logement"]


def test_no_change_check_and_no_op_update(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    index = SearchIndex(tmp_path / "index")
    assert not index.is_current(library)
    index.update(library)
    assert index.is_current(library)
    assert index.update(library).briefings == 0
    (content / "ville.md").write_text(BRIEFINGS["ville"] + "\nAjout.\n", encoding="utf-8")
    assert not index.is_current(load_library([content], tmp_path / "cache"))


def test_files_unchanged_since_written_are_not_read_again_at_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    SearchIndex(tmp_path / "index").update(library)
    SearchIndex(tmp_path / "seeded", seed=tmp_path / "index").update(library)  # copied

    def no_reading(path: Path) -> object:
        raise AssertionError(f"{path.name} read again")

    monkeypatch.setattr(integrity, "_entry", no_reading)
    for folder in ("index", "seeded"):  # the seed's copies keep their times
        with SearchIndex(tmp_path / folder) as index:
            assert index.update(library).briefings == 0
            assert index.search("capteurs").hits
    toc = next((tmp_path / "index").glob("*.toc"))
    os.utime(toc, ns=(toc.stat().st_atime_ns, toc.stat().st_mtime_ns + 10**9))
    with pytest.raises(AssertionError, match="read again"):  # touched: its sum is read
        SearchIndex(tmp_path / "index").update(library)


def test_a_shipped_index_seeds_the_users_and_search_needs_no_build(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    shipped = tmp_path / "program" / "index"
    SearchIndex(shipped).update(library)
    for path in shipped.iterdir():
        path.chmod(0o444)  # an installed program's files: read-only
    index = SearchIndex(tmp_path / "user" / "search", seed=shipped)
    assert index.is_current(library)
    assert index.update(library).briefings == 0  # nothing to build
    assert [hit.briefing for hit in index.search("capteurs").hits]
    (content / "ville.md").write_text(BRIEFINGS["ville"] + "\nAjout.\n", encoding="utf-8")
    assert index.update(load_library([content], tmp_path / "cache")).briefings == 1  # writable
    index.close()
    again = SearchIndex(tmp_path / "user" / "search", seed=shipped)  # not copied over again
    assert not again.is_current(library)
    (tmp_path / "user" / "search" / MANIFEST).unlink()  # damaged: the seed is taken again
    assert SearchIndex(tmp_path / "user" / "search", seed=shipped).is_current(library)
    assert SearchIndex(tmp_path / "other", seed=tmp_path / "absent").is_current(library) is False


def test_remembered_filters_follow_updates(tmp_path: Path) -> None:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    assert {hit.briefing for hit in index.search("date:2018").hits} == {"ville"}
    assert {hit.section for hit in index.search("date:2018 NOT capteurs").hits} == {"les-usages"}
    (content / "nouveau.md").write_text(
        BRIEFINGS["ville"].replace("2018-04", "2018-09"), encoding="utf-8"
    )
    index.update(load_library([content], tmp_path / "cache"))
    assert {hit.briefing for hit in index.search("date:2018").hits} == {"ville", "nouveau"}


def built(tmp_path: Path) -> tuple[SearchIndex, object]:
    content = write_corpus(tmp_path / "content")
    library = load_library([content], tmp_path / "cache")
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    index.close()
    return index, library


def largest_file(folder: Path, suffix: str) -> Path:
    return max(folder.glob(f"*{suffix}"), key=lambda p: p.stat().st_size)


def segment_files(folder: Path) -> list[Path]:
    """The files of the index's segments (postings, terms, stored fields, lengths)."""
    found = [p for p in folder.glob("MAIN_*.*") if p.suffix != ".toc"]
    assert found
    return found


@pytest.mark.parametrize(
    "damage",
    [
        lambda folder: largest_file(folder, ".pst").write_bytes(b"\0" * 64),
        lambda folder: largest_file(folder, ".trm").write_bytes(b"\0" * 64),
        lambda folder: largest_file(folder, "_stored.col").write_bytes(b"\0" * 64),
        lambda folder: largest_file(folder, ".toc").write_bytes(b"garbage"),
        lambda folder: (folder / MANIFEST).write_bytes(b"\x00\x01"),
        lambda folder: (folder / MANIFEST).unlink(),
        lambda folder: [p.unlink() for p in folder.glob("*.toc")],
    ],
    ids=[
        "truncated-postings",
        "truncated-terms",
        "truncated-stored",
        "bad-toc",
        "bad-manifest",
        "no-manifest",
        "no-toc",
    ],
)
def test_a_damaged_index_is_rebuilt(
    tmp_path: Path, damage: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segment, "INLINE_POSTINGS", 1)  # every word in the postings file
    index, library = built(tmp_path)
    damage(index.folder)  # type: ignore[operator]
    report = index.update(library)  # type: ignore[arg-type]
    assert report.rebuilt
    assert report.reason
    assert [h.briefing for h in index.search("bailleurs").hits] == ["logement"]


def test_an_index_of_another_version_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, library = built(tmp_path)
    monkeypatch.setattr("briefing_app.core.search.index.SCHEMA_VERSION", 99)
    report = index.update(library)  # type: ignore[arg-type]
    assert report.rebuilt
    assert "version" in report.reason


def test_damage_found_while_searching_is_repaired(tmp_path: Path) -> None:
    index, library = built(tmp_path)
    for damaged in segment_files(index.folder):
        damaged.write_bytes(b"\0" * 16)
    result = search_library(index, library, None, "bailleurs")  # type: ignore[arg-type]
    assert [h.briefing for h in result.hits] == ["logement"]


def test_a_second_instance_searches_without_writing(tmp_path: Path) -> None:
    index, _ = built(tmp_path)
    other = whoosh_index.open_dir(str(index.folder)).writer()  # the first instance, writing
    try:
        (tmp_path / "content" / "ville.md").write_text(BRIEFINGS["ville"] + "\nAjout.\n", "utf-8")
        changed = load_library([tmp_path / "content"], tmp_path / "cache")
        report = index.update(changed)
        assert report.locked
        assert [h.briefing for h in index.search("bailleurs").hits] == ["logement"]
    finally:
        other.cancel()
    assert not index.update(changed).locked


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    index, _ = built(tmp_path_factory.mktemp("shared"))
    return index


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60))
def test_any_query_text_is_safe(shared_index: SearchIndex, text: str) -> None:
    result = shared_index.search(text)
    assert isinstance(result.hits, tuple)
    assert isinstance(result.correction, str)


KILLED_WRITER = """
import sys
from pathlib import Path
from briefing_app.core.content.catalog import load_library
from briefing_app.core.search.index import SearchIndex

content, cache, folder = map(Path, sys.argv[1:4])
library = load_library([content], cache)

def progress(done, total):
    print(done, flush=True)
    if done >= 40:
        sys.stdin.readline()  # wait here, writer open and locked, until killed

SearchIndex(folder).update(library, None, progress)
"""


@pytest.mark.parametrize("first_build", [True, False], ids=["during-build", "during-update"])
def test_a_process_killed_while_indexing_leaves_a_usable_index(
    tmp_path: Path, first_build: bool
) -> None:
    from bench.make_corpus import make_corpus

    content, cache, folder = tmp_path / "content", tmp_path / "cache", tmp_path / "index"
    make_corpus(content, 60, sections=3)
    write_corpus(content, ("logement",))
    if not first_build:
        SearchIndex(folder).update(load_library([content], cache))
        for path in sorted(content.glob("synth-*.md")):
            path.write_text(path.read_text(encoding="utf-8") + "\nAjout.\n", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(content), str(cache), str(folder)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    while int(child.stdout.readline() or 0) < 40:
        pass
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stdin.close()  # type: ignore[union-attr]
    library = load_library([content], cache)
    index = SearchIndex(folder)
    report = index.update(library)
    assert not report.locked
    assert index.is_current(library)
    assert [h.briefing for h in index.search("thermique").hits] == ["logement"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "content", "index"]


def test_the_no_change_check_reads_a_digest_not_the_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, library = built(tmp_path)
    fresh = SearchIndex(index.folder)

    def no_manifest() -> None:
        raise AssertionError("the whole manifest was read")

    monkeypatch.setattr(fresh, "_read_manifest", no_manifest)
    assert fresh.is_current(library)  # type: ignore[arg-type]
    content = tmp_path / "content"
    (content / "ville.md").write_text(BRIEFINGS["ville"] + "\nUne phrase.\n", encoding="utf-8")
    assert not fresh.is_current(load_library([content], tmp_path / "cache"))
    monkeypatch.undo()
    (index.folder / "holds.bin").write_bytes(b"stale")  # a write stopped halfway
    assert SearchIndex(index.folder).is_current(library)  # type: ignore[arg-type]
    again = SearchIndex(index.folder)
    assert again.update(library).briefings == 0  # type: ignore[arg-type]
    again.close()
    assert manifest.read_holdings(index.folder, SCHEMA_VERSION)  # written again
