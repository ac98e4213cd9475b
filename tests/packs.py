"""Packs for the tests: signed with a key made for the tests (never France urbaine's, and
never committed), from generated briefings; and every kind of bad pack an official may
be sent, each with a fragment of the message that must refuse it."""

from __future__ import annotations

import base64
import hashlib
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.packs.create import create_pack
from briefing_app.core.packs.keys import generate, read_private
from briefing_app.core.packs.manifest import PackFile, PackManifest
from tests.helpers import briefing_text

PUBLISHER = "Éditeur de test"


def make_key(folder: Path, name: str = "test.key") -> Path:
    """A signing key for the tests in ``folder`` (and its ``.pub`` beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    keyfile = folder / name
    generate(keyfile, PUBLISHER)
    return keyfile


def make_pack(
    folder: Path,
    key: Path,
    version: int = 1,
    briefings: dict[str, str] | None = None,
    pack_id: str = "essai",
    date: str = "",
    bodies: dict[str, str] | None = None,
) -> Path:
    """A signed pack ``pack_id`` at ``version`` of generated briefings (id: title; their
    bodies from ``bodies`` when given), written in ``folder``."""
    briefings = briefings if briefings is not None else {"alpha": "Alpha", "beta": "Bêta"}
    source = folder / f"source-{pack_id}-{version}"
    source.mkdir(parents=True)
    for name, title in briefings.items():
        extra = {"body": bodies[name]} if bodies and name in bodies else {}
        text = briefing_text(title=title, source="Corpus de test (généré)", **extra)
        (source / f"{name}.md").write_text(text, encoding="utf-8")
    output = folder / f"{pack_id}-{version}.briefings"
    create_pack(source, pack_id, version, key, output, title=f"Paquet {pack_id}", date=date)
    return output


def rewrite(pack: Path, output: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of ``pack`` at ``output`` with members replaced or added (bytes) or left
    out (None)."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            if info.filename not in change:
                target.writestr(info, source.read(info))
        for name, data in change.items():
            if data is not None:
                target.writestr(name, data)
    return output


def signed(path: Path, key: Path, files: dict[str, bytes], listed: list[str]) -> Path:
    """A pack of ``files`` whose manifest, signed with ``key``, lists ``listed``."""
    signing, public = read_private(key)
    entries = tuple(
        PackFile(name, hashlib.sha256(files.get(name, b"")).hexdigest(), len(files.get(name, b"")))
        for name in listed
    )
    raw = PackManifest("x", "X", PUBLISHER, 1, "2026-01-01", public.key, entries).to_bytes()
    with zipfile.ZipFile(path, "w") as target:
        target.writestr("pack.json", raw)
        target.writestr("pack.sig", base64.b64encode(signing.sign(raw).signature))
        for name, data in files.items():
            target.writestr(name, data)
    return path


def _member(pack: Path, name: str) -> bytes:
    with zipfile.ZipFile(pack) as source:
        return source.read(name)


def _not_a_zip(out: Path, _pack: Path, _key: Path) -> Path:
    out.write_text("Ceci n’est pas un paquet.\n", encoding="utf-8")
    return out


def _truncated(out: Path, pack: Path, _key: Path) -> Path:
    data = pack.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _unknown_zip_version(out: Path, pack: Path, _key: Path) -> Path:
    """A ZIP whose directory asks for a version of the format zipfile does not know
    (found by hypothesis: it raised NotImplementedError, not a refusal)."""
    data = bytearray(pack.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the central directory's first entry
    data[entry + 6 : entry + 8] = (64).to_bytes(2, "little")  # version needed: 6.4
    out.write_bytes(bytes(data))
    return out


def _other_signature(out: Path, pack: Path, key: Path) -> Path:
    signing, _public = read_private(key)
    return rewrite(pack, out, {"pack.sig": base64.b64encode(signing.sign(b"autre").signature)})


def _changed_manifest(out: Path, pack: Path, _key: Path) -> Path:
    manifest = _member(pack, "pack.json").replace(b"Paquet essai", b"Paquet trafiqu")
    return rewrite(pack, out, {"pack.json": manifest})


def _wrong_hash(out: Path, pack: Path, _key: Path) -> Path:
    alpha = _member(pack, "briefings/alpha.md")
    return rewrite(pack, out, {"briefings/alpha.md": alpha.replace(b"Alpha", b"Omega")})


def _link(out: Path, pack: Path, _key: Path) -> Path:
    rewrite(pack, out, {})
    link = zipfile.ZipInfo("assets/lien.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(out, "a") as target:
        target.writestr(link, "/etc/passwd")
    return out


def _zip_bomb(out: Path, pack: Path, _key: Path) -> Path:
    """1 GiB of zeros, about 1 MB once compressed."""
    rewrite(pack, out, {})
    zeros = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target,
        target.open("assets/zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(1024):
            member.write(zeros)
    return out


def _many_entries(out: Path, pack: Path, _key: Path) -> Path:
    rewrite(pack, out, {})
    with zipfile.ZipFile(out, "a") as target:
        for number in range(100_000):
            target.writestr(f"briefings/b{number}.md", b"")
    return out


def _broken_briefing(out: Path, _pack: Path, key: Path) -> Path:
    text = b"---\ntitle: Cass\xc3\xa9\ndate: 2020-13-45\n---\n## Partie\n\nDu texte.\n"
    return signed(out, key, {"briefings/casse.md": text}, ["briefings/casse.md"])


Builder = Callable[[Path, Path, Path], Path]
# Each kind: how it is made from a good pack and its key, and what its refusal says.
BAD_PACKS: dict[str, tuple[Builder, str]] = {
    "not-a-zip": (_not_a_zip, "pas un paquet lisible"),
    "truncated": (_truncated, "pas un paquet lisible"),
    "unknown-zip-version": (_unknown_zip_version, "pas un paquet lisible (zip file version 6.4)"),
    "no-manifest": (lambda o, p, _k: rewrite(p, o, {"pack.json": None}), "pack.json manquant"),
    "garbage-manifest": (
        lambda o, p, _k: rewrite(p, o, {"pack.json": b"\x00{pas du JSON"}),
        "pack.json illisible",
    ),
    "other-signature": (_other_signature, "signature invalide"),
    "changed-manifest": (_changed_manifest, "signature invalide"),
    "garbage-signature": (
        lambda o, p, _k: rewrite(p, o, {"pack.sig": b"n'importe quoi"}),
        "signature invalide",
    ),
    "wrong-hash": (_wrong_hash, "empreinte SHA-256 différente"),
    "listed-absent": (
        lambda o, p, _k: rewrite(p, o, {"briefings/beta.md": None}),
        "briefings/beta.md : annoncé dans pack.json mais absent",
    ),
    "unlisted": (
        lambda o, p, _k: rewrite(p, o, {"briefings/ajout.md": b"---\ntitle: A\n"}),
        "briefings/ajout.md n’est pas dans pack.json",
    ),
    "parent-path": (
        lambda o, p, _k: rewrite(p, o, {"briefings/../../.bashrc": b"x"}),
        "chemin hors du paquet",
    ),
    "absolute-path": (
        lambda o, p, _k: rewrite(p, o, {"/etc/cron.d/x": b"x"}),
        "chemin hors du paquet",
    ),
    "symlink": (_link, "un lien n’est pas admis"),
    "zip-bomb": (_zip_bomb, "assets/zeros.bin : fichier trop grand (1073741824 octets)"),
    "many-entries": (_many_entries, "trop de fichiers (100004 ; 5000 au plus)"),
    "broken-briefing": (_broken_briefing, "briefings/casse.md, ligne 3 : date invalide"),
}


def make_bad_packs(folder: Path) -> dict[str, Path]:
    """Every kind of BAD_PACKS, made in ``folder`` from a good pack of its own."""
    key = make_key(folder / "keys")
    good = make_pack(folder, key)
    return {
        name: build(folder / f"{name}.briefings", good, key)
        for name, (build, _expected) in BAD_PACKS.items()
    }
