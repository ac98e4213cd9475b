"""Receiving files: what an import does, for the command line and the window alike.

``examine`` looks at one file offered (a pack, or a Markdown or Word document for « Mes
documents ») and says what importing it would do, or why it cannot be imported, without
writing anything: a pack is verified whole and compared with the version installed, a
document converted and checked. ``receive`` then carries an offer out. Neither asks
the user anything: the window's dialog and the command line's ``--yes`` decide whether
a pack that is not verified is taken (``Offer.needs_consent``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.archive import UNSIGNED, VERIFIED, verify_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.install import SAME, InstallPlan, install, plan_install, refused
from briefing_app.core.packs.installed import InstalledPack
from briefing_app.core.packs.keys import PublicKey

PACK, DOCUMENT = "pack", "document"
PACK_SUFFIX = ".briefings"
DOCUMENT_SUFFIXES = (".md", ".docx")
SUFFIXES = (PACK_SUFFIX, *DOCUMENT_SUFFIXES)  # what an import takes


@dataclass(frozen=True)
class Offer:
    """One file offered for import, examined.

    Attributes:
        path: the file.
        kind: PACK or DOCUMENT.
        plan: what installing a pack would do (None for a document, or a pack refused
            before it could be compared).
        text: a document's briefing text, front matter included ("" for a pack).
        refusal: why it cannot be imported ("" when it can).
        title: the pack's or the document's title ("" when refused unread).
    """

    path: Path
    kind: str
    plan: InstallPlan | None = None
    text: str = ""
    refusal: str = ""
    title: str = ""

    @property
    def already_installed(self) -> bool:
        """A pack whose version is the one in use (not an error: nothing to do)."""
        return self.plan is not None and self.plan.action == SAME

    @property
    def needs_consent(self) -> bool:
        """A pack that may be installed only once the user accepts its warning."""
        return not self.refusal and self.plan is not None and self.plan.pack.status != VERIFIED

    def warning(self) -> str:
        """The warning of a pack that is not verified ("" for any other offer)."""
        if not self.needs_consent or self.plan is None:
            return ""
        manifest = self.plan.pack.manifest
        if self.plan.pack.status == UNSIGNED:
            text = translate(
                "core.packs.receive",
                "« %1 » n’est pas signé : rien ne prouve qu’il vient de « %2 », ni que son "
                "contenu est celui de l’éditeur. Ses briefings seront marqués « non vérifié ».",
            )
        else:
            text = translate(
                "core.packs.receive",
                "« %1 » est signé par une clé qui n’est pas parmi les éditeurs de confiance : "
                "rien ne prouve qu’il vient de « %2 », ni que son contenu est celui de "
                "l’éditeur. Ses briefings seront marqués « non vérifié ».",
            )
        return fill(text, manifest.title, manifest.publisher)


def examine(path: Path, data: Path, keys: list[PublicKey]) -> Offer:
    """What importing ``path`` into the data folder ``data`` would do, with ``keys``
    trusted; nothing is written."""
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        from briefing_app.core.content.loader import check_source
        from briefing_app.core.documents import document_text

        try:
            text = document_text(path)
            title = check_source(text.encode("utf-8")).title
            return Offer(path, DOCUMENT, text=text, title=title)
        except PackError as error:
            return Offer(path, DOCUMENT, refusal=str(error))
    if suffix != PACK_SUFFIX:
        return Offer(
            path,
            PACK,
            refusal=fill(
                translate(
                    "core.packs.receive",
                    "%1 : s’importent les paquets .briefings, les fichiers .md et les "
                    "documents Word .docx",
                ),
                path.name,
            ),
        )
    try:
        plan = plan_install(verify_pack(path, keys), data)
    except PackError as error:
        return Offer(
            path, PACK, refusal=fill(translate("core.packs.receive", "%1 : %2"), path.name, error)
        )
    return Offer(path, PACK, plan=plan, refusal=refused(plan), title=plan.pack.manifest.title)


@dataclass(frozen=True)
class Received:
    """What an offer became: the pack now in use, or the document's file."""

    offer: Offer
    pack: InstalledPack | None = None
    document: Path | None = None


def receive(
    offer: Offer,
    data: Path,
    taken: Collection[str],
    progress: Callable[[int, int], None] | None = None,
) -> Received:
    """Carry ``offer`` out into the data folder ``data``; ``taken``: the library's ids (a
    document takes none of them); ``progress``: told of each file of a pack unpacked.

    Raises:
        PackError: the offer was refused (its reason), or writing failed (nothing is
            changed then).
    """
    if offer.refusal:
        raise PackError(offer.refusal)
    if offer.kind == DOCUMENT:
        from briefing_app.core.documents import add_document

        return Received(offer, document=add_document(offer.path, offer.text, data, taken))
    assert offer.plan is not None  # a pack not refused was planned
    return Received(offer, pack=install(offer.plan, data, progress))


def summary(plan: InstallPlan) -> str:
    """What a plan changes, counted: "2 nouveau(x), 1 mis à jour, 3 inchangé(s)"."""
    counts = len(plan.new), len(plan.updated), len(plan.unchanged)
    if plan.removed:
        return fill(
            translate(
                "core.packs.receive", "%1 nouveau(x), %2 mis à jour, %3 inchangé(s), %4 retiré(s)"
            ),
            *counts,
            len(plan.removed),
        )
    return fill(
        translate("core.packs.receive", "%1 nouveau(x), %2 mis à jour, %3 inchangé(s)"), *counts
    )
