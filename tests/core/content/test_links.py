"""Link targets: between briefings and sections, external, and refused."""

from __future__ import annotations

from briefing_app.core.content.links import LinkTarget, resolve_link


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
