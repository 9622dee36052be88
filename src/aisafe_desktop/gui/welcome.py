"""First launch: what the tool does, that everything stays on this computer, the language, and the
organisation profile (which can be skipped)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.design import Space, px
from aisafe_desktop.gui.i18n import UI_LANGUAGES, picker_label
from aisafe_desktop.gui.profile_form import ProfileForm
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, no_tab_stop, wrapped

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

MAX_TEXT_WIDTH = 720


class FirstRunPage(Retranslating, QWidget):
    """Signals:
        language_chosen(str): a UI language was picked.
        finished(object): done; the profile to save, or None when skipped.
    """

    language_chosen = Signal(str)
    finished = Signal(object)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._welcome_step(language))
        self.steps.addWidget(self._profile_step())
        # Both steps scroll: at 200 % text on a 1024×600 screen the profile form is taller than
        # the window, and squeezed its rows clipped the text.
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addStretch(1)
        row.addWidget(self.steps, 4)
        row.addStretch(1)
        self.steps.setMaximumWidth(MAX_TEXT_WIDTH)
        scroller = no_tab_stop(QScrollArea())
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self._retranslate()

    def _welcome_step(self, language: str) -> QWidget:
        page = QWidget()
        self.title = Heading(level=1)
        self.intro = wrapped()
        self.privacy = wrapped()
        self.language_label = Heading(level=3)
        self.languages = QButtonGroup(self)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._to_profile)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.title, self.intro, self.privacy, self.language_label):
            layout.addWidget(widget)
        for code, name in UI_LANGUAGES.items():
            button = QRadioButton(name)
            button.setObjectName(f"language-{code}")
            button.setChecked(code == language)
            button.toggled.connect(lambda on, c=code: self._language_toggled(on, c))
            self.languages.addButton(button)
            layout.addWidget(button)
        layout.addSpacing(px(Space.M))
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        return page

    def _profile_step(self) -> QWidget:
        page = QWidget()
        self.profile_title = Heading(level=1)
        self.profile_intro = wrapped()
        self.form = ProfileForm()
        self.skip_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.skip_button.clicked.connect(lambda: self.finished.emit(None))
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.profile_title)
        layout.addWidget(self.profile_intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes on, as in a dialog: Continue on the welcome step, Save on the profile
        step (a text field passes Enter on); on a focused button, Enter presses that button."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        focus = self.window().focusWidget()
        if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            focus.click()
        elif self.steps.currentIndex() == 0:
            self.continue_button.click()
        else:
            self.save_button.click()

    def _language_toggled(self, on: bool, code: str) -> None:
        if on:
            self.language_chosen.emit(code)

    def _to_profile(self) -> None:
        self.steps.setCurrentIndex(1)
        self.form.name.setFocus()

    def _save(self) -> None:
        """Never go on with invalid input, and never lose what was typed: the problems show
        next to their fields, in the user's language."""
        if self.form.is_empty():
            self.form.name.setFocus()
            self.profile_intro.setText(self.tr("Please enter the organisation name, or choose "
                                               "'Skip for now'."))
            return
        if not self.form.check():
            first = self.form.first_problem()
            if first is not None:
                first.setFocus()
            return
        self.finished.emit(self.form.profile())

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to AISafe Desktop"))
        self.intro.setText(self.tr(
            "This app guides you through a self-assessment of an AI system your organisation "
            "uses or builds: what could go wrong, what you already do about it, and what to do "
            "next. You answer plain questions; you can stop at any time and carry on later."))
        self.privacy.setText(self.tr(
            "Everything you enter stays on this computer. The app never connects to the "
            "internet, and your answers are saved the moment you give them."))
        self.language_label.setText(self.tr("Language"))
        for button in self.languages.buttons():
            button.setText(picker_label(button.objectName().removeprefix("language-")))
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.profile_title.setText(self.tr("About your organisation"))
        self.profile_intro.setText(self.tr(
            "This appears on your reports. You can skip it now and fill it in later from the "
            "home screen."))
        self.skip_button.setText(self.tr("Skip for now"))
        self.save_button.setText(self.tr("Save and continue"))
        for button in self.languages.buttons():
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Use this language for the app"))


def preview(ctx: AppContext) -> QWidget:
    """`python -m aisafe_desktop.gui.welcome`."""
    page = FirstRunPage(ctx.language)
    page.language_chosen.connect(ctx.translations.switch)
    return page


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
