"""A briefing's records: what the loader gives and every wing reads.

A briefing is one UTF-8 Markdown file with a YAML front matter; its id is the file's
stem. These records import nothing heavy, so any module may hold them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from briefing_app.core.content.problems import Problem

# Bump when the output of ``render.render_markdown`` changes, so cached pages are redone.
RENDER_VERSION = 3


@dataclass(frozen=True)
class Section:
    """One TOC entry: a ``##`` or ``###`` heading.

    Attributes:
        id: the heading's anchor id, unique within its briefing.
        title: the heading's text as shown.
        level: 2 or 3.
    """

    id: str
    title: str
    level: int


@dataclass(frozen=True)
class Rendered:
    """A briefing body rendered for the reader."""

    html: str
    toc: tuple[Section, ...]


@dataclass(frozen=True)
class Briefing:
    """One briefing's metadata and table of contents (its text stays on disk).

    Attributes:
        id: the file's stem, unique in the library.
        path: the Markdown file.
        content_hash: SHA-256 of the file's bytes.
    """

    id: str
    path: str
    title: str
    date: str
    source: str
    theme: str
    tags: tuple[str, ...]
    summary: str
    sections: tuple[Section, ...]
    content_hash: str

    @property
    def folder(self) -> Path:
        """The content folder holding the file (base for relative links and images)."""
        return Path(self.path).parent


@dataclass(frozen=True)
class Library:
    """The loaded briefings, newest first, and the problems met on the way."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]

    def get(self, briefing_id: str) -> Briefing | None:
        """The briefing with this id, or None."""
        return self._by_id.get(briefing_id)

    @cached_property
    def _by_id(self) -> dict[str, Briefing]:
        return {briefing.id: briefing for briefing in self.briefings}
