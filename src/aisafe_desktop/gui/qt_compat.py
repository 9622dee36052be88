"""Work around a reference-count bug of PySide6 6.12.0 on Python < 3.12.

Measured on this project's machine (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt
method that returns nothing (`widget.update()`, `setVisible()`, `processEvents()` ...) takes one
reference from `None` without having added it. From Python 3.12 on `None` is immortal and nothing
happens; on 3.11 the count reaches zero after a few thousand calls and the interpreter aborts with
"Fatal Python error: none_dealloc". PySide6 6.11.3 does not have the bug.

The fix here gives `None` the very large count an immortal object has on 3.12, once, at import of
the GUI package, and only for the affected combination. Pinning PySide6 below 6.12 or running on
Python 3.12+ makes it a no-op.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL_LIKE = 1 << 40


def affected(pyside_version: tuple[int, ...], python: tuple[int, ...]) -> bool:
    return python < (3, 12) and pyside_version[:2] == (6, 12)


def protect_none() -> bool:
    """True when the work-around was applied."""
    import PySide6

    if not affected(tuple(PySide6.__version_info__[:3]), tuple(sys.version_info[:2])):
        return False
    # ob_refcnt is the first field of every object on CPython 3.11 (a Py_ssize_t).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value = max(refcount.value, IMMORTAL_LIKE)
    return True
