"""The answers document: the portable, machine-readable record of one assessment's answers.

It is what `aisafe score` reads, what moves between machines, and what travels inside the signed
PDF. JSON, UTF-8:

    {"format": "aisafe-answers/1",
     "questionnaire": {"id": "…", "version": "1.0.0", "sha256": "… (optional)"},
     "language": "en",
     "answers": {"question-id": {"value": …, "comment": "…"}, "other-id": "short form"},
     "title": "…", "ai_system": "…", "organisation": {…}, "result": {…}}   (all optional)
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.errors import AisafeError, Message
from aisafe_desktop.core.model import Question, Questionnaire, QuestionType

DOCUMENT_FORMAT = "aisafe-answers/1"
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
_ANSWER_SHAPE = '{"value": …, "comment": "…"}'
_OPTIONAL_KEYS = ("title", "ai_system", "organisation", "result", "created", "generator",
                  "reference", "complete")


class AnswersDocumentError(AisafeError, ValueError):
    """The JSON is not an answers document; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Answer:
    value: Any
    comment: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value}
        if self.comment:
            out["comment"] = self.comment
        return out


@dataclass(frozen=True)
class AnswersDocument:
    questionnaire_id: str
    questionnaire_version: str
    answers: Mapping[str, Answer]
    language: str = "en"
    questionnaire_sha256: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # title, ai_system, organisation, result…

    def values(self) -> dict[str, Any]:
        return {qid: a.value for qid, a in self.answers.items()}

    def to_json(self) -> dict[str, Any]:
        questionnaire: dict[str, Any] = {"id": self.questionnaire_id,
                                         "version": self.questionnaire_version}
        if self.questionnaire_sha256:
            questionnaire["sha256"] = self.questionnaire_sha256
        return {"format": DOCUMENT_FORMAT, "questionnaire": questionnaire,
                "language": self.language, **dict(self.extra),
                "answers": {qid: a.to_json() for qid, a in self.answers.items()}}

    def to_bytes(self) -> bytes:
        """Canonical bytes: the same document always serialises to the same bytes."""
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
                + "\n").encode("utf-8")


def _answer(qid: str, raw: Any) -> Answer:
    if isinstance(raw, dict):
        unknown = set(raw) - {"value", "comment"}
        if unknown or "value" not in raw:
            if unknown:
                raise AnswersDocumentError("answer '{question_id}' must be {shape}; keys it "
                                           "does not know: {keys}", question_id=qid, shape=_ANSWER_SHAPE,
                                           keys=", ".join(sorted(unknown)))
            raise AnswersDocumentError("answer '{question_id}' must be {shape}; 'value' is "
                                       "missing", question_id=qid, shape=_ANSWER_SHAPE)
        comment = raw.get("comment")
        if comment is not None and not isinstance(comment, str):
            raise AnswersDocumentError("the comment of answer '{question_id}' must be a text",
                                       question_id=qid)
        return Answer(raw["value"], comment or None)
    return Answer(raw)


def parse_answers_document(raw: bytes | str) -> AnswersDocument:
    if isinstance(raw, bytes):
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise AnswersDocumentError("the file is {size:,} bytes; answers documents are "
                                       "limited to {limit:,} bytes", size=len(raw),
                                       limit=MAX_DOCUMENT_BYTES)
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise AnswersDocumentError("the file is not UTF-8 text; save it as UTF-8") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise AnswersDocumentError("not valid JSON: {reason} at line {line}, column {column}",
                                   reason=error.msg, line=error.lineno,
                                   column=error.colno) from None
    except RecursionError:
        raise AnswersDocumentError("the JSON is nested too deeply") from None
    return answers_document_from_json(data)


