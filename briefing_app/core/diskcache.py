"""Cache files: written whole or not at all, read back only when of the right version.

The catalog, the rendered pages, the spelling vocabulary and the search index's
manifest each keep plain values (tuples, dicts, strings) in one file. They are stored
with ``marshal``: it needs no import and reads megabytes in milliseconds, but its
format belongs to the Python version, which is therefore part of every file's version
key. A file holds ``marshal((key, value))`` followed by the CRC-32 of those bytes, so
that a cut or a flipped byte is a miss and never a wrong value.

Writing goes to a temporary file beside the target (named for the process and the
thread, so two writers never share one), renamed over it: a reader sees the old file
or the new one. What cannot be written raises ``OSError`` and leaves nothing behind;
the caches catch it (a read-only cache folder only costs speed), the index does not.
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

PYTHON = f"py{sys.version_info[0]}.{sys.version_info[1]}"
_CRC = 4  # bytes of the checksum at the end of a file


class CacheMissError(ValueError):
    """A cache file that is missing, damaged, or of another version; the message says
    which, in the user's language."""


def write_value(path: Path, version: str, value: Any) -> None:
    """Keep ``value`` in ``path`` under ``version`` (atomically: a temporary file renamed).

    ``value`` is made of what ``marshal`` keeps: numbers, strings, bytes, and tuples,
    lists and dicts of them.

    Raises:
        OSError: the folder or the file cannot be written (nothing is left behind).
    """
    data = marshal.dumps((f"{version}/{PYTHON}", value))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(data + zlib.crc32(data).to_bytes(_CRC, "big"))
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def read_value(path: Path, version: str) -> object:
    """The value kept in ``path`` under ``version``.

    Raises:
        CacheMissError: the file is missing, unreadable, damaged, or of another version.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _unreadable(error.strerror or error) from None
    if len(data) < _CRC or zlib.crc32(data[:-_CRC]).to_bytes(_CRC, "big") != data[-_CRC:]:
        raise _damaged()
    try:
        found, value = marshal.loads(data[:-_CRC])
    except (ValueError, EOFError, TypeError) as error:
        raise _unreadable(error) from None
    if found != f"{version}/{PYTHON}":
        raise _other_version(repr(found))
    return value


# The messages of a miss are imported only on a miss: not on the window's start.


def _unreadable(why: object) -> CacheMissError:
    from briefing_app.core.messages import fill, translate

    return CacheMissError(fill(translate("core.diskcache", "illisible (%1)"), why))


def _damaged() -> CacheMissError:
    from briefing_app.core.messages import translate

    return CacheMissError(translate("core.diskcache", "endommagé"))


def _other_version(found: str) -> CacheMissError:
    from briefing_app.core.messages import fill, translate

    return CacheMissError(fill(translate("core.diskcache", "d’une autre version (%1)"), found))
