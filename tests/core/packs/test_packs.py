"""Content packs: keys, a signed pack made from a folder, and the checks a pack passes
before anything of it is used: signature, hashes, paths, links, sizes, UTF-8."""

from __future__ import annotations

import base64
import json
import stat
import zipfile
from pathlib import Path

import pytest

from briefing_app.core.packs import archive
from briefing_app.core.packs.archive import UNKNOWN_KEY, UNSIGNED, VERIFIED, verify_pack
from briefing_app.core.packs.create import create_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.keys import (
    generate,
    read_private,
    read_public,
    trust,
    trusted_keys,
    untrust,
)
from tests.conftest import WriteBriefing
from tests.packs import PUBLISHER, rewrite, signed


@pytest.fixture
def key(tmp_path: Path) -> Path:
    keyfile = tmp_path / "keys" / "test.key"
    keyfile.parent.mkdir()
    generate(keyfile, PUBLISHER)
    return keyfile


@pytest.fixture
def pack(tmp_path: Path, key: Path, write_briefing: WriteBriefing, content_dir: Path) -> Path:
    write_briefing("alpha", title="Alpha")
    write_briefing("beta", title="Bêta")
    (content_dir / "assets").mkdir()
    (content_dir / "assets" / "carte.png").write_bytes(b"\x89PNG fausse image")
    output = tmp_path / "essai.briefings"
    create_pack(content_dir, "essai.test", 2, key, output, title="Paquet d’essai")
    return output


def test_keys_are_made_private_and_read_back(tmp_path: Path, key: Path) -> None:
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    signing, public = read_private(key)
    assert read_public(key.with_name("test.key.pub")) == public
    assert public.name == PUBLISHER
    assert public.verifies(b"texte", signing.sign(b"texte").signature)
    assert not public.verifies(b"autre", signing.sign(b"texte").signature)
    with pytest.raises(PackError, match="existe déjà"):
        generate(key, "autre")  # a key is never overwritten
    with pytest.raises(PackError, match="pas une clé publique"):
        read_public(key)


def test_a_made_pack_verifies_and_names_its_signer(tmp_path: Path, key: Path, pack: Path) -> None:
    public = read_public(key.with_name("test.key.pub"))
    verified = verify_pack(pack, [public])
    assert (verified.status, verified.signer) == (VERIFIED, public)
    manifest = verified.manifest
    assert (manifest.id, manifest.version, manifest.title) == ("essai.test", 2, "Paquet d’essai")
    assert manifest.publisher == PUBLISHER
    assert verified.briefings == ("briefings/alpha.md", "briefings/beta.md")
    assert [f.path for f in manifest.files][-1] == "assets/carte.png"
    assert verify_pack(pack, []).status == UNKNOWN_KEY  # sound, but not a trusted key


def test_trusted_keys_are_added_listed_and_removed(tmp_path: Path, key: Path) -> None:
    folder = tmp_path / "trusted"
    public = trust(folder, key.with_name("test.key.pub"))
    assert trusted_keys([tmp_path / "shipped", folder]) == [public]
    assert untrust(folder, "inconnue") == []
    assert untrust(folder, public.fingerprint) == [public]
    assert trusted_keys([folder]) == []


def _rewrite(pack: Path, change: dict[str, bytes | None]) -> Path:
    return rewrite(pack, pack.with_name("modifié.briefings"), change)


def test_a_changed_file_or_manifest_is_refused(key: Path, pack: Path) -> None:
    public = read_public(key.with_name("test.key.pub"))
    with zipfile.ZipFile(pack) as source:
        alpha = source.read("briefings/alpha.md")
    same_size = alpha.replace(b"Alpha", b"Omega")  # same length, other bytes
    with pytest.raises(PackError, match="empreinte SHA"):
        verify_pack(_rewrite(pack, {"briefings/alpha.md": same_size}), [public])
    with pytest.raises(PackError, match="taille différente"):
        verify_pack(_rewrite(pack, {"briefings/alpha.md": alpha + b"!"}), [public])
    with zipfile.ZipFile(pack) as source:
        manifest = json.loads(source.read("pack.json"))
    manifest["title"] = "Titre changé"
    changed = json.dumps(manifest).encode()
    with pytest.raises(PackError, match="signature invalide"):
        verify_pack(_rewrite(pack, {"pack.json": changed}), [public])
    with pytest.raises(PackError, match="signature invalide"):
        verify_pack(_rewrite(pack, {"pack.sig": base64.b64encode(b"x" * 64)}), [public])
    unsigned = verify_pack(_rewrite(pack, {"pack.sig": None}), [public])
    assert (unsigned.status, unsigned.signer) == (UNSIGNED, None)
    with pytest.raises(PackError, match="absent du paquet"):
        verify_pack(_rewrite(pack, {"assets/carte.png": None}), [public])
    with pytest.raises(PackError, match=r"n’est pas dans pack\.json"):
        verify_pack(_rewrite(pack, {"assets/ajout.png": b"ajout"}), [public])


