"""Keep PySide6 from holding the source text of every module imported after it.

PySide6's `__feature__` support looks at each newly imported module to see whether it might use
`from __feature__ import ...`: it reads the module's source through `inspect.getsource`, and
`linecache` then keeps every line. For the modules imported after Qt (SQLAlchemy, our services,
the questionnaire engine) that is 15-20 MiB held for nothing: a quarter of the app's idle memory
with an assessment open. Freeing the cache afterwards does not give the memory back (the lines
are scattered between long-lived objects), so the check reads the file itself, uncached, with the
same answer: does the source mention PySide6.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _mentions_pyside(module: ModuleType) -> bool:
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return False  # built-in, extension or bundled without source: what PySide6 answers too
    try:
        with open(file, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_caching_module_sources() -> None:
    """Replace the check in PySide6's feature support, if this PySide6 has it."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
