"""A triage with many prohibited practices: its cover lists every red flag, the cover's facts
(with the overall score) run onto page 2, and the report the app had just signed verified as
INVALID ("the pages state no overall score"). Found in the keyboard-only run under X."""

from __future__ import annotations

import json
from pathlib import Path

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.services import identities, pdf_reports
from aisafe_desktop.services.verification import Verdict, verify_files

TRIAGE = Path(__file__).parents[2] / "questionnaires" / "ai-system-risk-triage.yaml"
RED_FLAGS = ("biometric-categorisation", "crime-prediction", "deceptive-simulation", "emotion",
             "face-scraping", "harmful-false-content", "live-rbi-public", "manipulation",
             "oversight-obstruction", "social-scoring", "unlawful-data", "vulnerability")
ANSWERS = {
    "ai-gate": "learns", "area": "employment", "automation-level": "information",
    "decision-about-people": "none", "duration": "brief", "explainability": "clearly",
    "genai": "yes", "impact-areas": ["rights"], "likelihood": "rare", "markets": ["bn"],
    "mit-data-quality": "yes", "mit-incident-plan": "partly", "mit-override": "yes",
    "mit-oversight-training": "yes", "mit-own-testing": "yes", "mit-owner": "yes",
    "mit-performance-checks": "yes", "mit-records": "yes", "model-changes": "fixed",
    "most-vulnerable": "organisations", "personal-data": "none",
    "regulated-product": "medical-device", "reversibility": "reversible",
    "rf-intimate-content": "no-people-media", "role": "build", "scale": "under-100",
    "severity": "minor", **{f"rf-{flag}": "yes" for flag in RED_FLAGS},
}


def test_a_report_with_every_prohibited_practice_verifies(tmp_path: Path) -> None:
    stored = identities.create_identity(tmp_path / "me.p12", name="Siti Aminah",
                                        organisation="Kedai Siti Sdn Bhd", country="MY",
                                        passphrase="correct horse battery")
    identity = identities.open_identity(stored.path, "correct horse battery")
    loaded = load_file(TRIAGE)
    assert loaded.questionnaire is not None
    ref = pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256)
    document = {"format": "aisafe-answers/1", "language": "en", "title": "Loan helper",
                "questionnaire": {"id": loaded.questionnaire.id,
                                  "version": loaded.questionnaire.version},
                "answers": ANSWERS}
    out = tmp_path / "triage.pdf"
    pdf_reports.export_report(ref, parse_answers_document(json.dumps(document).encode()),
                              identity, out)
    trusted = pdf_reports.load_trust([identity.info.fingerprint.lower()])
    [verification] = verify_files([out], trusted, pdf_reports.catalogue_lookup(None, [ref]))
    failed = [c for c in verification.report.all_checks if c.passed is False]
    assert verification.verdict is Verdict.TRUSTED, failed
