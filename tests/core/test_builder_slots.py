"""The builder's direct constructors make exactly what the dataclasses' own __init__ makes."""

from __future__ import annotations

import dataclasses

import pytest

from aisafe_desktop.core.builder import new_option, new_question, new_text
from aisafe_desktop.core.conditions import Compare, Operator
from aisafe_desktop.core.model import Option, Question, QuestionType, Text


def test_new_text_is_text() -> None:
    made = new_text({"en": "a"})
    assert made == Text({"en": "a"}) and type(made) is Text
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.values = {}  # type: ignore[misc]


def test_new_option_sets_every_field_in_order() -> None:
    values = ("v", Text({"en": "l"}), {"d": 1.0}, ("r",), Text({"en": "d"}))
    assert len(values) == len(dataclasses.fields(Option))
    assert new_option(*values) == Option(*values)


def test_new_question_sets_every_field_in_order() -> None:
    # Distinct values per field, so two fields set in each other's place would show.
    values = ("q", QuestionType.NUMBER, Text({"en": "t"}), False, Text({"en": "g"}),
              Text({"en": "e"}), ("tag",), Compare("other", Operator.ANSWERED, True),
              (Option("o", Text({"en": "o"})),), 1.0, 2.0, Text({"en": "u"}))
    assert len(values) == len(dataclasses.fields(Question))
    made = new_question(*values)
    assert made == Question(*values)
    assert [getattr(made, f.name) for f in dataclasses.fields(Question)] == list(values)
