"""Publishers' Ed25519 keys: made, read, trusted.

Signatures come from PyNaCl (libsodium), never from code of our own. A private key file
holds one line, ``briefings-ed25519-private <seed, base64> <name>``, and is written
readable by its owner only; the public key file beside it (``KEYFILE.pub``) holds
``briefings-ed25519 <key, base64> <name>``. The program trusts the public keys shipped
in resources/keys/ and those added to the data folder's keys/ (``pack trust``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from briefing_app.core.messages import fill, translate
from briefing_app.core.packs.errors import PackError

PUBLIC_TAG = "briefings-ed25519"
USER_KEYS = "keys"  # the keys the user trusts, in the data folder
PRIVATE_TAG = "briefings-ed25519-private"
KEY_SUFFIX = ".pub"


@dataclass(frozen=True)
class PublicKey:
    """A publisher's public key and the name it goes by."""

    key: bytes  # 32 bytes
    name: str

    @property
    def fingerprint(self) -> str:
        """A short hexadecimal digest of the key, to name it in messages."""
        return hashlib.sha256(self.key).hexdigest()[:16]

    def encoded(self) -> str:
        """The key as a ``.pub`` file holds it."""
        return f"{PUBLIC_TAG} {base64.b64encode(self.key).decode()} {self.name}\n"

    def verifies(self, message: bytes, signature: bytes) -> bool:
        """Whether ``signature`` is this key's signature of ``message``."""
        try:
            VerifyKey(self.key).verify(message, signature)
        except (BadSignatureError, ValueError):
            return False
        return True


def generate(keyfile: Path, name: str) -> PublicKey:
    """Write a new private key to ``keyfile`` (mode 0600) and its public key beside it.

    Raises:
        PackError: a file of that name exists, or the folder cannot be written.
    """
    public_file = keyfile.with_name(keyfile.name + KEY_SUFFIX)
    clean = " ".join(name.split()) or keyfile.stem
    signing = SigningKey.generate()
    public = PublicKey(bytes(signing.verify_key), clean)
    seed = base64.b64encode(bytes(signing)).decode()
    try:
        descriptor = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise PackError(
            fill(translate("core.packs.keys", "%1 existe déjà : aucune clé n’est écrasée"), keyfile)
        ) from None
    except OSError as error:
        raise PackError(
            fill(
                translate("core.packs.keys", "%1 : impossible d’écrire la clé (%2)"),
                keyfile,
                error.strerror,
            )
        ) from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as private:
        private.write(f"{PRIVATE_TAG} {seed} {clean}\n")
    try:
        with public_file.open("x", encoding="utf-8") as out:
            out.write(public.encoded())
    except OSError as error:
        keyfile.unlink(missing_ok=True)
        raise PackError(
            fill(
                translate("core.packs.keys", "%1 : impossible d’écrire (%2)"),
                public_file,
                error.strerror,
            )
        ) from None
    return public


def _fields(path: Path, tag: str, size: int) -> tuple[bytes, str]:
    """The key bytes and the name of a key file of kind ``tag``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(
            fill(translate("core.packs.keys", "%1 : fichier de clé illisible (%2)"), path, error)
        ) from None
    parts = text.strip().split(maxsplit=2)
    if len(parts) < 2 or parts[0] != tag:
        raise PackError(_not_a_key(path, tag))
    try:
        key = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != size:
        raise PackError(fill(translate("core.packs.keys", "%1 : clé endommagée"), path))
    return key, parts[2] if len(parts) > 2 else path.stem


def _not_a_key(path: Path, tag: str) -> str:
    """Why ``path`` is no key file of kind ``tag``."""
    if tag == PUBLIC_TAG:
        text = translate("core.packs.keys", "%1 : ce n’est pas une clé publique de Briefings")
    else:
        text = translate("core.packs.keys", "%1 : ce n’est pas une clé privée de Briefings")
    return fill(text, path)


def read_public(path: Path) -> PublicKey:
    """The public key in ``path``.

    Raises:
        PackError: unreadable, or not a public key of ours.
    """
    key, name = _fields(path, PUBLIC_TAG, 32)
    return PublicKey(key, name)


def read_private(path: Path) -> tuple[SigningKey, PublicKey]:
    """The signing key in ``path`` and its public key.

    Raises:
        PackError: unreadable, or not a private key of ours.
    """
    seed, name = _fields(path, PRIVATE_TAG, 32)
    signing = SigningKey(seed)
    return signing, PublicKey(bytes(signing.verify_key), name)


def trusted_keys(folders: list[Path]) -> list[PublicKey]:
    """Every public key in ``folders`` (``*.pub``), in name order; unreadable ones are
    left out (a trusted key that cannot be read trusts nothing)."""
    keys = []
    for folder in folders:
        for path in sorted(folder.glob(f"*{KEY_SUFFIX}")) if folder.is_dir() else ():
            try:
                keys.append(read_public(path))
            except PackError:
                continue
    return keys


def user_keys_dir(data: Path) -> Path:
    """Where the keys the user trusts (``pack trust``) are kept, in the data folder."""
    return data / USER_KEYS


def trusted_for(data: Path) -> list[PublicKey]:
    """The keys a reader with the data folder ``data`` trusts: those shipped with the
    program, then theirs."""
    from briefing_app.core.paths import resources_dir

    return trusted_keys([resources_dir() / "keys", user_keys_dir(data)])


def trust(folder: Path, public_file: Path) -> PublicKey:
    """Add the key of ``public_file`` to the trusted keys kept in ``folder``.

    Raises:
        PackError: not a public key, or the folder cannot be written.
    """
    public = read_public(public_file)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{public.fingerprint}{KEY_SUFFIX}").write_text(
            public.encoded(), encoding="utf-8"
        )
    except OSError as error:
        raise PackError(
            fill(
                translate("core.packs.keys", "%1 : impossible d’ajouter la clé (%2)"),
                folder,
                error.strerror,
            )
        ) from None
    return public


def untrust(folder: Path, which: str) -> list[PublicKey]:
    """Remove from ``folder`` the trusted keys whose fingerprint or name is ``which``;
    return them (none: nothing matched)."""
    removed = []
    for path in sorted(folder.glob(f"*{KEY_SUFFIX}")) if folder.is_dir() else ():
        try:
            public = read_public(path)
        except PackError:
            continue
        if which in (public.fingerprint, public.name):
            path.unlink()
            removed.append(public)
    return removed
