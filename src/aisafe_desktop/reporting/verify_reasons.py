"""What each check of a received report found, in plain words: a closed set of templates.

Each reason is an English template with `{fields}`; a check carries the reason and its
parameters, so the CLI prints the English text and the GUI translates the template (the GUI
lists every template for Qt's translation tools in `gui/verify_reason_texts.py`; a test keeps
the two lists equal). No library jargon: a reason says what the agency should conclude.

Parameters are data (a file name, a limit, a fingerprint), words from a closed set (a
`ReasonWord` member, translated by the GUI like the reasons), or `core.errors.Message`s (a
composed phrase, translated through the GUI's error catalogue). A list is shown joined by "; ".
Passed checks and the signer's trust carry a reason too (lower-case, as the CLI prints them).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping
from typing import Any

from aisafe_desktop.core.errors import Message, render


class ReasonWord(enum.StrEnum):
    """A word or phrase from a closed set used as a reason's parameter. The value is English and
    may hold `{fields}` filled from the reason's other parameters (e.g. `{target}`)."""

    def fill(self, params: Mapping[str, Any], template: str | None = None) -> str:
        return render(self.value if template is None else template, params)


class LaterChange(ReasonWord):
    """What a revision added after signing changed (by pyHanko's modification level)."""

    DOCUMENT_INFO = "a change to the document's information (such as its title) or validation data"
    FORM_FIELDS = "filled-in form fields"
    ANNOTATIONS = "comments or markings on the pages"
    CONTENT = "changes to the document's content"


class OutsideReference(ReasonWord):
    """How a file points outside itself (`{target}` is the file's own text, shortened)."""

    ACTION = "an action of type {target}"
    LINK = "a link to {target}"
    FILE = "the file {target}"
    URL_FILE_SPECIFICATION = "a file specification by URL"
    EXTERNAL_STREAM = "stream data kept in another file"
    IMPORTED_PAGE = "a page imported from another file"


def word_types() -> tuple[type[ReasonWord], ...]:
    """Every closed set of reason words (the GUI translates each member)."""
    return (LaterChange, OutsideReference)


class Reason(enum.Enum):
    """Plain-language reasons. The value is the English template."""

    # reading the file
    CANNOT_OPEN = "The file cannot be opened: it does not exist or may not be read."
    NOT_PDF = "The file is not a PDF document."
    DAMAGED = "The file is damaged or is not a PDF that AISafe Desktop can read."
    FILE_TOO_LARGE = "The file is {size} bytes; reports larger than {limit} bytes are refused."
    STREAM_TOO_LARGE = "Part of the file unpacks to more than {limit} bytes; the file is refused."
    TOO_MANY_PAGES = "The file has more than {limit} pages; the file is refused."
    TOO_MANY_OBJECTS = "The file has more than {limit} internal objects; the file is refused."
    TOO_MANY_REVISIONS = "The file was saved {count} times over (the limit is {limit}); it is refused."
    TOO_DEEP = "The file's internal structure is nested more than {limit} levels deep; it is refused."
    EXTERNAL_REFERENCE = "The file points outside itself ({what}); such files are refused."
    # the signature
    NOT_SIGNED = "The file is not signed."
    WRONG_SIGNATURES = "The file should carry exactly one AISafe signature; it has {count}."
    CHANGED_AFTER_SIGNING = (
        "The file was changed after it was signed: the signature does not match its content."
    )
    NOT_WHOLE_FILE = "The signature does not cover the whole file: something was added around it."
    ADDED_AFTER_SIGNING = "Something was added after signing: {what}."
    # the embedded answers
    NO_ANSWERS = "The file does not contain the signed answers (answers.json)."
    ANSWERS_TWICE = "The file contains answers.json more than once."
    ANSWERS_DAMAGED = "The embedded answers (answers.json) are damaged or stored in an unknown way."
    ANSWERS_TOO_LARGE = "The embedded answers unpack to more than {limit} bytes; they are refused."
    ANSWERS_NOT_JSON = "The embedded answers are not readable JSON text."
    ANSWERS_FIELD = "The embedded answers are wrong at {path}: {problem}."
    # against the questionnaire
    QUESTIONNAIRE_MISSING = (
        "The questionnaire {questionnaire} is not installed here; add its file to re-check the answers."
    )
    NO_QUESTIONNAIRE_HASH = (
        "The embedded answers do not say exactly which questionnaire file was used (no SHA-256)."
    )
    QUESTIONNAIRE_DIFFERS = (
        "The questionnaire installed here differs from the one the report was made with."
    )
    ANSWER_INVALID = "The signed answers break the questionnaire's rules: {problems}."
    INCOMPLETE_NOT_MARKED = (
        "Required questions are unanswered ({questions}) but the report is not marked incomplete."
    )
    RESULT_DIFFERS = (
        "The result stated in the answers ({stated}) differs from re-scoring them ({rescored})."
    )
    PAGES_DIFFER = "The pages state {stated}, the signed answers give {rescored}."
    PAGES_UNREADABLE = "The text of the report's pages could not be read to compare it with the answers."
    # what a passed check found (lower-case: the CLI prints "name: detail")
    READ_OK = "the PDF structure could be read"
    ONE_SIGNATURE_OK = "one signature"  # (not its field name: plain words)
    INTACT_OK = "the signed bytes match the signature"
    COVERAGE_OK = "the signature covers the entire file"
    NOTHING_ADDED_OK = "nothing was added after signing"
    ANSWERS_READ_OK = "{attachment} read from the signed revision"
    DOCUMENT_OK = "answers.json has the expected fields, types and sizes"
    QUESTIONNAIRE_FOUND_OK = "{questionnaire} is installed here"
    SAME_QUESTIONNAIRE_OK = "same SHA-256 as the one used for the report"
    ANSWERS_VALID_OK = "every answer is valid for the questionnaire"
    ANSWERS_VALID_INCOMPLETE = (
        "every answer is valid for the questionnaire; the report is marked INCOMPLETE: "
        "required questions unanswered: {count}"
    )
    RESULT_OK = "re-scoring gives “{band}” ({score}), as stated"
    PAGES_OK = "the cover and summary state the re-scored result"
    # the signer's trust (trust_chain.assess)
    TRUSTED_CHAIN = "the certificate chains to {anchor}, which you trust"
    TRUST_LIST_EMPTY = "your trusted list is empty: the signer is not known to you"
    SIGNER_UNKNOWN = (
        "the signer {fingerprint} is not in your trusted list and no CA you trust issued its "
        "certificate"
    )
    SIGNER_REVOKED = "the signer's certificate (or its issuer) has been revoked"
    SIGNER_NOT_VALID_THEN = (
        "the signer's certificate was not valid at the claimed signing time (valid {start} to {end})"
    )
    SIGNER_KEY_USAGE = "the signer's certificate is not allowed to sign documents (key usage)"
    SIGNER_CHAIN_REJECTED = "the signer's certificate chain was rejected"
    SIGNER_UNREADABLE = "the signer could not be read"

    @property
    def template(self) -> str:
        return str(self.value)

    def render(self, params: Mapping[str, Any]) -> str:
        return render(self.template, filled_words(params))


