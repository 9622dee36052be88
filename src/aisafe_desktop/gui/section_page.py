"""One section of the walk-through: its title, description and question cards in a scroll area.

Cards are built a few at a time (`build_more`), so that opening a long section never freezes the
window: the first screenful is built at once, the rest on idle ticks of the event loop.

Questions appear and disappear as conditions change; the card the person is working on keeps its
place on screen (the scroll position is corrected by however much the content above it moved).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from aisafe_desktop.core.answers import Answer
from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.model import Section
from aisafe_desktop.gui.design import Space, set_margins
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.gui.widgets import Heading, no_tab_stop, quiet, wrapped

MAX_CONTENT_WIDTH = 860


class SectionPage(QScrollArea):
    def __init__(self, section: Section, language: str,
                 on_value: Callable[[str, object], None],
                 on_comment: Callable[[str, str], None], parent: QWidget | None = None,
                 on_history: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.language = language
        self._on_value, self._on_comment = on_value, on_comment
        self._on_history = on_history
        self._pending = list(section.questions)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        no_tab_stop(self)
        content = self.content = QWidget()
        content.setMaximumWidth(MAX_CONTENT_WIDTH)
        # The title, description and cards are the questionnaire's text: a screen reader reads
        # them in its language (AT-SPI GetLocale gives each widget's locale), not the UI's.
        content.setLocale(QLocale(language))
        layout = self._layout = QVBoxLayout(content)
        set_margins(layout, Space.L, Space.S, Space.L, Space.L)
        self.title = Heading(section.title.get(language), level=2)
        layout.addWidget(self.title)
        if section.description is not None:
            layout.addWidget(quiet(wrapped(section.description.get(language))))
        self.cards: dict[str, QuestionCard] = {}
        layout.addStretch(1)
        self.setWidget(content)

    @property
    def complete(self) -> bool:
        return not self._pending

    def build_more(self, count: int, answers: Mapping[str, Answer], state: Applicability,
                   prefilled: Collection[str] = ()) -> bool:
        """Add up to `count` more cards; True when every card is built. `prefilled`: questions
        whose answer still is the one taken from the organisation profile (marked)."""
        chosen, self._pending = self._pending[:count], self._pending[count:]
        for question in chosen:
            card = QuestionCard(question, self.language)
            card.value_changed.connect(self._on_value)
            card.comment_changed.connect(self._on_comment)
            if self._on_history is not None:
                card.history_requested.connect(self._on_history)
            card.set_answer(answers.get(question.id))
            card.show_prefilled(question.id in prefilled)
            card.setVisible(state.applies(question.id))
            self.cards[question.id] = card
            self._layout.insertWidget(self._layout.count() - 1, card)
        return self.complete

    def apply(self, state: Applicability, anchor: QWidget | None = None) -> bool:
        """Show the cards whose conditions hold; True when anything changed."""
        wanted = {qid: state.applies(qid) for qid in self.cards}
        if all(card.isVisibleTo(self.content) == wanted[qid] for qid, card in self.cards.items()):
            return False
        before = self._offset(anchor)
        for qid, card in self.cards.items():
            card.setVisible(wanted[qid])
        self._settle()
        after = self._offset(anchor)
        if before is not None and after is not None and before != after:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + after - before)
        return True

    def _offset(self, anchor: QWidget | None) -> int | None:
        if anchor is None or not anchor.isVisibleTo(self.content):
            return None
        return anchor.mapTo(self.content, QPoint(0, 0)).y()

    def _settle(self) -> None:
        """Lay the content out now (not on the next event), so positions can be compared."""
        content, layout = self.content, self._layout
        layout.activate()
        height = max(self.viewport().height(), content.minimumSizeHint().height(),
                     content.heightForWidth(content.width()))
        content.resize(content.width(), height)
        layout.activate()
        self.verticalScrollBar().setRange(0, max(0, content.height() - self.viewport().height()))

    def visible_cards(self) -> list[QuestionCard]:
        return [c for c in self.cards.values() if c.isVisibleTo(self.content)]

    def flush(self) -> None:
        for card in self.cards.values():
            card.flush()

    def reveal(self, question_id: str) -> None:
        card = self.cards.get(question_id)
        if card is not None and card.isVisibleTo(self.content):
            self.ensureWidgetVisible(card, 0, 40)
            card.focus_editor()
