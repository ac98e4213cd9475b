"""The index's folder on disk: seeded from the shipped index, swapped for a fresh build,
cleared of builds abandoned by processes that died, and why a write failed.

Also ``quiet_leaks``: Whoosh leaves files open when a damaged index fails to load.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing_app.core.messages import fill, translate
from briefing_app.core.processes import process_alive
from briefing_app.core.search.manifest import MANIFEST


def copy_seed(seed: Path, folder: Path) -> None:
    """Copy the index built beforehand in ``seed`` into ``folder`` when that holds no
    index yet (a failure leaves ``folder`` to be built as usual)."""
    if (folder / MANIFEST).exists() or not (seed / MANIFEST).exists():
        return
    staging = folder.with_name(f"{folder.name}.new-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(seed, staging, copy_function=_copy_keeping_time)
        if folder.exists():  # no manifest: damaged or half-built, rebuilt anyway
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except OSError:  # then the index is built as usual
        shutil.rmtree(staging, ignore_errors=True)


def _copy_keeping_time(source: str, target: str) -> None:
    """Copy a file with its time of change (the manifest vouches for files by size and
    time) but not its mode, unlike copy2: the copies must be writable even if the seed
    is not."""
    shutil.copyfile(source, target)
    status = os.stat(source)
    os.utime(target, ns=(status.st_atime_ns, status.st_mtime_ns))


def swap_in(folder: Path, fresh: Path) -> None:
    """Put the built ``fresh`` in place of the live index in ``folder`` (put back if
    that fails)."""
    old = folder.with_name(f"{folder.name}.old-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    try:
        os.replace(fresh, folder)
    except OSError:
        if old.exists():
            os.replace(old, folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


def remove_abandoned_builds(folder: Path) -> None:
    """Delete the half-built copies beside ``folder`` left by processes that died while
    rebuilding."""
    for stale in folder.parent.glob(f"{folder.name}.*-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def _collect() -> None:
    gc.collect()


@contextlib.contextmanager
def quiet_leaks() -> Iterator[Callable[[], None]]:
    """Whoosh leaves files open when a damaged index fails to load: the block calls the
    function it is given after a failure, which closes them without warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield _collect


def why_unwritable(error: OSError) -> str:
    """Why the index could not be written, in a few words of the user's language."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("core.search.folder", "disque plein")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("core.search.folder", "dossier en lecture seule")
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return fill(translate("core.search.folder", "écriture impossible (%1)"), code)
