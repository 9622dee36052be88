"""The review receipt: a small signed PDF an agency sends back to the business that submitted.

People read the pages (decision, due date, comments, which report was reviewed); the business's
app reads the embedded `receipt.json`, which says the same, and attaches the comments to the
answers they are about. Every text comes from outside (officers' comments, the business's own
names) and is laid out as plain text only.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aisafe_desktop.reporting.errors import ReportError

RECEIPT_FORMAT = "aisafe-review-receipt/1"
RECEIPT_ATTACHMENT = "receipt.json"

def label(key: str, language: str) -> str:
    """The receipt's fixed words live with the report's (reporting/labels.py, keys receipt_*)."""
    from aisafe_desktop.reporting import labels

    shared = key in ("organisation", "ai_system")
    return labels.label(key if shared else f"receipt_{key.replace('-', '_')}", language)


@dataclass(frozen=True)
class ReceiptComment:
    question_id: str | None
    question_text: str  # the questionnaire's own wording, when known
    text: str


@dataclass(frozen=True)
class ReceiptContent:
    decision: str  # a review status value
    decided_at: dt.datetime
    reviewer: str
    due_date: dt.date | None
    report_sha256: str
    report_reference: str
    report_file: str
    organisation: str
    ai_system: str
    questionnaire_id: str
    questionnaire_version: str
    agency: str
    comments: Sequence[ReceiptComment]
    language: str = "en"

    def to_json(self) -> dict[str, Any]:
        return {
            "format": RECEIPT_FORMAT,
            "decision": self.decision,
            "decided_at": self.decided_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "reviewer": self.reviewer,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "agency": self.agency,
            "report": {"sha256": self.report_sha256, "reference": self.report_reference,
                       "file": self.report_file, "organisation": self.organisation,
                       "ai_system": self.ai_system,
                       "questionnaire": {"id": self.questionnaire_id,
                                         "version": self.questionnaire_version}},
            "comments": [{"question": c.question_id, "text": c.text} for c in self.comments],
            "language": self.language,
        }


@dataclass(frozen=True)
class RenderedReceipt:
    pdf: bytes
    stamp_page: int
    stamp_box: tuple[int, int, int, int]


def render_receipt(content: ReceiptContent) -> RenderedReceipt:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from aisafe_desktop.reporting import fonts, layout

    fonts.ensure_registered()
    lang = content.language
    style = layout.styles()
    out = io.BytesIO()
    slot = layout.SlotPosition()
    builder = layout.ReportDoc(header=f"{content.agency} · {label('title', lang)}")
    doc = builder.make(out, title=label("title", lang), author=content.agency,
                       subject=f"{content.organisation} · {content.report_reference}",
                       creator="AISafe Desktop", lang=lang)
    decided = content.decided_at.astimezone(dt.UTC).strftime("%Y-%m-%d")
    facts = [
        ("decision", label(content.decision, lang)),
        *((("due", content.due_date.isoformat()),) if content.due_date else ()),
        ("reviewer", content.reviewer or "-"), ("decided", decided),
        ("organisation", content.organisation or "-"), ("ai_system", content.ai_system or "-"),
        ("assessment", f"{content.questionnaire_id} {content.questionnaire_version}".strip()),
        ("reference", content.report_reference or "-"), ("report", content.report_file),
        ("sha256", content.report_sha256),
    ]
    rows = [[layout.para(label(key, lang), style["cell_bold"]),
             layout.para(value, style["mono"] if key == "sha256" else style["cell"])]
            for key, value in facts]
    story: list[Any] = [
        layout.Heading(label("title", lang), style["title"], 0),
        layout.para(content.agency, style["subtitle"]),
        layout.table(rows, [52 * mm, None], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]),
        layout.Heading(label("comments", lang), style["h1"], 0),
    ]
    if not content.comments:
        story.append(layout.para(label("none", lang), style["body"]))
    for comment in content.comments:
        about = label("whole", lang) if comment.question_id is None else \
            f"{label('question', lang)} “{comment.question_text or comment.question_id}”"
        story += [layout.para(about, style["question"]), layout.para(comment.text, style["body"])]
    story += [Spacer(1, 6 * mm), layout.para(label("note", lang), style["small"]),
              Spacer(1, 4 * mm), layout.SignatureSlot(slot, label("signed", lang))]
    try:
        doc.build(story, canvasmaker=layout.canvas_class("{page} / {pages}", "AISafe Desktop"))
    except Exception as error:  # ReportLab raises bare exceptions for layout failures
        raise ReportError("the review receipt could not be laid out: {detail}",
                          detail=str(error)) from error
    if slot.box is None:
        raise ReportError("the review receipt has no place for the signature")
    return RenderedReceipt(out.getvalue(), slot.page, slot.box)


MAX_COMMENTS = 2000
MAX_COMMENT_CHARS = 10_000
MAX_FIELD_CHARS = 500


class ReceiptInvalid(ReportError):
    """The embedded receipt.json is not a review receipt; `path` names the bad field."""


def _text(data: dict[str, Any], key: str, path: str, *, optional: bool = False,
          limit: int = MAX_FIELD_CHARS) -> str:
    value = data.get(key)
    if value is None and optional:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise ReceiptInvalid("the receipt's field {path} must be a text of at most {limit} "
                             "characters", path=f"{path}.{key}".lstrip("."), limit=limit)
    return value


def parse_receipt(raw: bytes) -> ReceiptContent:
    """Validate every field of a received receipt.json (hostile input) into a ReceiptContent."""
    import json

    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ReceiptInvalid("the receipt's data is not JSON text") from error
    if not isinstance(data, dict) or data.get("format") != RECEIPT_FORMAT:
        raise ReceiptInvalid("the file is not a review receipt ({expected})",
                             expected=RECEIPT_FORMAT)
    report = data.get("report")
    questionnaire = report.get("questionnaire") if isinstance(report, dict) else None
    comments = data.get("comments")
    if not isinstance(report, dict) or not isinstance(questionnaire, dict) \
            or not isinstance(comments, list) or len(comments) > MAX_COMMENTS:
        raise ReceiptInvalid("the receipt's report, questionnaire or comments are missing or "
                             "malformed")
    decision = _text(data, "decision", "")
    if decision not in ("new", "under-review", "accepted", "returned"):
        raise ReceiptInvalid("the receipt's field {path} must be a text of at most {limit} "
                             "characters", path="decision", limit=20)
    sha256 = _text(report, "sha256", "report", limit=64)
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ReceiptInvalid("the receipt does not name the reviewed file's SHA-256")
    try:
        decided = dt.datetime.strptime(_text(data, "decided_at", ""), "%Y-%m-%dT%H:%M:%SZ")
        due_text = _text(data, "due_date", "", optional=True)
        due = dt.date.fromisoformat(due_text) if due_text else None
    except ValueError as error:
        raise ReceiptInvalid("the receipt's dates are not written YYYY-MM-DD") from error
    parsed: list[ReceiptComment] = []
    for index, item in enumerate(comments):
        if not isinstance(item, dict):
            raise ReceiptInvalid("the receipt's comment {index} is malformed", index=index)
        question = item.get("question")
        if question is not None and (not isinstance(question, str) or len(question) > 200):
            raise ReceiptInvalid("the receipt's comment {index} is malformed", index=index)
        parsed.append(ReceiptComment(question, "", _text(item, "text", f"comments[{index}]",
                                                          limit=MAX_COMMENT_CHARS)))
    return ReceiptContent(
        decision=decision, decided_at=decided.replace(tzinfo=dt.UTC),
        reviewer=_text(data, "reviewer", "", optional=True), due_date=due,
        report_sha256=sha256, report_reference=_text(report, "reference", "report", optional=True),
        report_file=_text(report, "file", "report", optional=True),
        organisation=_text(report, "organisation", "report", optional=True),
        ai_system=_text(report, "ai_system", "report", optional=True),
        questionnaire_id=_text(questionnaire, "id", "report.questionnaire", optional=True),
        questionnaire_version=_text(questionnaire, "version", "report.questionnaire",
                                    optional=True),
        agency=_text(data, "agency", "", optional=True), comments=tuple(parsed),
        language=_text(data, "language", "", optional=True, limit=16) or "en")
