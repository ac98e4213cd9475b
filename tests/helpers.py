"""Helpers shared by the tests (importable as ``tests.helpers``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def briefing_text(
    title: str = "Essai",
    date: str = "2020-01",
    body: str = "## Première partie\n\nDu texte.\n",
    **fields: str,
) -> str:
    """A briefing file's text: front matter (title, date, extra fields) then ``body``."""
    lines = ["---", f"title: {title}", f"date: {date}"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join([*lines, "---", textwrap.dedent(body)])


def run_bench(script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``bench/<script>`` offscreen from the repository root (four minutes at most)."""
    return subprocess.run(
        [sys.executable, f"bench/{script}", *arguments],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )


def run_python(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh interpreter from the repository root (a hang fails the
    test after two minutes instead of stopping the suite)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable: permissions, or as root (who ignores them) immutable."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], check=False).returncode != 0:
        pytest.skip("this file system cannot make a folder read-only for root (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
