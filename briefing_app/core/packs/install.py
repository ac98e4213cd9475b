"""Installing a verified pack: what it would change, then the change.

``plan_install`` compares a verified pack with the version in use (if any): which
briefings are new, updated, unchanged or gone, and whether it is an install, an update,
the version already installed, or an older one (refused, the versions named).
``install`` carries a plan out: the pack is unpacked beside the packs in use, checked
file by file against its manifest again, then swapped in with renames (a failed
install leaves the library as it was); ``remove`` takes one out.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.archive import UNREADABLE, VERIFIED, VerifiedPack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.installed import (
    BRIEFINGS,
    PREVIOUS,
    STATE,
    InstalledPack,
    installed,
    packs_dir,
)
from briefing_app.core.processes import process_alive

INSTALL, UPDATE, SAME, OLDER = "install", "update", "same", "older"


@dataclass(frozen=True)
class InstallPlan:
    """What installing ``pack`` would do."""

    pack: VerifiedPack
    current: InstalledPack | None
    new: tuple[str, ...]  # briefing ids (their files' names without .md)
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def action(self) -> str:
        """INSTALL, UPDATE, SAME (already installed) or OLDER (a downgrade, refused)."""
        if self.current is None:
            return INSTALL
        version, current = self.pack.manifest.version, self.current.version
        return UPDATE if version > current else SAME if version == current else OLDER


def _stem(path: str) -> str:
    return PurePosixPath(path).stem


def plan_install(pack: VerifiedPack, data: Path) -> InstallPlan:
    """Compare ``pack`` with the version of it in use under the data folder ``data``."""
    current = installed(data, pack.manifest.id)
    theirs = {
        _stem(f.path): f.sha256 for f in pack.manifest.files if f.path.startswith(f"{BRIEFINGS}/")
    }
    ours = {}
    if current is not None:
        ours = {p.stem: hashlib.sha256(p.read_bytes()).hexdigest() for p in current.briefings}
    return InstallPlan(
        pack=pack,
        current=current,
        new=tuple(sorted(set(theirs) - set(ours))),
        updated=tuple(sorted(b for b in theirs if b in ours and ours[b] != theirs[b])),
        unchanged=tuple(sorted(b for b in theirs if ours.get(b) == theirs[b])),
        removed=tuple(sorted(set(ours) - set(theirs))),
    )


def refused(plan: InstallPlan) -> str:
    """Why ``plan`` installs nothing ("" when it does): the version is already
    installed, or older than the one in use (both named)."""
    manifest = plan.pack.manifest
    if plan.action == SAME:
        return fill(
            translate("core.packs.install", "« %1 » version %2 : déjà installé"),
            manifest.title,
            manifest.version,
        )
    if plan.action == OLDER and plan.current is not None:
        return fill(
            translate(
                "core.packs.install",
                "« %1 » : la version %2 est installée, ce paquet est la version %3, plus "
                "ancienne : refusé",
            ),
            manifest.title,
            plan.current.version,
            manifest.version,
        )
    return ""


def install(
    plan: InstallPlan, data: Path, progress: Callable[[int, int], None] | None = None
) -> InstalledPack:
    """Install or update as ``plan`` says; return the pack now in use. ``progress`` is
    told of each file unpacked (files done, files in all).

    Raises:
        PackError: the version is already installed, or older than the one in use (both
            named), or the pack cannot be unpacked (nothing is changed then).
    """
    manifest = plan.pack.manifest
    refusal = refused(plan)
    if refusal:
        raise PackError(refusal)
    signer = plan.pack.signer.name if plan.pack.signer is not None else ""
    state = "".join(
        f"{key}={' '.join(str(value).split())}\n"
        for key, value in (
            ("id", manifest.id),
            ("title", manifest.title),
            ("publisher", manifest.publisher),
            ("version", manifest.version),
            ("date", manifest.date),
            ("status", plan.pack.status),
            ("signer", signer if plan.pack.status == VERIFIED else ""),
            ("installed", datetime.datetime.now().isoformat(timespec="seconds")),
        )
    )
    files = [(f.path, f.sha256, f.size) for f in manifest.files]
    _unpack(plan.pack.path, files, state, data, manifest.id, progress)
    now = installed(data, manifest.id)
    if now is None:  # its state file was just written: only a vanished folder does this
        raise PackError(
            fill(
                translate("core.packs.install", "« %1 » : le paquet installé est illisible"),
                manifest.title,
            )
        )
    return now


def _unpack(
    archive_path: Path,
    files: list[tuple[str, str, int]],
    state: str,
    data: Path,
    pack_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Unpack ``files`` (path, sha256, size: a verified manifest's) of the pack at
    ``archive_path`` beside the packs in use, each checked again as it is written; swap
    it in; return its folder. The version it replaces becomes ``<id>.previous``.

    Raises:
        PackError: a file differs from its manifest (the pack changed since it was
            verified), or the folder cannot be written; nothing is changed then.
    """
    root = packs_dir(data)
    staging = root / f".{pack_id}.new-{os.getpid()}"
    target, previous = root / pack_id, root / f"{pack_id}{PREVIOUS}"
    try:
        _clear_leftovers(root)
        staging.mkdir(parents=True)
        with zipfile.ZipFile(archive_path) as archive:
            for name in ("pack.json", "pack.sig"):
                if name in archive.namelist():
                    (staging / name).write_bytes(archive.read(name))
            for done, (name, sha256, size) in enumerate(files, start=1):
                if progress is not None:
                    progress(done, len(files))
                with archive.open(name) as member:
                    content = member.read(size + 1)
                if len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
                    raise PackError(
                        fill(
                            translate(
                                "core.packs.install", "%1 a changé depuis la vérification du paquet"
                            ),
                            name,
                        )
                    )
                destination = staging / name
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(content)
        (staging / BRIEFINGS).mkdir(exist_ok=True)
        (staging / STATE).write_text(state, encoding="utf-8")
        _swap(staging, target, previous)
    except UNREADABLE as error:  # a full disk, or the pack changed since it was checked
        shutil.rmtree(staging, ignore_errors=True)
        raise PackError(
            fill(translate("core.packs.install", "installation impossible : %1"), error)
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _clear_leftovers(root: Path) -> None:
    """Delete what interrupted installs and removals left (hidden folders named after
    their process): of this process, or of one no longer running."""
    if not root.is_dir():
        return
    for folder in root.iterdir():
        name, _, pid = folder.name.rpartition("-")
        if not (folder.name.startswith(".") and pid.isdigit()):
            continue
        mine = int(pid) == os.getpid()  # this process's own leftovers are stale too
        if name.endswith((".new", ".removed")) and (mine or not process_alive(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


def _swap(staging: Path, target: Path, previous: Path) -> None:
    """Put ``staging`` in ``target``'s place, ``target`` becoming ``previous``; when the
    second rename fails, the first is undone (the pack in use stays in use)."""
    if not target.exists():
        staging.rename(target)
        return
    shutil.rmtree(previous, ignore_errors=True)
    target.rename(previous)
    try:
        staging.rename(target)
    except OSError:
        previous.rename(target)
        raise


def remove(data: Path, pack_id: str) -> InstalledPack:
    """Remove the pack ``pack_id`` (its previous version too); return what it was.

    Raises:
        PackError: no such pack, or it cannot be removed.
    """
    pack = installed(data, pack_id)
    if pack is None:
        raise PackError(
            fill(
                translate("core.packs.install", "aucun paquet installé n’a l’identifiant « %1 »"),
                pack_id,
            )
        )
    root = packs_dir(data)
    try:
        # The previous version goes first: a ``.previous`` left alone is an interrupted
        # update to undo (see ``installed.installed_packs``), never a removal's remains.
        for folder, hidden in (
            (root / f"{pack_id}{PREVIOUS}", f".{pack_id}{PREVIOUS}.removed-{os.getpid()}"),
            (pack.folder, f".{pack_id}.removed-{os.getpid()}"),  # out of the library at once
        ):
            if folder.exists():
                folder.rename(root / hidden)
                shutil.rmtree(root / hidden)
    except OSError as error:
        raise PackError(
            fill(
                translate("core.packs.install", "« %1 » : suppression impossible (%2)"),
                pack_id,
                error.strerror,
            )
        ) from None
    return pack