@pytest.mark.parametrize(
    "name",
    ["../hors.md", "/etc/passwd", "briefings/../../x.md", "briefings\\x.md", "C:/x.md",
     "autre/x.md", "briefings/sous/x.md", "briefings/x.txt"],
)  # fmt: skip
def test_a_path_outside_the_pack_is_refused(pack: Path, name: str) -> None:
    with pytest.raises(PackError, match=r"paquet|briefing"):
        verify_pack(_rewrite(pack, {name: b"texte"}), [])


def test_a_link_is_refused(pack: Path) -> None:
    link = zipfile.ZipInfo("assets/lien.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    copy = _rewrite(pack, {})
    with zipfile.ZipFile(copy, "a") as target:
        target.writestr(link, "/etc/passwd")
    with pytest.raises(PackError, match="lien"):
        verify_pack(copy, [])


def test_a_zip_bomb_is_refused_without_unpacking_it(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bomb = pack.with_name("bombe.briefings")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("pack.json", b"{}")
        target.writestr("assets/zeros.bin", b"\0" * (archive.MAX_FILE_BYTES + 1))
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(str(getattr(name, "filename", name)))
        return original(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(PackError, match="trop grand"):
        verify_pack(bomb, [])
    assert opened == []  # refused from the directory alone
    monkeypatch.setattr(archive, "MAX_FILES", 3)
    with pytest.raises(PackError, match="trop de fichiers"):
        verify_pack(pack, [])


def test_a_briefing_that_is_not_utf8_or_a_damaged_file_is_refused(
    tmp_path: Path, key: Path, pack: Path
) -> None:
    with pytest.raises(PackError, match="pas un paquet lisible"):
        verify_pack(tmp_path / "absent.briefings", [])
    (tmp_path / "texte.briefings").write_text("pas un zip", encoding="utf-8")
    with pytest.raises(PackError, match="pas un paquet lisible"):
        verify_pack(tmp_path / "texte.briefings", [])
    latin = tmp_path / "latin"
    latin.mkdir()
    (latin / "x.md").write_bytes("---\ntitle: Été\ndate: 2020-01-01\n---\nÉté".encode("latin-1"))
    with pytest.raises(PackError, match="vérification du contenu"):
        create_pack(latin, "latin", 1, key, tmp_path / "latin.briefings")
    assert not (tmp_path / "latin.briefings").exists()  # nothing left behind


def test_a_folder_failing_check_or_without_briefings_makes_no_pack(
    tmp_path: Path, key: Path, write_briefing: WriteBriefing, content_dir: Path
) -> None:
    with pytest.raises(PackError, match="aucun briefing"):
        create_pack(tmp_path / "keys", "vide", 1, key, tmp_path / "vide.briefings")
    write_briefing("cassé", title="Cassé", body="Un [lien](absent.md) vers rien.")
    with pytest.raises(PackError, match=r"absent\.md"):
        create_pack(content_dir, "casse", 1, key, tmp_path / "casse.briefings")
    with pytest.raises(PackError, match="identifiant"):
        create_pack(content_dir, "Pas Bon", 1, key, tmp_path / "x.briefings")
    assert sorted(p.name for p in tmp_path.glob("*.briefings")) == []


def test_a_signed_pack_is_still_checked_whole(tmp_path: Path, key: Path) -> None:
    public = read_public(key.with_name("test.key.pub"))
    latin = {"briefings/ete.md": "---\ntitle: Été\n---\nÉté".encode("latin-1")}
    with pytest.raises(PackError, match="UTF-8"):
        verify_pack(signed(tmp_path / "a.briefings", key, latin, list(latin)), [public])
    twice = signed(tmp_path / "b.briefings", key, latin, [*latin, *latin])
    with pytest.raises(PackError, match="deux fois"):
        verify_pack(twice, [public])
    outside = signed(tmp_path / "c.briefings", key, {}, ["../../.bashrc"])
    with pytest.raises(PackError, match="hors du paquet"):
        verify_pack(outside, [public])
