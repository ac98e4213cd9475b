"""The interface language the user chose, as the settings keep it (read before the
window is built: the program speaks it from the start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from briefing_app.core.messages import CHOICES, FRENCH, SETTING_KEY, SETTING_SECTION

LANGUAGE = f"{SETTING_SECTION}/{SETTING_KEY}"  # settings key: fr, en or system


def language_choice(settings: QSettings) -> str:
    """The interface language chosen: ``fr``, ``en`` or ``system`` (French by default)."""
    value = settings.value(LANGUAGE, FRENCH)
    return value if isinstance(value, str) and value in CHOICES else FRENCH
