"""The business's side of a review: import the agency's signed receipt and keep it with the
assessment whose exported report it is about, so that each comment shows next to its answer.

A receipt is received like a report: its signature must be intact and must cover receipt.json,
every field of which is validated. It is attached to the assessment that exported exactly the
reviewed file (the receipt names its SHA-256); a receipt about a file this workspace never
exported is refused with a plain reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aisafe_desktop.reporting.receipt import (
    RECEIPT_ATTACHMENT,
    ReceiptComment,
    ReceiptContent,
    ReceiptInvalid,
    parse_receipt,
)
from aisafe_desktop.services.errors import WorkspaceError
from aisafe_desktop.storage import sql
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:  # verifying (cryptography) and the ORM are loaded by an import, not by a read
    from aisafe_desktop.reporting.verify import TrustList

MAX_RECEIPT_BYTES = 20 * 1024 * 1024


class ReceiptRejected(WorkspaceError):
    """The file is not a receipt this workspace can accept; the message says why."""


@dataclass(frozen=True)
class StoredReceipt:
    id: int
    assessment_id: int
    content: ReceiptContent
    signer: str
    signer_fingerprint: str
    trusted: bool
    received_at: dt.datetime
    duplicate: bool = False

    def comments_by_question(self) -> dict[str | None, list[str]]:
        found: dict[str | None, list[str]] = {}
        for comment in self.content.comments:
            found.setdefault(comment.question_id, []).append(comment.text)
        return found

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "assessment": self.assessment_id, **self.content.to_json(),
                "signer": self.signer, "signer_fingerprint": self.signer_fingerprint,
                "trusted": self.trusted, "received_at": self.received_at.isoformat(),
                "duplicate": self.duplicate}


def verify_receipt(data: bytes, trust: TrustList | None) -> tuple[ReceiptContent, Any]:
    """The receipt's content and the signature result; ReceiptRejected when it is not intact."""
    from aisafe_desktop.reporting.verify import CHECK_ANSWERS, CHECK_TRUST, verify_pdf
    from aisafe_desktop.reporting.verify_reasons import Finding, Reason

    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptRejected("the file is too large to be a review receipt")
    if not data.startswith(b"%PDF-"):
        raise ReceiptRejected("the file is not a PDF")
    result = verify_pdf(data, trust, source="the receipt", attachment=RECEIPT_ATTACHMENT)
    failed = [c for c in result.checks if c.passed is False and c.name != CHECK_TRUST]
    if failed or result.answers is None:
        # findings: English in the CLI ("name: detail; ..."), translated in the GUI
        reason = [Finding(c.name, c.reason, c.params) for c in failed if c.reason is not None]
        raise ReceiptRejected("the receipt cannot be relied on: {reason}",
                              reason=reason or [Finding(CHECK_ANSWERS, Reason.NO_ANSWERS)])
    try:
        return parse_receipt(result.answers), result
    except ReceiptInvalid as error:
        raise ReceiptRejected("the receipt cannot be relied on: {reason}",
                              reason=error) from error


def _stored(row: sql.ReceiptRecord, duplicate: bool = False) -> StoredReceipt:
    comments = json.loads(row.comments or "[]")
    due = dt.date.fromisoformat(row.due_date) if row.due_date else None
    content = ReceiptContent(
        decision=row.decision, decided_at=row.decided_at, reviewer=row.reviewer, due_date=due,
        report_sha256=row.report_sha256, report_reference=row.report_reference, report_file="",
        organisation="", ai_system="", questionnaire_id="", questionnaire_version="",
        agency=row.agency,
        comments=tuple(ReceiptComment(c.get("question"), "", str(c.get("text", "")))
                       for c in comments if isinstance(c, dict)))
    return StoredReceipt(row.id, row.assessment_id, content, row.signer,
                         row.signer_fingerprint, row.trusted, row.received_at, duplicate)


def _record(row: Any) -> sql.ReceiptRecord:
    """The fields of a receipt row the session holds (a ReceiptRow)."""
    return sql.ReceiptRecord(*(getattr(row, name) for name in sql.ReceiptRecord._fields))


