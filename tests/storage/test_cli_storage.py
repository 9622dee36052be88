"""`aisafe assessments`, `aisafe assessment export|import` and `aisafe backup`, end to end on
real files: a real data folder, real JSON files, a really damaged database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.cli.main import main
from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace


def _run(paths: AppPaths, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(paths.data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _seed(paths: AppPaths) -> int:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test", title="Website chatbot")
        workspace.record_answer(aid, "uses-ai", "yes", comment="since 2024")
        workspace.record_answer(aid, "kept", "Siti")
    return aid


def test_list_export_import(paths: AppPaths, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(paths, capsys, "assessments")[:2] == (0, "No assessments yet.\n")
    aid = _seed(paths)
    code, out, _ = _run(paths, capsys, "assessments", "--json")
    [row] = json.loads(out)
    assert code == 0 and (row["id"], row["title"], row["answered"], row["applicable"]) == (
        aid, "Website chatbot", 2, 6)

    target = tmp_path / "chatbot.json"
    code, out, _ = _run(paths, capsys, "assessment", "export", str(aid), "--out", str(target))
    assert code == 0 and str(target) in out
    document = parse_answers_document(target.read_bytes())
    assert document.answers["uses-ai"].comment == "since 2024"
    code, _, err = _run(paths, capsys, "assessment", "export", str(aid), "--out", str(target))
    assert code == 1 and "already exists" in err

    code, out, _ = _run(paths, capsys, "assessment", "import", str(target))
    assert code == 0 and "as assessment" in out
    code, out, _ = _run(paths, capsys, "assessment", "import", str(target), "--title", "Copy B")
    assert code == 0
    code, out, _ = _run(paths, capsys, "assessments")
    lines = out.splitlines()
    assert len(lines) == 3 and sum("Website chatbot" in line for line in lines) == 2
    assert any("Copy B" in line and "2/6" in line for line in lines)


def test_bad_input_gives_one_plain_line(paths: AppPaths, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{\"format\": \"aisafe-answers/1\",", encoding="utf-8")
    code, _, err = _run(paths, capsys, "assessment", "import", str(broken))
    assert code == 1 and err.startswith("aisafe: not valid JSON") and "Traceback" not in err
    code, _, err = _run(paths, capsys, "assessment", "import", str(tmp_path / "missing.json"))
    assert code == 1 and "No such file" in err
    code, _, err = _run(paths, capsys, "assessment", "export", "42", "--out",
                        str(tmp_path / "x.json"))
    assert code == 1 and "no assessment 42" in err and "'aisafe assessments' lists them" in err
    with Workspace.open(paths):
        code, _, err = _run(paths, capsys, "assessments")
    assert code == 1 and "already running" in err


def test_backup_then_restore_a_damaged_database(paths: AppPaths,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _seed(paths)
    code, out, _ = _run(paths, capsys, "backup")
    backup = Path(out.strip())
    assert code == 0 and backup.is_file() and backup.parent == paths.backups_dir
    code, out, _ = _run(paths, capsys, "backup", "--list")
    assert out.splitlines()[0] == str(backup)

    paths.database.write_bytes(b"\x00garbage" * 4096)  # the disk ate the file
    code, _, err = _run(paths, capsys, "assessments")
    assert code == 1 and "damaged" in err and "--restore" in err
    code, out, _ = _run(paths, capsys, "backup", "--restore", str(backup))
    assert code == 0 and "previous database was kept" in out
    code, out, _ = _run(paths, capsys, "assessments", "--json")
    assert code == 0 and [r["title"] for r in json.loads(out)] == ["Website chatbot"]


def test_the_installed_command_line_entry_point(paths: AppPaths) -> None:
    _seed(paths)
    env = dict(os.environ)
    src = str(Path(aisafe_desktop.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main", "--data-dir",
                           str(paths.data_dir), "assessments"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0 and "Website chatbot" in done.stdout
