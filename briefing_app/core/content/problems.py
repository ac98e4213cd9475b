"""Content problems: what is wrong, in which file, at which line.

Messages are in the user's language (``core.messages``; French by default): they are
shown to officials and content editors.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A problem found in the content; the file it names was skipped.

    Attributes:
        path: the file or folder concerned.
        line: 1-based line number, or 0 when no line applies.
        message: what is wrong, in the user's language.
    """

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        """``path:line: message``, the form editors and tools know."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ContentError(Exception):
    """A briefing file that cannot be loaded; carries the line where known."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
