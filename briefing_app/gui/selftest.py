"""``--self-test``: load, render and show everything offscreen; report in one line."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from briefing_app.core.catalog import load_library
from briefing_app.core.pages import open_briefing
from briefing_app.core.paths import AppPaths
from briefing_app.core.problems import ContentError


def self_test(folders: Sequence[Path], paths: AppPaths | None) -> int:
    """Return 0 when the whole chain works on ``folders``; print the reason otherwise."""
    with tempfile.TemporaryDirectory(prefix="briefing-self-test-") as scratch:
        try:
            return _run(folders, paths or AppPaths.resolve(Path(scratch)))
        except Exception as error:  # a self-test reports any fault instead of raising
            print(f"self-test FAILED: {type(error).__name__}: {error}", file=sys.stderr)
            return 1


def _run(folders: Sequence[Path], paths: AppPaths) -> int:
    start = time.perf_counter()
    library = load_library(folders, paths.cache)
    faults = [str(problem) for problem in library.problems]
    if not library.briefings:
        faults.append("aucun briefing chargé")
    sections = 0
    for briefing in library.briefings:
        try:
            rendered = open_briefing(briefing)
        except ContentError as error:
            faults.append(f"{briefing.path}: {error.message}")
            continue
        if rendered.toc != briefing.sections:
            faults.append(f"{briefing.path}: le sommaire ne correspond pas au texte")
        sections += len(rendered.toc)

    from briefing_app.gui.app import application, build_window

    application()
    window = build_window(folders, paths)
    window.show()
    shown = window.isVisible() and window.reader.document().characterCount() > 1
    window.close()
    if not shown:
        faults.append("la fenêtre ne s’est pas affichée")
    if faults:
        for fault in faults:
            print(f"self-test FAILED: {fault}", file=sys.stderr)
        return 1
    elapsed = (time.perf_counter() - start) * 1000
    print(
        f"self-test ok: {len(library.briefings)} briefing(s), {sections} section(s) rendered, "
        f"window shown ({elapsed:.0f} ms)"
    )
    return 0
