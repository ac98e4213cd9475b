"""The reading themes: every pair of colours a reader sees together holds WCAG AA (text
4.5:1; a highlight 3:1 against what it lies on, and 4.5:1 for the text on it), and the
reader's stylesheet is made of the theme's colours only."""

from __future__ import annotations

import re

import pytest

from briefing_app.core.paths import resources_dir
from briefing_app.core.themes import (
    DARK,
    LIGHT,
    SYSTEM,
    THEMES,
    contrast,
    reader_stylesheet,
    theme_for,
    themes,
)

# (foreground, background): text read on a surface, in the reader and in the panels
TEXT_PAIRS = [
    *((role, "background") for role in ("text", "heading", "link", "quote", "meta", "summary")),
    ("removed", "background"),
    ("note", "background"),
    ("text", "table_head"),
    ("text", "code_background"),
    ("placeholder_text", "placeholder_background"),
    ("mark_text", "find"),
    ("mark_text", "find_current"),
    ("added_text", "added"),
    ("window_text", "window"),
    ("text", "base"),
    ("meta", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("tooltip_text", "tooltip_base"),
    ("placeholder", "base"),
    ("link", "base"),
    ("warning_text", "warning_background"),
    ("refused", "window"),
]
# (highlight, surface): a highlight must stand out from the text around it
HIGHLIGHT_PAIRS = [
    (mark, surface)
    for mark in ("find", "find_current", "added")
    for surface in ("background", "base")
]


@pytest.mark.parametrize("key", THEMES)
def test_every_theme_holds_wcag_aa(key: str) -> None:
    theme = themes()[key]
    weak = [
        f"{fore}/{back} {contrast(theme.colour(fore), theme.colour(back)):.2f}"
        for fore, back in TEXT_PAIRS
        if contrast(theme.colour(fore), theme.colour(back)) < 4.5
    ]
    weak += [
        f"{mark}/{surface} {contrast(theme.colour(mark), theme.colour(surface)):.2f}"
        for mark, surface in HIGHLIGHT_PAIRS
        if contrast(theme.colour(mark), theme.colour(surface)) < 3
    ]
    assert weak == []


def test_contrast_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's own


def test_the_reader_stylesheet_is_the_themes_colours_only() -> None:
    template = (resources_dir() / "reader.css").read_text(encoding="utf-8")
    for theme in themes().values():
        css = reader_stylesheet(template, theme, 180)
        assert "@" not in css  # every role known
        assert "line-height: 180%" in css
        assert set(re.findall(r"#[0-9a-f]{6}", css)) <= set(theme.colours.values())
        assert theme.colour("text") in css


def test_system_follows_the_desktop() -> None:
    assert theme_for(SYSTEM, desktop_dark=True).key == DARK
    assert theme_for(SYSTEM, desktop_dark=False).key == LIGHT
    assert theme_for("inconnu").key == LIGHT
    assert themes()[DARK].dark
    assert not themes()[LIGHT].dark
