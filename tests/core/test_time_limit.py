"""The time limit stops runaway Python code in any thread, and never fires late."""

from __future__ import annotations

import os
import threading
import time

import pytest

from briefing_app.core.time_limit import TimeLimitExceeded, time_limit


def _spin() -> None:
    while True:
        pass


def test_runaway_code_is_stopped_at_its_limit() -> None:
    start = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        _spin()
    assert time.monotonic() - start < 5  # a hang guard: it fired, and did not wait for more


def test_a_block_that_ends_in_time_is_never_interrupted_afterwards() -> None:
    for _ in range(1000):
        with time_limit(0.05):
            pass
    deadline = time.monotonic() + 0.2
    while time.monotonic() < deadline:  # Python code running past every limit set above
        pass


def test_it_works_in_another_thread_and_after_a_fork() -> None:
    outcome: list[str] = []

    def worker() -> None:
        try:
            with time_limit(0.1):
                _spin()
        except TimeLimitExceeded:
            outcome.append("stopped")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=10)
    assert outcome == ["stopped"]
    child = os.fork()
    if child == 0:  # the forked search build renders under a limit too
        try:
            with time_limit(0.1):
                _spin()
        except TimeLimitExceeded:
            os._exit(0)
        os._exit(1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_an_exception_that_was_dropped_is_raised_again() -> None:
    # Where Python cannot raise it (a garbage-collector callback, a __del__), the
    # exception is reported as unraisable and dropped: here, caught once on purpose.
    caught: list[float] = []
    start = time.monotonic()

    def work() -> None:
        with time_limit(0.05):
            try:
                while time.monotonic() - start < 5:
                    pass
            except TimeLimitExceeded:
                caught.append(time.monotonic())
            while time.monotonic() - start < 5:  # the work goes on after the lost exception
                pass
            pytest.fail("the time limit was raised only once")

    with pytest.raises(TimeLimitExceeded):
        work()
    assert len(caught) == 1
    assert time.monotonic() - start < 2
