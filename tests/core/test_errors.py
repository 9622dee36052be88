"""The one error model: an English template plus parameters, rendered the same way everywhere."""

from __future__ import annotations

from aisafe_desktop.core.errors import AisafeError, Message, render
from aisafe_desktop.core.status import BY_VALUE, AssessmentStatus


def test_an_error_keeps_its_template_and_parameters_and_reads_in_english() -> None:
    error = AisafeError("cannot read {file}: {reason}", file="a.json", reason="gone")
    assert error.template == "cannot read {file}: {reason}"
    assert dict(error.params) == {"file": "a.json", "reason": "gone"}
    assert str(error) == error.args[0] == "cannot read a.json: gone"
    assert error.text == Message("cannot read {file}: {reason}", file="a.json", reason="gone")


def test_nested_messages_and_lists_render_as_text() -> None:
    reasons = [Message("expects a number"), Message("{value} is below the minimum {minimum}",
                                                    value=1, minimum="5")]
    error = AisafeError("the answers cannot be imported: {problems}", problems=reasons)
    assert str(error) == ("the answers cannot be imported: expects a number; "
                          "1 is below the minimum 5")


def test_a_template_that_does_not_fit_its_parameters_is_shown_as_it_is() -> None:
    assert render("{missing} here", {}) == "{missing} here"
    assert render("size {size:,}", {"size": 1234567}) == "size 1,234,567"


def test_status_is_a_closed_set_stored_as_its_text() -> None:
    assert [s.value for s in AssessmentStatus] == ["draft", "completed", "exported"]
    assert BY_VALUE["completed"] is AssessmentStatus.COMPLETED
    assert isinstance(AssessmentStatus.DRAFT, str) and f"{AssessmentStatus.EXPORTED}" == "exported"
