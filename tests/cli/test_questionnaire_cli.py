"""`aisafe validate / questionnaires / score` run as a real process, on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.conftest import BASE, mutate

ROOT = Path(__file__).resolve().parents[2]


def aisafe(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AISAFE_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main", *args],
                          capture_output=True, text=True, env=env, check=False, timeout=120)


def test_validate_exit_codes_and_format(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(mutate("version: 1.0.0", "version: 1.0"), encoding="utf-8")
    assert aisafe("validate", str(good), data_dir=tmp_path).returncode == 0
    run = aisafe("validate", str(good), str(bad), data_dir=tmp_path)
    assert run.returncode == 1
    assert run.stdout.startswith(f"{bad}:3:10: E105 ")  # line 1 is format: 2
    assert "Traceback" not in run.stderr
    assert aisafe("validate", data_dir=tmp_path).returncode == 2
    as_json = json.loads(aisafe("validate", "--json", str(bad), data_dir=tmp_path).stdout)
    assert as_json[0]["problems"][0]["code"] == "E105"


def test_shipped_questionnaires_validate_cleanly(tmp_path: Path) -> None:
    files = sorted(str(p) for p in (ROOT / "questionnaires").glob("*.yaml"))
    run = aisafe("validate", "--strict", *files, data_dir=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""


def test_questionnaires_lists_user_folder(tmp_path: Path) -> None:
    (tmp_path / "questionnaires").mkdir()
    (tmp_path / "questionnaires" / "mine.yaml").write_text(BASE, encoding="utf-8")
    rows = json.loads(aisafe("questionnaires", "--json", data_dir=tmp_path).stdout)
    mine = next(r for r in rows if r["id"] == "demo")
    assert mine == {**mine, "version": "1.0.0", "questions": 3, "languages": ["en", "ms"],
                    "shipped": False}


def test_score_reports_each_bad_answer_and_scores_good_ones(tmp_path: Path) -> None:
    qfile = tmp_path / "demo.yaml"
    qfile.write_text(BASE, encoding="utf-8")
    answers = {"format": "aisafe-answers/1", "questionnaire": {"id": "demo", "version": "1.0.0"},
               "language": "ms", "answers": {"uses-ai": "perhaps", "staff": "many"}}
    afile = tmp_path / "answers.json"
    afile.write_text(json.dumps(answers), encoding="utf-8")
    run = aisafe("score", str(qfile), "--answers", str(afile), data_dir=tmp_path)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert [line.split(": ")[1] for line in lines] == ["uses-ai", "staff", "oversight"]
    answers["answers"] = {"uses-ai": "yes", "staff": 12, "oversight": {"value": 0,
                                                                      "comment": "none yet"}}
    afile.write_text(json.dumps(answers), encoding="utf-8")
    run = aisafe("score", str(qfile), "--answers", str(afile), data_dir=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Tinggi" in run.stdout and "Tanda amaran" in run.stdout
    result = json.loads(aisafe("score", str(qfile), "--answers", str(afile), "--json",
                               data_dir=tmp_path).stdout)
    assert result["band"] == "high" and result["red_flags"] == ["none-at-all"]


def test_score_unknown_questionnaire_is_a_usage_error(tmp_path: Path) -> None:
    afile = tmp_path / "a.json"
    afile.write_text("{}", encoding="utf-8")
    run = aisafe("score", "no-such-questionnaire", "--answers", str(afile), data_dir=tmp_path)
    assert run.returncode == 2 and "no questionnaire 'no-such-questionnaire'" in run.stderr


def test_questionnaires_list_every_translated_language(tmp_path: Path) -> None:
    """Each shipped questionnaire lists English, Malay and every language it has a translation
    file for; a questionnaire in the user's folder gets its translations/ folder's languages."""
    rows = json.loads(aisafe("questionnaires", "--json", data_dir=tmp_path).stdout)
    folder = ROOT / "questionnaires" / "translations"
    for row in (r for r in rows if r["shipped"]):
        files = sorted(p.name.split(".")[-2] for p in folder.glob(f"{row['id']}.*.yaml"))
        assert row["languages"][:2] == ["en", "ms"] and sorted(row["languages"][2:]) == files
    mine = tmp_path / "questionnaires"
    (mine / "translations").mkdir(parents=True)
    (mine / "mine.yaml").write_text(BASE, encoding="utf-8")
    (mine / "translations" / "demo.th.yaml").write_text(
        "questionnaire: demo\nversion: 1.0.0\nlanguage: th\nstatus: draft\ntexts:\n"
        "  title: สาธิต\n", encoding="utf-8")
    rows = json.loads(aisafe("questionnaires", "--json", data_dir=tmp_path).stdout)
    assert next(r for r in rows if r["id"] == "demo")["languages"] == ["en", "ms", "th"]
    run = aisafe("validate", str(mine / "mine.yaml"), data_dir=tmp_path)
    assert run.returncode == 0 and " W301 " in run.stdout  # an incomplete translation: warned
