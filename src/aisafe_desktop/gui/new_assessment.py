"""New assessment: pick a questionnaire (title, description, time, languages, publisher),
optionally name the AI system it is about, choose the language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.language_status import is_draft
from aisafe_desktop.core.model import LANGUAGE_NAMES
from aisafe_desktop.gui.i18n import marked_draft
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    Heading,
    add_form_row,
    escape_rich,
    no_tab_stop,
    quiet,
    resize_within_screen,
    set_row_label,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.core.loader import LoadResult
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import AiSystemInfo
    from aisafe_desktop.services.questionnaires import CatalogueEntry


@dataclass(frozen=True)
class NewAssessmentChoice:
    entry: CatalogueEntry
    title: str
    ai_system_id: int | None
    new_ai_system: str | None  # a name typed in that is not in the list yet
    language: str


class NewAssessmentDialog(Retranslating, QDialog):
    def __init__(self, entries: list[CatalogueEntry], systems: list[AiSystemInfo],
                 ui_language: str, parent: QWidget | None = None,
                 invalid: Sequence[LoadResult] = ()) -> None:
        super().__init__(parent)
        self.entries = entries
        # questionnaire files in the user's folder the validator refused: said, with why
        self.invalid = list(invalid)
        self.problems = quiet(wrapped())
        self.problems.setObjectName("questionnaire-problems")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setVisible(bool(self.invalid))
        self.systems = systems
        self.ui_language = ui_language
        self.list = QListWidget()
        for entry in entries:
            item = QListWidgetItem(entry.questionnaire.title.get(ui_language))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._chosen)
        self.name = Heading(level=2)
        self.description = wrapped()
        self.facts = quiet(wrapped())
        self.title_field = QLineEdit()
        self.system = QComboBox()
        self.system.setEditable(True)
        self.system.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = QComboBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._retranslate()
        if entries:
            self.list.setCurrentRow(0)
        resize_within_screen(self, 820, 560)

    def _build(self) -> None:
        # The details and the form scroll: at 200 % text on a 1024×600 screen they do not fit,
        # and squeezed they overlapped and clipped.
        pane = QWidget()
        details = QVBoxLayout(pane)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.name)
        details.addWidget(self.description)
        details.addWidget(self.facts)
        details.addStretch(1)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add_form_row(self.form, self.title_field)
        add_form_row(self.form, self.system)
        add_form_row(self.form, self.language)
        details.addLayout(self.form)
        self.details = no_tab_stop(QScrollArea())
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setWidget(pane)
        self.list.setWordWrap(True)
        for box in (self.system, self.language):  # long items must not set the pane's width
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addWidget(self.details, 3)
        layout = QVBoxLayout(self)
        self.intro = wrapped()
        layout.addWidget(self.intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def _show_problems(self) -> None:
        """Each refused file with its first problems, in the interface language."""
        from aisafe_desktop.gui.problem_texts import problem_text

        if not self.invalid:
            return
        lines = [self.tr("These questionnaire files in your folder cannot be used until they "
                         "are fixed:")]
        for result in self.invalid:
            errors = result.errors or result.problems
            lines += [f"• {problem_text(p)}" for p in errors[:3]]
            if len(errors) > 3:
                lines.append("  " + self.tr("… and {count} more").format(count=len(errors) - 3))
        self.problems.setText("\n".join(lines))

    def current_entry(self) -> CatalogueEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _chosen(self, _row: int) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        q, lang = entry.questionnaire, self.ui_language
        self.name.setText(q.title.get(lang))
        self.description.setText(q.description.get(lang).strip())
        languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in q.languages)
        self.facts.setText(self.tr("About {minutes} minutes · Languages: {languages} · "
                                   "Publisher: {publisher} · Version {version}").format(
            minutes=q.estimated_minutes, languages=languages, publisher=q.publisher,
            version=q.version))
        self.title_field.setText(q.title.get(lang))
        self.language.clear()
        for code in q.languages:  # a draft translation is marked as such (gui.i18n)
            name = LANGUAGE_NAMES.get(code, code)
            self.language.addItem(marked_draft(name, code) if is_draft(code, q) else name, code)
        preferred = lang if lang in q.languages else q.default_language
        self.language.setCurrentIndex(max(0, self.language.findData(preferred)))

    def _fill_systems(self) -> None:
        typed = self.system.currentText() if self.system.count() else ""
        self.system.clear()
        self.system.addItem(self.tr("(not about one particular system)"), None)
        for system in self.systems:
            self.system.addItem(system.name, system.id)
        if typed:
            self.system.setEditText(typed)

    def choice(self) -> NewAssessmentChoice | None:
        entry = self.current_entry()
        if entry is None:
            return None
        typed = self.system.currentText().strip()
        index = self.system.findText(typed, Qt.MatchFlag.MatchFixedString)
        system_id = self.system.itemData(index) if index >= 0 else None
        new_name = typed if index < 0 and typed else None
        title = self.title_field.text().strip() or entry.questionnaire.title.get(self.ui_language)
        return NewAssessmentChoice(entry, title, system_id, new_name,
                                   str(self.language.currentData() or entry.questionnaire
                                       .default_language))

    def _accept(self) -> None:
        if self.current_entry() is not None:
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        self.intro.setText(self.tr("Choose the questionnaire that fits what you want to check. "
                                   "You can stop at any time; every answer is saved."))
        labels = [(self.title_field, self.tr("Title"),
                   self.tr("A name you will recognise in the list, e.g. the project")),
                  (self.system, self.tr("AI system (optional)"),
                   self.tr("Pick one, or type the name of the AI system this is about")),
                  (self.language, self.tr("Language of the questions"),
                   self.tr("The questionnaire is shown in this language"))]
        for row, (widget, label, hint) in enumerate(labels):
            set_row_label(self.form, row, label)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(hint)
            field = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if field is not None:  # an editable box's text field is a Tab stop of its own
                field.setAccessibleName(label)
                field.setAccessibleDescription(hint)
            widget.setToolTip(escape_rich(hint))
        self.list.setAccessibleName(self.tr("Questionnaires"))
        self.list.setAccessibleDescription(self.tr("The questionnaires you can use"))
        translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self._show_problems()
        self._fill_systems()
        self._chosen(self.list.currentRow())


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.new_assessment`."""
    return NewAssessmentDialog(ctx.ws.catalogue.latest(), ctx.ws.list_ai_systems(), ctx.language,
                               invalid=ctx.ws.catalogue.invalid)


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
