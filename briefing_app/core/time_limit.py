"""A time limit on pure-Python work in the calling thread (rendering a briefing).

Python-Markdown has inputs on which it runs for minutes (10 KB of ``[``, 30 KB of
``<a ``, thousands of nested list levels): a briefing must be reported as too complex
instead. A timer thread raises ``TimeLimitExceeded`` in the working thread through
CPython's ``PyThreadState_SetAsyncExc``, which takes effect at the working thread's
next bytecode: it works in any thread (the window's, the search worker's, a forked
build process), costs one short-lived timer thread per call, and nothing when the
limit is not reached. The exception derives from ``BaseException`` so that no
``except Exception`` inside the library swallows it.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """Raised in the working thread when its time limit has passed."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
_set_async_exc.restype = ctypes.c_int


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the ``with`` block for at most ``seconds``, else raise ``TimeLimitExceeded``.

    Only Python code is interrupted: a single long call into C finishes first.
    """
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["running"]:
                state["fired"] = True
                _set_async_exc(thread_id, ctypes.py_object(TimeLimitExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["running"] = False
            if state["fired"]:
                # Fired as the block was ending: withdraw the exception if not yet raised.
                _set_async_exc(thread_id, ctypes.py_object())
        timer.cancel()