def answers_document_from_json(data: Any) -> AnswersDocument:
    if not isinstance(data, dict):
        raise AnswersDocumentError("an answers document is a JSON object ({shape})",
                                   shape="{…}")
    if data.get("format") != DOCUMENT_FORMAT:
        raise AnswersDocumentError("'format' must be \"{expected}\" (found {found}); is this "
                                   "an AISafe answers file?", expected=DOCUMENT_FORMAT,
                                   found=repr(data.get("format")))
    unknown = set(data) - {"format", "questionnaire", "language", "answers", *_OPTIONAL_KEYS}
    if unknown:
        raise AnswersDocumentError("keys this format does not know: {keys}", keys=", ".join(sorted(unknown)))
    q = data.get("questionnaire")
    if not isinstance(q, dict) or not isinstance(q.get("id"), str) or not isinstance(
            q.get("version"), str):
        raise AnswersDocumentError("'questionnaire' must be {shape}",
                                   shape='{"id": "…", "version": "…"}')
    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise AnswersDocumentError("'answers' must be an object mapping question ids to answers")
    language = data.get("language", "en")
    if not isinstance(language, str):
        raise AnswersDocumentError("'language' must be a language code such as \"en\"")
    return AnswersDocument(
        questionnaire_id=q["id"], questionnaire_version=q["version"],
        questionnaire_sha256=q.get("sha256") if isinstance(q.get("sha256"), str) else None,
        language=language, answers={str(k): _answer(str(k), v) for k, v in answers.items()},
        extra={k: data[k] for k in _OPTIONAL_KEYS if k in data})


REQUIRED_MISSING = "required, but not answered"  # the template check_answers uses


@dataclass(frozen=True, slots=True)
class AnswerProblem:
    question_id: str
    message: Message

    def __str__(self) -> str:
        return str(self.text)

    @property
    def text(self) -> Message:
        return Message("{question_id}: {reason}", question_id=self.question_id, reason=self.message)


def missing_required(problems: list[AnswerProblem]) -> list[str]:
    """The question ids of `problems` that are required answers left blank."""
    return [p.question_id for p in problems if p.message.template == REQUIRED_MISSING]


def value_problem(question: Question, value: Any) -> Message | None:
    """Why `value` is not a valid answer to `question`, or None if it is."""
    qtype = question.type
    options = ", ".join(str(o.value) for o in question.options)
    if qtype is QuestionType.MULTIPLE_CHOICE:
        if not isinstance(value, list):
            return Message("expects a list of option values, e.g. {example}", example='["a", "b"]')
        bad = [v for v in value if question.option(v) is None]
        if bad:
            return Message("{values} not among the options ({options})",
                        values=", ".join(map(repr, bad)), options=options)
        return Message("lists an option twice") if len(set(map(str, value))) != len(value) else None
    if qtype.has_options:
        if question.option(value) is None or isinstance(value, bool):
            return Message("{value} is not among the options ({options})", value=repr(value),
                        options=options)
        return None
    if qtype in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return None if isinstance(value, str) else Message("expects a text")
    if qtype is QuestionType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            return Message("expects a number")
        if question.minimum is not None and value < question.minimum:
            return Message("{value} is below the minimum {minimum}", value=value,
                        minimum=f"{question.minimum:g}")
        if question.maximum is not None and value > question.maximum:
            return Message("{value} is above the maximum {maximum}", value=value,
                        maximum=f"{question.maximum:g}")
        return None
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return Message("expects a date written YYYY-MM-DD")
    return None


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def check_answers(questionnaire: Questionnaire, document: AnswersDocument, *,
                  require_complete: bool = True) -> list[AnswerProblem]:
    """Problems with the answers, one per question, in questionnaire order."""
    index = questionnaire.question_index()
    problems = [AnswerProblem(qid, Message("no such question in {questionnaire} {version}",
                                        questionnaire=questionnaire.id,
                                        version=questionnaire.version))
                for qid in document.answers if qid not in index]
    for qid, answer in document.answers.items():
        if qid in index and is_answered(answer.value):
            why = value_problem(index[qid], answer.value)
            if why:
                problems.append(AnswerProblem(qid, why))
    if require_complete:
        values = document.values()
        problems += [AnswerProblem(q.id, Message("required, but not answered"))
                     for q in applicable_questions(questionnaire, values)
                     if q.required and not is_answered(values.get(q.id))]
    order = {qid: i for i, qid in enumerate(index)}
    return sorted(problems, key=lambda p: order.get(p.question_id, -1))
