"""Malay (and other) words for the verifier's failure reasons.

Each reason of `reporting.verify_reasons.Reason` is listed here as a literal so that Qt's
translation tools find it (context "VerifyReason"); `reason_text` fills in the parameters.
tests/gui/test_verify_reasons.py keeps this list equal to the enum.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from aisafe_desktop.reporting.verify_reasons import Reason

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
    }  # fmt: skip


def reason_text(reason: Reason, params: Mapping[str, Any]) -> str:
    """The plain sentence for a failed check, translated, with its parameters filled in."""
    from aisafe_desktop.gui.error_texts import localise_params

    template = reason_templates().get(reason, reason.template)
    try:
        return template.format_map(localise_params(params))
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return reason.render(params)
