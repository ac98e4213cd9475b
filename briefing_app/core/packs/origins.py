"""Where each briefing of the library comes from: a pack (its title, and whether a trusted
publisher signed it), the user's own documents, or the content the program was started
on (the bundled briefings). The library's source column, its « Nouveau » marks and the
reader's « non vérifié » read it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.packs.installed import BRIEFINGS, installed_packs
from briefing_app.core.paths import DOCUMENTS

SHIPPED, PACKED, MINE = "shipped", "packed", "mine"
MY_DOCUMENTS = "Mes documents"


@dataclass(frozen=True)
class Origin:
    """Where a briefing comes from.

    Attributes:
        kind: SHIPPED (the content folders the program opens), PACKED or MINE.
        label: the pack's title, MY_DOCUMENTS, or "" (the briefing's own ``source``
            says who wrote it).
        verified: False for a pack no trusted publisher signed.
        pack_id: the pack's id (PACKED only).
    """

    kind: str = SHIPPED
    label: str = ""
    verified: bool = True
    pack_id: str = ""

    @property
    def received(self) -> bool:
        """Whether it came by an import (a pack or a document of the user's)."""
        return self.kind != SHIPPED


def origins(data: Path) -> dict[Path, Origin]:
    """The origin of each content folder under the data folder ``data`` (a folder not
    listed is SHIPPED)."""
    found = {
        pack.folder / BRIEFINGS: Origin(PACKED, pack.title, pack.verified, pack.id)
        for pack in installed_packs(data)
    }
    found[data / DOCUMENTS] = Origin(MINE, MY_DOCUMENTS)
    return found


def origin_of(folder: Path, table: Mapping[Path, Origin]) -> Origin:
    """The origin of a briefing whose file is in ``folder`` (``Briefing.folder``)."""
    return table.get(folder, Origin())
