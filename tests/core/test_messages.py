"""Core's and the command line's messages: French by default, English from the same
translation file as the window's, the language chosen in the preferences (or the
environment's, for « Système »), values put in as Qt does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.core.messages import (
    ENGLISH,
    FRENCH,
    SYSTEM,
    chosen_language,
    current_language,
    decimal,
    fill,
    language_setting,
    set_language,
    translate,
)

NOT_FOUND = "briefing-app : %1 : fichier introuvable"


@pytest.fixture
def english() -> Iterator[None]:
    set_language(ENGLISH)
    yield
    set_language(FRENCH)


def test_french_is_the_programs_own_language() -> None:
    assert current_language() == FRENCH
    assert translate("cli", NOT_FOUND) == NOT_FOUND
    assert decimal(2.54) == "2,5"


def test_english_comes_from_the_translation_file(english: None) -> None:
    assert translate("cli", NOT_FOUND) == "briefing-app: %1: file not found"
    assert translate("cli", "un message que personne n’a traduit") == (
        "un message que personne n’a traduit"
    )  # shown in French rather than lost
    assert translate("nowhere", NOT_FOUND) == NOT_FOUND  # another context: not this one
    assert decimal(2.54) == "2.5"


def test_fill_puts_each_value_in_its_place_once() -> None:
    assert fill("%2 sur %1", 40, 37) == "37 sur 40"
    assert fill("%1 : %2", "a %2 b", "c") == "a %2 b : c"  # a value is not filled again
    assert fill("%1 et %3", "x") == "x et %3"


@pytest.mark.parametrize(
    ("setting", "environ", "language"),
    [
        ("", {"LANG": "en_GB.UTF-8"}, FRENCH),  # nothing chosen: French
        ("en", {"LANG": "fr_FR.UTF-8"}, ENGLISH),
        ("fr", {"LANG": "en_GB.UTF-8"}, FRENCH),
        (SYSTEM, {"LANG": "en_US.UTF-8"}, ENGLISH),
        (SYSTEM, {"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}, FRENCH),
        (SYSTEM, {"LANG": "de_DE.UTF-8"}, FRENCH),  # no German: French
        (SYSTEM, {}, FRENCH),
        ("klingon", {"LANG": "en_GB"}, FRENCH),
    ],
)
def test_the_language_chosen(setting: str, environ: dict[str, str], language: str) -> None:
    assert chosen_language(setting, environ) == language


def test_the_setting_is_read_from_the_windows_settings_file(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    assert language_setting(settings) == ""  # no file yet
    settings.write_text("[window]\ngeometry=x\n\n[interface]\nlanguage=en\n", encoding="utf-8")
    assert language_setting(settings) == ENGLISH
    settings.write_bytes(b"\xff\xfe[interface\x00 garbage")
    assert language_setting(settings) == ""  # unreadable: as if none were chosen
