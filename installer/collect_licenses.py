"""Copy the licence files of every distribution installed in this environment into a folder.

Usage: python installer/collect_licenses.py OUTDIR

The bundle ships these under licenses/<distribution>/ so that the LGPL (Qt, PySide6) and the
other licences travel with the binaries. Build-only tools that do not end up in the bundle
(pip, PyInstaller itself, ...) are skipped; PyInstaller's bootloader licence is kept because the
bootloader is part of every executable.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

COMMON_LICENCES = Path("/usr/share/common-licenses")
BUILD_ONLY = {"pip", "setuptools", "wheel", "altgraph", "pyinstaller-hooks-contrib", "packaging"}
LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


def licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    return str(meta["License-Expression"] or meta["License"] or "")


def licence_files(dist: metadata.Distribution) -> list[Path]:
    found = []
    for entry in dist.files or []:
        if LICENCE_NAME.search(str(entry)):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return found


def copy_common_licences(dist: metadata.Distribution, target: Path) -> list[Path]:
    """PySide6 and shiboken6 wheels carry no licence text; Debian hosts have the LGPL/GPL texts."""
    expression = licence_expression(dist)
    copied = []
    if "LGPL-3.0" in expression:
        for name in ("LGPL-3", "GPL-3"):
            source = COMMON_LICENCES / name
            if source.is_file():
                shutil.copyfile(source, target / f"{name}.txt")
                copied.append(source)
    return copied


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    shutil.rmtree(outdir, ignore_errors=True)
    missing = []
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"].lower().replace("_", "-")
        if name in BUILD_ONLY:
            continue
        files = licence_files(dist)
        target = outdir / f"{name}-{dist.version}"
        target.mkdir(parents=True, exist_ok=True)
        (target / "METADATA-LICENSE.txt").write_text(
            f"{dist.metadata['Name']} {dist.version}\n"
            f"License: {licence_expression(dist)}\n",
            encoding="utf-8",
        )
        for path in files:
            shutil.copyfile(path, target / path.name)
        if not files:
            files = copy_common_licences(dist, target)
        if not files:
            missing.append(name)
    if missing:
        print("note: no licence file shipped by: " + ", ".join(missing), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
