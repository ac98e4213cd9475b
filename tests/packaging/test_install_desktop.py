"""install-desktop.sh: the menu entry it writes starts the program wherever it was unpacked."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO

FOLDER_NAMES = {
    "ampersand": "Notes & briefings",
    "every-special-character": "Dossier \"spécial\" $HOME `x` \\ 'a' ; (copie) #1 ~<>|*?",
}
LAUNCH_DEADLINE_S = 10


def unpacked_archive(folder: Path) -> Path:
    """What tools/build_dist.sh puts in the archive, with a fake program that leaves
    ``started.txt`` beside the folder when it runs."""
    program = folder / "briefings" / "briefings"
    program.parent.mkdir(parents=True)
    marker = shlex.quote(str(folder.parent / "started.txt"))
    script = f'#!/bin/sh\necho "started $#" > {marker}.new && mv {marker}.new {marker}\n'
    program.write_text(script, encoding="utf-8")  # the file appears whole
    program.chmod(0o755)
    shutil.copy(REPO / "resources" / "briefings.desktop", folder / "briefings.desktop")
    shutil.copy(REPO / "resources" / "briefings-mime.xml", folder / "briefings-mime.xml")
    icon = folder / "icons" / "hicolor" / "48x48" / "apps" / "briefings.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"\x89PNG\r\n\x1a\n")
    shutil.copy(REPO / "tools" / "install-desktop.sh", folder / "install-desktop.sh")
    return folder


def install(folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the archive's install-desktop.sh as a user whose home is ``home``."""
    home.mkdir()
    return subprocess.run(
        ["sh", str(folder / "install-desktop.sh")],
        env={"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        check=False,
    )


def exec_arguments(value: str) -> list[str]:
    """The program and arguments an Exec value means (Desktop Entry Specification 1.5:
    string escapes first, then double-quoted arguments; reserved characters must be
    quoted)."""
    string = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, chars = "", iter(value)
    for char in chars:
        text += string[next(chars)] if char == "\\" else char
    arguments: list[str] = []
    current: str | None = None
    quoted, chars = False, iter(text)
    for char in chars:
        if quoted and char == "\\":
            escaped = next(chars)
            assert escaped in '"`$\\', f"\\{escaped} is not allowed in a quoted argument"
            current = f"{current}{escaped}"
        elif char == '"':
            quoted, current = not quoted, current or ""
        elif quoted:
            current = f"{current}{char}"
        elif char == " ":
            if current is not None:
                arguments.append(current)
            current = None
        elif char == "%" and current is None:  # a field code: %F, the files opened
            current = "%" + next(chars)
        else:
            assert char not in "\t\n'\\><~|&;$*?#()`%", f"{char!r} must be quoted"
            current = (current or "") + char
    assert not quoted, "unterminated quote"
    return [*arguments, current] if current is not None else arguments


@pytest.mark.parametrize("name", FOLDER_NAMES.values(), ids=FOLDER_NAMES.keys())
def test_the_menu_entry_names_the_program_in_a_folder_with_special_characters(
    tmp_path: Path, name: str
) -> None:
    folder = unpacked_archive(tmp_path / name / "briefings-1.0")
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 0, result.stderr
    desktop = home / ".local" / "share" / "applications" / "briefings.desktop"
    assert f"lanceur : {desktop}" in result.stdout
    lines = desktop.read_text(encoding="utf-8").splitlines()
    original = (REPO / "resources" / "briefings.desktop").read_text(encoding="utf-8")
    assert [line for line in lines if not line.startswith("Exec=")] == [
        line for line in original.splitlines() if not line.startswith("Exec=")
    ]
    (exec_line,) = [line for line in lines if line.startswith("Exec=")]
    arguments = exec_arguments(exec_line.removeprefix("Exec="))
    assert arguments == [str(folder / "briefings" / "briefings"), "%F"]
    # Icon=briefings (unchanged above) is found in the user's icon theme, where the icons went.
    assert (home / ".local/share/icons/hicolor/48x48/apps/briefings.png").is_file()


def _gio() -> ctypes.CDLL:
    name = ctypes.util.find_library("gio-2.0")
    if name is None:
        pytest.skip("GLib's GIO is not installed")
    gio = ctypes.CDLL(name)
    gio.g_desktop_app_info_new_from_filename.restype = ctypes.c_void_p
    gio.g_desktop_app_info_new_from_filename.argtypes = [ctypes.c_char_p]
    gio.g_app_info_launch.argtypes = [ctypes.c_void_p] * 4
    gio.g_object_unref.argtypes = [ctypes.c_void_p]
    return gio


@pytest.mark.parametrize("name", FOLDER_NAMES.values(), ids=FOLDER_NAMES.keys())
def test_glib_launches_the_program_from_the_menu_entry(tmp_path: Path, name: str) -> None:
    """As GNOME, Xfce and most menus do: GLib reads the entry and starts its Exec."""
    gio = _gio()
    folder = unpacked_archive(tmp_path / name / "briefings-1.0")
    home = tmp_path / "home"
    assert install(folder, home).returncode == 0
    desktop = home / ".local" / "share" / "applications" / "briefings.desktop"
    info = gio.g_desktop_app_info_new_from_filename(os.fsencode(desktop))
    assert info, "GLib refuses the menu entry"
    try:
        assert gio.g_app_info_launch(info, None, None, None)
    finally:
        gio.g_object_unref(info)
    started = folder.parent / "started.txt"
    deadline = time.monotonic() + LAUNCH_DEADLINE_S
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.02)  # polling a file the launched program writes, with a deadline
    assert started.read_text(encoding="utf-8") == "started 0\n"


@pytest.mark.parametrize("name", ["deux\nlignes", "à 100 %"], ids=["line-break", "percent"])
def test_a_folder_name_no_menu_can_launch_is_refused(tmp_path: Path, name: str) -> None:
    folder = unpacked_archive(tmp_path / name)
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 1
    assert "contient un saut de ligne ou un « % »" in result.stderr
    assert "renommez le dossier" in result.stderr
    assert not (home / ".local" / "share" / "applications").exists()


CONTENT_TYPE = """
import ctypes, ctypes.util, sys
gio = ctypes.CDLL(ctypes.util.find_library("gio-2.0"))
gio.g_content_type_guess.restype = ctypes.c_char_p
gio.g_content_type_guess.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t,
                                     ctypes.c_void_p]
print(gio.g_content_type_guess(sys.argv[1].encode(), None, 0, None).decode())
"""


def test_a_pack_is_a_briefings_file_for_the_desktop_and_opens_in_the_program(
    tmp_path: Path,
) -> None:
    _gio()  # GLib's GIO, which file managers ask for a file's type
    folder = unpacked_archive(tmp_path / "briefings-1.0")
    home = tmp_path / "home"
    result = install(folder, home)
    assert result.returncode == 0, result.stderr
    assert "s’ouvrent dans Briefings d’un double clic" in result.stdout
    share = home / ".local" / "share"
    assert (share / "mime" / "packages" / "briefings.xml").is_file()
    assert "application/x-briefings:*.briefings" in (share / "mime" / "globs2").read_text()
    desktop = (share / "applications" / "briefings.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-briefings;" in desktop.splitlines()
    guessed = subprocess.run(
        [sys.executable, "-c", CONTENT_TYPE, "Conseil de mars.briefings"],
        env={"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_HOME": str(share)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert guessed.stdout.strip() == "application/x-briefings"
