"""Every kind of bad pack is refused before anything is written, with a message that
names what is wrong; arbitrary bytes, or a good pack with bytes changed anywhere, are
refused or accepted whole, never an exception."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.core.packs.archive import verify_pack
from briefing_app.core.packs.errors import PackError
from briefing_app.core.packs.keys import read_public
from briefing_app.core.packs.receive import examine, receive
from tests.packs import BAD_PACKS, make_key, make_pack


@pytest.mark.parametrize("kind", sorted(BAD_PACKS))
def test_a_bad_pack_is_refused_and_nothing_written(
    kind: str, bad_packs: dict[str, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    offer = examine(bad_packs[kind], data, [])
    assert BAD_PACKS[kind][1] in offer.refusal
    assert "\n" not in offer.refusal  # one line, for the status bar and the terminal
    with pytest.raises(PackError):
        receive(offer, data, set())
    assert not data.exists()


def test_a_briefing_that_does_not_load_is_named_with_its_line(bad_packs: dict[str, Path]) -> None:
    with pytest.raises(PackError) as refused:
        verify_pack(bad_packs["broken-briefing"], [])
    message = str(refused.value)
    assert message == (
        "briefings/casse.md, ligne 3 : date invalide « 2020-13-45 » : attendu AAAA, AAAA-MM "
        "ou AAAA-MM-JJ"
    )


@pytest.fixture(scope="module")
def good_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Path]:
    folder = tmp_path_factory.mktemp("good")
    key = make_key(folder / "keys")
    return make_pack(folder, key).read_bytes(), key.with_name("test.key.pub")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096))
def test_any_bytes_as_a_pack_are_refused_with_a_message(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    path = folder / "inconnu.briefings"
    path.write_bytes(data)
    offer = examine(path, folder / "data", [])
    assert offer.refusal
    assert not (folder / "data").exists()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1))
def test_a_pack_changed_anywhere_is_refused_or_still_whole(
    changes: list[tuple[int, int]],
    good_pack: tuple[bytes, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    original, public = good_pack
    data = bytearray(original)
    for where, value in changes:
        data[where % len(data)] = value
    path = tmp_path_factory.mktemp("changed") / "paquet.briefings"
    path.write_bytes(bytes(data))
    try:
        pack = verify_pack(path, [read_public(public)])
    except PackError as error:
        message = str(error)
        pack = None
    if pack is None:
        assert message  # refused, with a message
        return
    # Accepted: only bytes no check covers changed (a ZIP's unused header fields), so
    # every file reads back as the good pack's.
    with zipfile.ZipFile(path) as changed, zipfile.ZipFile(_file(original, path)) as good:
        for entry in pack.manifest.files:
            assert changed.read(entry.path) == good.read(entry.path)


def _file(data: bytes, beside: Path) -> Path:
    path = beside.with_name("original.briefings")
    path.write_bytes(data)
    return path
