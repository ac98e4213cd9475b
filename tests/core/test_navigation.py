"""Back and forward across briefings: the places left behind."""

from __future__ import annotations

from briefing_app.core.navigation import Location, NavigationHistory


def test_history_back_forward_and_new_visit_clears_forward() -> None:
    history = NavigationHistory()
    a, b, c = Location("a"), Location("b", 0.5), Location("c")
    history.visit(a)
    history.visit(b)
    assert history.back(c) == b
    assert history.back(b) == a
    assert history.can_go_forward()
    assert history.forward(a) == b
    history.visit(b)
    assert not history.can_go_forward()
    assert history.back(Location("d")) == b


def test_history_is_bounded_and_skips_repeats() -> None:
    history = NavigationHistory(limit=3)
    for name in "abcdd":
        history.visit(Location(name))
    visited = []
    while (place := history.back(Location("z"))) is not None:
        visited.append(place.briefing)
    assert visited == ["d", "c", "b"]
