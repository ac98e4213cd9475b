"""Reading a file that content names, safely: only a regular file, only up to a limit.

Used for briefings and for their images. The file is opened non-blocking (opening a
pipe never waits), checked to be a regular file (a device or a socket is never read),
and its size is checked before reading, then again on what was read (it may grow).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegularFileError(Exception):
    """The path names a device, a pipe, a socket or a folder."""


class FileTooLargeError(Exception):
    """The file is larger than the limit; ``size`` is what was seen of it."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, at most ``limit`` of them.

    Raises:
        NotRegularFileError: not a regular file.
        FileTooLargeError: more than ``limit`` bytes.
        OSError: it cannot be opened or read.
    """
    descriptor = os.open(path, _FLAGS)
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFileError(str(path))
        if status.st_size > limit:
            raise FileTooLargeError(status.st_size)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(len(data))
    return data
