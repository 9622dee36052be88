"""The list of required questions still unanswered, shown before completion; each entry jumps
to its question."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.gui.widgets import Heading, language_change, link_button, wrapped

MAX_SHOWN = 12


class MissingPanel(QFrame):
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
        self.more = wrapped()
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.intro)
        self._list = QVBoxLayout()
        self._layout.addLayout(self._list)
        self._layout.addWidget(self.more)
        self.hide()
        self._retranslate()

    def show_missing(self, missing: list[str], questionnaire: Questionnaire, language: str) -> None:
        self.missing = list(missing)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        sections = questionnaire.section_of()
        index = questionnaire.question_index()
        for qid in missing[:MAX_SHOWN]:
            text = f"{sections[qid].title.get(language)}: {index[qid].text.get(language)}"
            button = link_button(text)
            button.setObjectName(f"missing-{qid}")
            button.setToolTip(text)
            button.setAccessibleDescription(self.tr("Go to this question"))
            button.clicked.connect(lambda _=False, q=qid: self.jump_requested.emit(q))
            self.buttons.append(button)
            self._list.addWidget(button)
        self._retranslate()
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        count = len(self.missing)
        if count:
            self.title.setText(self.tr("Still to answer before you can finish"))
            self.intro.setText(self.tr("%n required question(s) have no answer yet. Choose one "
                                       "to go to it.", "", count))
        else:
            self.title.setText(self.tr("Everything required is answered"))
            self.intro.setText(self.tr("Choose Finish to see your result."))
        hidden = count - MAX_SHOWN
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("… and %n more.", "", max(hidden, 0)))
