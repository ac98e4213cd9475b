"""Damaged and locked bookmark stores, made for real: garbage pages, a writer that died
leaving its -wal and -shm files, files nobody may write."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from briefing_app.core.bookmarks.model import Bookmark, Quote
from briefing_app.core.bookmarks.store import FILE, BookmarkStore
from tests.helpers import REPO

PAGE = 4096  # SQLite's default page size, which the store keeps


def marker(number: int) -> bytes:
    """The bytes that start the note of bookmark ``number`` (see ``fill``)."""
    return f"<note {number:03d}>".encode()


def fill(folder: Path, count: int) -> list[Bookmark]:
    """A store in ``folder`` with ``count`` bookmarks (about eight to a page), closed."""
    store = BookmarkStore(folder)
    made = store.add_many(
        Bookmark(
            id="",
            briefing="b",
            quote=Quote(f"passage {n}"),
            note=marker(n).decode() + "x" * 300,
            briefing_title="Le briefing",
        )
        for n in range(count)
    )
    store.close()
    return made


def garble(path: Path, numbers: list[int], made: list[Bookmark]) -> set[str]:
    """Overwrite with garbage each page of the store at ``path`` holding the bookmarks
    ``numbers``; return the ids of every bookmark those pages held."""
    data = bytearray(path.read_bytes())
    pages = {data.index(marker(n)) // PAGE for n in numbers}
    assert 0 not in pages  # the schema page stays: the file is damaged, not unreadable
    lost = {b.id for n, b in enumerate(made) if data.find(marker(n)) // PAGE in pages}
    for page in pages:
        data[page * PAGE : (page + 1) * PAGE] = bytes((n * 37 + 11) % 256 for n in range(PAGE))
    path.write_bytes(bytes(data))
    return lost


LEFT_OPEN = """
import os, sys
from pathlib import Path
from briefing_app.core.bookmarks.model import Quote
from briefing_app.core.bookmarks.model import Bookmark
from briefing_app.core.bookmarks.store import BookmarkStore

store = BookmarkStore(Path(sys.argv[1]))
store.add(Bookmark(id="", briefing="b", briefing_title="B", quote=Quote("dans le WAL"),
                   note="gardée"))
os._exit(0)  # as if killed: the -wal and -shm files stay, the main file lacks the row
"""


def leave_wal_files(folder: Path) -> None:
    """A store whose last writer died: its one bookmark is only in the -wal file."""
    subprocess.run([sys.executable, "-c", LEFT_OPEN, str(folder)], cwd=REPO, check=True)
    assert (folder / f"{FILE}-wal").stat().st_size > 0
    assert (folder / f"{FILE}-shm").exists()


@contextmanager
def read_only_files(folder: Path) -> Iterator[None]:
    """Make ``folder`` and the files in it unwritable (as root, who ignores permissions:
    immutable)."""
    paths = [folder, *folder.iterdir()]
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    if subprocess.run(["chattr", "+i", *map(str, paths)], check=False).returncode != 0:
        pytest.skip("this file system cannot make files read-only for root (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
