"""Which questions apply, given the answers: section and question conditions, resolved lazily.

A question's own answer only counts while the question applies, so a condition that looks at a
hidden question sees "unanswered". The validator rejects cycles; here a cycle (possible only for an
unvalidated model) makes the questions involved not applicable rather than recursing forever.
"""

from __future__ import annotations

from collections.abc import Mapping

from aisafe_desktop.core.conditions import evaluate
from aisafe_desktop.core.model import Question, Questionnaire, Section


class Applicability:
    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, object]) -> None:
        self._values = values
        self._questions = questionnaire.question_index()
        self._sections = questionnaire.section_of()
        self._memo: dict[str, bool] = {}
        self._section_memo: dict[str, bool] = {}
        self._in_progress: set[str] = set()

    def answer_of(self, question_id: str) -> object:
        """The answer as conditions see it: None when unanswered or not applicable."""
        if question_id not in self._questions or not self.applies(question_id):
            return None
        return self._values.get(question_id)

    def section_applies(self, section: Section) -> bool:
        if section.id not in self._section_memo:
            key = "section:" + section.id
            if key in self._in_progress:
                return False
            self._in_progress.add(key)
            ok = section.when is None or evaluate(section.when, self.answer_of)
            self._in_progress.discard(key)
            self._section_memo[section.id] = ok
        return self._section_memo[section.id]

    def applies(self, question_id: str) -> bool:
        if question_id in self._memo:
            return self._memo[question_id]
        if question_id in self._in_progress:
            return False
        self._in_progress.add(question_id)
        question = self._questions[question_id]
        ok = self.section_applies(self._sections[question_id]) and (
            question.when is None or evaluate(question.when, self.answer_of))
        self._in_progress.discard(question_id)
        self._memo[question_id] = ok
        return ok


def applicable_questions(questionnaire: Questionnaire,
                         values: Mapping[str, object]) -> list[Question]:
    """The questions that apply, in document order."""
    state = Applicability(questionnaire, values)
    return [q for _, q in questionnaire.questions() if state.applies(q.id)]


def applicable_sections(questionnaire: Questionnaire,
                        values: Mapping[str, object]) -> list[Section]:
    state = Applicability(questionnaire, values)
    return [s for s in questionnaire.sections if state.section_applies(s)]
