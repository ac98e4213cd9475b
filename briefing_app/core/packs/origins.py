"""Where each briefing of the library comes from: a pack (its title, and whether a trusted
publisher signed it), the user's own documents, or the content the program was started
on (the bundled briefings). The library's source column, its « Nouveau » marks and the
reader's « non vérifié » read it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.messages import translate
from briefing_app.core.packs.installed import BRIEFINGS, installed_packs
from briefing_app.core.paths import DOCUMENTS

SHIPPED, PACKED, MINE = "shipped", "packed", "mine"
MY_DOCUMENTS = "Mes documents"


@dataclass(frozen=True)
class Origin:
    """Where a briefing comes from.

    Attributes:
        kind: SHIPPED (the content folders the program opens), PACKED or MINE.
        label: the pack's title, « Mes documents » (MY_DOCUMENTS, in the user's
            language), or "" (the briefing's own ``source`` says who wrote it).
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


SHIPPED_ORIGIN = Origin()


def origins(data: Path) -> dict[str, Origin]:
    """The origin of each content folder under the data folder ``data``, by its path as
    text (a folder not listed is SHIPPED)."""
    found = {
        str(pack.folder / BRIEFINGS): Origin(PACKED, pack.title, pack.verified, pack.id)
        for pack in installed_packs(data)
    }
    found[str(data / DOCUMENTS)] = Origin(MINE, translate("core.packs.origins", "Mes documents"))
    return found


def origin_of(path: str, table: Mapping[str, Origin]) -> Origin:
    """The origin of the briefing whose file is ``path`` (``Briefing.path``; its folder
    is taken as text: a Path a briefing cost 20 ms at 2,500 briefings)."""
    return table.get(os.path.dirname(path), SHIPPED_ORIGIN)
