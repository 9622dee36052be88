"""Render one paragraph the way reports do, and read it back with pdftotext (shared by the text
extraction and line-filling tests)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from aisafe_desktop.core.fast_yaml import read_yaml_data
from tests.reporting.support import needs

ROOT = Path(__file__).resolve().parents[2]
KEY = "recommendations/law-ph/text"


def paragraph(language: str, key: str = KEY) -> str:
    """A text of the shipped triage questionnaire in `language`, whitespace squashed."""
    path = ROOT / "questionnaires" / "translations" / f"ai-system-risk-triage.{language}.yaml"
    text = read_yaml_data(path.read_bytes(), str(path))["texts"][key]
    return " ".join(str(text).split())


def render(text: str, out: Path, width: float = 260, height: float = 150) -> int:
    """`text` as one paragraph in a `width` pt column on pages `height` pt tall; the page count."""
    import pikepdf
    from reportlab.platypus import SimpleDocTemplate

    from aisafe_desktop.reporting.fonts import ensure_registered
    from aisafe_desktop.reporting.layout import para, styles

    ensure_registered()
    doc = SimpleDocTemplate(str(out), pagesize=(width + 40, height), leftMargin=20,
                            rightMargin=20, topMargin=20, bottomMargin=20)
    doc.build([para(text, styles()["body"])])
    with pikepdf.open(out) as pdf:
        return len(pdf.pages)


def extract(pdf: Path) -> list[str]:
    needs("pdftotext")
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def joined(lines: list[str], expected: str) -> str:
    """The lines as one text: a line end becomes a space where `expected` has one there."""
    text = ""
    for line in lines:
        if text and expected[len(text):len(text) + 1] == " ":
            text += " "
        text += " ".join(line.split())
    return text
