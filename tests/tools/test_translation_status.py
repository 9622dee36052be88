"""docs/translations.md is generated from the translation files and must be current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_translation_status_table_is_current() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "translation_status.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_table_names_every_language_and_file() -> None:
    text = (ROOT / "docs" / "translations.md").read_text(encoding="utf-8")
    for code in ("en", "ms", "id", "th", "vi", "fil", "km", "lo", "my", "zh", "ta", "tet"):
        assert f"| `{code}` |" in text and f"(`{code}`)" in text
    assert "ai-system-risk-triage" in text and "user interface" in text
