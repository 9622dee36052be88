"""Receiving files: find the PDFs in what an officer drops, verify each, in parallel, bounded.

Verification runs in a pool of worker processes (one per core): a hostile file that exhausts a
worker costs that worker, not the app, and 1,000 reports verify on every core at once. A file
that cannot be read, is not a PDF or is too large becomes an "invalid" submission with its
reason; nothing stops the rest of a batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from aisafe_desktop.reporting.verify_reasons import Finding, Reason
from aisafe_desktop.services.inbox_facts import SubmissionFacts, clean_text
from aisafe_desktop.storage.inbox_models import Verdict

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any real report (a few MB), far below memory
PDF_SUFFIX = ".pdf"

Verifier = Callable[[bytes, str], SubmissionFacts]


@dataclass
class Discovery:
    """The files to receive, and how many others a folder walk passed over."""

    files: list[Path]
    skipped: int = 0


def discover(paths: Iterable[Path]) -> Discovery:
    """Files named directly are all taken (a non-PDF becomes an invalid row); folders are walked
    recursively for *.pdf only, counting what else they hold. Links are not followed."""
    found = Discovery([])
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(names):
                    if name.lower().endswith(PDF_SUFFIX):
                        found.files.append(Path(folder) / name)
                    else:
                        found.skipped += 1
        else:
            found.files.append(path)
    return found


def read_bounded(path: Path) -> tuple[bytes | None, Finding | None]:
    """The file's bytes, or None with a plain reason (missing, unreadable, too large)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None, Finding("readable", Reason.CANNOT_OPEN)
    if len(data) > MAX_FILE_BYTES:
        size = path.stat().st_size if path.exists() else len(data)
        return None, Finding("readable", Reason.FILE_TOO_LARGE, {"size": size,
                                                                  "limit": MAX_FILE_BYTES})
    return data, None


def unreadable(path: Path, finding: Finding) -> SubmissionFacts:
    """An invalid row for a file whose bytes are not kept, identified by what can be known."""
    reason = finding.reason.render(finding.params)
    marker = hashlib.sha256(f"unreadable:{path.resolve()}:{reason}".encode())
    try:
        with path.open("rb") as handle:
            marker.update(handle.read(1024 * 1024))
    except OSError:
        pass
    return SubmissionFacts(file_name=clean_text(path.name), data=b"", verdict=Verdict.INVALID,
                           reason=reason, digest=marker.hexdigest(), findings=(finding,))


def verify_path(path: Path, verifier: Verifier) -> SubmissionFacts:
    data, finding = read_bounded(path)
    if data is None:
        assert finding is not None
        return unreadable(path, finding)
    return verifier(data, clean_text(path.name))


# Worker processes build their verifier once, from picklable settings.
_WORKER_VERIFIER: Verifier | None = None


def _worker_start(factory: Callable[[], Verifier]) -> None:
    global _WORKER_VERIFIER
    _WORKER_VERIFIER = factory()


def _worker_verify(path: str) -> SubmissionFacts:
    assert _WORKER_VERIFIER is not None
    return verify_path(Path(path), _WORKER_VERIFIER)


def verify_all(files: list[Path], factory: Callable[[], Verifier], *, workers: int | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> Iterator[SubmissionFacts]:
    """Verify every file, yielding results in the order of `files`; stops early when cancelled.

    `factory` must be picklable (a module-level function or a functools.partial of one). With one
    worker (or one file) it runs in this process."""
    count = workers or min(os.cpu_count() or 1, 4)
    if count <= 1 or len(files) <= 1:
        verifier = factory()
        for path in files:
            if cancelled():
                return
            yield verify_path(path, verifier)
        return
    with ProcessPoolExecutor(max_workers=count, initializer=_worker_start,
                             initargs=(factory,)) as pool:
        window = count * 4  # a bounded queue: memory stays flat for 10,000 files
        pending: list[tuple[Path, Future[SubmissionFacts]]] = []
        queue = iter(files)
        for path in queue:
            pending.append((path, pool.submit(_worker_verify, str(path))))
            if len(pending) >= window:
                break
        while pending:
            path, future = pending.pop(0)
            if cancelled():
                for _, rest in pending:
                    rest.cancel()
                return
            try:
                yield future.result()
            except Exception:  # the worker died on this file: its own verdict, not the batch's
                yield unreadable(path, Finding("readable", Reason.DAMAGED))
            following = next(queue, None)
            if following is not None:
                pending.append((following, pool.submit(_worker_verify, str(following))))
