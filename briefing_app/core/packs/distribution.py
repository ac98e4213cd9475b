"""The distribution folder: a shared or USB folder where the staff leave packs for the
officials. Which of its packs are new, or newer than the version installed, is read from
each pack's manifest alone, to offer them; the whole pack is verified when the user
opens one (``receive.examine``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.packs.archive import read_pack_manifest
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.installed import installed
from briefing_app.core.packs.receive import PACK_SUFFIX


@dataclass(frozen=True)
class WaitingPack:
    """A pack of the distribution folder that is not installed, or newer than the one
    that is: what it says it is (not yet verified)."""

    path: Path
    id: str
    title: str
    version: int
    installed_version: int  # 0: not installed


def waiting_packs(folder: Path, data: Path) -> list[WaitingPack]:
    """The packs of ``folder`` newer than those installed under the data folder ``data``
    (the newest file of each pack id; files that are not packs are passed over)."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == PACK_SUFFIX)
    except OSError:  # the key was pulled out, the share is gone: nothing waits
        return []
    newest: dict[str, WaitingPack] = {}
    for path in files:
        try:
            manifest = read_pack_manifest(path)
        except PackError:
            continue
        current = installed(data, manifest.id)
        version = current.version if current is not None else 0
        known = newest.get(manifest.id)
        if manifest.version > version and (known is None or manifest.version > known.version):
            newest[manifest.id] = WaitingPack(
                path, manifest.id, manifest.title, manifest.version, version
            )
    return sorted(newest.values(), key=lambda pack: pack.title.casefold())
