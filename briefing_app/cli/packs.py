"""The publishers' commands: ``pack keygen``, ``pack create``, ``pack verify`` and
``pack trust`` (see README: exit 0 only for a pack whose every file and signature hold,
signed by a trusted key; 1 for a sound pack that is unsigned or signed by an unknown
key; 2 for a pack that is refused)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli.options import add_common, positive
from briefing_app.core.messages import fill, translate

if TYPE_CHECKING:
    from briefing_app.core.packs.archive import VerifiedPack
    from briefing_app.core.session import Session

COMMANDS = ("pack",)


def add_parsers(commands: Any) -> None:
    """Add ``pack`` and its actions to the command parsers."""
    pack = commands.add_parser("pack", help="make, sign, verify content packs; trusted keys")
    add_common(pack, top=False)
    actions = pack.add_subparsers(dest="action", metavar="ACTION", required=True)
    keygen = actions.add_parser("keygen", help="make a signing key (KEYFILE and KEYFILE.pub)")
    keygen.add_argument("keyfile", type=Path, metavar="KEYFILE")
    keygen.add_argument("--name", default="", help="the publisher's name the key carries")
    create = actions.add_parser("create", help="make a signed pack from a folder of briefings")
    create.add_argument("folder", type=Path, metavar="DIR")
    create.add_argument("--id", required=True, dest="pack_id", help="the pack's id")
    create.add_argument("--version", required=True, type=positive, help="1, 2, 3…")
    create.add_argument("--key", required=True, type=Path, metavar="KEYFILE")
    create.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.briefings")
    create.add_argument("--title", default="", help="the pack's title (default: its id)")
    create.add_argument("--publisher", default="", help="default: the key's name")
    verify = actions.add_parser("verify", help="check a pack's signature and every file")
    verify.add_argument("file", type=Path, metavar="FILE")
    trust = actions.add_parser("trust", help="trust a publisher's public key, list or remove")
    trust.add_argument("public", type=Path, nargs="?", metavar="KEYFILE.pub")
    trust.add_argument("--list", action="store_true", help="list the trusted keys")
    trust.add_argument("--remove", metavar="FINGERPRINT|NAME", help="stop trusting a key")
    for action in (keygen, create, verify, trust):
        add_common(action, top=False)


def run(session: Session, args: argparse.Namespace) -> int:
    """Run one ``pack`` action; return the exit status."""
    from briefing_app.core.packs.errors import PackError

    try:
        if args.action == "keygen":
            return _keygen(args.keyfile, args.name)
        if args.action == "create":
            return _create(args)
        if args.action == "verify":
            return _verify(session, args.file)
        return _trust(session, args)
    except PackError as error:
        print(fill(translate("cli.packs", "briefing-app : %1"), error), file=sys.stderr)
        return 2


def _keygen(keyfile: Path, name: str) -> int:
    from briefing_app.core.packs.keys import generate

    public = generate(keyfile, name)
    print(
        fill(
            translate("cli.packs", "clé privée : %1 (à garder pour soi ; ne l’envoyez jamais)"),
            keyfile,
        )
    )
    print(
        fill(
            translate("cli.packs", "clé publique : %1.pub, « %2 », empreinte %3"),
            keyfile,
            public.name,
            public.fingerprint,
        )
    )
    return 0


def _create(args: argparse.Namespace) -> int:
    from briefing_app.core.packs.create import create_pack

    pack = create_pack(
        args.folder,
        args.pack_id,
        args.version,
        args.key,
        args.output,
        title=args.title,
        publisher=args.publisher,
    )
    print(fill(translate("cli.packs", "%1 : %2"), args.output, _described(pack)))
    return 0


def _described(pack: VerifiedPack) -> str:
    m = pack.manifest
    return fill(
        translate("cli.packs", "« %1 » (%2, version %3, %4), %5 briefing(s), publié par %6"),
        m.title,
        m.id,
        m.version,
        m.date,
        len(pack.briefings),
        m.publisher,
    )


def _verify(session: Session, file: Path) -> int:
    from briefing_app.core.packs.archive import UNSIGNED, VERIFIED, verify_pack
    from briefing_app.core.packs.keys import PublicKey, trusted_for

    pack = verify_pack(file, trusted_for(session.paths.data))
    print(fill(translate("cli.packs", "%1 : %2"), file, _described(pack)))
    if pack.status == VERIFIED and pack.signer is not None:
        signer = pack.signer
        print(
            fill(
                translate("cli.packs", "vérifié : signé par « %1 » (empreinte %2)"),
                signer.name,
                signer.fingerprint,
            )
        )
        return 0
    if pack.status == UNSIGNED:
        print(translate("cli.packs", "non vérifié : le paquet n’est pas signé"), file=sys.stderr)
        return 1
    unknown = PublicKey(pack.manifest.key, pack.manifest.publisher)
    print(
        fill(
            translate(
                "cli.packs",
                "non vérifié : signature valide, mais par une clé inconnue (empreinte %1) ; si "
                "elle est bien celle de l’éditeur, ajoutez-la avec « briefing-app pack trust "
                "CLE.pub »",
            ),
            unknown.fingerprint,
        ),
        file=sys.stderr,
    )
    return 1


def _trust(session: Session, args: argparse.Namespace) -> int:
    from briefing_app.core.packs.keys import trust, trusted_for, untrust, user_keys_dir

    if args.remove:
        removed = untrust(user_keys_dir(session.paths.data), args.remove)
        if not removed:
            print(
                fill(
                    translate("cli.packs", "briefing-app : aucune clé ajoutée ne s’appelle « %1 »"),
                    args.remove,
                ),
                file=sys.stderr,
            )
            return 2
        for key in removed:
            print(
                fill(
                    translate("cli.packs", "retirée : « %1 » (empreinte %2)"),
                    key.name,
                    key.fingerprint,
                )
            )
        return 0
    if args.public is not None:
        key = trust(user_keys_dir(session.paths.data), args.public)
        print(
            fill(
                translate("cli.packs", "clé de confiance ajoutée : « %1 » (empreinte %2)"),
                key.name,
                key.fingerprint,
            )
        )
        return 0
    if not args.list:
        print(
            translate("cli.packs", "briefing-app : pack trust KEYFILE.pub, --list ou --remove CLÉ"),
            file=sys.stderr,
        )
        return 2
    for key in trusted_for(session.paths.data):
        print(f"{key.fingerprint}  {key.name}")
    return 0
