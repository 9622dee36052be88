"""The signed review receipt an agency sends back: made from the inbox, signed by the agency.

The receipt names the reviewed file by its SHA-256 and reference number, so the business's app
attaches it to exactly the assessment that was submitted, and carries the decision and every
comment in its embedded receipt.json.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.receipt import RECEIPT_ATTACHMENT, ReceiptComment, ReceiptContent
from aisafe_desktop.services.inbox import Inbox, SubmissionDetail
from aisafe_desktop.services.pdf_reports import write_atomically
from aisafe_desktop.services.questionnaires import Catalogue


@dataclass(frozen=True)
class ReceiptResult:
    path: Path
    decision: str
    comments: int
    signer_fingerprint: str


def _question_texts(catalogue: Catalogue | None, detail: SubmissionDetail,
                    language: str) -> dict[str, str]:
    if catalogue is None:
        return {}
    s = detail.submission
    try:
        entry = catalogue.find(s.questionnaire, s.questionnaire_version)
    except LookupError:
        return {}
    return {qid: q.text.get(language) for qid, q in entry.questionnaire.question_index().items()}


def receipt_content(detail: SubmissionDetail, agency: str, language: str = "en",
                    catalogue: Catalogue | None = None) -> ReceiptContent:
    s = detail.submission
    texts = _question_texts(catalogue, detail, language)
    comments = [ReceiptComment(e.question_id, texts.get(e.question_id or "", ""), e.comment)
                for e in detail.comments]
    decided = next((e.at for e in reversed(detail.events) if e.new_status is s.status),
                   dt.datetime.now(dt.UTC))
    return ReceiptContent(
        decision=s.status.value, decided_at=decided, reviewer=s.reviewer, due_date=s.due_date,
        report_sha256=s.sha256, report_reference=s.reference, report_file=s.file_name,
        organisation=s.organisation, ai_system=s.ai_system, questionnaire_id=s.questionnaire,
        questionnaire_version=s.questionnaire_version, agency=agency, comments=comments,
        language=language)


def make_receipt(inbox: Inbox, submission_id: int, identity: ident.Identity, out: Path, *,
                 language: str = "en", catalogue: Catalogue | None = None) -> ReceiptResult:
    """Render, attach receipt.json, make PDF/A-3b, sign with the agency's identity, write."""
    import json

    from aisafe_desktop.reporting import pdfa, receipt, signing

    detail = inbox.show(submission_id)
    agency = identity.info.organisation or identity.info.signer
    content = receipt_content(detail, agency, language, catalogue)
    payload = (json.dumps(content.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
               + "\n").encode("utf-8")
    rendered = receipt.render_receipt(content)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    archived = pdfa.make_pdfa3(rendered.pdf, payload, producer=signing.producer(),
                               created=created, filename=RECEIPT_ATTACHMENT,
                               description="Review decision and comments (JSON)")
    reviewed = content.report_reference or content.report_sha256[:16]
    signed = signing.sign_pdf(archived, identity, reason=f"Review of report {reviewed}",
                              location=identity.info.country,
                              place=signing.StampPlace(rendered.stamp_page, rendered.stamp_box),
                              language=language)
    write_atomically(out, signed.data)
    return ReceiptResult(out, content.decision, len(content.comments), identity.info.fingerprint)
