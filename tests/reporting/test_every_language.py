"""One signed PDF per language per shipped questionnaire, with the translation files there are.

Every font is embedded (pdffonts), the extracted text (pdftotext) has no replacement character,
the signature verifies, and a report in a draft translation says so in its appendix (found in the
extracted text in the report's own language). Languages without a translation of a
questionnaire are exported once (the triage), in the app's fallback.
"""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from aisafe_desktop.core.answers import Answer, AnswersDocument
from aisafe_desktop.core.language_status import is_draft
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import LANGUAGE_NAMES, Questionnaire
from aisafe_desktop.core.scoring import score
from aisafe_desktop.reporting.labels import label
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.reporting.verify_reasons import Reason
from aisafe_desktop.services import page_claims, pdf_reports
from tests.reporting.support import StoredKey, needs, sample_value

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "ms", "id", "th", "vi", "fil", "km", "lo", "my", "zh", "ta", "tet")
SHIPPED = sorted((ROOT / "questionnaires").glob("*.yaml"))
TRIAGE = "ai-system-risk-triage"


def cases() -> list[tuple[str, str]]:
    found = []
    for path in SHIPPED:
        for language in LANGUAGES:
            translated = (ROOT / "questionnaires" / "translations"
                          / f"{path.stem}.{language}.yaml").is_file()
            if language in ("en", "ms") or translated or path.stem == TRIAGE:
                found.append((path.stem, language))
    return found


def answers(q: Questionnaire, language: str) -> AnswersDocument:
    text = q.title.get(language)  # a text in the language's own script
    values = {question.id: Answer(sample_value(question, text)) for _, question in q.questions()}
    return AnswersDocument(q.id, q.version, values, language=language,
                           extra={"title": q.title.get(language), "ai_system": "LoanSort v2"})


@pytest.mark.slow
@pytest.mark.parametrize(("questionnaire", "language"), cases())
def test_signed_pdf_in_every_language(questionnaire: str, language: str, rsa_key: StoredKey,
                                      tmp_path: Path) -> None:
    loaded = load_file(ROOT / "questionnaires" / f"{questionnaire}.yaml")
    assert loaded.ok and loaded.questionnaire is not None, loaded.problems
    q = loaded.questionnaire
    ref = pdf_reports.QuestionnaireRef(q, loaded.sha256)
    out = tmp_path / f"{questionnaire}.{language}.pdf"
    pdf_reports.export_report(ref, answers(q, language), rsa_key.identity, out,
                              language=language, require_complete=False,
                              profile={"name": q.title.get(language)})
    assert verify_pdf(out.read_bytes()).valid
    needs("pdffonts")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout
    rows = [r.split() for r in fonts.splitlines()[2:]]
    assert rows and all(r[-5] == "yes" for r in rows), fonts  # every font embedded
    needs("pdftotext")
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "\ufffd" not in text, [line for line in text.splitlines() if "\ufffd" in line][:5]
    # The note is given in the report's language (and in English). pdftotext gives it back
    # exactly, Thai, Khmer, Tamil and Burmese included (rl_actual_text); only line ends differ.
    note = label("draft_language", language).format(language=LANGUAGE_NAMES.get(language, language))
    assert (_squeezed(note) in _squeezed(text)) == is_draft(language, q), text[-1500:]


def _squeezed(text: str) -> str:
    """The text without whitespace: a line end falls between letters in Thai or Chinese."""
    return "".join(text.split())


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ms", "th", "zh"])
def test_a_report_in_another_language_than_its_answers_passes_every_check(
        language: str, rsa_key: StoredKey, tmp_path: Path) -> None:
    """An English answers document exported with the pages in `language` (the CLI's --lang):
    the signed document names the pages' language, so the pages are compared with the data in
    that language (the pages were compared with the English band names: 'no result band')."""
    loaded = load_file(ROOT / "questionnaires" / f"{TRIAGE}.yaml")
    assert loaded.ok and loaded.questionnaire is not None
    q = loaded.questionnaire
    ref = pdf_reports.QuestionnaireRef(q, loaded.sha256)
    out = tmp_path / f"{language}.pdf"
    pdf_reports.export_report(ref, answers(q, "en"), rsa_key.identity, out, language=language,
                              require_complete=False)
    [item] = pdf_reports.verify_reports([out], None, lambda _id, _version: ref)
    assert item.document is not None and item.document.language == language
    failed = [c for c in item.all_checks if c.passed is False]
    assert not failed, failed


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh", "vi"])
def test_the_pages_band_and_flags_are_compared_in_chinese_and_vietnamese(
        language: str, rsa_key: StoredKey, tmp_path: Path) -> None:
    """Chinese and Vietnamese extract exactly, so the cover's band and the summary's red flags
    are compared, not only the score line (Chinese without whitespace: a line may end between
    any two characters). A genuine report passes; the same pages against another band or other
    red flags (the score unchanged) do not. Before, Chinese compared the score line only."""
    loaded = load_file(ROOT / "questionnaires" / f"{TRIAGE}.yaml")
    assert loaded.ok and loaded.questionnaire is not None
    q = loaded.questionnaire
    ref = pdf_reports.QuestionnaireRef(q, loaded.sha256)
    out = tmp_path / f"{language}.pdf"
    document = answers(q, language)
    pdf_reports.export_report(ref, document, rsa_key.identity, out, language=language,
                              require_complete=False)
    data = out.read_bytes()
    signature = verify_pdf(data)
    rescored = score(q, document)
    genuine = page_claims.check_pages(data, signature, document, q, rescored)
    assert genuine.passed, genuine
    other_band = next(b.id for b in q.scoring.bands if b.id != rescored.band)
    other_flags = tuple(f.id for f in q.scoring.red_flags if f.id not in rescored.red_flags)[:1]
    for lie in (dataclasses.replace(rescored, band=other_band),
                dataclasses.replace(rescored, red_flags=other_flags)):
        check = page_claims.check_pages(data, signature, document, q, lie)
        assert check.passed is False and check.reason is Reason.PAGES_DIFFER, check
