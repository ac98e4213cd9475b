"""The reading themes (Clair, Sépia, Sombre): every colour the window and the reader use,
from ``resources/themes.ini``, and what they make: the reader's stylesheet, and the
contrast between two colours (WCAG's ratio, which the tests hold every theme to).

A colour role names what it colours: ``text`` on ``background`` in the reader, ``find``
behind a match, ``window_text`` on ``window`` in the panels... (see the file). Core does
not know Qt: the window makes its palette from the same roles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_app.core.inifile import sections
from briefing_app.core.paths import resources_dir

LIGHT, SEPIA, DARK = "clair", "sepia", "sombre"
SYSTEM = "systeme"  # the desktop's light or dark, as it changes
THEMES = (LIGHT, SEPIA, DARK)
LINE_SPACINGS = (130, 155, 180, 205)  # percent of the font size; 155 by default
_ROLE = re.compile(r"@([a-z_]+)@")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


class Theme:
    """A theme: its key (``clair``...), whether it is dark, and its colours by role.
    (A plain class: a dataclass costs a millisecond to make, before the first paint.)"""

    __slots__ = ("colours", "dark", "key")

    def __init__(self, key: str, dark: bool, colours: dict[str, str]) -> None:
        """The theme ``key``, its colours by role."""
        self.key, self.dark, self.colours = key, dark, colours

    def colour(self, role: str) -> str:
        """The colour of ``role`` ("#rrggbb")."""
        return self.colours[role]


@lru_cache(maxsize=1)
def themes() -> dict[str, Theme]:
    """The themes shipped, by key (THEMES, in that order)."""
    found_sections = sections((resources_dir() / "themes.ini").read_text(encoding="utf-8"))
    found = {}
    for key in THEMES:
        entry = found_sections[key]
        colours = {role: value for role, value in entry.items() if _HEX.fullmatch(value)}
        found[key] = Theme(key, entry.get("dark") == "yes", colours)
    return found


def theme_for(choice: str, desktop_dark: bool = False) -> Theme:
    """The theme a preference means: one of THEMES, or SYSTEM (``desktop_dark`` says
    which); Clair for anything else."""
    if choice == SYSTEM:
        choice = DARK if desktop_dark else LIGHT
    return themes().get(choice, themes()[LIGHT])


@lru_cache(maxsize=1)
def reader_template() -> str:
    """The reader's stylesheet with its colours and line spacing to fill in
    (resources/reader.css; "" if it is missing: the page still shows)."""
    try:
        return (resources_dir() / "reader.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def reader_stylesheet(template: str, theme: Theme, line_spacing: int = 155) -> str:
    """The reader's CSS from ``template`` (resources/reader.css): each ``@role@`` in the
    theme's colour, ``@line@`` the line spacing (percent)."""

    def value(match: re.Match[str]) -> str:
        role = match.group(1)
        return str(line_spacing) if role == "line" else theme.colours.get(role, match.group(0))

    return _ROLE.sub(value, template)


def luminance(colour: str) -> float:
    """The relative luminance of "#rrggbb" (WCAG 2)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, 1 to 21 (WCAG 2)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
