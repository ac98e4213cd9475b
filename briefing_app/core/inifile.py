"""INI text read in a few lines: the themes' file and the window's settings file (whose
interface language the command line follows). Neither json nor configparser is imported
on the window's way to its first paint."""

from __future__ import annotations


def sections(text: str) -> dict[str, dict[str, str]]:
    """``text``'s ``[sections]`` of ``name = value`` lines (``#`` and ``;`` start a
    comment line; a line of neither kind is skipped)."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1].strip(), {})
        elif "=" in line and not line.startswith(("#", ";")):
            name, _, value = line.partition("=")
            current[name.strip()] = value.strip()
    return found
