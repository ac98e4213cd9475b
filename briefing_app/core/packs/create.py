"""A signed pack made from a folder of briefings, for publishers (``pack create``).

The folder's ``*.md`` files become ``briefings/``, its ``assets/`` folder (if any) the
pack's ``assets/``. A folder whose briefings do not pass ``check`` is refused, and the
pack is verified as a reader would verify it before it takes its name (written beside,
then renamed: a failed run leaves no file behind).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import hashlib
import os
import zipfile
from pathlib import Path

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.archive import VerifiedPack, verify_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.keys import read_private
from briefing_app.core.packs.manifest import (
    MANIFEST,
    SIGNATURE,
    PackFile,
    PackManifest,
    check_id,
)


def pack_files(folder: Path) -> list[tuple[str, Path]]:
    """(path in the pack, file) for each file a pack of ``folder`` holds, in order."""
    files = [(f"briefings/{path.name}", path) for path in sorted(folder.glob("*.md"))]
    assets = folder / "assets"
    if assets.is_dir():
        files += [
            (f"assets/{path.relative_to(assets).as_posix()}", path)
            for path in sorted(assets.rglob("*"))
            if path.is_file() and not path.is_symlink()
        ]
    return files


def create_pack(
    folder: Path,
    pack_id: str,
    version: int,
    keyfile: Path,
    output: Path,
    title: str = "",
    publisher: str = "",
    date: str = "",
) -> VerifiedPack:
    """Write the signed pack of ``folder`` to ``output``; return it, verified.

    Raises:
        PackError: the folder holds no briefing or one that fails ``check`` (the first
            problems are named), the key cannot be read, or the file cannot be written.
    """
    from briefing_app.core.content.linkcheck import content_problems

    check_id(pack_id)
    if version < 1:
        raise PackError(
            translate(
                "core.packs.create", "la version d’un paquet est un nombre entier à partir de 1"
            )
        )
    signing, public = read_private(keyfile)
    files = pack_files(folder)
    if not any(name.startswith("briefings/") for name, _path in files):
        raise PackError(
            fill(
                translate(
                    "core.packs.create", "%1 : aucun briefing (fichier .md) à mettre dans le paquet"
                ),
                folder,
            )
        )
    _library, problems = content_problems([folder])
    if problems:
        raise PackError(_failed_check(folder, [str(problem) for problem in problems]))
    contents = [(name, path.read_bytes()) for name, path in files]
    manifest = PackManifest(
        id=pack_id,
        title=title or pack_id,
        publisher=publisher or public.name,
        version=version,
        date=date or datetime.date.today().isoformat(),
        key=public.key,
        files=tuple(
            PackFile(name, hashlib.sha256(data).hexdigest(), len(data)) for name, data in contents
        ),
    )
    raw = manifest.to_bytes()
    signature = base64.b64encode(signing.sign(raw).signature) + b"\n"
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, raw)
            archive.writestr(SIGNATURE, signature)
            for name, data in contents:
                archive.writestr(name, data)
        verified = verify_pack(temporary, [public])
        os.replace(temporary, output)
    except OSError as error:
        raise PackError(
            fill(
                translate("core.packs.create", "%1 : impossible d’écrire le paquet (%2)"),
                output,
                error.strerror,
            )
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    return dataclasses.replace(verified, path=output)


def _failed_check(folder: Path, problems: list[str]) -> str:
    """Why ``folder`` cannot be packed: its first ``problems``, each on an indented line."""
    shown = problems[:5]
    if len(problems) > 5:
        shown.append(fill(translate("core.packs.create", "… et %1 autre(s)"), len(problems) - 5))
    return fill(
        translate("core.packs.create", "%1 ne passe pas la vérification du contenu :\n%2"),
        folder,
        "\n".join(f"  {line}" for line in shown),
    )
