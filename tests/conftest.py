"""Rules for the whole suite.

- Nothing touches the real user's files: before anything is collected, HOME, the XDG folders and
  AISAFE_DATA_DIR point into a temporary folder (subprocesses inherit them). Two checks:
  an audit hook refuses (and records) every write this process makes into the real AISafe
  folders, which fails the run; and at the end a session fixture compares the real folders with
  how they were at the start. That comparison fails the run in CI (CI=true). Elsewhere it only
  warns, because another program (the app itself, another checkout's tests) may write there
  meanwhile and cannot be told apart.
- Without PySide6 (the no-Qt job: `python3 tools/bootstrap.py test-noqt`) tests/gui is left out,
  tests marked `gui` elsewhere are skipped, and everything else must pass; everything under
  tests/gui carries the `gui` marker.
- `postgres_url`: a real PostgreSQL server started for the session (tests/pg_server.py).

Test helpers are plain modules imported as `tests.<area>.<module>`; conftest files hold fixtures.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_server import PostgresServer, PostgresUnavailable

HAS_QT = importlib.util.find_spec("PySide6") is not None
TESTS = Path(__file__).resolve().parent

# pytest reads this from a conftest: the GUI tests cannot even be imported without Qt.
collect_ignore = [] if HAS_QT else ["gui"]

REDIRECTED = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
              "XDG_RUNTIME_DIR", "AISAFE_DATA_DIR")

Fingerprint = dict[str, tuple[int, int]]


def real_user_folders() -> list[Path]:
    """Every folder the app writes to for the real user, computed before the redirect."""
    import platformdirs

    from aisafe_desktop.core.paths import APP_AUTHOR, APP_NAME, DATA_DIR_ENV

    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    found = [dirs.user_data_dir, dirs.user_config_dir, dirs.user_cache_dir, dirs.user_state_dir,
             dirs.user_log_dir]
    if os.environ.get(DATA_DIR_ENV):
        found.append(os.environ[DATA_DIR_ENV])
    return sorted({Path(f).expanduser() for f in found})


def fingerprint(folders: list[Path]) -> Fingerprint:
    """(size, mtime) of every file and folder under `folders`; a missing folder has no entries."""
    found: Fingerprint = {}
    for folder in folders:
        for path in [folder, *folder.rglob("*")] if folder.exists() else []:
            try:
                info = path.lstat()
            except OSError:  # removed while we looked
                continue
            found[str(path)] = (info.st_size if path.is_file() else -1, info.st_mtime_ns)
    return found


# Audit events that write to a path (the first argument; os.rename/replace: both).
WRITE_EVENTS = {"os.mkdir", "os.remove", "os.rmdir", "os.rename", "os.replace", "os.truncate",
                "os.chmod", "shutil.rmtree", "shutil.copyfile", "sqlite3.connect"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class UserFolderGuard:
    def __init__(self) -> None:
        self.folders = real_user_folders()
        self.prefixes = tuple(os.path.join(os.path.abspath(f), "") for f in self.folders)
        self.before = fingerprint(self.folders)
        self.home = Path(tempfile.mkdtemp(prefix="aisafe-tests-home-"))
        self.saved = {name: os.environ.get(name) for name in (*REDIRECTED, "PIP_CACHE_DIR")}
        self.writes: list[str] = []
        self.watching = False
        self.warning = ""

    def audit(self, event: str, args: tuple[object, ...]) -> None:
        """sys.addaudithook: refuse a write by this process into a real AISafe folder."""
        if not self.watching:
            return
        if event == "open":
            path, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & WRITE_FLAGS)
            targets = [path] if writes else []
        elif event in WRITE_EVENTS:
            targets = list(args[:2]) if event in ("os.rename", "os.replace") else list(args[:1])
        else:
            return
        for target in targets:
            if isinstance(target, bytes):
                target = os.fsdecode(target)
            if not isinstance(target, str | os.PathLike):
                continue
            full = os.path.join(os.path.abspath(target), "")
            if full.startswith(self.prefixes):
                self.writes.append(f"{event}: {target}")
                raise PermissionError(f"a test wrote into the real user's folder: {target}")

    def redirect(self) -> None:
        # pip (installer builds) keeps its real cache: moving it would download everything again.
        real_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        os.environ.setdefault("PIP_CACHE_DIR", str(real_cache / "pip"))
        folders = {"HOME": "home", "XDG_DATA_HOME": "home/.local/share",
                   "XDG_CONFIG_HOME": "home/.config", "XDG_CACHE_HOME": "home/.cache",
                   "XDG_STATE_HOME": "home/.local/state", "XDG_RUNTIME_DIR": "runtime",
                   "AISAFE_DATA_DIR": "aisafe-data"}
        for name, relative in folders.items():
            target = self.home / relative
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.environ[name] = str(target)
        sys.addaudithook(self.audit)  # cannot be removed; `watching` turns it off
        self.watching = True

    def changes(self) -> list[str]:
        after = fingerprint(self.folders)
        changed = [f"changed: {p}" for p in sorted(set(after) & set(self.before))
                   if after[p] != self.before[p]]
        added = [f"new: {p}" for p in sorted(set(after) - set(self.before))]
        removed = [f"removed: {p}" for p in sorted(set(self.before) - set(after))]
        return changed + added + removed

    def restore(self) -> None:
        self.watching = False
        for name, value in self.saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(self.home, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        # pyproject.toml sets pytest-qt's option; without pytest-qt it would be an unknown key.
        parser.addini("qt_api", "pytest-qt's Qt binding (pytest-qt is not installed here)")


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("AISAFE_EXPECT_NO_QT") == "1" and HAS_QT:
        raise pytest.UsageError("the no-Qt job runs with PySide6 importable: it proves nothing")
    guard = UserFolderGuard()
    guard.redirect()
    config.stash[GUARD_KEY] = guard


def pytest_unconfigure(config: pytest.Config) -> None:
    guard = config.stash.get(GUARD_KEY, None)
    if guard is not None:
        guard.restore()


def pytest_report_header(config: pytest.Config) -> list[str]:
    guard = config.stash[GUARD_KEY]
    lines = [f"user folders redirected to {guard.home}"]
    if not HAS_QT:
        lines.append("PySide6 is not installed: tests/gui is left out (no-Qt job)")
    return lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    guard = config.stash.get(GUARD_KEY, None)
    if guard is not None and guard.warning:
        terminalreporter.section("real user folders", sep="-", yellow=True)
        terminalreporter.line(guard.warning, yellow=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    gui = TESTS / "gui"
    no_qt = pytest.mark.skip(reason="needs PySide6, which this environment (no-Qt job) lacks")
    for item in items:
        if gui in item.path.parents:
            item.add_marker(pytest.mark.gui)
        if not HAS_QT and item.get_closest_marker("gui") is not None:
            item.add_marker(no_qt)


GUARD_KEY = pytest.StashKey[UserFolderGuard]()


@pytest.fixture(scope="session", autouse=True)
def real_user_folders_untouched(pytestconfig: pytest.Config) -> Iterator[None]:
    """Every test runs with the redirected folders; at the end the real ones must be unchanged."""
    guard = pytestconfig.stash[GUARD_KEY]
    assert os.environ["HOME"] == str(guard.home / "home")
    yield
    assert not guard.writes, ("the tests wrote into the real user's AISafe folders:\n"
                              + "\n".join(guard.writes[:40]))
    changes = guard.changes()
    if not changes:
        return
    message = ("the real user's AISafe folders changed while the tests ran:\n"
               + "\n".join(changes[:40]))
    if os.environ.get("CI", "").lower() == "true":
        raise AssertionError(message)
    guard.warning = f"{message}\n(not failing outside CI: another program may have written there)"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A SQLAlchemy URL (postgresql+psycopg://) of a real server started for this session.
    In CI (CI=true) a server that cannot start fails the test; elsewhere it skips it."""
    server: PostgresServer | None = None
    try:
        server = PostgresServer()
        url = server.start()
    except PostgresUnavailable as error:
        if server is not None:
            server.stop()
        message = f"PostgreSQL test server: {error}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield url
    finally:
        server.stop()
