"""Finding damage in an index on disk, before it makes a query fail or rank wrongly.

Whoosh checks little when it opens an index: a cut or deleted column file reads as
default values (a deleted ``_text_len.col`` makes every score tie), and flipped bits
in postings change scores silently. So the manifest keeps the size and CRC-32 of every
file of the index's current generation, written once by Whoosh and never changed; they
are checked at every opening. Checks of the segments' structure come on top, for an
index whose manifest describes an older generation (a crash between Whoosh's commit
and the manifest, or another instance's update).
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec

from briefing_app.core.search.records import IndexCorruptError

FileTable = dict[str, tuple[int, int]]  # file name -> (size, CRC-32)
_CHUNK = 1 << 20  # bytes read at a time when computing a checksum


def index_files(ix: Any) -> list[str]:
    """The files of the index's latest generation: its table of contents, then every
    file of its segments."""
    names = [f"_{ix.indexname}_{ix.latest_generation()}.toc"]
    for segment in ix._segments():
        names += sorted(segment.list_files(ix.storage))
    return names


def file_table(folder: Path, names: list[str], known: Mapping[str, tuple[int, int]]) -> FileTable:
    """Size and checksum of each of ``names`` in ``folder``.

    Whoosh never rewrites a file, so one in ``known`` (checked when the index opened)
    keeps its entry: an update only reads the files it wrote.
    """
    table: FileTable = {}
    for name in names:
        size = (folder / name).stat().st_size
        entry = known.get(name)
        table[name] = entry if entry is not None and entry[0] == size else _entry(folder / name)
    return table


def check_files(folder: Path, ix: Any, table: Mapping[str, tuple[int, int]]) -> bool:
    """Raise IndexCorruptError when a file the manifest lists for the index's current
    generation is missing or has changed; return whether they were compared.

    A manifest of another generation is not compared (its files are no longer those of
    the index): the structure checks do what they can.
    """
    toc = f"_{ix.indexname}_{ix.latest_generation()}.toc"
    if toc not in table:
        return False
    for name, expected in table.items():
        try:
            found = _entry(folder / name)
        except FileNotFoundError:
            raise IndexCorruptError(f"fichier d’index manquant ({name})") from None
        if found != expected:
            raise IndexCorruptError(f"fichier d’index endommagé ({name})")
    return True


def check_segments(reader: Any) -> None:
    """Raise IndexCorruptError when a segment's files disagree with its document count
    and field lengths, or its postings file does not start as Whoosh writes it."""
    for leaf, _offset in reader.leaf_readers():
        segment = leaf.segment()
        if segment is None:  # an index with no document at all
            continue
        storage = leaf.storage()
        documents = segment.doc_count_all()
        for fieldname, total in segment._fieldlengths.items():
            if not total:
                continue
            name = W3Codec.column_filename(segment, f"_{fieldname}_len")
            # One byte per document, fewer when the last documents have none of the field.
            if not storage.file_exists(name) or not 0 < storage.file_length(name) <= documents:
                raise IndexCorruptError(f"longueurs du champ {fieldname} endommagées")
        if documents and not storage.file_exists(W3Codec.column_filename(segment, "_stored")):
            raise IndexCorruptError("champs enregistrés manquants")
        with contextlib.closing(segment.open_file(storage, W3Codec.POSTS_EXT)) as f:
            head = f.read(len(WHOOSH3_HEADER_MAGIC))
        # An empty postings file is sound: every word of the segment is rare enough to
        # keep its postings in its term entry.
        if head and head != WHOOSH3_HEADER_MAGIC:
            raise IndexCorruptError("fichier des occurrences endommagé")


def _entry(path: Path) -> tuple[int, int]:
    crc = size = 0
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return size, crc
