"""Messages in the user's language, without Qt: the command line's and core's own.

The program is written in French; English comes from the translation file the window
loads too (``resources/translations/briefings_en.ts``, whose ``.qm`` Qt reads), so one
file holds every translation. A message is written ``translate("Context", "text")``, the
call Qt's ``lupdate`` finds, and its values are put in with ``fill`` (``%1``, ``%2``...),
as Qt does: a translation may put them in another order. (``lupdate`` marks no plural
form on such a call: a count is a ``%1`` like any value, « fichier(s) ».)

The language is the one the user chose in the window's preferences (``[interface]
language`` in the settings file: ``fr``, ``en`` or ``system``), French by default;
``system`` follows the environment's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from briefing_app.core.inifile import sections
from briefing_app.core.paths import resources_dir

FRENCH, ENGLISH, SYSTEM = "fr", "en", "system"
LANGUAGES = (FRENCH, ENGLISH)
CHOICES = (FRENCH, ENGLISH, SYSTEM)
SETTING_SECTION, SETTING_KEY = "interface", "language"  # "interface/language" to QSettings
TRANSLATIONS = "translations"
_PLACE = re.compile(r"%(\d)")

_state = {"language": FRENCH}


def translation_file(language: str) -> Path:
    """The translation file of ``language`` (its ``.ts``; Qt's ``.qm`` beside it)."""
    return resources_dir() / TRANSLATIONS / f"briefings_{language}.ts"


def set_language(language: str) -> None:
    """Speak ``language`` from now on (French for any other)."""
    _state["language"] = language if language in LANGUAGES else FRENCH


def current_language() -> str:
    """The language messages are given in."""
    return _state["language"]


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` (French) in the current language. ``disambiguation`` tells apart two
    messages of the same text, as Qt's does."""
    return _catalogue(_state["language"]).get((context, text, disambiguation or ""), text)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``... replaced by ``values`` (all at once: a value that
    holds ``%2`` stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)


def decimal(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals, its mark the language's: 2,5 or 2.5."""
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if _state["language"] == FRENCH else shown


def chosen_language(setting: str, environ: Mapping[str, str]) -> str:
    """The language of a preference (``fr``, ``en``, ``system``; French when unset or
    unknown): ``system`` is English where the environment's language is, else French."""
    if setting in LANGUAGES:
        return setting
    if setting != SYSTEM:
        return FRENCH
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return ENGLISH if value.lower().startswith("en") else FRENCH
    return FRENCH


def language_setting(settings_file: Path) -> str:
    """The language chosen in the window's preferences (``""`` when none is, or the
    settings file cannot be read)."""
    try:
        text = settings_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return sections(text).get(SETTING_SECTION, {}).get(SETTING_KEY, "").strip('"')


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str, str], str]:
    """Each translated message of ``language``: (context, source, disambiguation) to its
    translation. Empty for French, and when the file is missing or unreadable (the
    French text then shows)."""
    if language == FRENCH:
        return {}
    import xml.etree.ElementTree as ElementTree  # here: French needs none

    try:
        root = ElementTree.parse(translation_file(language)).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[tuple[str, str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text and message.get("numerus") != "yes":
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                found[key] = translation.text
    return found
