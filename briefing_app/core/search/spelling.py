"""The words of the indexed briefings, as written, from which corrections are drawn.

Kept beside the search index in its own cache file (``diskcache``), so that the start-up check
never reads it: a word maps to the number of briefings it was met in. An update only
adds: a word of a removed briefing may linger, which is harmless, because a correction
is offered only when the corrected query finds something. A new version of a briefing
only adds the words no briefing had: an update then rarely has to write the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from briefing_app.core.diskcache import CacheMissError, read_value, write_value

FILE = "words.bin"
VERSION = "words-1"


class Vocabulary:
    """Words (lower case, accents kept) and how many briefings hold each."""

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        """Start from ``counts`` (empty by default)."""
        self.counts: Counter[str] = Counter(counts or {})
        self._sorted: list[str] | None = None
        self.changed = False  # words were added since it was made or loaded

    @classmethod
    def load(cls, folder: Path) -> Vocabulary:
        """The vocabulary saved in ``folder``; empty when missing or unreadable."""
        try:
            counts = read_value(folder / FILE, VERSION)
        except CacheMissError:
            return cls()
        return cls(counts) if isinstance(counts, dict) else cls()

    def save(self, folder: Path) -> None:
        """Write the vocabulary into ``folder`` (atomically: a temporary file, renamed)."""
        write_value(folder / FILE, VERSION, dict(self.counts))  # marshal: a plain dict

    def add(self, words: Iterable[str], again: bool = False) -> None:
        """Count one more briefing for each of ``words``; ``again``: they are those of a
        new version of a briefing already counted, so only the words the vocabulary does
        not know yet are added (once). ``changed`` says whether anything was."""
        if again:
            words = [word for word in words if word not in self.counts]
        if words:
            self.counts.update(words)  # counted in C
            self._sorted = None
            self.changed = True

    def merge(self, other: Vocabulary) -> None:
        """Add the counts of ``other`` (the words of other briefings)."""
        self.counts.update(other.counts)
        self._sorted = None

    def sorted_words(self) -> list[str]:
        """Every word, in sorted order (what an edit-distance search walks)."""
        if self._sorted is None:
            self._sorted = sorted(self.counts)
        return self._sorted

    def most_common(self, words: Iterable[str]) -> str:
        """The one of ``words`` met in most briefings ("" when there is none)."""
        return max(words, key=lambda word: (self.counts.get(word, 0), -len(word)), default="")
