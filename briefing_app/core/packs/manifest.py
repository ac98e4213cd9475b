"""``pack.json``: what a pack is and every file it holds.

An object with ``format`` (FORMAT), ``id`` (letters, digits, dots, dashes), ``title``,
``publisher``, ``version`` (a whole number from 1), ``date`` (YYYY-MM-DD), ``key`` (the
signer's public key, base64: the signature is checked with it, and the key is then
looked up among the trusted ones) and ``files``: each file's ``path``, ``sha256`` and
``size``. Its exact bytes are what ``pack.sig`` signs.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.errors import PackError

FORMAT = 1
MANIFEST, SIGNATURE = "pack.json", "pack.sig"
_ID = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class PackFile:
    """One file of a pack, as its manifest lists it."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class PackManifest:
    """A pack's ``pack.json``."""

    id: str
    title: str
    publisher: str
    version: int
    date: str
    key: bytes
    files: tuple[PackFile, ...]

    def to_bytes(self) -> bytes:
        """The manifest as a pack holds it (the bytes a signature covers)."""
        data = {
            "format": FORMAT,
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "version": self.version,
            "date": self.date,
            "key": base64.b64encode(self.key).decode(),
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _text(data: dict[str, object], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : champ « %2 » manquant ou vide"),
                MANIFEST,
                name,
            )
        )
    return value


def check_id(pack_id: str) -> str:
    """``pack_id`` if it is a valid pack id.

    Raises:
        PackError: it is not.
    """
    if not _ID.fullmatch(pack_id):
        raise PackError(
            fill(
                translate(
                    "core.packs.manifest",
                    "identifiant de paquet « %1 » invalide (minuscules, chiffres, points et "
                    "tirets, 64 caractères au plus)",
                ),
                pack_id,
            )
        )
    return pack_id


def read_manifest(raw: bytes) -> PackManifest:
    """The manifest in ``raw`` (the bytes of ``pack.json``).

    Raises:
        PackError: not UTF-8 JSON of the expected shape; the message names the field.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise PackError(
            fill(translate("core.packs.manifest", "%1 illisible (%2)"), MANIFEST, error)
        ) from None
    if not isinstance(data, dict):
        raise PackError(
            fill(translate("core.packs.manifest", "%1 : un objet JSON est attendu"), MANIFEST)
        )
    if data.get("format") != FORMAT:
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : format %2 inconnu (attendu %3)"),
                MANIFEST,
                repr(data.get("format")),
                FORMAT,
            )
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackError(
            fill(
                translate(
                    "core.packs.manifest",
                    "%1 : « version » doit être un nombre entier à partir de 1",
                ),
                MANIFEST,
            )
        )
    date = _text(data, "date")
    if not _DATE.fullmatch(date):
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : « date » doit s’écrire AAAA-MM-JJ (%2)"),
                MANIFEST,
                repr(date),
            )
        )
    try:
        key = base64.b64decode(_text(data, "key"), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : « key » n’est pas une clé publique Ed25519"),
                MANIFEST,
            )
        )
    files = data.get("files")
    if not isinstance(files, list):
        raise PackError(
            fill(translate("core.packs.manifest", "%1 : « files » doit être une liste"), MANIFEST)
        )
    return PackManifest(
        id=check_id(_text(data, "id")),
        title=_text(data, "title"),
        publisher=_text(data, "publisher"),
        version=version,
        date=date,
        key=key,
        files=tuple(_file(entry) for entry in files),
    )


def _file(entry: object) -> PackFile:
    if not isinstance(entry, dict):
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : une entrée de « files » n’est pas un objet"),
                MANIFEST,
            )
        )
    path, digest, size = entry.get("path"), entry.get("sha256"), entry.get("size")
    if not isinstance(path, str) or not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        raise PackError(
            fill(
                translate("core.packs.manifest", "%1 : entrée de fichier invalide (%2)"),
                MANIFEST,
                repr(path),
            )
        )
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackError(
            fill(translate("core.packs.manifest", "%1 : taille invalide pour %2"), MANIFEST, path)
        )
    return PackFile(path, digest, size)
