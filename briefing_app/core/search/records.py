"""Plain records of the search: hits, results, filters, index reports, the manifest.

No Whoosh here, and nothing heavy: the window builds filters and reads results without
loading it, and its first paint imports this module (for the types of the hits).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.core.content.glossary import Glossary


@dataclass(frozen=True)
class SearchHit:
    """One matching section, with a snippet of its text."""

    briefing: str
    title: str
    section: str
    section_title: str
    date: str
    score: float
    snippet: str
    snippet_html: str
    partial: bool = False  # holds only some of the query's words (none held them all)


@dataclass(frozen=True)
class SearchResult:
    """The best hits first; when no section holds every word, the closest ones (each
    ``partial``), and a correction when one would find more."""

    hits: tuple[SearchHit, ...]
    correction: str = ""
    expansions: tuple[str, ...] = ()  # long forms of the query's acronyms, and back
    # prefixes searched as their commonest words only: (prefix, words kept, words found)
    prefixes: tuple[tuple[str, int, int], ...] = ()

    @property
    def partial(self) -> bool:
        """Whether the hits are only the closest sections (none held every word)."""
        return bool(self.hits) and self.hits[0].partial


@dataclass(frozen=True)
class IndexReport:
    """What an update did: sections written, briefings touched, time, and why."""

    sections: int
    briefings: int
    seconds: float
    rebuilt: bool = False
    locked: bool = False
    reason: str = ""
    unwritable: str = ""  # why nothing could be written (search goes on with what exists)


@dataclass(frozen=True)
class SearchFilters:
    """Filters chosen beside the search field (empty means no filter)."""

    theme: str = ""
    tag: str = ""
    start: str = ""
    end: str = ""


class IndexCorruptError(Exception):
    """The index on disk cannot be used; it will be rebuilt."""


class IndexWriteError(Exception):
    """The index could not be written (read-only folder, full disk) and there is no
    readable index to search instead; the message says why, in one line (in the user's
    language)."""


@dataclass
class IndexManifest:
    """What the index holds: each briefing's content hash and acronyms, and the size
    and checksum of each of its files."""

    hashes: dict[str, str]
    glossaries: dict[str, dict[str, str]]
    files: dict[str, tuple[int, ...]] = field(default_factory=dict)  # integrity.FileTable

    def glossary(self) -> Glossary:
        """Every briefing's acronyms merged (the first definition of an acronym wins)."""
        from briefing_app.core.content.glossary import Glossary  # html.parser: not at start

        return Glossary.merge(*(self.glossaries[key] for key in sorted(self.glossaries)))
