"""Installing and removing content: ``import FILE...`` (packs, and Markdown files for
« Mes documents »; see README) and ``packs`` (list, ``remove ID``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common, print_json

if TYPE_CHECKING:
    from briefing_app.core.packs.install import InstallPlan
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
        print(f"briefing-app : {error}", file=sys.stderr)
        return 2


def _summary(plan: InstallPlan) -> str:
    parts = [
        f"{len(plan.new)} nouveau(x)",
        f"{len(plan.updated)} mis à jour",
        f"{len(plan.unchanged)} inchangé(s)",
    ]
    if plan.removed:
        parts.append(f"{len(plan.removed)} retiré(s)")
    return ", ".join(parts)


def _import(session: Session, files: list[Path], yes: bool) -> int:
    """Verify every pack first, then install them; 2 when one was refused."""
    from briefing_app.cli.packs import trusted
    from briefing_app.core.packs.archive import UNSIGNED, VERIFIED, verify_pack
    from briefing_app.core.packs.errors import PackError
    from briefing_app.core.packs.install import SAME, install, plan_install, refused

    status = 0
    keys = trusted(session)
    taken: set[str] | None = None
    for file in files:
        if file.suffix.lower() in (".md", ".docx"):
            if taken is None:  # the library's ids, read once for every document
                taken = {briefing.id for briefing in session.library().briefings}
            status = max(status, _import_document(session, file, taken))
            continue
        if file.suffix.lower() != ".briefings":
            print(
                f"briefing-app : {file} : s’importent les paquets .briefings, les fichiers .md "
                "et les documents Word .docx",
                file=sys.stderr,
            )
            status = 2
            continue
        try:
            plan = plan_install(verify_pack(file, keys), session.paths.data)
        except PackError as error:
            print(f"briefing-app : {file} : refusé : {error}", file=sys.stderr)
            status = 2
            continue
        manifest, pack = plan.pack.manifest, plan.pack
        if pack.status != VERIFIED and not yes:
            why = "n’est pas signé" if pack.status == UNSIGNED else "est signé par une clé inconnue"
            print(
                f"briefing-app : {file} : « {manifest.title} » {why} : éditeur non vérifié "
                f"(« {manifest.publisher} »). Pour l’installer quand même : "
                "briefing-app import --yes FICHIER",
                file=sys.stderr,
            )
            status = 2
            continue
        refusal = refused(plan)
        if refusal:
            print(f"briefing-app : {refusal}", file=sys.stderr)
            status = max(status, 1 if plan.action == SAME else 2)
            continue
        installed = install(plan, session.paths.data)
        verb = (
            "installé"
            if plan.current is None
            else f"mis à jour (version {plan.current.version} → {installed.version})"
        )
        origin = (
            f"vérifié, signé par « {installed.signer} »" if installed.verified else "non vérifié"
        )
        print(f"« {installed.title} » {verb} : {_summary(plan)} ; {origin}")
    return status


def _import_document(session: Session, file: Path, taken: set[str]) -> int:
    """Import one Markdown or Word file into « Mes documents », under an id not in
    ``taken`` (which it then joins); 2 when it cannot be."""
    from briefing_app.core.documents import import_markdown
    from briefing_app.core.packs.errors import PackError

    try:
        target = import_markdown(file, session.paths.data, taken)
    except PackError as error:
        print(f"briefing-app : refusé : {error}", file=sys.stderr)
        return 2
    taken.add(target.stem)
    print(f"{file} ajouté à « Mes documents » ({target.name})")
    return 0


def _packs(session: Session, args: argparse.Namespace) -> int:
    from briefing_app.core.packs.errors import PackError
    from briefing_app.core.packs.install import remove
    from briefing_app.core.packs.installed import installed_packs

    if args.action == "remove":
        if not args.pack_id:
            raise PackError("packs remove ID : l’identifiant du paquet manque")
        pack = remove(session.paths.data, args.pack_id)
        print(f"« {pack.title} » retiré ; les signets de ses briefings restent, « à revoir »")
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
        mark = "vérifié" if p.verified else "non vérifié"
        count = len(p.briefings)
        print(f"{p.id:<24} v{p.version:<4} {p.date}  {p.title} ({p.publisher}, {mark}), {count}")
    if not packs:
        print("aucun paquet installé", file=sys.stderr)
    return 0
