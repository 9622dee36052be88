"""The list of required questions still unanswered, shown before completion; choosing an entry
(click, or arrow keys and Enter) jumps to its question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, escape_rich, wrapped

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 6


class MissingPanel(Retranslating, QFrame):
    """Signals:
        jump_requested(str): go to this question id.
    """

    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.missing: list[str] = []
        self.title = Heading(level=3)
        self.intro = wrapped()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * VISIBLE_ROWS + 8)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        self.hide()
        self._retranslate()

    def show_missing(self, missing: list[str], questionnaire: Questionnaire, language: str) -> None:
        self.missing = list(missing)
        self.list.clear()
        sections = questionnaire.section_of()
        index = questionnaire.question_index()
        for qid in missing:
            text = f"{sections[qid].title.get(language)}: {index[qid].text.get(language)}"
            item = QListWidgetItem(text)
            item.setData(QUESTION_ROLE, qid)
            item.setToolTip(escape_rich(text))
            self.list.addItem(item)
        self.list.setVisible(bool(missing))
        self._retranslate()
        self.setVisible(True)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(str(item.data(QUESTION_ROLE)))

    def focus_list(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _retranslate(self) -> None:
        count = len(self.missing)
        if count:
            self.title.setText(self.tr("Still to answer before you can finish"))
            self.intro.setText(self.tr("%n required question(s) have no answer yet. Choose one "
                                       "to go to it.", "", count))
        else:
            self.title.setText(self.tr("Everything required is answered"))
            self.intro.setText(self.tr("Choose Finish to see your result."))
        self.list.setAccessibleName(self.tr("Questions still to answer"))
        self.list.setAccessibleDescription(self.tr("Press Enter to go to the chosen question"))
