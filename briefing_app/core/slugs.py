"""Stable, readable anchor ids for headings: "Règlement général" -> "reglement-general"."""

from __future__ import annotations

import re

from briefing_app.core.textfold import fold

_NON_WORD = re.compile(r"[^\w]+")


def slugify(text: str) -> str:
    """Lower-case, accent-free words joined by hyphens; letters of any script are kept."""
    slug = _NON_WORD.sub("-", fold(text).replace("_", " ")).strip("-")
    return slug or "section"


def unique_slug(text: str, used: set[str]) -> str:
    """``slugify(text)``, suffixed -2, -3... until it is not in ``used``; records it there."""
    base = slugify(text)
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    used.add(candidate)
    return candidate
