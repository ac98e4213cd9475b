"""Whether a process still runs: folders left half-written by a process that died (an
index build, a pack's install) are cleared, those of one still at work are not."""

from __future__ import annotations

import os
import sys


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (assumed so where that cannot be told)."""
    if sys.platform == "win32":  # os.kill would end the process there: assume it lives
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True
