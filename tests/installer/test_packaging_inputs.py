"""Fast checks of the installer inputs: the icon set, and the bundle layout matching the wheel's."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.gui  # make_icons.py renders the SVG with Qt
def test_icons_render_to_pngs_and_a_multi_size_ico(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "installer/make_icons.py"),
                    str(ROOT / "resources/icons/aisafe-desktop.svg"), str(tmp_path)],
                   check=True, env=env, timeout=120, capture_output=True)
    png = (tmp_path / "256x256.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (tmp_path / "aisafe-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 256]
    for i in range(count):
        size, offset = struct.unpack("<II", ico[6 + 16 * i + 8: 6 + 16 * i + 16])
        assert offset + size <= len(ico)


def test_bundle_puts_shipped_data_where_the_wheel_does() -> None:
    # The app finds its data at aisafe_desktop/_data/... in a wheel; the PyInstaller spec must
    # use the same targets, or the installed app would not find its questionnaires.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    spec = (ROOT / "installer/aisafe-desktop.spec").read_text(encoding="utf-8")
    for source, target in wheel.items():
        assert f'STAGE / "{source}", "{target}"' in spec, f"{source} -> {target} not in the spec"


def test_translations_and_fonts_reach_the_bundle() -> None:
    """The installers ship the translation files (questionnaires/translations/*.yaml,
    resources/translations/*.yaml, the .qm built from every .ts) and the bundled fonts: the
    spec copies both folders whole (sub-folders included) except the .ts sources, and the build
    stages every file git does not ignore."""
    import subprocess

    spec = (ROOT / "installer/aisafe-desktop.spec").read_text(encoding="utf-8")
    assert 'for path in sorted(source.rglob("*"))' in spec
    assert 'tree(STAGE / "resources", "aisafe_desktop/_data/resources", skip_suffixes=(".ts",))' \
        in spec
    wanted = [*sorted((ROOT / "questionnaires" / "translations").glob("*.yaml")),
              *sorted((ROOT / "resources" / "translations").glob("*.yaml")),
              *sorted((ROOT / "resources" / "fonts").glob("*.ttf")),
              ROOT / "resources" / "fonts" / "OFL-NotoSansCJK.txt"]
    assert any(p.name == "languages.yaml" for p in wanted)
    assert any(p.name == "locale.yaml" for p in wanted)
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", *map(str, wanted)],
                             capture_output=True, text=True, check=False).stdout
    assert ignored == "", f"ignored by git, so not staged for the installers:\n{ignored}"
    lib = (ROOT / "installer" / "lib.sh").read_text(encoding="utf-8")
    assert 'for ts in "$stage"/resources/translations/*.ts' in lib  # every language's .qm


def test_host_icu_is_left_out_of_the_bundle() -> None:
    """core/word_breaks.py names ICU for ctypes, so PyInstaller collects the build host's ICU
    (33 MB); the spec drops it and keeps PySide6's, which Qt and the app use."""
    import re

    spec = (ROOT / "installer/aisafe-desktop.spec").read_text(encoding="utf-8")
    found = re.search(r'HOST_ICU = re.compile\((r"[^"]*")', spec)
    assert found is not None and "def host_icu" in spec and "or host_icu(entry)" in spec
    pattern = re.compile(eval(found.group(1)), re.IGNORECASE)

    def dropped(dest: str, source: str) -> bool:  # the spec's host_icu()
        return bool(pattern.match(Path(dest).name)) and "PySide6" not in source

    assert dropped("libicuuc.so.72", "/usr/lib/x86_64-linux-gnu/libicuuc.so.72")
    assert dropped("libicudata.so.72", "/usr/lib/x86_64-linux-gnu/libicudata.so.72")
    assert dropped("icuuc.dll", "C:/windows/system32/icuuc.dll")
    assert not dropped("libicuuc.so.73", "/venv/site-packages/PySide6/Qt/lib/libicuuc.so.73")
    assert not dropped("PySide6/Qt/lib/libicudata.so.73",
                       "/venv/site-packages/PySide6/Qt/lib/libicudata.so.73")
