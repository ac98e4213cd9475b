"""``briefing-app search`` and ``briefing-app index``: the same core calls as the window."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing_app.cli import run
from tests.conftest import WriteBriefing
from tests.core.search.corpus import CON_WORDS, write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """The common options: the written test corpus and a data folder."""
    content = write_corpus(tmp_path / "content")
    return ["--content", str(content), "--data-dir", str(tmp_path / "data")]


def test_search_json_best_first_with_the_contract_fields(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["search", "capteurs", "qualité", "--json", *corpus]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["briefing"], h["section"]) for h in hits] == [("ville", "le-rapport")]
    (hit,) = hits
    assert hit["title"] == "Ville intelligente"
    assert hit["section_title"] == "Le rapport"
    assert hit["score"] > 0
    assert "capteurs" in hit["snippet"]
    assert {"briefing", "title", "section", "section_title", "score", "snippet"} <= set(hit)


def test_search_limit_and_plain_output(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["search", "collectivités", "--limit", "1", *corpus]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("1. ")
    assert " › " in lines[0]


def test_no_result_prints_the_correction_on_stderr(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["search", "mobilte", "--json", *corpus]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert captured.err.strip() == "Vouliez-vous dire : mobilité ?"


def test_index_reports_sections_and_time(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["index", *corpus]) == 0
    first = capsys.readouterr().out
    assert first.startswith("Index reconstruit : 10 section(s) indexée(s), 4 briefing(s)")
    assert first.rstrip().endswith(" s")
    assert run(["index", *corpus]) == 0
    assert capsys.readouterr().out.startswith("Index mis à jour : 0 section(s)")
    assert run(["index", "--rebuild", *corpus]) == 0
    assert capsys.readouterr().out.startswith("Index reconstruit : 10 section(s)")


def test_search_in_an_empty_library_finds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    options = ["--content", str(tmp_path / "empty"), "--data-dir", str(tmp_path / "data")]
    assert run(["search", "capteurs", "--json", *options]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert captured.err == ""


def test_a_prefix_searched_as_its_commonest_words_says_so_on_stderr(
    write_briefing: WriteBriefing,
    content_dir: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_briefing("mots", title="Mots", body=f"## Liste\n\n{CON_WORDS}.\n")
    write_briefing("autre", title="Autre", body="## Vélo\n\nLe vélo en ville.\n")
    options = ["--content", str(content_dir), "--data-dir", str(data_dir)]
    assert run(["search", "con*", "--json", *options]) == 0
    captured = capsys.readouterr()
    assert [hit["briefing"] for hit in json.loads(captured.out)] == ["mots"]
    notice = r"« con\* » : recherche limitée aux 24 mots les plus fréquents sur (\d+)\."
    found = re.search(notice, captured.err)
    assert found is not None
    assert int(found.group(1)) >= 30
    assert run(["search", "vél*", *options]) == 0  # one word: nothing cut, nothing said
    assert capsys.readouterr().err == ""


def test_the_closest_sections_are_marked_partial(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["search", "capteurs", "vélo", "--json", *corpus]) == 0
    captured = capsys.readouterr()
    hits = json.loads(captured.out)
    assert hits
    assert all(hit["partial"] for hit in hits)
    assert "Aucun passage ne contient tous les mots ; passages les plus proches :" in captured.err
    assert run(["search", "capteurs", "--json", *corpus]) == 0
    assert not any(hit["partial"] for hit in json.loads(capsys.readouterr().out))
