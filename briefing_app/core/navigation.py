"""Back and forward across briefings and section jumps: the places left behind."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    """A place in the library: a briefing and a scroll position (0..1 of the page)."""

    briefing: str
    position: float = 0.0


@dataclass
class NavigationHistory:
    """A browser-like history: visiting a new place clears the forward list."""

    limit: int = 200
    _back: list[Location] = field(default_factory=list)
    _forward: list[Location] = field(default_factory=list)

    def visit(self, leaving: Location) -> None:
        """Record ``leaving`` before going somewhere new."""
        if self._back and self._back[-1] == leaving:
            return
        self._back.append(leaving)
        del self._back[: -self.limit]
        self._forward.clear()

    def can_go_back(self) -> bool:
        """True when there is a place to go back to."""
        return bool(self._back)

    def can_go_forward(self) -> bool:
        """True after going back, until a new place is visited."""
        return bool(self._forward)

    def back(self, current: Location) -> Location | None:
        """The previous place, remembering ``current`` for forward; None at the start."""
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Location) -> Location | None:
        """The next place, remembering ``current`` for back; None at the end."""
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()
