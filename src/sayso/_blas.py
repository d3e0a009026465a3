"""numpy's BLAS held to one thread around small matrix products.

A second OpenBLAS thread costs more than it brings on the products sayso runs (the parse's
layers, the heads of the persuasion stages) and fights the other process on a 2-core machine.
threadpoolctl sets the libraries' process-wide thread count for the span of a ``with`` and
restores it; without threadpoolctl nothing is limited.
"""

from __future__ import annotations

import contextlib
import functools
from contextlib import AbstractContextManager
from typing import Any


@functools.cache
def blas_libraries() -> Any:
    """threadpoolctl's selection of the BLAS libraries loaded in this process, or None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController().select(user_api="blas")


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS runs on one thread (nothing changes without threadpoolctl)."""
    libraries = blas_libraries()
    return libraries.limit(limits=1) if libraries is not None else contextlib.nullcontext()
