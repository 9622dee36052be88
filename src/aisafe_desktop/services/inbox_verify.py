"""The inbox's verifier: the same verification as `aisafe verify`, turned into stored facts.

A verifier is built once per worker process from picklable settings (the data folder, for the
questionnaire catalogue, and the trust entries), then called for each file's bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.scoring import score
from aisafe_desktop.reporting.verify import TrustList
from aisafe_desktop.reporting.verify_reasons import Finding, Reason
from aisafe_desktop.services import pdf_reports
from aisafe_desktop.services.inbox_facts import (
    SubmissionFacts,
    answers_text,
    clean_text,
    document_facts,
    fingerprint_hex,
    result_facts,
)
from aisafe_desktop.services.inbox_intake import Verifier
from aisafe_desktop.storage.inbox_models import Verdict

PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class VerifierSettings:
    """Picklable: what a worker process needs to build its verifier."""

    data_dir: str | None = None
    trust_entries: tuple[str, ...] = ()

    def __call__(self) -> Verifier:
        from aisafe_desktop.services import trust_store, verification
        from aisafe_desktop.services.questionnaires import Catalogue

        paths = AppPaths.resolve(self.data_dir)
        # the reader's trusted list (read-only: the desktop app may have the workspace open),
        # plus what this run adds
        trust = verification.combine(trust_store.read_trust_list(paths),
                                     pdf_reports.load_trust(self.trust_entries))
        lookup = pdf_reports.catalogue_lookup(Catalogue(paths))

        def verify(data: bytes, file_name: str) -> SubmissionFacts:
            return verify_for_inbox(data, file_name, trust, lookup)

        return verify


def _invalid(data: bytes, file_name: str, reason: Reason) -> SubmissionFacts:
    return SubmissionFacts(file_name=file_name, data=data, verdict=Verdict.INVALID,
                           reason=reason.render({}), findings=(Finding("readable", reason),))


def verify_for_inbox(data: bytes, file_name: str, trust: TrustList | None,
                     lookup: pdf_reports.Lookup) -> SubmissionFacts:
    """Verify one file's bytes; never raises for anything the file contains."""
    if not data.startswith(PDF_MAGIC):
        return _invalid(data, file_name, Reason.NOT_PDF)
    from aisafe_desktop.services.verification import decide

    try:
        decided = decide(pdf_reports.verify_report_bytes(data, Path(file_name), trust, lookup))
    except Exception:  # a hostile file is a verdict, never a crash
        return _invalid(data, file_name, Reason.DAMAGED)
    checked = decided.report
    verdict, reason = decided.verdict, decided.reason
    intact = verdict is not Verdict.INVALID and checked.document is not None
    signer = decided.signer
    facts = SubmissionFacts(
        file_name=file_name, data=data, verdict=verdict, reason=clean_text(reason, 2000),
        intact=intact, findings=decided.findings,
        signer=clean_text(signer.signer) if signer else "",
        signer_fingerprint=fingerprint_hex(signer.fingerprint) if signer else "",
        claimed_signing_time=decided.claimed_signing_time,
    )
    document = checked.document
    if document is None or not intact:
        return facts  # what a broken file claims about itself is not shown or counted
    found = document_facts(document.extra)
    if not found["organisation"] and signer:
        found["organisation"] = clean_text(signer.organisation)
    if not found["country"] and signer:
        found["country"] = clean_text(signer.country, 8).upper()
    facts = replace(facts, **found, questionnaire_id=clean_text(document.questionnaire_id, 120),
                    questionnaire_version=clean_text(document.questionnaire_version, 40),
                    questionnaire_sha256=clean_text(document.questionnaire_sha256 or "", 64),
                    answers_json=answers_text(document.to_json()))
    ref = lookup(document.questionnaire_id, document.questionnaire_version)
    if ref is None:
        return facts
    # the verification scored the answers already (unless they could not be scored)
    result = checked.rescored or score(ref.questionnaire, document)
    band = next((b for b in ref.questionnaire.scoring.bands if b.id == result.band), None)
    return replace(facts, **result_facts(json.loads(json.dumps(result.to_json()))),
                   band_title=band.label.get("en") if band else "")
