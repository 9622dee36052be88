"""The PDF shows format 2 results: the cover names a red flag or floor that raised the band, an
outcome prints its own title and text and no band's recommended steps, and a language the app has
no headings for says so on the cover. Text read back with pdftotext (poppler)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from aisafe_desktop.core.answers import Answer, AnswersDocument
from aisafe_desktop.core.scoring import score
from aisafe_desktop.reporting.report import ReportContext, render
from tests.core.conftest import BASE, load, mutate
from tests.core.test_validator_format2 import FLOOR, OUTCOME, with_scoring
from tests.reporting.support import needs

LOW_BANDS = mutate("min: 50, max: 100", "min: 90, max: 100",
                   mutate("min: 0, max: 50", "min: 0, max: 90", with_scoring(FLOOR + OUTCOME)))


def pdf_text(tmp_path: Path, text: str, answers: dict[str, object], language: str = "en") -> str:
    needs("pdftotext")
    q = load(text).questionnaire
    assert q is not None
    document = AnswersDocument("demo", "1.0.0", {k: Answer(v) for k, v in answers.items()},
                               language=language)
    context = ReportContext(q, document, score(q, document), language)
    path = tmp_path / "report.pdf"
    path.write_bytes(render(context).pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_cover_names_the_floor_that_raised_the_band(tmp_path: Path) -> None:
    text = pdf_text(tmp_path, LOW_BANDS, {"uses-ai": "yes", "staff": 300, "oversight": 2})
    cover = text.split("Overall score")[0]
    assert "Raised to this level by a minimum-level rule: Large organisations" in cover
    assert "Minimum level: Large organisations" in text  # and in the explanation


def test_cover_names_the_red_flag_that_raised_the_band(tmp_path: Path) -> None:
    text = pdf_text(tmp_path, LOW_BANDS, {"uses-ai": "no", "oversight": 0})
    cover = text.split("Overall score")[0]
    assert "Raised to this level by a red flag: No oversight." in cover


def test_outcome_prints_its_own_text_and_no_band_steps(tmp_path: Path) -> None:
    steps = mutate("label: {en: Low, ms: Rendah}, min: 0, max: 50",
                   "label: {en: Low, ms: Rendah}, min: 0, max: 50, obligations: "
                   "[{en: Review yearly., ms: Semak setiap tahun.}]", with_scoring(OUTCOME))
    text = pdf_text(tmp_path, steps, {"uses-ai": "no", "oversight": 1})
    assert "Not an AI system" in text and "This check does not apply." in text
    assert "Review yearly." not in text and "Recommended steps" not in text
    # the same answers without the outcome rule: the band's steps are there
    plain = pdf_text(tmp_path, steps.replace(OUTCOME, ""), {"uses-ai": "no", "oversight": 1})
    assert "Recommended steps" in plain and "Review yearly." in plain


def test_language_without_headings_falls_back_visibly(tmp_path: Path) -> None:
    # Portuguese: a language the app has no texts file for (Tetum's fallback, never a UI language)
    text = mutate("languages: [en, ms]", "languages: [en, ms, pt]", BASE)
    text = text.replace("ms: ", "pt: x, ms: ")  # every text gains a Portuguese entry
    text = text.replace("languages: [en, pt: x, ms, pt]", "languages: [en, ms, pt]")
    out = pdf_text(tmp_path, text, {"uses-ai": "yes", "oversight": 1}, language="pt")
    assert "The headings of this report are in English: AISafe Desktop has no" in out
    assert "(These explanations are in English" in out
