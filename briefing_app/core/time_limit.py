"""A time limit on pure-Python work in the calling thread (rendering a briefing).

Python-Markdown has inputs on which it runs for minutes (10 KB of ``[``, 30 KB of
``<a ``, thousands of nested list levels): a briefing must be reported as too complex
instead. One watchdog thread per process raises ``TimeLimitExceeded`` in a working
thread whose limit has passed, through CPython's ``PyThreadState_SetAsyncExc``, which
takes effect at that thread's next bytecode. It works in any thread (the window's, the
search worker's, a forked build process). A call costs a lock and a dictionary entry:
the watchdog is woken only when a limit ends before the time it already sleeps to, so a
run of briefings wakes it about once per limit, not once per file. The exception
derives from ``BaseException`` so that no ``except Exception`` inside the library
swallows it. An exception that lands where Python cannot raise it (a garbage-collector
callback, a ``__del__``: it is reported as unraisable and dropped) would leave the work
running, so the watchdog raises it again every ``REFIRE_S`` until the limit is stopped.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

REFIRE_S = 0.1  # a limit still running this long after its exception gets another


class TimeLimitExceeded(BaseException):
    """Raised in the working thread when its time limit has passed."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
_set_async_exc.restype = ctypes.c_int


class _Watchdog:
    """The limits running in this process, and the thread that enforces them."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # the thread does not survive a fork

    def _reset(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._limits: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread id)
        self._fired: dict[int, float] = {}  # token -> when its exception was last raised
        self._until = float("inf")  # when the watchdog will look again
        self._thread: threading.Thread | None = None
        self._tokens = itertools.count()

    def start(self, seconds: float) -> int:
        """Register a limit for the calling thread; return its token."""
        deadline = time.monotonic() + seconds
        with self._lock:
            token = next(self._tokens)
            self._limits[token] = (deadline, threading.get_ident())
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="time-limit", daemon=True)
                self._thread.start()
            elif deadline < self._until:
                self._wake.notify()
        return token

    def stop(self, token: int) -> None:
        """End a limit; withdraw its exception if it fired but was not yet raised."""
        with self._lock:
            thread_id = self._limits.pop(token, (0.0, threading.get_ident()))[1]
            if self._fired.pop(token, None) is not None:
                _set_async_exc(thread_id, ctypes.py_object())  # NULL: clears a pending one

    def _run(self) -> None:
        with self._lock:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in self._limits.items():
                    due = self._fired[token] + REFIRE_S if token in self._fired else deadline
                    if due <= now:
                        self._fired[token] = now
                        _set_async_exc(thread_id, ctypes.py_object(TimeLimitExceeded))
                pending = [
                    self._fired[t] + REFIRE_S if t in self._fired else d
                    for t, (d, _) in self._limits.items()
                ]
                self._until = min(pending, default=float("inf"))
                self._wake.wait(None if not pending else max(self._until - now, 0.0))


_watchdog = _Watchdog()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the ``with`` block for at most ``seconds``, else raise ``TimeLimitExceeded``.

    Only Python code is interrupted: a single long call into C finishes first.
    """
    token = _watchdog.start(seconds)
    try:
        yield
    finally:
        while True:  # a second raise may land while stopping: stop again, then go on
            try:
                _watchdog.stop(token)
                break
            except TimeLimitExceeded:
                continue
