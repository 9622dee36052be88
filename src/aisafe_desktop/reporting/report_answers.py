"""Answers by section and the identification/verification appendix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.language_status import is_draft
from aisafe_desktop.core.model import LANGUAGE_NAMES, Question
from aisafe_desktop.reporting import layout
from aisafe_desktop.reporting.answer_text import answer_text
from aisafe_desktop.reporting.labels import label
from aisafe_desktop.reporting.layout import Heading, SignatureSlot, para

if TYPE_CHECKING:
    from aisafe_desktop.reporting.report import ReportContext


def answers_part(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    """Every applicable question with its answer, by section; hidden questions are left out."""
    lang, q = context.language, context.questionnaire
    state = Applicability(q, context.document.values())
    parts: list[Flowable] = [Heading(label("answers", lang), st["h1"], 0)]
    number = 0
    for section in q.sections:
        if not state.section_applies(section):
            continue
        number += 1
        # room for the heading and the start of its first question, else a new page: the
        # heading is kept with what follows it, never left at the bottom of a page
        parts.append(CondPageBreak(40 * mm))
        parts.append(Heading(f"{number}. {context.text(section.title)}", st["h2"], 1))
        if section.description:
            parts.append(para(context.text(section.description), st["small"]))
        shown = 0
        for question in section.questions:
            if state.applies(question.id):
                shown += 1
                block = question_block(context, question, f"{number}.{shown}", st)
                parts += block[1:] if shown == 1 else block  # the first follows its heading
    return parts


def question_block(
    context: ReportContext, question: Question, number: str, st: dict[str, Any]
) -> list[Flowable]:
    lang = context.language
    answer = context.document.answers.get(question.id)
    value = answer.value if answer else None
    shown = answer_text(question, value, lang, context.questionnaire.default_language)
    if shown is None:
        missing = "not_answered" if question.required else "not_answered_optional"
        answer_paras = [para(label(missing, lang), st["small"])]
    else:
        answer_paras = layout.paras(shown, st["body"])
    head = [para(f"{number}  {context.text(question.text)}", st["question"]), *answer_paras]
    # a question never ends a page without its answer; CondPageBreak instead of KeepTogether,
    # which wraps every paragraph twice (render time)
    block: list[Flowable] = [CondPageBreak(18 * mm), *head]
    if answer and answer.comment:
        block += layout.paras(f"{label('comment', lang)}: {answer.comment}", st["body"])
    notes = []
    if question.guidance:
        notes.append(f"{label('guidance', lang)}: {context.text(question.guidance)}")
    # "profile:*" tags only drive pre-filling from the organisation profile
    tags = [t for t in question.tags if not t.startswith("profile:")]
    if tags:
        notes.append(f"{label('references', lang)}: {', '.join(tags)}")
    block += [para(note, st["small"]) for note in notes]
    return block


def _fingerprint_lines(fingerprint: str) -> str:
    # 95 characters without spaces: break after the 16th byte so it wraps cleanly
    return f"{fingerprint[:47]}\n{fingerprint[48:]}" if len(fingerprint) == 95 else fingerprint


def appendix_part(context: ReportContext, st: dict[str, Any], slot: layout.SlotPosition) -> list[Flowable]:
    lang, q = context.language, context.questionnaire
    fingerprint = context.signer.fingerprint if context.signer else label("unsigned", lang)
    rows = [
        (label("questionnaire_id", lang), f"{q.id} {q.version}"),
        (label("questionnaire_sha", lang), context.questionnaire_sha256),
        (label("answers_sha", lang), context.answers_sha256),
        (label("app_version", lang), f"AISafe Desktop {context.app_version}".strip()),
        (label("fingerprint", lang), _fingerprint_lines(fingerprint)),
    ]
    data = [[para(k, st["cell_bold"]), para(_wrap_hex(v), st["mono"])] for k, v in rows if v]
    table = layout.table(
        data,
        [60 * mm, None],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, layout.RULE),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    return [
        Heading(label("appendix", lang), st["h1"], 0),
        *_draft_note(context, st),
        table,
        para(label("how_to_verify", lang), st["h2"]),
        para(label("verify_1", lang), st["body"]),
        para(label("verify_2", lang), st["body"]),
        para(label("verify_3", lang), st["body"]),
        *_references(context, st),
        # the signatory's declaration, then the stamp: nothing of the report comes after them
        KeepTogether([
            para(label("declaration_heading", lang), st["h2"]),
            para(_declaration(context), st["body"]),
            Spacer(1, 4 * mm),
            SignatureSlot(slot, label("signature_here", lang)),
        ]),
    ]  # fmt: skip


def _draft_note(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    """A report in a draft translation says so: it is never presented as authoritative."""
    lang = context.language
    if not is_draft(lang, context.questionnaire):
        return []
    name = LANGUAGE_NAMES.get(lang, lang)
    notes = [para(label("draft_language", lang).format(language=name), st["body"])]
    if lang != "en":  # also in English, for an agency that does not read the report's language
        notes.append(para(label("draft_language", "en").format(language=name), st["body"]))
    return notes


def _declaration(context: ReportContext) -> str:
    signer = context.signer.signer if context.signer else "…"
    organisation = context.organisation_name or (context.signer.organisation if context.signer else "")
    return label("declaration", context.language).format(signer=signer, organisation=organisation or "…")


def _references(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    """The questionnaire's sources, before the declaration and the signature."""
    refs = context.questionnaire.references
    if not refs:
        return []
    items = [para(label("references", context.language), st["h2"])]
    for ref in refs:
        items.append(para(f"[{ref.id}] {ref.title}" + (f" — {ref.url}" if ref.url else ""),
                          st["small"]))  # fmt: skip
    return items


def _wrap_hex(value: str) -> str:
    """Split a 64-digit hash in two halves so the table column never overflows."""
    if len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value):
        return f"{value[:32]}\n{value[32:]}"
    return value
