"""Cache files: a value comes back only whole and of its version; a failed write leaves
nothing behind; writers in two threads never mix their files."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_app.core.diskcache import CacheMissError, read_value, write_value

VALUE = {"numerique": (3, "Stratégie numérique", ("rgpd", "données")), "vide": ()}


def test_a_value_comes_back_as_it_was_written(tmp_path: Path) -> None:
    write_value(tmp_path / "sub" / "cache.bin", "test-1", VALUE)
    assert read_value(tmp_path / "sub" / "cache.bin", "test-1") == VALUE
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["cache.bin"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: b"", "endommagé"),
        (lambda data: data[: len(data) // 2], "endommagé"),
        (lambda data: data[:10] + bytes([data[10] ^ 1]) + data[11:], "endommagé"),
        (lambda data: data[:-1], "endommagé"),
    ],
    ids=["emptied", "cut in half", "one bit flipped", "last byte lost"],
)
def test_a_damaged_file_is_a_miss_that_says_so(
    tmp_path: Path, damage: Callable[[bytes], bytes], reason: str
) -> None:
    path = tmp_path / "cache.bin"
    write_value(path, "test-1", VALUE)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(CacheMissError, match=reason):
        read_value(path, "test-1")


def test_another_version_or_no_file_is_a_miss(tmp_path: Path) -> None:
    write_value(tmp_path / "cache.bin", "test-1", VALUE)
    with pytest.raises(CacheMissError, match="autre version"):
        read_value(tmp_path / "cache.bin", "test-2")
    with pytest.raises(CacheMissError, match="illisible"):
        read_value(tmp_path / "absent.bin", "test-1")


def test_a_write_that_fails_raises_and_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "cache.bin"
    write_value(path, "test-1", VALUE)
    with pytest.raises(ValueError, match="unmarshallable"):
        write_value(path, "test-1", {"x": object()})
    (tmp_path / "not-a-folder").write_text("")
    with pytest.raises(FileExistsError):
        write_value(tmp_path / "not-a-folder" / "cache.bin", "test-1", VALUE)
    assert read_value(path, "test-1") == VALUE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.bin", "not-a-folder"]


def test_two_threads_writing_the_same_file_never_leave_a_mixed_one(tmp_path: Path) -> None:
    path = tmp_path / "cache.bin"
    values = [{"writer": n, "text": str(n) * 20_000} for n in range(2)]
    errors: list[BaseException] = []

    def write(value: dict[str, object]) -> None:
        try:
            for _ in range(200):
                write_value(path, "test-1", value)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(v,)) for v in values]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert read_value(path, "test-1") in values
    assert [p.name for p in tmp_path.iterdir()] == ["cache.bin"]
