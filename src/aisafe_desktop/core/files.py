"""Writing a file so that a failure leaves nothing behind.

On a full disk a write fails half-way. The atomic writers used to keep their temporary
`.name.XXXX.part` file (taking the last free bytes), and a new identity file was left empty, so
that trying again said "already exists". Here the temporary or new file is removed on any failure,
and the OSError goes on to the caller, which words it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, mode: int | None = None,
                     sync: bool = False) -> None:
    """Write next to `path`, then rename over it: an existing file is never half-written.
    `mode`: the new file's permissions (mkstemp makes 0600); `sync`: fsync before the rename."""
    import tempfile  # not at import: the settings and the window state are written through here

    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_new_file(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Create `path` with `mode` from the start (never readable by others, even for a moment)
    and write `data`; a file that could not be written whole is removed. Raises
    FileExistsError when it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
