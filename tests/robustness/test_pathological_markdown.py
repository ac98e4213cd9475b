"""Runaway Markdown: any pile of the constructs Python-Markdown is slow on is loaded or
reported as too complex within 2 s (the loader's time limit is 1.5 s).

The examples are derandomised: the same ten every run, so a slow input found once is
found again, and CI never meets a new one while the machine is loaded."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.content.loader import parse_briefing
from briefing_app.core.content.problems import ContentError

HEADER = b"---\ntitle: Essai (g\xc3\xa9n\xc3\xa9r\xc3\xa9)\ndate: 2020\n---\n"
UNITS = ("[", "![", "<a ", "[a](", "## Bilan\n\n", "> ", "*", "`", "<div>", "&#", "_", "- ")
BOUND_S = 2.0


@st.composite
def runaway(draw: st.DrawFn) -> str:
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=3))
    count = draw(st.sampled_from((1_000, 10_000, 50_000)))
    if "- " in units and draw(st.booleans()):  # a deep list, one level per line
        return "".join("  " * level + "- x\n" for level in range(count // 50))
    return "".join(units) * (count // len(units))


def _outcome(body: str) -> tuple[str, float]:
    start = time.monotonic()
    message = ""
    try:
        parse_briefing(Path("runaway.md"), HEADER + body.encode())
    except ContentError as error:
        message = error.message
    return message, time.monotonic() - start


# Hypothesis times the garbage collector with a callback: the time limit's exception
# can land in it, where Python drops it as unraisable (the watchdog then raises it
# again, tests/core/test_time_limit.py). That report alone is not a failure here.
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function gc_cumulative_time"
    ":pytest.PytestUnraisableExceptionWarning"
)
@settings(max_examples=10, deadline=None, derandomize=True)
@given(body=runaway())
def test_loaded_or_reported_in_bounded_time(body: str) -> None:
    message, elapsed = _outcome(body)
    assert elapsed < BOUND_S, (message, elapsed)
    assert not message or "trop" in message  # too complex, too deeply nested


@pytest.mark.parametrize(("step", "levels"), [(2, 1_000), (4, 1_000), (8, 500)])
def test_deep_indentation_is_reported_before_rendering(step: int, levels: int) -> None:
    # 1,000 levels indented by 4 took 2.9 s, past the time limit: the regular
    # expressions that ran on the long indents could not be interrupted.
    body = "".join(" " * step * level + "- x\n" for level in range(levels))
    message = _outcome(body)[0]
    assert "trop profondément imbriqué" in message
    assert "400 colonnes" in message  # the check before rendering, not the time limit


def test_ordinary_nesting_still_renders() -> None:
    body = "".join("    " * level + "- point\n" for level in range(12))
    assert _outcome(body)[0] == ""
