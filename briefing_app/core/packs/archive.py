"""A pack file verified whole before anything of it is used.

``verify_pack`` reads the ZIP's directory and refuses at once, without unpacking
anything, a pack with too many files, files too large (a ZIP bomb declares sizes it
cannot hide), a path outside the pack (absolute, ``..``, a drive, a backslash), a link,
a name twice, or a file its manifest does not list. It then checks ``pack.json`` against
its signature, reads each file at most to its declared size and checks its SHA-256,
and checks that every briefing loads (UTF-8, its front matter; the file and line named
when it does not). Only then does it say who signed the pack.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.keys import PublicKey
from briefing_app.core.packs.manifest import MANIFEST, SIGNATURE, PackManifest, read_manifest

MAX_FILES = 5000  # files in a pack
MAX_FILE_BYTES = 50 * 1024 * 1024  # one file, unpacked
MAX_PACK_BYTES = 500 * 1024 * 1024  # all of them
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
FOLDERS = ("briefings", "assets")  # where a pack's files go
VERIFIED, UNKNOWN_KEY, UNSIGNED = "verified", "unknown-key", "unsigned"
_CHUNK = 1024 * 1024
# What reading a damaged ZIP raises (zipfile's own errors, and those of what it calls: an
# unknown format version, a bad compressed stream, a cut file, a name not in UTF-8, an
# empty name, whose ZipInfo.is_dir() fails with IndexError...).
UNREADABLE = (
    LookupError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
    OverflowError,
    struct.error,
)


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose every file matched its manifest: who signed it, if anyone."""

    path: Path
    manifest: PackManifest
    status: str  # VERIFIED, UNKNOWN_KEY (a good signature, by a key not trusted), UNSIGNED
    signer: PublicKey | None  # the trusted key that signed it (VERIFIED only)
    titles: Mapping[str, str] = field(default_factory=dict)  # briefing id -> its title

    @property
    def briefings(self) -> tuple[str, ...]:
        """The paths of its briefings, ``briefings/*.md``."""
        return tuple(f.path for f in self.manifest.files if f.path.startswith("briefings/"))


def verify_pack(path: Path, trusted: list[PublicKey]) -> VerifiedPack:
    """Check the pack at ``path`` whole (see the module's doc); nothing is written.

    Raises:
        PackError: anything wrong, named in one line; a bad signature or a wrong hash
            is always an error, a missing or untrusted signature is not (see status).
    """
    try:
        archive = zipfile.ZipFile(path)
    except UNREADABLE as error:
        raise PackError(_unreadable(path, error)) from None
    try:
        with archive:
            return _verified(path, archive, trusted)
    except UNREADABLE as error:
        raise PackError(
            fill(translate("core.packs.archive", "%1 : paquet endommagé (%2)"), path.name, error)
        ) from None


def _unreadable(path: Path, error: Exception) -> str:
    """Why the file at ``path`` is no pack (``error``: what opening it raised)."""
    return fill(
        translate("core.packs.archive", "%1 : ce n’est pas un paquet lisible (%2)"),
        path.name,
        error,
    )


