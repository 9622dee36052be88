"""The action plan on the results page: each recommendation as a checklist item (done, owner, due
date). Edits are checked here as they are typed (the date must be YYYY-MM-DD) and handed to the
page's owner through `changed`, which saves them (services.action_plan, off the UI thread).

Signals:
    changed(object): an ActionItem was edited and is valid.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.action_plan import ActionItem
from aisafe_desktop.gui.design import Space, set_margins
from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import announce, quiet, wrapped
from aisafe_desktop.services.action_plan import check_due_date, check_owner
from aisafe_desktop.services.errors import InvalidInput


class ActionItemEditor(Retranslating, QFrame):
    changed = Signal(object)

    def __init__(self, recommendation_id: str, text: str, item: ActionItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recommendation_id = recommendation_id
        self.text = text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = wrapped(text)
        self.done = QCheckBox()
        self.owner = QLineEdit()
        self.owner.setMaxLength(200)
        self.due = QLineEdit()
        self.due.setMaxLength(10)
        self.due.setPlaceholderText("YYYY-MM-DD")
        self.problem = quiet(wrapped())
        self.problem.setObjectName("field-problem")
        self.problem.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.owner_row_label = wrapped()
        self.due_row_label = wrapped()
        form.addRow(self.owner_row_label, self.owner)
        form.addRow(self.due_row_label, self.due)
        layout = QVBoxLayout(self)
        set_margins(layout, Space.S, Space.XS)
        layout.addWidget(self.label)
        layout.addWidget(self.done)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.set_item(item or ActionItem(recommendation_id))
        self.done.toggled.connect(lambda _on: self._edited())
        self.owner.editingFinished.connect(self._edited)
        self.due.editingFinished.connect(self._edited)
        self.due.textEdited.connect(lambda _t: self._check(show_only=True))
        self._retranslate()

    def set_item(self, item: ActionItem) -> None:
        """Show a saved item (does not emit `changed`)."""
        self._saved = item
        self._touched = False
        for widget in (self.done, self.owner, self.due):
            widget.blockSignals(True)
        self.done.setChecked(item.done)
        self.owner.setText(item.owner)
        self.due.setText(item.due_date)
        for widget in (self.done, self.owner, self.due):
            widget.blockSignals(False)

    def edited(self) -> bool:
        """True once the person changed the item here (typed, even if not finished yet)."""
        return self._touched or self.item() != self._saved

    def item(self) -> ActionItem:
        return ActionItem(self.recommendation_id, self.done.isChecked(), self.owner.text(),
                          self.due.text())

    def _check(self, show_only: bool = False) -> ActionItem | None:
        """The item as typed, cleaned, or None with the problem shown next to the fields."""
        try:
            item = ActionItem(self.recommendation_id, self.done.isChecked(),
                              check_owner(self.owner.text()), check_due_date(self.due.text()))
        except InvalidInput as error:
            if not show_only or len(self.due.text().strip()) >= 10:
                self.problem.setText(localise(error, sentence=True))
                self.problem.show()
                if not show_only:  # not on every key typed
                    announce(self.problem, self.problem.text())
            return None
        self.problem.hide()
        return item

    def show_unsaved(self, unsaved: bool) -> None:
        """Mark an item the app could not save yet (it keeps trying; see SavedIndicator)."""
        if unsaved:
            self.problem.setText(self.tr("Not saved yet. What you typed is kept here and the "
                                         "app keeps trying to save it."))
            self.problem.show()
        elif self._check(show_only=True) is not None:
            self.problem.hide()

    def _edited(self) -> None:
        item = self._check()
        if item is None or item == self._saved:
            return
        self._saved = item
        self._touched = True
        self.changed.emit(item)

    def _retranslate(self) -> None:
        short = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        self.done.setText(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done: {recommendation}").format(recommendation=short))
        self.owner_row_label.setText(self.tr("Owner"))
        self.owner.setAccessibleName(self.tr("Owner of: {recommendation}").format(
            recommendation=short))
        self.owner.setAccessibleDescription(self.tr("Who will see that this step is done"))
        self.owner_row_label.setBuddy(self.owner)
        self.due_row_label.setText(self.tr("Due date"))
        self.due.setAccessibleName(self.tr("Due date of: {recommendation}").format(
            recommendation=short))
        self.due.setToolTip(self.tr("A date written YYYY-MM-DD, e.g. 2027-03-31"))
        self.due.setAccessibleDescription(self.due.toolTip())
        self.due_row_label.setBuddy(self.due)
        self.setAccessibleName(self.tr("Action plan item"))
