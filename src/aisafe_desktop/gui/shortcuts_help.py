"""Help → Keyboard shortcuts (F1): every shortcut of the app on one page, in the user's language.

The list is data (what the keys do, where), so the page and the tooltips cannot drift apart: the
tooltips name the same keys (e.g. "Next section (Alt+Right)").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import resize_within_screen, translate_buttons, wrapped

translate = QCoreApplication.translate


def shortcuts() -> list[tuple[str, str, str]]:
    """(where, keys, what it does): keys in the portable text form Qt shows in menus."""
    everywhere, walk, home = (translate("Shortcuts", "Everywhere"), translate("Shortcuts", "Answering"),
                              translate("Shortcuts", "Home"))
    return [
        (everywhere, "F1", translate("Shortcuts", "This list of keyboard shortcuts")),
        (everywhere, "Ctrl+N", translate("Shortcuts", "Start a new assessment")),
        (everywhere, "Alt+Home", translate("Shortcuts", "Back to the list of assessments")),
        (everywhere, "Ctrl+,", translate("Shortcuts", "Settings: language, text size, backups")),
        (everywhere, "Ctrl+Q", translate("Shortcuts", "Quit (asks first if answers are not saved)")),
        (everywhere, "Tab / Shift+Tab", translate("Shortcuts", "Next / previous control")),
        (everywhere, translate("Shortcuts", "Alt + underlined letter"),
         translate("Shortcuts", "The button or field with that letter")),
        (home, "Ctrl+F", translate("Shortcuts", "Search the assessments")),
        (home, "Ctrl+I", translate("Shortcuts", "Import an answers file")),
        (home, translate("Shortcuts", "Enter"), translate("Shortcuts", "Open the selected assessment")),
        (home, translate("Shortcuts", "Delete"), translate("Shortcuts", "Move the selected assessment to the "
                                                        "trash (you can undo)")),
        (walk, "Alt+Right / Ctrl+PgDown", translate("Shortcuts", "Next section (Finish on the last)")),
        (walk, "Alt+Left / Ctrl+PgUp", translate("Shortcuts", "Previous section")),
        (walk, translate("Shortcuts", "Enter (on a choice)"), translate("Shortcuts", "Next section")),
        (walk, "F6", translate("Shortcuts", "Go to the list of sections")),
        (walk, translate("Shortcuts", "Arrow keys"), translate("Shortcuts", "Move between the options of a "
                                                            "question")),
        (walk, translate("Shortcuts", "Space"), translate("Shortcuts", "Choose an option; show or hide "
                                                       "\"Why we ask\"")),
        (walk, "Alt+S", translate("Shortcuts", "The provisional result so far")),
    ]


class ShortcutsDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped()
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        resize_within_screen(self, 720, 600)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Everything in AISafe Desktop can be done with the keyboard. "
                                   "Buttons also show their shortcut in their tooltip."))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"),
                                              self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = shortcuts()
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        translate_buttons(self.buttons)
