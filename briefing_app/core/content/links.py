"""What a link in a briefing points to: a place in this briefing, another briefing, or the web."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from briefing_app.core.content.loader import SUFFIX

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


@dataclass(frozen=True)
class LinkTarget:
    """Where a clicked link leads.

    Attributes:
        kind: "internal" (a briefing of the library, maybe this one), "external"
            (opened in the system browser after confirmation) or "unsupported".
        briefing: the target briefing id for an internal link ("" = the current one).
        anchor: the section anchor, or "".
        url: the address, for an external link.
    """

    kind: str
    briefing: str = ""
    anchor: str = ""
    url: str = ""


def resolve_link(href: str) -> LinkTarget:
    """Classify ``href`` as written in a briefing (``mobilite.md#financement``, ``#x``...)."""
    parts = urlsplit(href.strip())
    scheme = parts.scheme.lower()
    if scheme in EXTERNAL_SCHEMES:
        return LinkTarget("external", url=href.strip())
    if scheme or parts.netloc:
        return LinkTarget("unsupported", url=href.strip())
    anchor = unquote(parts.fragment)
    if not parts.path:
        return LinkTarget("internal", anchor=anchor)
    name = PurePosixPath(unquote(parts.path)).name
    if name.lower().endswith(SUFFIX):
        return LinkTarget("internal", briefing=name[: -len(SUFFIX)], anchor=anchor)
    return LinkTarget("unsupported", url=href.strip())
