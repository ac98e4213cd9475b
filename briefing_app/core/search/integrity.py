"""Finding damage in an index on disk, before it makes a query fail or rank wrongly.

Whoosh checks little when it opens an index: a cut or deleted column file reads as
default values (a deleted ``_text_len.col`` makes every score tie), and flipped bits
in postings change scores silently. So the manifest keeps the size, CRC-32 and time of
last change of every file of the index's current generation, written once by Whoosh
and never changed; they are checked at every opening. A file whose size and time are
those recorded was not written since: its checksum is only read again when they
differ (reading the whole index took 60 ms of each update at 10,000 briefings).
Checks of the segments' structure come on top, for an index whose manifest describes
an older generation (a crash between Whoosh's commit and the manifest, or another
instance's update).
"""

from __future__ import annotations

import contextlib
import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec

from briefing_app.core.messages import fill, translate
from briefing_app.core.search.records import IndexCorruptError

FileTable = dict[str, tuple[int, ...]]  # file name -> (size, CRC-32, modified in ns)
_CHUNK = 1 << 20  # bytes read at a time when computing a checksum


def index_files(ix: Any) -> list[str]:
    """The files of the index's latest generation: its table of contents, then every
    file of its segments."""
    names = [f"_{ix.indexname}_{ix.latest_generation()}.toc"]
    for segment in ix._segments():
        names += sorted(segment.list_files(ix.storage))
    return names


def file_table(folder: Path, names: list[str], known: Mapping[str, tuple[int, ...]]) -> FileTable:
    """Size, checksum and time of change of each of ``names`` in ``folder``.

    Whoosh never rewrites a file, so one in ``known`` (checked when the index opened)
    keeps its checksum: an update only reads the files it wrote.
    """
    table: FileTable = {}
    for name in names:
        status = (folder / name).stat()
        entry = known.get(name)
        if entry is not None and entry[0] == status.st_size:
            table[name] = (status.st_size, entry[1], status.st_mtime_ns)
        else:
            table[name] = _entry(folder / name)
    return table


def check_files(folder: Path, ix: Any, table: Mapping[str, tuple[int, ...]]) -> bool:
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
            status = (folder / name).stat()
            if expected[2:] == (status.st_mtime_ns,) and expected[0] == status.st_size:
                continue  # not written since it was checked
            found = _entry(folder / name)
        except FileNotFoundError:
            why = translate("core.search.integrity", "fichier d’index manquant (%1)")
            raise IndexCorruptError(fill(why, name)) from None
        if found[:2] != expected[:2]:
            why = translate("core.search.integrity", "fichier d’index endommagé (%1)")
            raise IndexCorruptError(fill(why, name))
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
                why = translate("core.search.integrity", "longueurs du champ %1 endommagées")
                raise IndexCorruptError(fill(why, fieldname))
        if documents and not storage.file_exists(W3Codec.column_filename(segment, "_stored")):
            raise IndexCorruptError(
                translate("core.search.integrity", "champs enregistrés manquants")
            )
        with contextlib.closing(segment.open_file(storage, W3Codec.POSTS_EXT)) as f:
            head = f.read(len(WHOOSH3_HEADER_MAGIC))
        # An empty postings file is sound: every word of the segment is rare enough to
        # keep its postings in its term entry.
        if head and head != WHOOSH3_HEADER_MAGIC:
            raise IndexCorruptError(
                translate("core.search.integrity", "fichier des occurrences endommagé")
            )


def _entry(path: Path) -> tuple[int, int, int]:
    crc = size = 0
    with path.open("rb") as f:
        modified = os.fstat(f.fileno()).st_mtime_ns
        while chunk := f.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return size, crc, modified


def unreadable(error: Exception) -> str:
    """Why a search failed on a damaged index: the kind of ``error``."""
    return fill(translate("core.search.index", "lecture impossible (%1)"), type(error).__name__)