def import_receipt(db: Database, data: bytes, trust: TrustList | None) -> StoredReceipt:
    content, result = verify_receipt(data, trust)
    from sqlalchemy import select

    from aisafe_desktop.reporting.verify import CHECK_TRUST
    from aisafe_desktop.services.inbox_facts import fingerprint_hex
    from aisafe_desktop.storage.models import ExportRow, ReceiptRow

    trusted = any(c.name == CHECK_TRUST and c.passed for c in result.checks)
    sha256 = hashlib.sha256(data).hexdigest()
    with db.session() as session:
        existing = session.scalars(select(ReceiptRow).where(ReceiptRow.sha256 == sha256)).first()
        if existing is not None:
            return _stored(_record(existing), duplicate=True)
        export = session.scalars(select(ExportRow).where(
            ExportRow.sha256 == content.report_sha256).order_by(ExportRow.id.desc())).first()
        if export is None:
            raise ReceiptRejected(
                "this receipt is about a report this computer did not export (SHA-256 "
                "{sha256}); import it on the computer that made the report",
                sha256=content.report_sha256[:16])
        signer = result.signer
        row = ReceiptRow(
            assessment_id=export.assessment_id, sha256=sha256,
            report_sha256=content.report_sha256, report_reference=content.report_reference,
            decision=content.decision, decided_at=content.decided_at,
            due_date=content.due_date.isoformat() if content.due_date else "",
            reviewer=content.reviewer, agency=content.agency,
            signer=signer.signer if signer else "",
            signer_fingerprint=fingerprint_hex(signer.fingerprint) if signer else "",
            trusted=trusted,
            comments=json.dumps([{"question": c.question_id, "text": c.text}
                                 for c in content.comments], ensure_ascii=False),
            received_at=utc_now(), data=data)
        session.add(row)
        session.flush()
        return _stored(_record(row))


def receipts_of(db: Database, assessment_id: int) -> list[StoredReceipt]:
    """The receipts about an assessment, newest decision first."""
    with db.reading() as driver:
        return [_stored(row) for row in sql.receipts_of(driver, assessment_id)]


@dataclass(frozen=True)
class ReceiptItem:
    """One comment group: the question (in the assessment's language), the current answer, and
    what the agency said. `question_id` None: about the whole report."""

    question_id: str | None
    question: str
    answer: str
    comments: tuple[str, ...]


@dataclass(frozen=True)
class ReceiptView:
    receipt: StoredReceipt
    assessment_title: str
    items: tuple[ReceiptItem, ...]


def receipt_view(workspace: Any, receipt: StoredReceipt) -> ReceiptView:
    """The receipt's comments beside the assessment's own questions and current answers."""
    from aisafe_desktop.reporting.answer_text import answer_text

    state = workspace.open_assessment(receipt.assessment_id)
    questionnaire, language = state.questionnaire, state.language
    fallback = questionnaire.default_language
    index = questionnaire.question_index()
    values = state.answers
    items: list[ReceiptItem] = []
    for question_id, comments in receipt.comments_by_question().items():
        question = index.get(question_id) if question_id else None
        if question is None:
            items.append(ReceiptItem(question_id, question_id or "", "", tuple(comments)))
            continue
        given = values.get(question_id or "")
        shown = answer_text(question, given.value, language, fallback) if given else None
        items.append(ReceiptItem(question_id, question.text.get(language, fallback), shown or "",
                                 tuple(comments)))
    items.sort(key=lambda item: item.question_id is not None)  # the whole report first
    return ReceiptView(receipt, state.title, tuple(items))


def looks_like_receipt(data: bytes) -> bool:
    """Only a routing hint (a dropped PDF is a receipt or a report): it embeds receipt.json.
    The verification decides whether it can be relied on."""
    from aisafe_desktop.reporting import pdf_limits

    if len(data) > MAX_RECEIPT_BYTES or not data.startswith(b"%PDF-"):
        return False
    try:
        pdf_limits.read_answers(pdf_limits.open_reader(data), RECEIPT_ATTACHMENT)
    except Exception:  # not a receipt (or not readable): the report verifier will say why
        return False
    return True
