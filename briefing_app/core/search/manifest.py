"""The manifest of an index on disk: what it holds, checked by its own checksum.

One cache file (``diskcache``) beside Whoosh's, under the schema version: each
briefing's content hash and acronyms, and the size and checksum of each file of the
index (see ``integrity``). It is replaced whole (a temporary file, renamed).
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.core.diskcache import CacheMissError, read_value, write_value
from briefing_app.core.search.records import IndexCorruptError, IndexManifest

MANIFEST = "manifest.bin"


def read_manifest(folder: Path, version: int) -> IndexManifest:
    """The manifest in ``folder``, written for schema ``version``.

    Raises:
        IndexCorruptError: missing, damaged, or of another version.
    """
    try:
        value = read_value(folder / MANIFEST, f"index-{version}")
    except CacheMissError as miss:
        raise IndexCorruptError(f"manifeste {miss}") from None
    if not (isinstance(value, tuple) and len(value) == 3 and all(type(v) is dict for v in value)):
        raise IndexCorruptError("manifeste illisible (contenu inattendu)")
    hashes, glossaries, files = value
    return IndexManifest(dict(hashes), dict(glossaries), dict(files))


def write_manifest(folder: Path, version: int, manifest: IndexManifest) -> None:
    """Write ``manifest`` into ``folder`` (nothing is left behind if that fails)."""
    value = (manifest.hashes, manifest.glossaries, manifest.files)
    write_value(folder / MANIFEST, f"index-{version}", value)
