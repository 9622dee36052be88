"""`aisafe about`: the facts support asks for, including whether ICU breaks Thai at words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from aisafe_desktop.core import word_breaks

ROOT = Path(__file__).resolve().parents[2]


def about(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "AISAFE_DATA_DIR": str(tmp_path / "data"),
                   "PYTHONPATH": str(ROOT / "src"), **env}
    return subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main", "about", *args],
                          capture_output=True, text=True, env=environment, check=False,
                          timeout=120)


def test_about_lists_version_data_folder_languages_and_word_breaking(tmp_path: Path) -> None:
    run = about(tmp_path, "--json")
    assert run.returncode == 0, run.stderr
    facts = json.loads(run.stdout)
    assert facts["data_folder"] == str((tmp_path / "data").resolve())
    assert not (tmp_path / "data").exists()  # it describes; it creates nothing
    assert facts["languages"]["en"] == "reviewed"
    assert len(facts["languages"]) == 12 and facts["languages"]["th"] in {"draft", "reviewed"}
    if word_breaks.available():
        assert facts["word_breaking"]["library"] == word_breaks.library_name()
        assert facts["word_breaking"]["sample"] == "ระบบ|นี้|ใช้|ข้อมูล"
    text = about(tmp_path)
    assert text.returncode == 0 and "data folder: " in text.stdout


def test_about_says_when_no_icu_breaks_words(tmp_path: Path) -> None:
    run = about(tmp_path, "--json", AISAFE_NO_ICU="1")
    facts = json.loads(run.stdout)
    assert facts["word_breaking"] == {"library": None, "sample": "ระบบนี้ใช้ข้อมูล"}
    assert "no ICU library found" in about(tmp_path, AISAFE_NO_ICU="1").stdout



def test_output_is_utf8_when_the_system_code_page_is_not(tmp_path: Path) -> None:
    """Windows writes redirected output in its ANSI code page (cp1252): Thai text in JSON used
    to end in a UnicodeEncodeError. Simulated here with PYTHONIOENCODING."""
    run = subprocess.run(
        [sys.executable, "-m", "aisafe_desktop.cli.main", "about", "--json"],
        capture_output=True, env={**os.environ, "AISAFE_DATA_DIR": str(tmp_path),
                                  "PYTHONPATH": str(ROOT / "src"), "PYTHONIOENCODING": "cp1252"},
        check=False, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    facts = json.loads(run.stdout.decode("utf-8"))
    assert facts["word_breaking"]["sample"].replace("|", "") == "ระบบนี้ใช้ข้อมูล"