def filled_words(params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters with each reason word written out in English."""
    return {name: value.fill(params) if isinstance(value, ReasonWord) else value
            for name, value in params.items()}


def plain(reason: Reason, **params: Any) -> str:
    """The English sentence for a reason (what the CLI prints)."""
    return reason.render(params)


class Finding:
    """What one check found: the check's name and its reason with parameters. `str()` is the
    English line the CLI prints ("name: detail"); a front end words it in its own language.
    `to_json`/`from_json` keep it in a database (the agency inbox) with its reason words and
    messages intact, so that it can be shown in any language later."""

    __slots__ = ("check", "params", "reason")

    def __init__(self, check: str, reason: Reason, params: Mapping[str, Any] | None = None) -> None:
        self.check, self.reason = check, reason
        self.params: Mapping[str, Any] = dict(params or {})

    def __str__(self) -> str:
        return f"{self.check}: {self.reason.render(self.params)}"

    def __repr__(self) -> str:
        return f"Finding({self.check!r}, {self.reason.name}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Finding) and (self.check, self.reason) == (other.check, other.reason)
                and _encode(dict(self.params)) == _encode(dict(other.params)))

    def __hash__(self) -> int:
        return hash((self.check, self.reason))

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "reason": self.reason.name, "params": _encode(dict(self.params))}

    @staticmethod
    def from_json(data: Any) -> Finding | None:
        """A finding read back, or None for anything not written by `to_json`."""
        try:
            return Finding(str(data["check"]), Reason[data["reason"]], _decode(data["params"]))
        except (KeyError, TypeError, ValueError):
            return None


def findings_json(findings: Iterable[Finding]) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False)


def findings_from_json(text: str) -> tuple[Finding, ...]:
    """The findings stored by `findings_json` (nothing for empty or damaged text)."""
    try:
        data = json.loads(text) if text else []
    except ValueError:
        return ()
    found = [Finding.from_json(item) for item in data] if isinstance(data, list) else []
    return tuple(f for f in found if f is not None)


_WORDS = {t.__name__: t for t in word_types()}


def _encode(value: Any) -> Any:
    if isinstance(value, ReasonWord):
        return {"word": f"{type(value).__name__}.{value.name}"}
    if isinstance(value, Message):
        return {"message": value.template, "params": _encode(dict(value.params))}
    if isinstance(value, dict):
        return {"values": {str(k): _encode(v) for k, v in value.items()}}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "word" in value:
        kind, _, name = str(value["word"]).partition(".")
        return _WORDS[kind][name]
    if "message" in value:
        return Message.restored(str(value["message"]),
                                _decode(value.get("params", {"values": {}})))
    return {str(k): _decode(v) for k, v in dict(value.get("values", {})).items()}