def read_pack_manifest(path: Path) -> PackManifest:
    """The manifest of the pack at ``path``, read alone (nothing else is checked: what
    the pack claims to be, to offer it; ``verify_pack`` checks it before any use).

    Raises:
        PackError: not a pack, or its manifest is missing or unreadable.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            info = archive.getinfo(MANIFEST) if MANIFEST in names else None
            raw = _read(archive, info, MAX_MANIFEST_BYTES)
    except UNREADABLE as error:
        raise PackError(_unreadable(path, error)) from None
    if raw is None:
        raise PackError(_missing_manifest(path))
    return read_manifest(raw)


def _verified(path: Path, archive: zipfile.ZipFile, trusted: list[PublicKey]) -> VerifiedPack:
    members = _members(archive)
    manifest_raw = _read(archive, members.get(MANIFEST), MAX_MANIFEST_BYTES)
    if manifest_raw is None:
        raise PackError(_missing_manifest(path))
    manifest = read_manifest(manifest_raw)
    signature = _read(archive, members.get(SIGNATURE), 1024)
    status, signer = _signer(manifest, manifest_raw, signature, trusted)
    listed = {f.path: f for f in manifest.files}
    if len(listed) != len(manifest.files):
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : un fichier y est annoncé deux fois"), MANIFEST
            )
        )
    for name in listed:
        _check_path(name)
    for name in members:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            raise PackError(
                fill(
                    translate("core.packs.archive", "%1 : %2 n’est pas dans %3"),
                    path.name,
                    name,
                    MANIFEST,
                )
            )
    titles = {}
    for entry in manifest.files:
        title = _check_file(archive, members.get(entry.path), entry.path, entry.sha256, entry.size)
        if title is not None:
            titles[PurePosixPath(entry.path).stem] = title
    return VerifiedPack(path, manifest, status, signer, titles)


def _missing_manifest(path: Path) -> str:
    return fill(translate("core.packs.archive", "%1 : %2 manquant"), path.name, MANIFEST)


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The pack's files by name, once its directory passed the limits and the path rules."""
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if len(infos) > MAX_FILES:
        raise PackError(
            fill(
                translate("core.packs.archive", "trop de fichiers (%1 ; %2 au plus)"),
                len(infos),
                MAX_FILES,
            )
        )
    total = 0
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        _check_path(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(
                fill(
                    translate("core.packs.archive", "%1 : un lien n’est pas admis dans un paquet"),
                    name,
                )
            )
        if name in members:
            raise PackError(fill(translate("core.packs.archive", "%1 : présent deux fois"), name))
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(
                fill(
                    translate("core.packs.archive", "%1 : fichier trop grand (%2 octets)"),
                    name,
                    info.file_size,
                )
            )
        total += info.file_size
        if total > MAX_PACK_BYTES:
            raise PackError(
                fill(
                    translate(
                        "core.packs.archive",
                        "paquet trop grand une fois décompressé (plus de %1 octets)",
                    ),
                    MAX_PACK_BYTES,
                )
            )
        members[name] = info
    return members


def _check_path(name: str) -> None:
    """Refuse a name that would land outside the pack's own folders."""
    parts = PurePosixPath(name).parts
    unsafe = (
        not parts
        or name.startswith("/")
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in name.split("/"))
    )
    if unsafe:
        raise PackError(
            fill(translate("core.packs.archive", "%1 : chemin hors du paquet"), repr(name))
        )
    if name not in (MANIFEST, SIGNATURE) and (len(parts) < 2 or parts[0] not in FOLDERS):
        raise PackError(
            fill(
                translate(
                    "core.packs.archive",
                    "%1 : un paquet ne contient que %2, %3, briefings/ et assets/",
                ),
                name,
                MANIFEST,
                SIGNATURE,
            )
        )
    if parts[0] == "briefings" and (len(parts) != 2 or not name.endswith(".md")):
        raise PackError(
            fill(
                translate(
                    "core.packs.archive",
                    "%1 : un briefing est un fichier .md directement dans briefings/",
                ),
                name,
            )
        )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, limit: int) -> bytes | None:
    """A small member's bytes (None when it is missing), at most ``limit`` of them."""
    if info is None:
        return None
    if info.file_size > limit:
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : trop grand (%2 octets)"),
                info.filename,
                info.file_size,
            )
        )
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) != info.file_size:
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : taille différente de celle annoncée"),
                info.filename,
            )
        )
    return data


def _signer(
    manifest: PackManifest, raw: bytes, signature: bytes | None, trusted: list[PublicKey]
) -> tuple[str, PublicKey | None]:
    """Who signed the manifest: raises on a bad signature."""
    if signature is None:
        return UNSIGNED, None
    try:
        decoded = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        decoded = b""
    if len(decoded) != 64 or not PublicKey(manifest.key, "").verifies(raw, decoded):
        raise PackError(
            fill(
                translate(
                    "core.packs.archive", "signature invalide : %1 a changé depuis sa signature"
                ),
                MANIFEST,
            )
        )
    for key in trusted:
        if key.key == manifest.key:
            return VERIFIED, key
    return UNKNOWN_KEY, None


def _check_file(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, name: str, sha256: str, size: int
) -> str | None:
    """One listed file: present, of its size (read no further), of its hash; a briefing
    must load too (its title is returned)."""
    if info is None:
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : annoncé dans %2 mais absent du paquet"),
                name,
                MANIFEST,
            )
        )
    if info.file_size != size:
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : taille différente de celle de %2"),
                name,
                MANIFEST,
            )
        )
    digest = hashlib.sha256()
    read = 0
    text = bytearray() if name.startswith("briefings/") else None
    with archive.open(info) as member:
        while chunk := member.read(min(_CHUNK, size - read + 1)):
            read += len(chunk)
            if read > size:
                raise PackError(
                    fill(
                        translate("core.packs.archive", "%1 : plus long que sa taille annoncée"),
                        name,
                    )
                )
            digest.update(chunk)
            if text is not None:
                text += chunk
    if read != size or digest.hexdigest() != sha256:
        raise PackError(
            fill(
                translate("core.packs.archive", "%1 : empreinte SHA-256 différente de celle de %2"),
                name,
                MANIFEST,
            )
        )
    return _checked_title(name, bytes(text)) if text is not None else None


def _checked_title(name: str, data: bytes) -> str:
    """The title of a briefing of the pack, which must load: UTF-8, its front matter
    whole (file and line named when it does not)."""
    from briefing_app.core.content.loader import check_source
    from briefing_app.core.content.problems import ContentError

    try:
        return check_source(data).title
    except ContentError as error:
        if error.line:
            message = fill(
                translate("core.packs.archive", "%1, ligne %2 : %3"),
                name,
                error.line,
                error.message,
            )
        else:
            message = fill(translate("core.packs.archive", "%1 : %2"), name, error.message)
        raise PackError(message) from None
