"""A value made at most once per process, on first use, however many threads ask for it.

The comparer, the technique tagger and the claim scorer each load weights and open an ONNX
session that the web app's threads share; two threads asking at once must not build two.
A factory that raises is not remembered: the next call tries again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(factory: Callable[[], T]) -> Callable[[], T]:
    """``factory()`` on the first call, the same object on every later one."""
    lock = threading.Lock()
    made: list[T] = []

    def get() -> T:
        with lock:
            if not made:
                made.append(factory())
            return made[0]

    return get
