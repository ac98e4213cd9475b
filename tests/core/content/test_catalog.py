"""The catalog cache: unchanged files are not parsed again; changes are seen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_app.core.content import catalog
from briefing_app.core.content.catalog import load_library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError
from tests.conftest import WriteBriefing


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files parsed, in order."""
    names: list[str] = []
    real = catalog.parse_briefing

    def counting(path: Path, data: bytes) -> object:
        names.append(path.name)
        return real(path, data)

    monkeypatch.setattr(catalog, "parse_briefing", counting)
    return names


def test_warm_load_parses_nothing_and_gives_the_same_library(
    write_briefing: WriteBriefing, content_dir: Path, data_dir: Path, parsed: list[str]
) -> None:
    write_briefing("a")
    write_briefing("b", date="2021")
    (content_dir / "casse.md").write_text("pas d'en-tête", encoding="utf-8")
    cold = load_library([content_dir], data_dir)
    assert sorted(parsed) == ["a.md", "b.md", "casse.md"]
    parsed.clear()
    warm = load_library([content_dir], data_dir)
    assert parsed == []
    assert warm == cold
    assert len(warm.problems) == 1


def test_changed_added_and_removed_files_are_seen(
    write_briefing: WriteBriefing, content_dir: Path, data_dir: Path, parsed: list[str]
) -> None:
    a = write_briefing("a", title="Avant")
    write_briefing("b")
    load_library([content_dir], data_dir)
    parsed.clear()
    a.write_text(a.read_text(encoding="utf-8").replace("Avant", "Après et plus long"), "utf-8")
    os.utime(a, ns=(1, 1))
    (content_dir / "b.md").unlink()
    write_briefing("c")
    library = load_library([content_dir], data_dir)
    assert sorted(parsed) == ["a.md", "c.md"]
    assert {b.id: b.title for b in library.briefings} == {"a": "Après et plus long", "c": "Essai"}
    pages = sorted(p.stem for p in PageCache(data_dir).folder.glob("*.page"))
    assert pages == sorted(b.content_hash for b in library.briefings)  # old pages pruned


def test_corrupt_catalog_is_ignored_and_rewritten(
    write_briefing: WriteBriefing, content_dir: Path, data_dir: Path
) -> None:
    write_briefing("a")
    data_dir.mkdir()
    (data_dir / "catalog.bin").write_bytes(b"\x00 pas du marshal")
    assert [b.id for b in load_library([content_dir], data_dir).briefings] == ["a"]
    assert list(catalog._read_catalog(data_dir / "catalog.bin")) == [str(content_dir / "a.md")]


def test_pages_come_from_the_cache_once_rendered(
    write_briefing: WriteBriefing, content_dir: Path, data_dir: Path
) -> None:
    path = write_briefing("a", body="## Partie\n\nTexte.\n")
    (briefing,) = load_library([content_dir], data_dir).briefings
    path.unlink()  # the cached page no longer needs the file
    rendered = rendered_page(briefing, PageCache(data_dir))
    assert rendered.toc == briefing.sections
    assert "<p>Texte.</p>" in rendered.html
    with pytest.raises(ContentError, match="fichier illisible"):
        rendered_page(briefing)  # without a cache the missing file is an error, not a crash


def test_cached_library_shows_what_the_catalog_knows_and_counts_the_rest(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    for name in ("a", "b", "c"):
        write_briefing(name, title=name.upper())
    empty, missing = catalog.cached_library([content_dir], cache)
    assert (empty.briefings, missing) == ((), 3)  # a cold catalog: all to read
    seen: list[tuple[int, int, str | None]] = []
    full = load_library(
        [content_dir], cache, lambda done, total, b: seen.append((done, total, b and b.id))
    )
    assert sorted(seen) == [(1, 3, "a"), (2, 3, "b"), (3, 3, "c")]  # told of each file
    warm, missing = catalog.cached_library([content_dir], cache)
    assert (warm, missing) == (full, 0)
    path = write_briefing("b", title="B changé")
    os.utime(path, ns=(1, 1))
    (content_dir / "c.md").unlink()
    partial, missing = catalog.cached_library([content_dir], cache)
    assert ([b.id for b in partial.briefings], missing) == (["a"], 1)  # b is to read again
    load_library([content_dir], cache)
    (content_dir / "a.md").unlink()
    _rest, missing = catalog.cached_library([content_dir], cache)
    assert missing == -1  # only a file gone: nothing to read, the catalog to write
    seen.clear()
    load_library([content_dir], cache, lambda done, total, b: seen.append((done, total, b)))
    assert seen == [(1, 1, None)]  # from the catalog: nothing parsed


def test_a_first_start_counts_the_files_and_still_names_a_missing_folder(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    write_briefing("a", title="A")
    (content_dir / ".cache.md").write_text("caché", encoding="utf-8")
    (content_dir / "notes.txt").write_text("pas un briefing", encoding="utf-8")
    (content_dir / "dossier.md").mkdir()
    gone = tmp_path / "absent"
    library, missing = catalog.cached_library([gone, content_dir], tmp_path / "cache")
    assert (library.briefings, missing) == ((), 1)  # a.md only
    assert load_library([gone, content_dir], tmp_path / "cache").briefings[0].id == "a"
    library, missing = catalog.cached_library([gone], tmp_path / "cold")
    assert missing == 0  # nothing to read, and why
    assert [p.message for p in library.problems] == ["dossier de contenu introuvable"]


def test_a_load_stopped_midway_keeps_the_files_read_in_the_catalog(
    write_briefing: WriteBriefing, content_dir: Path, tmp_path: Path
) -> None:
    for name in ("a", "b", "c", "d"):
        write_briefing(name, title=name.upper())

    def stop_after_two(done: int, _total: int, _briefing: object) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_library([content_dir], tmp_path / "cache", stop_after_two)
    _known, missing = catalog.cached_library([content_dir], tmp_path / "cache")
    assert missing == 2  # the next start reads only the other two
