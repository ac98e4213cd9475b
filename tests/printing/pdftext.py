"""Reading a PDF back as a reader would (poppler's tools, installed by tools/sysdeps.sh):
its text page by page, its metadata, its fonts, a page as an image."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """``text`` with its ligatures undone, a word cut at its hyphen by the end of a line
    put back together, and every other run of spaces (no-break ones too, line ends too)
    made one plain space: how a search in the PDF sees it."""
    text = re.sub(r"(?<=\w-)[ \t]*\n\s*", "", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, in reading order."""
    return _run("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1]


def info(pdf: Path) -> dict[str, str]:
    """What ``pdfinfo`` says (Title, Author, Pages...)."""
    lines = _run("pdfinfo", str(pdf)).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


def fonts(pdf: Path) -> list[tuple[str, bool]]:
    """Each font of the PDF and whether it is embedded."""
    rows = _run("pdffonts", str(pdf)).splitlines()[2:]
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows]


def inked_share(pdf: Path, page: int, folder: Path) -> float:
    """The share of a page's pixels that are dark (page from 1), at 30 dpi."""
    stem = folder / f"page-{page}"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    data = (stem.with_suffix(".pgm")).read_bytes()
    header_end = 0
    for _ in range(3):  # P5, width height, maxval
        header_end = data.index(b"\n", header_end) + 1
    pixels = data[header_end:]
    return sum(1 for value in pixels if value < 200) / len(pixels)


def link_targets(pdf: Path) -> list[str]:
    """Where each link inside the PDF leads (its named destinations, in file order)."""
    names = re.findall(rb"/Dest \(((?:\\.|[^\\)])*)\)", pdf.read_bytes())
    return [re.sub(rb"\\(.)", rb"\1", name).decode("utf-16") for name in names]
