"""The manifest of an index on disk: what it holds, checked by its own checksum.

One cache file (``diskcache``) beside Whoosh's, under the schema version: each
briefing's content hash and acronyms, and the size and checksum of each file of the
index (see ``integrity``). It is replaced whole (a temporary file, renamed). Beside it,
a few bytes (``HOLDS``): a digest of the briefings' content hashes, which the start-up
check compares without reading the whole manifest (40 ms at 10,000 briefings).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable
from pathlib import Path

from briefing_app.core.diskcache import CacheMissError, read_value, write_value
from briefing_app.core.messages import fill, translate
from briefing_app.core.search.records import IndexCorruptError, IndexManifest

MANIFEST = "manifest.bin"
HOLDS = "holds.bin"


def holdings_digest(pairs: Iterable[tuple[str, str]]) -> str:
    """A digest of (briefing id, content hash) pairs, in any order (their lines, sorted
    as strings: in C, without a Python step per pair)."""
    lines = sorted(map("\0".join, pairs))
    return hashlib.blake2b(("\n".join(lines) + "\n").encode(), digest_size=16).hexdigest()


def read_holdings(folder: Path, version: int) -> str:
    """The digest written with the manifest ("" when there is none to trust)."""
    try:
        value = read_value(folder / HOLDS, f"index-{version}")
    except CacheMissError:
        return ""
    return value if isinstance(value, str) else ""


def read_manifest(folder: Path, version: int) -> IndexManifest:
    """The manifest in ``folder``, written for schema ``version``.

    Raises:
        IndexCorruptError: missing, damaged, or of another version.
    """
    try:
        value = read_value(folder / MANIFEST, f"index-{version}")
    except CacheMissError as miss:  # "manifeste endommagé", "manifeste illisible (...)"...
        raise IndexCorruptError(
            fill(translate("core.search.manifest", "manifeste %1"), miss)
        ) from None
    if not (isinstance(value, tuple) and len(value) == 3 and all(type(v) is dict for v in value)):
        raise IndexCorruptError(
            translate("core.search.manifest", "manifeste illisible (contenu inattendu)")
        )
    hashes, glossaries, files = value
    return IndexManifest(dict(hashes), dict(glossaries), dict(files))


def write_manifest(folder: Path, version: int, manifest: IndexManifest) -> None:
    """Write ``manifest`` into ``folder`` (nothing is left behind if that fails)."""
    value = (manifest.hashes, manifest.glossaries, manifest.files)
    write_value(folder / MANIFEST, f"index-{version}", value)
    write_holdings(folder, version, holdings_digest(manifest.hashes.items()))


def write_holdings(folder: Path, version: int, digest: str) -> None:
    """Write the digest of what the index holds beside its manifest."""
    write_value(folder / HOLDS, f"index-{version}", digest)


def holdings_match(folder: Path, version: int, pairs: Iterable[tuple[str, str]]) -> bool | None:
    """Whether the digest beside the manifest is that of ``pairs`` (briefing id, content
    hash); None when there is no digest to go by."""
    held = read_holdings(folder, version)
    if not held or not (folder / MANIFEST).exists():
        return None
    return held == holdings_digest(pairs)


def refresh_holdings(folder: Path, version: int, hashes: dict[str, str]) -> None:
    """Write the digest of ``hashes`` again if the one on disk differs (a write that
    stopped between the manifest and its digest); a read-only folder is left as it is."""
    digest = holdings_digest(hashes.items())
    if read_holdings(folder, version) != digest:
        with contextlib.suppress(OSError):
            write_holdings(folder, version, digest)
