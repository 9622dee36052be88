"""Results before the end: a red flag shows at the answer that raises it, and "Result so far"
shows the provisional result at any point (clearly marked as provisional).

Scoring is a pure function of the answers (core.scoring.score), so the walk-through can score the
answers given so far after each change; unanswered questions simply add nothing yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from aisafe_desktop.core.conditions import questions_in
from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.gui.widgets import message_box, translate_buttons


class Provisional(QObject):
    """The words (a QObject so that `tr` carries Qt's plural forms and the context)."""

    def flag_note(self, band: str, message: str) -> str:
        return self.tr("This answer sets the result to {band} whatever else you answer: "
                       "{message} Stop and get advice before this AI system is used.").format(
            band=band, message=message)

    def so_far(self, band: str, percent: int, answered: int, total: int) -> str:
        return self.tr("Provisional result: {band} ({percent} %).").format(
            band=band, percent=percent) + "\n\n" + self.tr(
            "Based on %n answered question(s) of the {total} that apply so far. The result can "
            "still change as you answer the rest.", "", answered).format(total=total)

    def flags(self, messages: list[str]) -> str:
        return self.tr("Red flags so far:") + "\n• " + "\n• ".join(messages)

    def title(self) -> str:
        return self.tr("Result so far")


def provisional_score(q: Questionnaire, values: Mapping[str, Any]) -> ScoreResult:
    return score(q, dict(values))


def flag_notes(q: Questionnaire, result: ScoreResult, language: str) -> dict[str, str]:
    """For each question whose answer raised a red flag: what it means, in words."""
    words = Provisional()
    notes: dict[str, str] = {}
    for flag in q.scoring.red_flags:
        if flag.id not in result.red_flags:
            continue
        band = q.band(flag.band)
        label = band.label.get(language) if band is not None else flag.band
        for question_id in questions_in(flag.when):
            notes[question_id] = words.flag_note(label, flag.message.get(language))
    return notes


def show_result_so_far(parent: QWidget, q: Questionnaire, values: Mapping[str, Any],
                       language: str, answered: int, total: int) -> QMessageBox:
    result = provisional_score(q, values)
    words = Provisional()
    band = q.band(result.band)
    label = band.label.get(language) if band is not None else result.band
    text = words.so_far(label, whole_percent(result.overall), answered, total)
    fired = [f.message.get(language) for f in q.scoring.red_flags if f.id in result.red_flags]
    if fired:
        text += "\n\n" + words.flags(fired)
    box = message_box(QMessageBox.Icon.Information, words.title(), text,
                      QMessageBox.StandardButton.Ok, parent)
    translate_buttons(box)
    box.setAccessibleDescription(text)
    box.finished.connect(box.deleteLater)
    box.open()
    return box

