"""Give the memory that start-up work freed back to the system.

glibc's malloc keeps freed heap pages for reuse instead of returning them, so the temporary objects
of opening the workspace (reading the questionnaires) and of building an assessment's cards stay
counted against the app for as long as it runs. `malloc_trim(0)` returns them (~4 MiB after an
assessment opens). It costs a few milliseconds, so it runs once after each such burst of work,
when the app goes idle; elsewhere (Windows, macOS, musl) there is nothing to do.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc
        return None


def release_freed_memory() -> None:
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
