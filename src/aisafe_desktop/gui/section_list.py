"""The sections of the walk-through at the side, each with its completion mark, and the numbers
behind the marks (a pure function of the questionnaire, what applies, and what is answered)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import escape_rich

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SectionMark:
    applies: bool
    complete: bool  # every required question that applies is answered
    started: bool  # at least one answer
    answered: int
    applicable: int


def section_marks(q: Questionnaire, state: Applicability,
                  has_value: Callable[[str], bool]) -> list[SectionMark]:
    marks = []
    for section in q.sections:
        applies = state.section_applies(section)
        live = [x for x in section.questions if applies and state.applies(x.id)]
        done = [x for x in live if has_value(x.id)]
        left = [x for x in live if x.required and not has_value(x.id)]
        marks.append(SectionMark(applies, not left, bool(done), len(done), len(live)))
    return marks


class SectionList(Retranslating, QListWidget):
    """Signals:
        section_chosen(str): the person chose this section id (click, or arrows and Enter).
    """

    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self._titles: list[str] = []
        self._marks: list[SectionMark] = []
        self._retranslate()

    def sizeHint(self) -> QSize:
        """Room for most section names on one line (QListWidget asks for a fixed 256 px)."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 34, hint.height())

    def set_sections(self, titles: list[str], ids: list[str]) -> None:
        self.clear()
        self._titles = titles
        for title, section_id in zip(titles, ids, strict=True):
            item = QListWidgetItem(title)
            item.setData(SECTION_ID_ROLE, section_id)
            self.addItem(item)

    def show_marks(self, marks: list[SectionMark], current_row: int) -> None:
        self._marks = marks
        for row, mark in enumerate(marks):
            item = self.item(row)
            item.setHidden(not mark.applies)
            symbol = "✓" if mark.complete else ("◐" if mark.started else "○")
            status = (self.tr("complete") if mark.complete else self.tr("started")
                      if mark.started else self.tr("not started"))
            item.setText(f"{symbol}  {self._titles[row]}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{self._titles[row]}, {status}")
            item.setToolTip(escape_rich(status))
            item.setSelected(row == current_row)
        if current_row >= 0:
            self.setCurrentRow(current_row)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.section_chosen.emit(str(item.data(SECTION_ID_ROLE)))

    def _retranslate(self) -> None:
        if self._marks:
            self.show_marks(self._marks, self.currentRow())
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("Choose a section to go to it. Shortcut: F6"))
