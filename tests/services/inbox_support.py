"""Signed reports from several businesses, made once per test session for the inbox tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from aisafe_desktop.core.answers import Answer, parse_answers_document
from aisafe_desktop.core.paths import shipped_data_dir
from aisafe_desktop.services import identities, pdf_reports
from aisafe_desktop.services.questionnaires import Catalogue

PASSPHRASE = "correct horse battery staple"
EXAMPLES = shipped_data_dir("questionnaires") / "examples"


@dataclass(frozen=True)
class Business:
    name: str
    country: str
    sector: str
    signer: str
    example: str


BUSINESSES = (
    Business("Kedai Siti Sdn Bhd", "MY", "Retail", "Siti Aminah",
             "ai-system-risk-triage--penang-shop-chatbot.json"),
    Business("PT Pinjam Cepat", "ID", "Finance", "Budi Santoso",
             "ai-system-risk-triage--jakarta-fintech-credit-scoring.json"),
    Business("Gudang Lestari", "MY", "Logistics", "Ahmad Faiz",
             "ai-system-risk-triage--warehouse-demand-forecast.json"),
)


@dataclass(frozen=True)
class Reports:
    folder: Path
    genuine: dict[str, Path]  # business name -> signed PDF
    resubmission: Path  # Kedai Siti again, one answer changed, signed later
    tampered: Path
    not_pdf: Path
    signer_fingerprints: dict[str, str]


def make_reports(folder: Path) -> Reports:
    folder.mkdir(parents=True, exist_ok=True)
    catalogue = Catalogue()
    genuine: dict[str, Path] = {}
    fingerprints: dict[str, str] = {}
    for business in BUSINESSES:
        key = identities.create_identity(
            folder / f"{business.signer}.p12", name=business.signer,
            organisation=business.name, country=business.country, passphrase=PASSPHRASE)
        identity = identities.open_identity(key.path, PASSPHRASE)
        fingerprints[business.name] = key.info.fingerprint
        document = parse_answers_document((EXAMPLES / business.example).read_bytes())
        entry = catalogue.find(document.questionnaire_id, document.questionnaire_version)
        ref = pdf_reports.QuestionnaireRef(entry.questionnaire, entry.sha256)
        profile = {"name": business.name, "country": business.country, "sector": business.sector}
        out = folder / "received" / f"{business.country}-{business.signer}.pdf"
        out.parent.mkdir(exist_ok=True)
        pdf_reports.export_report(ref, document, identity, out, profile=profile)
        genuine[business.name] = out
        if business is BUSINESSES[0]:
            changed = dict(document.answers)
            first = next(iter(changed))
            comment = "Revised after the agency's review."
            changed[first] = Answer(changed[first].value, comment)
            later = folder / "later" / "resubmission.pdf"
            later.parent.mkdir(exist_ok=True)
            pdf_reports.export_report(ref, replace(document, answers=changed), identity, later,
                                      profile=profile)
            resubmission = later
    data = bytearray(genuine[BUSINESSES[1].name].read_bytes())
    spot = data.find(b"/Title")
    data[spot + 8] ^= 0x01  # one changed byte inside the signed range
    tampered = folder / "received" / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    not_pdf = folder / "received" / "notes.pdf"
    not_pdf.write_text(json.dumps({"hello": "not a pdf"}))
    return Reports(folder, genuine, resubmission, tampered, not_pdf, fingerprints)
