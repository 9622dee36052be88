"""The assessment report (ReportLab): cover, summary, answers by section, appendix.

`render` returns the PDF bytes and where the signature stamp should go; attaching the answers,
PDF/A and signing happen afterwards (pdfa.py, signing.py), driven by services/pdf_reports.py.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aisafe_desktop.core.answers import AnswersDocument
from aisafe_desktop.core.model import LANGUAGE_NAMES, Questionnaire
from aisafe_desktop.core.scoring import ScoreResult
from aisafe_desktop.reporting.errors import ReportError
from aisafe_desktop.reporting.identity import IdentityInfo
from aisafe_desktop.reporting.signing import DEFAULT_STAMP_BOX, StampPlace


@dataclass(frozen=True)
class ReportContext:
    """Everything the report shows. Plain data: the services layer assembles it."""

    questionnaire: Questionnaire
    document: AnswersDocument
    result: ScoreResult
    language: str
    organisation: Mapping[str, Any] = field(default_factory=dict)
    signer: IdentityInfo | None = None
    questionnaire_sha256: str = ""
    answers_sha256: str = ""
    app_version: str = ""
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def reference(self) -> str:
        """The report's unique reference number (also in answers.json)."""
        return str(self.document.extra.get("reference") or "")

    @property
    def missing_required(self) -> int:
        """Required questions left unanswered (a report exported as incomplete)."""
        from aisafe_desktop.core.answers import check_answers, missing_required

        problems = check_answers(self.questionnaire, self.document, require_complete=True)
        return len(missing_required(problems))

    def text(self, value: Any) -> str:
        """A questionnaire Text in the report language (questionnaire default as fallback)."""
        if value is None:
            return ""
        return str(value.get(self.language, self.questionnaire.default_language))

    @property
    def organisation_name(self) -> str:
        name = self.organisation.get("name") or self.document.extra.get("organisation_name")
        if not name and self.signer is not None:
            name = self.signer.organisation
        return str(name or "")

    @property
    def title(self) -> str:
        return str(self.document.extra.get("title") or self.text(self.questionnaire.title))

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


@dataclass(frozen=True)
class RenderedReport:
    pdf: bytes
    stamp: StampPlace
    pages: int


def render(context: ReportContext) -> RenderedReport:
    """Build the PDF in memory. Raises ReportError when it cannot be rendered."""
    from aisafe_desktop.reporting import fonts

    fonts.ensure_registered()
    from aisafe_desktop.reporting import labels, layout, report_parts

    out = io.BytesIO()
    slot = layout.SlotPosition()
    lang = context.language
    builder = layout.ReportDoc(header=f"{context.organisation_name} · {context.title}")
    doc = builder.make(
        out,
        title=context.title,
        author=context.organisation_name or (context.signer.signer if context.signer else ""),
        subject=context.text(context.questionnaire.title),
        creator=f"AISafe Desktop {context.app_version}".strip(),
        keywords=["AI assessment", context.questionnaire.id, context.result.band],
        lang=lang,
    )
    story = report_parts.story(context, slot)
    reference = labels.label("reference_footer", lang).format(reference=context.reference)
    canvas_cls = layout.canvas_class(
        labels.label("page_of", lang), f"AISafe Desktop {context.app_version}".strip(),
        reference if context.reference else "",
    )  # fmt: skip
    try:
        doc.build(story, canvasmaker=canvas_cls)
    except Exception as error:  # ReportLab raises bare exceptions for layout failures
        raise ReportError("the report could not be laid out: {reason}", reason=error) from error
    box = slot.box or DEFAULT_STAMP_BOX
    return RenderedReport(out.getvalue(), StampPlace(slot.page, box), doc.page)
