"""The manifest of an index on disk: what it holds, checked by its own checksum.

One ``marshal`` file beside Whoosh's: the schema version, each briefing's content hash
and acronyms, and the size and checksum of each file of the index (see ``integrity``),
followed by the CRC-32 of all that. It is replaced whole (a temporary file, renamed).
"""

from __future__ import annotations

import marshal
import os
import zlib
from pathlib import Path

from briefing_app.core.search.records import IndexCorruptError, IndexManifest

MANIFEST = "manifest.bin"
_CRC = 4  # bytes of the manifest's own checksum, at its end


def read_manifest(folder: Path, version: int) -> IndexManifest:
    """The manifest in ``folder``, written for schema ``version``.

    Raises:
        IndexCorruptError: missing, damaged, or of another version.
    """
    try:
        data = (folder / MANIFEST).read_bytes()
        if zlib.crc32(data[:-_CRC]).to_bytes(_CRC, "big") != data[-_CRC:]:
            raise IndexCorruptError("manifeste endommagé")
        found, hashes, glossaries, files = marshal.loads(data[:-_CRC])
        manifest = IndexManifest(dict(hashes), dict(glossaries), dict(files))
    except (OSError, ValueError, EOFError, TypeError) as error:
        raise IndexCorruptError(f"manifeste illisible ({error})") from None
    if found != version:
        raise IndexCorruptError(f"version d’index {found!r} inconnue")
    return manifest


def write_manifest(folder: Path, version: int, manifest: IndexManifest) -> None:
    """Write ``manifest`` into ``folder`` (nothing is left behind if that fails)."""
    data = marshal.dumps((version, manifest.hashes, manifest.glossaries, manifest.files))
    temporary = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    try:
        temporary.write_bytes(data + zlib.crc32(data).to_bytes(_CRC, "big"))
        os.replace(temporary, folder / MANIFEST)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
