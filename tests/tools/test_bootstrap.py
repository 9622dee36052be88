"""tools/bootstrap.py: one superset for every mode, a no-Qt subset, offline installs from the
wheelhouse only, translations rebuilt only when stale, and a root hint that fits the system."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_bootstrap() -> ModuleType:
    # tools/ is a folder of scripts, not a package: load the file itself.
    spec = importlib.util.spec_from_file_location("aisafe_bootstrap", ROOT / "tools" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bootstrap = load_bootstrap()


def test_every_mode_installs_the_same_superset_and_the_no_qt_one_leaves_qt_out() -> None:
    everything = bootstrap.requirements(with_qt=True)
    no_qt = bootstrap.requirements(with_qt=False)
    assert any(r.startswith("PySide6-Essentials") for r in everything)
    assert any(r.startswith("pytest-qt") for r in everything)
    assert any(r.startswith("pytest>=") for r in everything)
    assert not [r for r in no_qt if "pyside6" in r.lower() or "pytest-qt" in r]
    assert set(everything) - set(no_qt) == {r for r in everything
                                            if r.lower().startswith(("pyside6", "pytest-qt"))}
    # The stamp depends on what is installed (pyproject + constraints), not on the command.
    import inspect

    assert not inspect.signature(bootstrap.setup_digest).parameters


def test_the_gui_modes_install_what_the_screen_reader_test_needs() -> None:
    needed = set(bootstrap.A11Y_TEST_PACKAGES)  # tests/gui/test_atspi_bus.py
    assert {"xvfb", "dbus-daemon", "at-spi2-core", "python3-pyatspi"} <= needed
    for mode in ("app", "test", "setup"):  # one superset: after either, both work offline
        assert needed <= set(bootstrap.system_packages(mode))
    assert not needed & set(bootstrap.system_packages("test-noqt"))


def test_the_root_hint_uses_sudo_only_where_it_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("PATH", str(tmp_path))
    hint = bootstrap.root_command_hint("apt-get install qpdf")
    assert "sudo" not in hint.split("'")[0] and hint.startswith("su -c 'apt-get install qpdf'")
    fake_sudo = tmp_path / "sudo"
    fake_sudo.write_text("#!/bin/sh\n")
    fake_sudo.chmod(0o755)
    assert bootstrap.root_command_hint("apt-get install qpdf") == "sudo apt-get install qpdf"


def test_translations_are_rebuilt_only_when_a_ts_is_newer_than_its_qm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    monkeypatch.setattr(bootstrap, "ROOT", tmp_path)
    ts, qm = folder / "aisafe_ms.ts", folder / "aisafe_ms.qm"
    ts.write_text("<TS/>")
    assert bootstrap.translations_outdated()  # never built
    qm.write_bytes(b"qm")
    os.utime(ts, (1_000_000, 1_000_000))
    assert not bootstrap.translations_outdated()
    os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))
    assert bootstrap.translations_outdated()


def test_with_no_wheels_and_no_index_the_set_up_stops_with_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # An offline machine, made real for pip: no config files, an index and a wheelhouse that
    # are empty folders. First the wheelhouse is tried (nothing there), then the "download".
    for name in ("PIP_FIND_LINKS", "PIP_EXTRA_INDEX_URL", "PIP_CONSTRAINT"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "index").mkdir()
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", (tmp_path / "index").as_uri())
    monkeypatch.setenv("AISAFE_WHEELHOUSE", str(tmp_path / "wheels"))
    folder = tmp_path / "venv"
    with pytest.raises(bootstrap.SetupError) as raised:
        bootstrap.ensure_venv(folder, with_qt=False)
    message = str(raised.value)
    assert "could not download the Python packages" in message
    assert "connect it to the internet once" in message
    assert not (folder / bootstrap.STAMP_NAME).exists()  # the next run tries again
    assert "Traceback" not in capsys.readouterr().out


def test_an_unknown_command_prints_the_usage_not_a_traceback() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "bootstrap.py"), "install"],
                          capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "python3 tools/bootstrap.py app" in done.stderr and "Traceback" not in done.stderr


def test_the_no_qt_half_leaves_out_only_the_paths_into_tests_gui() -> None:
    assert bootstrap.without_gui_paths(["-p", "randomly"]) == ["-p", "randomly"]
    assert bootstrap.without_gui_paths(
        ["-x", "tests/core", "tests/gui/test_launch.py::test_x"]) == ["-x", "tests/core"]
    assert bootstrap.without_gui_paths(["tests/gui", "-q"]) is None  # nothing left for it to run
    assert bootstrap.without_gui_paths(["--ignore=tests/installer/x.py"]) == [
        "--ignore=tests/installer/x.py"]
