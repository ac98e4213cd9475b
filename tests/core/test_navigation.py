"""Link targets and back/forward history."""

from __future__ import annotations

from briefing_app.core.content.links import LinkTarget, resolve_link
from briefing_app.core.navigation import Location, NavigationHistory


def test_links_between_briefings_and_sections() -> None:
    assert resolve_link("mobilite.md#financement") == LinkTarget(
        "internal", briefing="mobilite", anchor="financement"
    )
    assert resolve_link("./Mobilit%C3%A9%20urbaine.md") == LinkTarget(
        "internal", briefing="Mobilité urbaine"
    )
    assert resolve_link("#reglement-general") == LinkTarget("internal", anchor="reglement-general")


def test_external_and_unsupported_links() -> None:
    assert resolve_link("https://franceurbaine.org/") == LinkTarget(
        "external", url="https://franceurbaine.org/"
    )
    assert resolve_link("mailto:contact@example.org").kind == "external"
    assert resolve_link("file:///etc/passwd").kind == "unsupported"
    assert resolve_link("rapport.pdf").kind == "unsupported"


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
