"""The search index heals: any damage that would fail a query or change its ranking is
found, and the index rebuilt; an index that cannot be written is searched as it is."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from briefing_app.cli import run
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.model import Library
from briefing_app.core.content.pages import PageCache
from briefing_app.core.search import search_library, segment, spelling
from briefing_app.core.search.index import SearchIndex
from briefing_app.core.search.manifest import MANIFEST
from briefing_app.core.search.records import IndexWriteError, SearchResult
from tests.core.search.corpus import BRIEFINGS, write_corpus
from tests.helpers import read_only

QUERIES = (
    "collectivités",
    "capteurs ville",
    "RGPD",
    '"qualité de l’air"',
    "date:2016..2019",
    "mobili*",
    "bailleurs NOT thermique",
    "baileurs",  # answered by a correction
)
# Each kind of file of an index made by a full build then an update: a segment in
# separate files (the build's), one in a compound file (the update's), and ours.
KINDS = (
    ".toc",
    ".seg",
    ".trm",
    ".pst",
    "._stored.col",
    "._text_len.col",
    "._titles_len.col",
    "._tags_len.col",
    "._theme_len.col",
    MANIFEST,
)


def cut_to_zero(path: Path) -> None:
    path.write_bytes(b"")


def cut_to_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def delete(path: Path) -> None:
    path.unlink()


def flip_bits(path: Path) -> None:
    """One bit flipped in each fifth of the file."""
    data = bytearray(path.read_bytes())
    for fifth in range(5):
        data[len(data) * fifth // 5] ^= 1 << fifth
    path.write_bytes(bytes(data))


DAMAGES = (cut_to_zero, cut_to_half, delete, flip_bits)


class Corpus:
    """A library, its index made by a full build and an update (two segments), and
    the answers of a fresh build of the same library."""

    def __init__(self, root: Path) -> None:
        self.content = write_corpus(root / "content", ("mobilite", "donnees", "ville"))
        self.cache = root / "cache"
        self.pages = PageCache(self.cache)  # rebuilds render no page again
        self.live = root / "live"
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(segment, "INLINE_POSTINGS", 1)  # every word in the postings file
            SearchIndex(self.live).update(self.library(), self.pages)
        write_corpus(self.content, ("logement",))
        ville = BRIEFINGS["ville"] + "\nLes capteurs de la ville.\n"
        (self.content / "ville.md").write_text(ville, encoding="utf-8")
        with SearchIndex(self.live) as live:
            report = live.update(self.library(), self.pages)
            assert (report.rebuilt, report.briefings) == (False, 2)
            self.live_answers = answers(live)
        with SearchIndex(root / "fresh") as fresh:
            fresh.rebuild(self.library(), self.pages)
            self.expected = answers(fresh)

    def library(self) -> Library:
        return load_library([self.content], self.cache)

    def copy(self, folder: Path) -> Path:
        shutil.copytree(self.live, folder)
        return folder


def answers(index: SearchIndex) -> dict[str, SearchResult]:
    return {query: index.search(query) for query in QUERIES}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("damage"))


def only_file(folder: Path, kind: str) -> Path:
    (found,) = [p for p in folder.iterdir() if p.name.endswith(kind)]
    assert found.stat().st_size > 1
    return found


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_any_damage_is_found_by_the_next_search_and_healed(
    corpus: Corpus, tmp_path: Path, kind: str, damage: Callable[[Path], None]
) -> None:
    folder = corpus.copy(tmp_path / "index")
    damage(only_file(folder, kind))
    library = corpus.library()
    reasons: list[str] = []
    with SearchIndex(folder) as index:
        found = {
            q: search_library(index, library, corpus.pages, q, rebuilding=reasons.append)
            for q in QUERIES
        }
    assert found == corpus.expected
    assert len(reasons) == 1  # found at the first search, rebuilt once
    assert SearchIndex(folder).update(library).briefings == 0  # and sound since


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_word_list_only_loses_corrections(
    corpus: Corpus, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    folder = corpus.copy(tmp_path / "index")
    damage(folder / spelling.FILE)
    with SearchIndex(folder) as index:
        found = answers(index)
    assert {q: r.hits for q, r in found.items()} == {
        q: r.hits for q, r in corpus.live_answers.items()
    }


@pytest.mark.parametrize("damage", [cut_to_zero, cut_to_half, delete])
def test_without_checksums_the_segments_structure_is_checked(
    corpus: Corpus, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    """A manifest describing another generation of the index (the process died between
    Whoosh's commit and the manifest) has no checksums to compare: a deleted or cut
    length column is still found."""
    folder = corpus.copy(tmp_path / "index")
    index = SearchIndex(folder)
    manifest = index._read_manifest()
    manifest.files = {}
    index._write_manifest(manifest)
    damage(only_file(folder, "._text_len.col"))
    library = corpus.library()
    found = {q: search_library(index, library, corpus.pages, q) for q in QUERIES}
    index.close()
    assert found == corpus.expected


@pytest.mark.parametrize(
    "body",
    [None, "![Plan](plan.png)\n"],
    ids=["empty-folder", "image-only-briefing"],
)
def test_a_library_with_no_text_to_index_searches_titles_only(
    tmp_path: Path, body: str | None
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    if body is not None:
        (content / "plan.md").write_text(f"---\ntitle: Plan\ndate: 2020\n---\n{body}", "utf-8")
    library = load_library([content], tmp_path / "cache")
    with SearchIndex(tmp_path / "index") as index:
        assert index.update(library).rebuilt
        found = search_library(index, library, None, "plan")
        if body is None:
            assert found == SearchResult(())
            assert index.search("capteurs OR date:2020") == SearchResult(())
        else:  # a briefing of an image alone is still found by its title, at its top
            assert [(hit.briefing, hit.section) for hit in found.hits] == [("plan", "")]
            assert not index.search("capteurs").hits
    with SearchIndex(tmp_path / "index") as index:
        assert index.update(library).briefings == 0


def changed_content(corpus: Corpus, folder: Path) -> Path:
    """A copy of the corpus's briefings with one changed since the index was made."""
    shutil.copytree(corpus.content, folder)
    text = BRIEFINGS["logement"].replace("thermique", "thermique et acoustique")
    (folder / "logement.md").write_text(text, encoding="utf-8")
    return folder


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file Whoosh creates, and every file written through pathlib, fails."""

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(FileStorage, "create_file", no_space)
    monkeypatch.setattr(Path, "write_bytes", no_space)


def test_a_read_only_index_is_searched_as_it_is(corpus: Corpus, tmp_path: Path) -> None:
    folder = corpus.copy(tmp_path / "index")
    library = load_library([changed_content(corpus, tmp_path / "content")], corpus.cache)
    with read_only(folder), SearchIndex(folder) as index:
        report = index.update(library)
        assert (report.briefings, report.unwritable) == (0, "dossier en lecture seule")
        assert answers(index) == corpus.live_answers
        assert search_library(index, library, None, "acoustique") == SearchResult(())
        assert index.update(library).unwritable  # not taken for another writer's lock


def test_a_full_disk_leaves_the_index_searchable(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus.copy(tmp_path / "index")
    library = load_library([changed_content(corpus, tmp_path / "content")], corpus.cache)
    with monkeypatch.context() as patch, SearchIndex(folder) as index:
        full_disk(patch)
        report = index.update(library)
        assert (report.briefings, report.unwritable) == (0, "disque plein")
        assert answers(index) == corpus.live_answers
        with pytest.raises(IndexWriteError, match="disque plein"):
            index.rebuild(library)
        assert answers(SearchIndex(folder)) == corpus.live_answers  # the live one kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "index"]
    with SearchIndex(folder) as index:  # room again: the update is written
        assert index.update(library).briefings == 1
        assert [h.briefing for h in index.search("acoustique").hits] == ["logement"]


@pytest.mark.parametrize("unwritable", ["read-only", "full-disk"])
def test_a_damaged_index_that_cannot_be_rebuilt_says_why_in_one_line(
    corpus: Corpus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    unwritable: str,
) -> None:
    data = tmp_path / "data"
    corpus.copy(data / "cache" / "search")
    options = ["--content", str(corpus.content), "--data-dir", str(data)]
    assert run(["list", *options]) == 0  # the catalog cached: nothing else to write
    capsys.readouterr()
    only_file(data / "cache" / "search", "._text_len.col").unlink()
    if unwritable == "full-disk":
        full_disk(monkeypatch)
        assert run(["search", "capteurs", *options]) == 1
    else:
        with read_only(data / "cache" / "search"):
            assert run(["search", "capteurs", *options]) == 1
    captured = capsys.readouterr()
    reason = "disque plein" if unwritable == "full-disk" else "dossier en lecture seule"
    assert captured.out == ""
    assert captured.err == (
        f"Recherche indisponible : index de recherche impossible à écrire : {reason}\n"
    )


def test_a_read_only_index_answers_the_command_line(
    corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    folder = corpus.copy(data / "cache" / "search")
    content = changed_content(corpus, tmp_path / "content")
    options = ["--content", str(content), "--data-dir", str(data)]
    with read_only(folder):
        assert run(["search", "bailleurs", *options]) == 0
        captured = capsys.readouterr()
        assert run(["index", *options]) == 1
        index_err = capsys.readouterr().err
    assert captured.out.startswith("1. Logement social › Les bailleurs (2016)")
    assert captured.err == (
        "Index non mis à jour (dossier en lecture seule) : recherche sur l’existant.\n"
    )
    assert index_err == "Index non mis à jour : dossier en lecture seule.\n"


def test_a_fault_of_the_query_on_a_sound_index_is_no_damage(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus.copy(tmp_path / "index")

    def faulty(*args: object) -> object:
        raise TypeError("a fault of the query's own")

    monkeypatch.setattr("briefing_app.core.search.index.to_whoosh", faulty)
    reasons: list[str] = []
    with SearchIndex(folder) as index, pytest.raises(TypeError, match="query's own"):
        search_library(index, corpus.library(), None, "capteurs", rebuilding=reasons.append)
    assert reasons == []  # the checksums vouch for the files: nothing rebuilt
