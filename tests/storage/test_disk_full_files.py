"""Files written outside the database on a full disk (a small tmpfs filled to the last byte): a
signing identity and a signed report. The CLI says "the disk is full: free N MB" (no traceback),
and no half-written file is left behind: the atomic writers used to keep their `.part` file,
and a new identity file was left empty (so that trying again said "already exists")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.services import pdf_reports
from tests.cli.trust_support import ANSWERS, PASSPHRASE, QUESTIONNAIRE
from tests.storage.test_disk_really_full import env, fill, small_disk

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux")


def aisafe(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main", "--data-dir",
                           str(data), *argv], capture_output=True, text=True,
                          env={**env(), "AISAFE_PASSPHRASE": PASSPHRASE}, timeout=120,
                          check=False)


def test_an_identity_and_a_report_on_a_full_disk(tmp_path: Path) -> None:
    identity = tmp_path / "me.p12"
    made = aisafe(tmp_path / "data", "identity", "create", "--name", "Siti", "--organisation",
                  "Kedai", "--country", "MY", "--out", str(identity))
    assert made.returncode == 0, made.stderr
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), "utf-8")
    with small_disk(tmp_path / "disk", "1m") as disk:
        filler = fill(disk, leave=0)
        for argv, out in (
                (("identity", "create", "--name", "Siti", "--organisation", "Kedai", "--country",
                  "MY", "--out", str(disk / "new.p12")), disk / "new.p12"),
                (("export", str(QUESTIONNAIRE), "--answers", str(answers), "--identity",
                  str(identity), "--out", str(disk / "report.pdf")), disk / "report.pdf")):
            done = aisafe(tmp_path / "data", *argv)
            assert done.returncode != 0
            assert f"The disk is full: free 1 MB on the drive of {disk}" in done.stderr
            assert "Traceback" not in done.stderr
            assert not out.exists()
            assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]  # no .part left
        filler.unlink()
        again = aisafe(tmp_path / "data", *argv)  # room again: the same command works
        assert again.returncode == 0, again.stderr


def test_a_write_error_from_a_full_drive_is_named_as_such(tmp_path: Path) -> None:
    from aisafe_desktop.storage.disk_space import DiskFull, disk_full_behind

    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk, leave=0)
        with pytest.raises(AisafeError) as caught:
            pdf_reports.write_atomically(disk / "report.pdf", os.urandom(64 * 1024))
        found = disk_full_behind(caught.value)
        assert isinstance(found, DiskFull) and found.folder == disk and found.megabytes >= 1
    assert disk_full_behind(ValueError("not about disks")) is None


def test_settings_on_a_full_disk_keep_the_old_file_and_leave_nothing(tmp_path: Path) -> None:
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.services.settings import Settings, load_settings, save_settings

    with small_disk(tmp_path / "disk", "1m") as disk:
        paths = AppPaths.resolve(disk / "data").ensure()
        save_settings(paths, Settings(language="ms"))
        before = sorted(p.name for p in paths.settings_file.parent.iterdir())
        filler = fill(disk, leave=0)
        with pytest.raises(OSError):
            save_settings(paths, Settings(language="th", inbox_url="x" * 200_000))
        assert load_settings(paths).language == "ms"
        assert sorted(p.name for p in paths.settings_file.parent.iterdir()) == before
        filler.unlink()
