"""Malay (and other) words for what the verifier's checks found, and for the closed-set words
inside them (`ReasonWord`s: what was added after signing, how a file points outside itself).

Each reason of `reporting.verify_reasons.Reason` is listed here as a literal so that Qt's
translation tools find it (context "VerifyReason"); `reason_text` fills in the parameters.
tests/gui/test_verify_reasons.py keeps this list equal to the enum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from aisafe_desktop.reporting.verify_reasons import (
    Finding,
    LaterChange,
    OutsideReference,
    Reason,
    ReasonWord,
)

translate = QCoreApplication.translate


def reason_templates() -> dict[Reason, str]:
    """Every reason template in the user's language."""
    return {
        Reason.CANNOT_OPEN: translate("VerifyReason", 'The file cannot be opened: it does not exist or may not be read.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.NOT_PDF: translate("VerifyReason", 'The file is not a PDF document.'),
        Reason.DAMAGED: translate("VerifyReason", 'The file is damaged or is not a PDF that AISafe Desktop can read.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.FILE_TOO_LARGE: translate("VerifyReason", 'The file is {size} bytes; reports larger than {limit} bytes are refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.STREAM_TOO_LARGE: translate("VerifyReason", 'Part of the file unpacks to more than {limit} bytes; the file is refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.TOO_MANY_PAGES: translate("VerifyReason", 'The file has more than {limit} pages; the file is refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.TOO_MANY_OBJECTS: translate("VerifyReason", 'The file has more than {limit} internal objects; the file is refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.TOO_MANY_REVISIONS: translate("VerifyReason", 'The file was saved {count} times over (the limit is {limit}); it is refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.TOO_DEEP: translate("VerifyReason", "The file's internal structure is nested more than {limit} levels deep; it is refused."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.EXTERNAL_REFERENCE: translate("VerifyReason", 'The file points outside itself ({what}); such files are refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.NOT_SIGNED: translate("VerifyReason", 'The file is not signed.'),
        Reason.WRONG_SIGNATURES: translate("VerifyReason", 'The file should carry exactly one AISafe signature; it has {count}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.CHANGED_AFTER_SIGNING: translate("VerifyReason", 'The file was changed after it was signed: the signature does not match its content.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.NOT_WHOLE_FILE: translate("VerifyReason", 'The signature does not cover the whole file: something was added around it.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ADDED_AFTER_SIGNING: translate("VerifyReason", 'Something was added after signing: {what}.'),
        Reason.NO_ANSWERS: translate("VerifyReason", 'The file does not contain the signed answers (answers.json).'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWERS_TWICE: translate("VerifyReason", 'The file contains answers.json more than once.'),
        Reason.ANSWERS_DAMAGED: translate("VerifyReason", 'The embedded answers (answers.json) are damaged or stored in an unknown way.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWERS_TOO_LARGE: translate("VerifyReason", 'The embedded answers unpack to more than {limit} bytes; they are refused.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWERS_NOT_JSON: translate("VerifyReason", 'The embedded answers are not readable JSON text.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWERS_FIELD: translate("VerifyReason", 'The embedded answers are wrong at {path}: {problem}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.QUESTIONNAIRE_MISSING: translate("VerifyReason", 'The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.NO_QUESTIONNAIRE_HASH: translate("VerifyReason", 'The embedded answers do not say exactly which questionnaire file was used (no SHA-256).'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.QUESTIONNAIRE_DIFFERS: translate("VerifyReason", 'The questionnaire installed here differs from the one the report was made with.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWER_INVALID: translate("VerifyReason", "The signed answers break the questionnaire's rules: {problems}."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.INCOMPLETE_NOT_MARKED: translate("VerifyReason", 'Required questions are unanswered ({questions}) but the report is not marked incomplete.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.RESULT_DIFFERS: translate("VerifyReason", 'The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.PAGES_DIFFER: translate("VerifyReason", 'The pages state {stated}, the signed answers give {rescored}.'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.PAGES_UNREADABLE: translate("VerifyReason", "The text of the report's pages could not be read to compare it with the answers."),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.READ_OK: translate("VerifyReason", 'the PDF structure could be read'),
        # (not the field's name, "AssessorSignature": no internal names in the verify view)
        Reason.ONE_SIGNATURE_OK: translate("VerifyReason", 'one signature'),
        Reason.INTACT_OK: translate("VerifyReason", 'the signed bytes match the signature'),
        Reason.COVERAGE_OK: translate("VerifyReason", 'the signature covers the entire file'),
        Reason.NOTHING_ADDED_OK: translate("VerifyReason", 'nothing was added after signing'),
        Reason.ANSWERS_READ_OK: translate("VerifyReason", '{attachment} read from the signed revision'),
        Reason.DOCUMENT_OK: translate("VerifyReason", 'answers.json has the expected fields, types and sizes'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.QUESTIONNAIRE_FOUND_OK: translate("VerifyReason", '{questionnaire} is installed here'),
        Reason.SAME_QUESTIONNAIRE_OK: translate("VerifyReason", 'same SHA-256 as the one used for the report'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.ANSWERS_VALID_OK: translate("VerifyReason", 'every answer is valid for the questionnaire'),
        Reason.ANSWERS_VALID_INCOMPLETE: translate("VerifyReason", 'every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.RESULT_OK: translate("VerifyReason", 're-scoring gives “{band}” ({score}), as stated'),
        Reason.PAGES_OK: translate("VerifyReason", 'the cover and summary state the re-scored result'),
        Reason.TRUSTED_CHAIN: translate("VerifyReason", 'the certificate chains to {anchor}, which you trust'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.TRUST_LIST_EMPTY: translate("VerifyReason", 'your trusted list is empty: the signer is not known to you'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_UNKNOWN: translate("VerifyReason", 'the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate'),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_REVOKED: translate("VerifyReason", "the signer's certificate (or its issuer) has been revoked"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_NOT_VALID_THEN: translate("VerifyReason", "the signer's certificate was not valid at the claimed signing time (valid {start} to {end})"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_KEY_USAGE: translate("VerifyReason", "the signer's certificate is not allowed to sign documents (key usage)"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_CHAIN_REJECTED: translate("VerifyReason", "the signer's certificate chain was rejected"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        Reason.SIGNER_UNREADABLE: translate("VerifyReason", 'the signer could not be read'),
    }  # fmt: skip


def word_templates() -> dict[ReasonWord, str]:
    """Every closed-set word a reason's parameters use, in the user's language."""
    return {
        LaterChange.DOCUMENT_INFO: translate("VerifyReason", "a change to the document's information (such as its title) or validation data"),  # noqa: E501 - one literal per template, as Qt's lupdate needs
        LaterChange.FORM_FIELDS: translate("VerifyReason", 'filled-in form fields'),
        LaterChange.ANNOTATIONS: translate("VerifyReason", 'comments or markings on the pages'),
        LaterChange.CONTENT: translate("VerifyReason", "changes to the document's content"),
        OutsideReference.ACTION: translate("VerifyReason", 'an action of type {target}'),
        OutsideReference.LINK: translate("VerifyReason", 'a link to {target}'),
        OutsideReference.FILE: translate("VerifyReason", 'the file {target}'),
        OutsideReference.URL_FILE_SPECIFICATION: translate("VerifyReason", 'a file specification by URL'),
        OutsideReference.EXTERNAL_STREAM: translate("VerifyReason", 'stream data kept in another file'),
        OutsideReference.IMPORTED_PAGE: translate("VerifyReason", 'a page imported from another file'),
    }  # fmt: skip


def finding_text(finding: Finding) -> str:
    """"The check: what it found", both in the user's language."""
    from aisafe_desktop.gui.verify_dialog import check_names
    from aisafe_desktop.reporting.verify import CHECK_TRUST

    text = reason_text(finding.reason, finding.params)
    if finding.check == CHECK_TRUST:  # the reason says it all ("… is not in your trusted list")
        return text[:1].upper() + text[1:]
    return f"{check_names().get(finding.check, finding.check)}: {text}"


def findings_text(findings: Iterable[Finding], fallback: str) -> str:
    """Each finding on its own line, translated; `fallback` (English) when there are none (a
    file received before findings were kept)."""
    lines = [finding_text(f) for f in findings]
    return "\n".join(lines) if lines else fallback


def reason_text(reason: Reason, params: Mapping[str, Any]) -> str:
    """The plain sentence for a check, translated, with its parameters filled in (reason words
    and messages among them translated too)."""
    from aisafe_desktop.gui.error_texts import localise_params

    template = reason_templates().get(reason, reason.template)
    words = word_templates()
    filled = {name: value.fill(params, words.get(value)) if isinstance(value, ReasonWord)
              else value for name, value in params.items()}  # fmt: skip
    try:
        return template.format_map(localise_params(filled))
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return reason.render(params)
