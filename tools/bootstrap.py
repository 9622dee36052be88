#!/usr/bin/env python3
"""Set up AISafe Desktop from a fresh clone, then launch the app or run the whole test suite.

    python3 tools/bootstrap.py app         # set up, then start the desktop app
    python3 tools/bootstrap.py test        # set up, then lint, type-check, check layers, run pytest
                                           # (GUI tests in .venv, the rest in .venv-noqt, in parallel)
    python3 tools/bootstrap.py test-noqt   # every non-GUI test in .venv-noqt, which has no PySide6
    python3 tools/bootstrap.py setup       # set up only (.ci/run runs its stages after it)

Needs only Python >= 3.11 with venv. On Debian/Ubuntu it installs the system libraries Qt needs
(and the tools the tests use) with apt-get when run as root, or stops and names the exact
packages to install. Standard library only: this runs before anything else is installed.

`app` and `test` set up the same things (one superset), so after either has run once, both work
offline. Python packages are kept as wheels in a local folder (the wheelhouse, see
`wheelhouse()`), so a new virtual environment is built from it without the network too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
VENV = ROOT / ".venv"
NOQT_VENV = ROOT / ".venv-noqt"
STAMP_NAME = ".setup-stamp"
# Distributions left out of the no-Qt environment (napari-style headless job).
QT_DISTRIBUTIONS = ("pyside6", "shiboken6", "pytest-qt")

# Qt (PySide6-Essentials) on a minimal Debian 12: offscreen set + what a real X11 display needs.
QT_PACKAGES = ["libglib2.0-0", "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1",
               "libxkbcommon0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
               "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0"]
# The tests check PDFs with independent tools (pdfsig, pdffonts, pdftoppm, qpdf), make test keys
# and start their own PostgreSQL server (initdb + pg_ctl in a temporary folder).
TEST_PACKAGES = ["poppler-utils", "qpdf", "openssl", "postgresql"]
# The GUI tests also read the app from outside, as a screen reader does: their own X server, a
# D-Bus session bus with the AT-SPI registry, and libatspi for the system python3 (Orca's library).
A11Y_TEST_PACKAGES = ["xvfb", "dbus-daemon", "at-spi2-core", "python3-pyatspi"]
# Only when the Windows installer is built and smoke-tested under Wine (CI does).
WINDOWS_TEST_ENV = "AISAFE_TEST_WINDOWS_INSTALLER"
WINDOWS_PACKAGES = ["wine", "wine64", "nsis", "osslsigncode", "gcc-mingw-w64-x86-64-win32",
                    "p7zip-full"]


class SetupError(Exception):
    """A set-up step failed; the message says what to do. Printed plainly, never a traceback."""


def say(message: str) -> None:
    print(f"[aisafe setup] {message}", flush=True)


def run(cmd: list[str], *, quiet: bool = False, env: dict[str, str] | None = None) -> bool:
    """Run a command; True when it succeeded. `quiet` keeps its output unless it fails."""
    if not quiet:
        say(" ".join(cmd))
    try:
        done = subprocess.run(cmd, check=False, env=env, capture_output=quiet, text=True)
    except OSError as error:
        raise SetupError(f"cannot run {cmd[0]}: {error.strerror}") from None
    return done.returncode == 0


def missing_debian_packages(packages: list[str]) -> list[str]:
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for package in packages:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                               capture_output=True, text=True, check=False)
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    return missing


def root_command_hint(command: str) -> str:
    """How to run `command` as root here: sudo only where it exists (minimal Debian has none)."""
    if shutil.which("sudo"):
        return f"sudo {command}"
    return f"su -c '{command}'      (as root; this system has no sudo)"


def ensure_system_packages(packages: list[str]) -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = missing_debian_packages(packages)
    if not missing:
        return
    install = f"apt-get install --no-install-recommends {' '.join(missing)}"
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SetupError("AISafe Desktop needs these system packages first:\n\n"
                         f"    {root_command_hint(f'apt-get update && {install}')}\n\n"
                         "Run that command, then run this one again.")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say(f"installing system packages: {' '.join(missing)}")
    run(["apt-get", "update", "-q"], env=env)  # may fail offline; the install then says so
    if not run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env):
        raise SetupError(f"apt-get could not install: {' '.join(missing)}.\n"
                         "If this computer is offline, connect it to the internet once and run "
                         "this command again; after that it works offline.")


def wheelhouse() -> Path:
    """Wheels of every pinned package, kept across clones so a rebuild needs no network.
    $AISAFE_WHEELHOUSE, else <user cache>/aisafe-desktop-setup/wheels."""
    chosen = os.environ.get("AISAFE_WHEELHOUSE")
    if chosen:
        return Path(chosen)
    if os.name == "nt":
        cache = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "aisafe-desktop-setup" / "wheels"


def requirements(*, with_qt: bool) -> list[str]:
    """The project's dependencies plus its dev extra: the one superset every mode installs."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    found = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    if with_qt:
        return found
    return [r for r in found if not r.lower().replace("_", "-").startswith(QT_DISTRIBUTIONS)]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def setup_digest() -> str:
    # The mode (app/test) is not part of it: both modes install the same superset.
    inputs = (ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()
    return hashlib.sha256(inputs).hexdigest()


def pip(python: Path) -> list[str]:
    return [str(python), "-m", "pip", "--disable-pip-version-check"]


def install_from_wheelhouse(python: Path, reqs: list[str]) -> tuple[bool, str]:
    """Install with no network at all: only wheels from the wheelhouse. (ok, pip's output)."""
    offline = [*pip(python), "install", "-q", "--no-index", "--find-links", str(wheelhouse())]
    run([*offline, "--upgrade", "pip"], quiet=True)  # a newer pip when it is there; fine if not
    steps = [[*offline, "-c", str(CONSTRAINTS), *reqs],
             [*offline, "--no-deps", "-e", str(ROOT)]]
    for step in steps:
        done = subprocess.run(step, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            return False, done.stdout + done.stderr
    return True, ""


def fill_wheelhouse(python: Path) -> None:
    """Download (or build) wheels of everything pinned: the only step that needs the internet.
    pip's own cache makes a repeat cheap. hatchling (+ editables) builds the editable install."""
    target = wheelhouse()
    target.mkdir(parents=True, exist_ok=True)
    say(f"downloading the Python packages into {target} (needs the internet once)")
    ok = run([*pip(python), "wheel", "-q", "-w", str(target), "-c", str(CONSTRAINTS),
              *requirements(with_qt=True), "hatchling", "editables", "pip"])
    if not ok:
        raise SetupError("could not download the Python packages (see pip's message above).\n"
                         "If this computer is offline, connect it to the internet once and run "
                         "this command again; after that it works offline.")


def ensure_venv(folder: Path, *, with_qt: bool) -> Path:
    python = venv_python(folder)
    stamp = folder / STAMP_NAME
    digest = setup_digest()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        say(f"{folder.name}: packages are up to date (no network needed)")
        return python
    if not python.exists():
        say(f"creating a virtual environment in {folder}")
        try:
            venv.EnvBuilder(with_pip=True, clear=folder.exists()).create(folder)
        except (subprocess.CalledProcessError, OSError) as error:
            raise SetupError(f"could not create a virtual environment in {folder} ({error}).\n"
                             "On Debian/Ubuntu install python3-venv first.") from None
    reqs = requirements(with_qt=with_qt)
    ok, _ = install_from_wheelhouse(python, reqs)
    if ok:
        say(f"{folder.name}: installed from the local wheels in {wheelhouse()} (no network used)")
    else:
        fill_wheelhouse(python)
        ok, output = install_from_wheelhouse(python, reqs)
        if not ok:
            raise SetupError(f"could not install the Python packages into {folder}:\n"
                             f"{output.strip()[-3000:]}")
    stamp.write_text(digest)
    return python


def translations_outdated() -> bool:
    """A .qm is missing or older than its .ts: only then are the translations rebuilt."""
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def build_translations(python: Path) -> None:
    script = ROOT / "tools" / "build_translations.py"
    if not script.exists() or not translations_outdated():
        return
    if not run([str(python), str(script), "--release"]):
        raise SetupError("building the translations failed (see the message above)")


# pytest's exit code when a selection collected nothing (e.g. only GUI tests asked for, in the
# no-Qt half): not a failure of that half as long as the other half ran something.
NO_TESTS_COLLECTED = 5


def command_test(python: Path, args: list[str]) -> int:
    """Lint, layers and types, then the whole suite split in two halves run side by side.

    The GUI tests run in .venv (with PySide6); every other test runs in .venv-noqt, which has no
    PySide6 at all. So each test runs once, on both cores, and the second half is also the proof
    that core, storage, reporting, services and the CLI work without Qt. mypy runs beside them.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bin_dir = python.parent
    for step in ([str(bin_dir / "ruff"), "check", "src", "tests", "tools", "benchmarks"],
                 [str(bin_dir / "lint-imports")]):
        say(" ".join(step))
        code = subprocess.run(step, cwd=ROOT, check=False).returncode
        if code != 0:
            say(f"FAILED: {' '.join(step)} (exit {code})")
            return code
    noqt_python = ensure_venv(NOQT_VENV, with_qt=False)
    noqt_args = without_gui_paths(args)
    noqt_env = {**os.environ, "AISAFE_EXPECT_NO_QT": "1"}
    noqt_env.pop("QT_QPA_PLATFORM", None)
    jobs = [
        Job("mypy", [str(python), "-m", "mypy"], dict(os.environ)),
        Job("gui", [str(python), "-m", "pytest", "-m", "gui", *args], dict(os.environ)),
    ]
    if noqt_args is not None:
        jobs.append(Job("no-qt", [str(noqt_python), "-m", "pytest", "-m", "not gui", *noqt_args],
                        noqt_env))
    for job in jobs:
        say(f"[{job.name}] " + " ".join(job.command))
        job.start()
    codes = {"no-qt": NO_TESTS_COLLECTED} | {job.name: job.wait() for job in jobs}
    if {codes["gui"], codes["no-qt"]} == {NO_TESTS_COLLECTED}:
        say("FAILED: no test was collected")
        return NO_TESTS_COLLECTED
    failed = [name for name, code in codes.items() if code not in (0, NO_TESTS_COLLECTED)
              or (name == "mypy" and code != 0)]
    if failed:
        say(f"FAILED: {', '.join(failed)} (exit codes {codes})")
        return 1
    say("all checks passed (GUI tests with PySide6, the rest without it)")
    return 0


def without_gui_paths(args: list[str]) -> list[str] | None:
    """The pytest arguments for the no-Qt half: paths into tests/gui left out (they cannot even
    be imported without PySide6); None when every path given was one of those."""
    gui = ROOT / "tests" / "gui"
    paths = [a for a in args if not a.startswith("-") and (ROOT / a.split("::")[0]).exists()]
    kept = [a for a in args if a not in paths
            or not (ROOT / a.split("::")[0]).resolve().is_relative_to(gui)]
    if paths and all(a not in kept for a in paths):
        return None
    return kept


class Job:
    """A command run in the background whose output lines are printed with its name in front."""

    def __init__(self, name: str, command: list[str], env: dict[str, str]) -> None:
        self.name, self.command, self.env = name, command, env
        self.process: subprocess.Popen[str] | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        errors="replace")
        self.thread = threading.Thread(target=self._relay, daemon=True)
        self.thread.start()

    def _relay(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            print(f"[{self.name}] {line}", end="", flush=True)

    def wait(self) -> int:
        assert self.process is not None and self.thread is not None
        code = self.process.wait()
        self.thread.join()
        say(f"[{self.name}] exit {code}")
        return code


def command_test_noqt(args: list[str]) -> int:
    """Every non-GUI test in a venv without PySide6: core, storage, reporting, services and the
    CLI must work with no Qt at all (tests/conftest.py leaves tests/gui out there)."""
    python = ensure_venv(NOQT_VENV, with_qt=False)
    probe = subprocess.run([str(python), "-c", "import PySide6"], capture_output=True, check=False)
    if probe.returncode == 0:
        raise SetupError(f"{NOQT_VENV} must not contain PySide6; delete it and run this again")
    env = {**os.environ, "AISAFE_EXPECT_NO_QT": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    step = [str(python), "-m", "pytest", *args]
    say(" ".join(step) + "   (no PySide6 installed)")
    code = subprocess.run(step, cwd=ROOT, env=env, check=False).returncode
    say("no-Qt tests passed" if code == 0 else f"FAILED: no-Qt tests (exit {code})")
    return code


def system_packages(mode: str) -> list[str]:
    if mode == "test-noqt":
        return TEST_PACKAGES
    windows = WINDOWS_PACKAGES if os.environ.get(WINDOWS_TEST_ENV) == "1" else []
    return QT_PACKAGES + TEST_PACKAGES + A11Y_TEST_PACKAGES + windows


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv, on any python3
        sys.exit(f"AISafe Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test", "test-noqt", "setup"):
        sys.exit(__doc__)
    mode, args = sys.argv[1], sys.argv[2:]
    try:
        ensure_system_packages(system_packages(mode))
        if mode == "test-noqt":
            return command_test_noqt(args)
        python = ensure_venv(VENV, with_qt=True)
        build_translations(python)
    except SetupError as error:
        print(f"\n[aisafe setup] FAILED: {error}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("\n[aisafe setup] interrupted", file=sys.stderr)
        return 130
    if mode == "test":
        return command_test(python, args)
    if mode == "setup":
        ensure_venv(NOQT_VENV, with_qt=False)  # the test command's no-Qt half
        say("set-up complete")
        return 0
    app = python.parent / ("aisafe-desktop.exe" if os.name == "nt" else "aisafe-desktop")
    return subprocess.run([str(app), *args], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
