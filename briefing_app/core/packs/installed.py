"""Installed packs, in the data folder's ``packs/``: one folder per pack id (read at
every start: nothing heavy is imported here; core.packs.install writes them).

``packs/<id>/`` holds the version in use (``pack.json``, ``pack.sig`` if any,
``briefings/``, ``assets/`` and ``installed.txt``: its status, signer, version and date,
as ``key=value`` lines that the start-up reads without a JSON parser);
``packs/<id>.previous/`` the version before it (for the changes view, and one step
back).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

PACKS = "packs"
BRIEFINGS = "briefings"
STATE = "installed.txt"
PREVIOUS = ".previous"


@dataclass(frozen=True)
class InstalledPack:
    """A pack in use, as ``installed.txt`` describes it."""

    id: str
    title: str
    publisher: str
    version: int
    date: str
    status: str  # archive.VERIFIED, UNKNOWN_KEY or UNSIGNED
    signer: str  # the trusted key's name ("" unless verified)
    folder: Path

    @property
    def verified(self) -> bool:
        """Whether a trusted key signed it."""
        return self.status == "verified"

    @property
    def briefings(self) -> list[Path]:
        """Its briefings' files."""
        return sorted((self.folder / BRIEFINGS).glob("*.md"))


def packs_dir(data: Path) -> Path:
    """Where the installed packs are kept, in the data folder ``data``."""
    return data / PACKS


def _state(folder: Path) -> InstalledPack | None:
    try:
        lines = (folder / STATE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    try:
        version = int(fields.get("version", ""))
    except ValueError:
        return None
    return InstalledPack(
        id=fields.get("id", folder.name),
        title=fields.get("title", folder.name),
        publisher=fields.get("publisher", ""),
        version=version,
        date=fields.get("date", ""),
        status=fields.get("status", "unsigned"),
        signer=fields.get("signer", ""),
        folder=folder,
    )


def installed_packs(data: Path) -> list[InstalledPack]:
    """The packs in use, the newest (by its date) first: its briefings win a clash.

    An update interrupted between its two renames (the process killed, the machine off)
    left the version in use as ``<id>.previous`` and no ``<id>``: it is put back, so the
    library is the old version whole, never nothing or a mix.
    """
    root = packs_dir(data)
    if not root.is_dir():
        return []
    folders = [folder for folder in root.iterdir() if not folder.name.startswith(".")]
    names = {folder.name for folder in folders}
    for folder in folders:
        name = folder.name.removesuffix(PREVIOUS)
        if folder.name.endswith(PREVIOUS) and name not in names and folder.is_dir():
            with contextlib.suppress(OSError):  # a read-only folder: the pack stays out
                folder.rename(root / name)
                folders.append(root / name)
    found = [
        state
        for folder in folders
        if not folder.name.endswith(PREVIOUS) and folder.is_dir()
        for state in [_state(folder)]
        if state is not None
    ]
    return sorted(found, key=lambda pack: (pack.date, pack.id), reverse=True)


def pack_folders(data: Path) -> list[Path]:
    """The briefing folders of the packs in use, in priority order."""
    return [pack.folder / BRIEFINGS for pack in installed_packs(data)]


def installed(data: Path, pack_id: str) -> InstalledPack | None:
    """The pack ``pack_id`` in use, if any."""
    folder = packs_dir(data) / pack_id
    return _state(folder) if folder.is_dir() else None
