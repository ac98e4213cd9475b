"""How the reader reads: the theme (Clair, Sépia, Sombre, or the desktop's), the reading
font, its size, the line spacing and the column's width, as the settings keep them;
the theme in force, which the panels colour themselves by; and a theme's Qt palette.

The theme's colours come from ``core.themes`` (resources/themes.ini), for the reader's
stylesheet and for every widget alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from briefing_app.core.themes import LIGHT, LINE_SPACINGS, SYSTEM, THEMES, Theme, themes
from briefing_app.printing.pagetext import SERIF

SANS = ["Source Sans 3", "Open Sans", "Noto Sans", "Liberation Sans", "DejaVu Sans", "sans-serif"]
SERIF_KIND, SANS_KIND = "serif", "sans"
SIZES = (11.0, 12.0, 13.5, 15.0, 17.0, 19.0)  # points, before the zoom
WIDTHS = (55, 70, 85, 100)  # characters a line holds
_KEY = "appearance/{}"

_current = {"theme": LIGHT}
T = TypeVar("T")


@dataclass(frozen=True)
class Appearance:
    """What the reader chose (each value one of its module's choices)."""

    theme: str = LIGHT
    font: str = SERIF_KIND
    size: float = 12.0
    line_spacing: int = 155
    width: int = 70

    @classmethod
    def read(cls, settings: QSettings) -> Appearance:
        """The appearance the settings keep (a missing or odd value: the default's)."""
        default = cls()
        return cls(
            theme=_choice(settings, "theme", (*THEMES, SYSTEM), str, default.theme),
            font=_choice(settings, "font", (SERIF_KIND, SANS_KIND), str, default.font),
            size=_choice(settings, "size", SIZES, float, default.size),
            line_spacing=_choice(
                settings, "line_spacing", LINE_SPACINGS, int, default.line_spacing
            ),
            width=_choice(settings, "width", WIDTHS, int, default.width),
        )

    def write(self, settings: QSettings) -> None:
        """Keep this appearance in ``settings``."""
        for name in ("theme", "font", "size", "line_spacing", "width"):
            settings.setValue(_KEY.format(name), getattr(self, name))

    def but(self, **changes: object) -> Appearance:
        """This appearance with ``changes``."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def families(self) -> list[str]:
        """The reading font's families, the preferred first (Qt takes the first present)."""
        return list(SERIF if self.font == SERIF_KIND else SANS)


def _choice(
    settings: QSettings,
    name: str,
    choices: Sequence[T],
    kind: Callable[[str], T],
    default: T,
) -> T:
    """The value ``name`` the settings keep, if it is one of ``choices``; else ``default``."""
    raw = settings.value(_KEY.format(name))
    try:
        chosen = kind(str(raw)) if raw is not None else default
    except ValueError:
        return default
    return chosen if chosen in choices else default


def installed_family(families: list[str]) -> str:
    """The first of ``families`` this machine has (the last, a generic name, if none)."""
    from PySide6.QtGui import QFontDatabase  # (the preferences' need, not the first paint's)

    present = set(QFontDatabase.families())
    return next((family for family in families if family in present), families[-1])


def desktop_is_dark() -> bool:
    """Whether the desktop's colour scheme is dark (light when it does not say)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme().name == "Dark"


def current_theme() -> Theme:
    """The theme in force (the panels colour themselves by it)."""
    return themes()[_current["theme"]]


def set_current_theme(theme: Theme) -> None:
    """Make ``theme`` the one in force."""
    _current["theme"] = theme.key


def palette_for(theme: Theme) -> QPalette:
    """The Qt palette of ``theme``: every widget's colours."""
    roles = QPalette.ColorRole
    # From its button and window colours Qt works out the rest (bevels, frames, shadows).
    palette = QPalette(QColor(theme.colour("button")), QColor(theme.colour("window")))
    for role, name in (
        (roles.Window, "window"),
        (roles.WindowText, "window_text"),
        (roles.Base, "base"),
        (roles.AlternateBase, "alternate_base"),
        (roles.Text, "text"),
        (roles.Button, "button"),
        (roles.ButtonText, "button_text"),
        (roles.Highlight, "highlight"),
        (roles.HighlightedText, "highlighted_text"),
        (roles.ToolTipBase, "tooltip_base"),
        (roles.ToolTipText, "tooltip_text"),
        (roles.PlaceholderText, "placeholder"),
        (roles.Link, "link"),
        (roles.LinkVisited, "link"),
        (roles.BrightText, "refused"),
    ):
        palette.setColor(role, QColor(theme.colour(name)))
    disabled = QColor(theme.colour("disabled_text"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
