"""Stable, readable anchor ids for headings: "Règlement général" -> "reglement-general"."""

from __future__ import annotations

import re

from briefing_app.core.textfold import fold

_NON_WORD = re.compile(r"[^\w]+")


def slugify(text: str) -> str:
    """Lower-case, accent-free words joined by hyphens; letters of any script are kept."""
    slug = _NON_WORD.sub("-", fold(text).replace("_", " ")).strip("-")
    return slug or "section"


class SlugRegistry:
    """Unique slugs for one page: repeats get -2, -3... in linear time.

    Each base slug remembers the last number it handed out, so 50,000 identical
    headings cost 50,000 steps, not 50,000² / 2.
    """

    def __init__(self, used: set[str] | None = None) -> None:
        """Start with ``used`` (explicit ids already on the page) taken."""
        self.used: set[str] = set(used or ())
        self._last: dict[str, int] = {}

    def take(self, text: str) -> str:
        """``slugify(text)``, suffixed -2, -3... until it is free; records it as taken."""
        base = slugify(text)
        candidate, number = base, self._last.get(base, 1)
        if number > 1:
            candidate = f"{base}-{number}"
        while candidate in self.used:
            number += 1
            candidate = f"{base}-{number}"
        self._last[base] = number
        self.used.add(candidate)
        return candidate
