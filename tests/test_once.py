"""sayso._once: one object per process however many threads ask; a failed build is retried."""

from __future__ import annotations

import threading
import time

import pytest

from sayso._once import once


def test_threads_asking_at_once_share_one_object() -> None:
    built = []

    def slow() -> object:
        time.sleep(0.05)  # long enough for every thread to be waiting on the first build
        built.append(object())
        return built[-1]

    get = once(slow)
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(get())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(built) == 1 and len(got) == 8 and all(g is built[0] for g in got)


def test_a_failed_build_is_not_remembered() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("weights not there yet")
        return "ready"

    get = once(flaky)
    with pytest.raises(OSError):
        get()
    assert get() == "ready" and get() == "ready" and len(calls) == 2
