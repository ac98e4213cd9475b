"""Installing and removing content: ``import FILE...`` (packs, and Markdown files for
« Mes documents »; see README) and ``packs`` (list, ``remove ID``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common, print_json
from briefing_app.core.messages import fill, translate

if TYPE_CHECKING:
    from briefing_app.core.packs.install import InstallPlan
    from briefing_app.core.packs.installed import InstalledPack
    from briefing_app.core.session import Session

COMMANDS = ("import", "packs")


def add_parsers(commands: Any) -> None:
    """Add ``import`` and ``packs`` to the command parsers."""
    load = commands.add_parser("import", help="install packs (.briefings), add .md, .docx")
    load.add_argument("files", type=Path, nargs="+", metavar="FILE")
    load.add_argument("--yes", action="store_true", help="accept a pack that is not verified")
    add_common(load, top=False)
    packs = commands.add_parser("packs", help="the installed packs; packs remove ID")
    packs.add_argument("action", nargs="?", choices=("remove",), help="remove a pack")
    packs.add_argument("pack_id", nargs="?", metavar="ID")
    packs.add_argument("--json", action="store_true", help="print JSON")
    add_common(packs, top=False)


def run(session: Session, args: argparse.Namespace) -> int:
    """Run ``import`` or ``packs``; return the exit status."""
    from briefing_app.core.packs.errors import PackError

    try:
        if args.command == "import":
            return _import(session, args.files, args.yes)
        return _packs(session, args)
    except PackError as error:
        print(fill(translate("cli.imports", "briefing-app : %1"), error), file=sys.stderr)
        return 2


def _import(session: Session, files: list[Path], yes: bool) -> int:
    """Examine each file, then import it; 2 when one was refused (1 when a pack was
    already installed, and nothing worse)."""
    from briefing_app.core.packs.errors import PackError
    from briefing_app.core.packs.keys import trusted_for
    from briefing_app.core.packs.receive import DOCUMENT, examine, receive

    status = 0
    data = session.paths.data
    keys = trusted_for(data)
    taken: set[str] | None = None
    for file in files:
        offer = examine(file, data, keys)
        if offer.already_installed:
            print(
                fill(translate("cli.imports", "briefing-app : %1"), offer.refusal), file=sys.stderr
            )
            status = max(status, 1)
            continue
        if offer.refusal:
            print(_refused(offer.refusal), file=sys.stderr)
            status = 2
            continue
        if offer.needs_consent and not yes:
            print(
                fill(
                    translate(
                        "cli.imports",
                        "briefing-app : %1 : éditeur non vérifié. %2 Pour l’installer quand "
                        "même : briefing-app import --yes FICHIER",
                    ),
                    file,
                    offer.warning(),
                ),
                file=sys.stderr,
            )
            status = 2
            continue
        if offer.kind == DOCUMENT and taken is None:  # the library's ids, read once
            taken = {briefing.id for briefing in session.library().briefings}
        try:
            received = receive(offer, data, taken or set())
        except PackError as error:
            print(_refused(error), file=sys.stderr)
            status = 2
            continue
        if received.document is not None and taken is not None:
            taken.add(received.document.stem)
            print(
                fill(
                    translate("cli.imports", "%1 ajouté à « Mes documents » (%2)"),
                    file,
                    received.document.name,
                )
            )
            continue
        assert received.pack is not None
        assert offer.plan is not None
        print(_installed(received.pack, offer.plan))
    return status


def _refused(why: object) -> str:
    return fill(translate("cli.imports", "briefing-app : refusé : %1"), why)


def _installed(pack: InstalledPack, plan: InstallPlan) -> str:
    """What installing ``pack`` did, as ``plan`` said, and whether it is verified."""
    from briefing_app.core.packs.receive import summary

    counts = summary(plan)
    if plan.current is None:
        if pack.verified:
            text = translate("cli.imports", "« %1 » installé : %2 ; vérifié, signé par « %3 »")
        else:
            text = translate("cli.imports", "« %1 » installé : %2 ; non vérifié")
        return fill(text, pack.title, counts, pack.signer)
    if pack.verified:
        text = translate(
            "cli.imports", "« %1 » mis à jour (version %2 → %3) : %4 ; vérifié, signé par « %5 »"
        )
    else:
        text = translate("cli.imports", "« %1 » mis à jour (version %2 → %3) : %4 ; non vérifié")
    return fill(text, pack.title, plan.current.version, pack.version, counts, pack.signer)


def _packs(session: Session, args: argparse.Namespace) -> int:
    from briefing_app.core.packs.errors import PackError
    from briefing_app.core.packs.install import remove
    from briefing_app.core.packs.installed import installed_packs

    if args.action == "remove":
        if not args.pack_id:
            raise PackError(
                translate("cli.imports", "packs remove ID : l’identifiant du paquet manque")
            )
        pack = remove(session.paths.data, args.pack_id)
        print(
            fill(
                translate(
                    "cli.imports",
                    "« %1 » retiré ; les signets de ses briefings restent, « à revoir »",
                ),
                pack.title,
            )
        )
        return 0
    packs = installed_packs(session.paths.data)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "title": p.title,
                    "publisher": p.publisher,
                    "verified": p.verified,
                    "version": p.version,
                    "date": p.date,
                    "briefings": [b.stem for b in p.briefings],
                }
                for p in packs
            ]
        )
        return 0
    for p in packs:
        if p.verified:
            mark = translate("cli.imports", "vérifié")
        else:
            mark = translate("cli.imports", "non vérifié")
        count = len(p.briefings)
        print(f"{p.id:<24} v{p.version:<4} {p.date}  {p.title} ({p.publisher}, {mark}), {count}")
    if not packs:
        print(translate("cli.imports", "aucun paquet installé"), file=sys.stderr)
    return 0
