#!/usr/bin/env python3
"""Set up AISafe Desktop from a fresh clone, then launch the app or run the whole test suite.

    python3 tools/bootstrap.py app     # set up, then start the desktop app
    python3 tools/bootstrap.py test    # set up, then lint, type-check, check layers, run pytest

Needs only Python >= 3.11 with venv. On Debian/Ubuntu it installs the system libraries Qt needs
(and poppler-utils for the tests) with apt-get when run as root, or stops and names the exact
packages to install. Standard library only: this runs before anything else is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"

# Qt (PySide6-Essentials) on a minimal Debian 12: offscreen set + what a real X11 display needs.
QT_PACKAGES = ["libglib2.0-0", "libegl1", "libgl1", "libx11-6", "libdbus-1-3", "libfontconfig1",
               "libxkbcommon0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
               "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0"]
# The tests check PDFs with independent tools (pdfsig, pdffonts, pdftoppm, qpdf) and make test keys.
TEST_PACKAGES = ["poppler-utils", "qpdf", "openssl"]


def say(message: str) -> None:
    print(f"[aisafe setup] {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    say(" ".join(cmd))
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


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


def ensure_system_packages(packages: list[str]) -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = missing_debian_packages(packages)
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        run(["apt-get", "update", "-q"], env=env)
        run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)
        return
    sys.exit("AISafe Desktop needs these system packages first:\n\n"
             f"    sudo apt-get install --no-install-recommends {' '.join(missing)}\n\n"
             "Run that command, then run this one again.")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str) -> Path:
    inputs = (ROOT / "pyproject.toml").read_bytes() + \
        (ROOT / "requirements" / "constraints.txt").read_bytes() + extras.encode()
    digest = hashlib.sha256(inputs).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text() == digest:
        return python
    if not python.exists():
        say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "install", "-q", "--upgrade", "pip"])
    run([*pip, "install", "-q", "-c", str(ROOT / "requirements" / "constraints.txt"),
         "-e", f"{ROOT}{extras}"])
    STAMP.write_text(digest)
    return python


def build_translations(python: Path) -> None:
    script = ROOT / "tools" / "build_translations.py"
    if script.exists():
        run([str(python), str(script), "--release"])


def command_test(python: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bin_dir = python.parent
    steps = [
        [str(bin_dir / "ruff"), "check", "src", "tests", "tools", "benchmarks"],
        [str(bin_dir / "lint-imports")],
        [str(python), "-m", "mypy"],
        [str(python), "-m", "pytest", *sys.argv[2:]],
    ]
    for step in steps:
        say(" ".join(step))
        code = subprocess.run(step, cwd=ROOT, check=False).returncode
        if code != 0:
            say(f"FAILED: {' '.join(step)} (exit {code})")
            return code
    say("all checks passed")
    return 0


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv, on any python3
        sys.exit(f"AISafe Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test"):
        sys.exit(__doc__)
    testing = sys.argv[1] == "test"
    ensure_system_packages(QT_PACKAGES + (TEST_PACKAGES if testing else []))
    python = ensure_venv("[dev]" if testing else "")
    build_translations(python)
    if testing:
        return command_test(python)
    app = python.parent / ("aisafe-desktop.exe" if os.name == "nt" else "aisafe-desktop")
    return subprocess.run([str(app), *sys.argv[2:]], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
