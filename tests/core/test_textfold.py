"""Accent- and case-insensitive matching."""

from __future__ import annotations

from briefing_app.core.textfold import find_all, fold


def test_fold_removes_case_accents_and_ligatures() -> None:
    assert fold("Données ÉCONOMIQUES, cœur’s") == "donnees economiques, coeur's"
    assert fold("a\u00a0b\u202fc") == "a b c"


def test_find_all_maps_back_to_original_positions() -> None:
    text = "Les données, les DONNEES et l’œuvre des données."
    matches = find_all(text, "donnees")
    assert [text[start:end] for start, end in matches] == ["données", "DONNEES", "données"]
    assert [text[s:e] for s, e in find_all(text, "l'oeuvre")] == ["l’œuvre"]


def test_find_all_after_a_ligature_keeps_positions() -> None:
    text = "Œuvre commune, œuvre"
    assert [text[s:e] for s, e in find_all(text, "oeuvre")] == ["Œuvre", "œuvre"]
    assert find_all(text, "   ") == []


def test_find_all_with_loose_spaces_crosses_line_breaks() -> None:
    text = "la mobilité\n\n  des  données\u2029publiques"
    spans = find_all(text, "Mobilite des donnees publiques", loose_spaces=True)
    assert [text[s:e] for s, e in spans] == [text[3:]]
    assert find_all(text, "mobilité des", loose_spaces=False) == []


def test_find_all_maps_every_kind_of_space_and_ligature_back() -> None:
    text = "Cœur\u00a0 \n\tdes  straße\u2029\u2029 et\u202fl’Œil.  \n"
    spans = find_all(text, "coeur des strasse et l'oeil.", loose_spaces=True)
    assert [text[s:e] for s, e in spans] == [text[: text.index(".") + 1]]
    for needle in ("des strasse", "strasse et", "et l'oeil"):
        [(start, end)] = find_all(text, needle, loose_spaces=True)
        assert fold(" ".join(text[start:end].split())) == needle
    assert find_all(text, "strasse", loose_spaces=False) == [
        (text.index("stra"), text.index("\u2029"))
    ]
