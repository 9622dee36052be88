"""The action plan in the signed report: each recommendation with its checklist state, owner
and due date, from the signed answers; user text printed as plain text (never ReportLab markup);
the report still verifies."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

from aisafe_desktop.services import pdf_reports
from tests.reporting.support import StoredKey, mini_answers, needs

HOSTILE_OWNER = '<font size="40" color="red">Aminah</font> & <b>co</b>'


def test_the_report_prints_the_action_plan_as_plain_text_and_verifies(
        tmp_path: Path, rsa_key: StoredKey, mini_ref: pdf_reports.QuestionnaireRef,
        lookup: pdf_reports.Lookup) -> None:
    needs("pdftotext")
    base = mini_answers()
    plan = [{"recommendation": "human-review", "done": True, "owner": HOSTILE_OWNER,
             "due": "2027-03-31"}]
    document = dataclasses.replace(base, extra={**base.extra, "action_plan": plan})
    out = tmp_path / "report.pdf"
    pdf_reports.export_report(mini_ref, document, rsa_key.identity, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert f"Action plan: done · Owner: {HOSTILE_OWNER} · Due: 2027-03-31" in flat
    # every other recommendation is listed as an open item with nothing set yet
    assert "Action plan: to do · Owner: not set · Due: not set" in flat
    trust = pdf_reports.load_trust([rsa_key.identity.info.fingerprint.lower()])
    [item] = pdf_reports.verify_reports([out], trust, lookup)
    assert item.valid, item.reason
    assert all(c.passed for c in item.all_checks), item.all_checks


def test_the_summary_has_the_band_scale_and_separate_safeguard_chart(
        tmp_path: Path, rsa_key: StoredKey, mini_ref: pdf_reports.QuestionnaireRef) -> None:
    """The PDF shows the result on the band scale with the same whole percentage as the app, and
    the safeguards (higher is better) apart from the risk areas (higher is worse)."""
    from aisafe_desktop.core.display import whole_percent
    from aisafe_desktop.core.scoring import score

    needs("pdftotext")
    document = mini_answers()
    out = tmp_path / "report.pdf"
    pdf_reports.export_report(mini_ref, document, rsa_key.identity, out)
    flat = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    result = score(mini_ref.questionnaire, document)
    assert f"Band 3 of 3 · overall score {whole_percent(result.overall)} %" in flat
    areas = flat.index("Risk areas (a higher score is more serious)")
    safeguards = flat.index("Safeguards (higher is better)")
    assert areas < flat.index("Impact", areas) < safeguards
    assert "Answers that weighed most" in flat and "…”" not in flat
