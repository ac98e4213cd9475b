"""Find links between briefings that lead nowhere, and images the reader refuses (used by
``briefing-app check``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from briefing_app.core.content.links import resolve_link
from briefing_app.core.content.loader import decode, read_briefing_bytes
from briefing_app.core.content.model import Briefing, Library
from briefing_app.core.content.pages import PageCache, rendered_page
from briefing_app.core.content.problems import ContentError, Problem
from briefing_app.core.messages import fill, translate

_INLINE = re.compile(r"\]\(\s*<?([^)\s>]+)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""")
_ID = re.compile(r'\sid="([^"]+)"')


def _anchors(briefing: Briefing, known: dict[str, set[str]], pages: PageCache | None) -> set[str]:
    """Every id in the briefing's rendered page (headings, footnotes, explicit ids)."""
    if briefing.id not in known:
        try:
            known[briefing.id] = set(_ID.findall(rendered_page(briefing, pages).html))
        except ContentError:
            known[briefing.id] = set()
    return known[briefing.id]


def broken_links(library: Library, pages: PageCache | None = None) -> list[Problem]:
    """A problem for each link to a missing briefing or to a missing section (``pages``:
    where rendered pages may already be)."""
    problems: list[Problem] = []
    anchors: dict[str, set[str]] = {}
    for briefing in library.briefings:
        try:
            text = decode(read_briefing_bytes(Path(briefing.path)))
        except ContentError:
            continue  # reported by the loader already
        for number, line in enumerate(text.split("\n"), start=1):
            hrefs = _INLINE.findall(line) + _REFERENCE.findall(line) + _HREF.findall(line)
            for href in hrefs:
                target = resolve_link(href)
                if target.kind != "internal":
                    continue
                destination = library.get(target.briefing) if target.briefing else briefing
                if destination is None:
                    message = translate(
                        "core.content.linkcheck", "lien vers un briefing absent : « %1 »"
                    )
                elif target.anchor and target.anchor not in _anchors(destination, anchors, pages):
                    message = translate(
                        "core.content.linkcheck", "lien vers une section absente : « %1 »"
                    )
                else:
                    continue
                problems.append(Problem(briefing.path, number, fill(message, href)))
    return problems


def refused_resources(library: Library, pages: PageCache | None = None) -> list[Problem]:
    """A problem for each image a briefing names that the reader will not load (see
    ``resources``), at the first line of the file that names it."""
    from briefing_app.core.content.resources import refused_images

    problems: list[Problem] = []
    for briefing in library.briefings:
        try:
            html = rendered_page(briefing, pages).html
            lines = decode(read_briefing_bytes(Path(briefing.path))).split("\n")
        except ContentError:
            continue  # reported by the loader already
        for refused in refused_images(briefing.folder, html):
            number = next((n for n, line in enumerate(lines, 1) if refused.src in line), 0)
            message = translate("core.content.linkcheck", "image refusée « %1 » : %2")
            problems.append(
                Problem(briefing.path, number, fill(message, refused.src, refused.reason))
            )
    return problems


def content_problems(folders: Sequence[Path]) -> tuple[Library, list[Problem]]:
    """Every problem of the briefings of ``folders`` (files, links, images), each file
    read and rendered afresh in a scratch cache (the link and image checks read the
    pages the loading rendered): what ``check`` prints and ``pack create`` refuses."""
    import tempfile

    from briefing_app.core.content.catalog import load_library

    with tempfile.TemporaryDirectory(prefix="briefing-check-") as scratch:
        library = load_library(folders, Path(scratch))
        pages = PageCache(Path(scratch))
        links, images = broken_links(library, pages), refused_resources(library, pages)
    return library, [*library.problems, *links, *images]
