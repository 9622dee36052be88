"""`aisafe assessment export-pdf`: a stored assessment becomes a signed PDF that pdfsig accepts,
and the assessment is marked exported."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "questionnaires" / "examples" / "ai-system-risk-triage--penang-shop-chatbot.json"


def aisafe(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AISAFE_DATA_DIR": str(data_dir), "AISAFE_PASSPHRASE": "a long passphrase",
           "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main", *args], env=env,
                          capture_output=True, text=True, check=False, timeout=300)


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="needs poppler-utils (pdfsig)")
def test_stored_assessment_exports_signed_and_is_marked_exported(tmp_path: Path) -> None:
    identity = tmp_path / "me.p12"
    assert aisafe(tmp_path, "identity", "create", "--name", "Siti Aminah", "--organisation",
                  "Kedai Siti", "--country", "MY", "--out", str(identity)).returncode == 0
    assert aisafe(tmp_path, "assessment", "import", str(EXAMPLE)).returncode == 0
    out = tmp_path / "report.pdf"
    run = aisafe(tmp_path, "assessment", "export-pdf", "1", "--identity", str(identity),
                 "--out", str(out))
    assert run.returncode == 0, run.stderr
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in pdfsig.stdout and "Total document signed" in pdfsig.stdout
    (row,) = json.loads(aisafe(tmp_path, "assessments", "--json").stdout)
    assert row["status"] == "exported" and row["band"] == "level-i"
    # intact, but nobody vouches for a self-signed key: UNTRUSTED (3) until the signer is trusted
    assert aisafe(tmp_path, "verify", str(out)).returncode == 3
    assert aisafe(tmp_path, "trust", "add", str(tmp_path / "me.crt.pem")).returncode == 0
    assert aisafe(tmp_path, "verify", str(out)).returncode == 0


def test_unknown_assessment_is_a_plain_error(tmp_path: Path) -> None:
    identity = tmp_path / "me.p12"
    aisafe(tmp_path, "identity", "create", "--name", "A", "--organisation", "B", "--country", "MY",
           "--out", str(identity))
    run = aisafe(tmp_path, "assessment", "export-pdf", "9", "--identity", str(identity),
                 "--out", str(tmp_path / "x.pdf"))
    assert run.returncode == 1 and "no assessment 9" in run.stderr and "Traceback" not in run.stderr
