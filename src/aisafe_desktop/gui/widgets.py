"""Small building blocks shared by the screens: headings that follow the text size, wrapped
labels, accessible-name helpers and a clickable 'link' button."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from aisafe_desktop.core.word_breaks import with_break_hints
from aisafe_desktop.gui.design import HEADING_ROLES, TextRole, text_font
from aisafe_desktop.gui.theme import QUIET_PROPERTY, secondary_text

if TYPE_CHECKING:  # imported where used: each class's enums are set up on its import (not Home's)
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QMessageBox

translate = QCoreApplication.translate

# `Qt` (the namespace of enums) is imported inside the functions: its first import sets up ~130
# enums (90 ms on a 2-CPU VM), which must not happen before the main window is first shown.
HEADING_FACTORS = {level: role.factor for level, role in HEADING_ROLES.items()}  # design.py


class Heading(QLabel):
    """A bold, larger label whose size stays relative to the application font (text scale):
    level 1 is a page title, 2 a section heading, 3 a sub-heading (design.TextRole)."""

    def __init__(self, text: str = "", level: int = 1, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(with_break_hints(text), parent)
        self._level = level
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self.refresh_font()

    def refresh_font(self) -> None:
        self.setFont(text_font(HEADING_ROLES.get(self._level, TextRole.STRONG)))

    def setText(self, text: str) -> None:
        super().setText(with_break_hints(text))
        self.setAccessibleName(text)


def refresh_headings() -> None:
    """After the text size changed: headings hold an explicit size, so they are told."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, Heading):
            widget.refresh_font()


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as Qt rich text.

    Why: QLabel's default (AutoText) renders anything that looks like HTML, so `<img src=...>` in
    a questionnaire, an answers file or an error message would make Qt open that file (or an SMB
    share on Windows, or read /dev/zero without end). Every label in the app is made here or is a
    Heading, both plain text."""
    from PySide6.QtCore import Qt

    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class WrappedLabel(QLabel):
    """A word-wrapped plain-text label that breaks Thai, Lao, Khmer and Burmese between words.

    Qt breaks lines at spaces (Thai at words only where libthai is installed); these scripts
    write words without spaces, so a long Khmer sentence did not wrap at all. `setText` puts a
    zero-width space where ICU's line breaker allows a break (core.word_breaks); text in other
    scripts is left as it is."""

    def setText(self, text: str) -> None:
        super().setText(with_break_hints(text))


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    from PySide6.QtCore import Qt

    label = WrappedLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # never rich text: see plain_label
    label.setText(text.strip())  # YAML's folded blocks end in a newline
    label.setWordWrap(True)
    # No setSizePolicy(h, v) here: a fresh policy drops the height-for-width flag that
    # setWordWrap set, and layouts then size every wrapped text for a narrow width (gaps).
    return label


LabelT = TypeVar("LabelT", bound=QLabel)


class _QuietColour(QObject):
    """Re-colours a quiet label when the palette changes (dark mode, high contrast)."""

    @staticmethod
    def apply(label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_text(QApplication.palette()))
        label.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QLabel):
            self.apply(watched)
        return False


def quiet(label: LabelT) -> LabelT:
    """Secondary text: a softer colour that still reads at 4.5:1 and follows palette changes."""
    label.installEventFilter(_QuietColour(label))
    label.setProperty(QUIET_PROPERTY, True)  # theme.apply_colours re-colours it, too
    _QuietColour.apply(label)
    return label


def caption(label: LabelT) -> LabelT:
    """A caption: quiet text one step down the type scale (progress lines, a gauge's legend)."""
    from aisafe_desktop.gui.design import set_text_role

    set_text_role(label, TextRole.CAPTION)
    return quiet(label)


def accessible(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)
    return widget


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give a dialog its preferred size, but never more than the screen it is on can show
    (at 200 % text a dialog's preferred height can exceed a 768-pixel screen)."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    if available is not None:
        width = min(width, round(available.width() * 0.95))
    if window.hasHeightForWidth():  # wrapped text needs more height at this width
        height = max(height, window.heightForWidth(width))
    if available is not None:
        height = min(height, round(available.height() * 0.95))
    window.resize(width, height)


def grow_to_fit(window: QWidget) -> None:
    """After a message appears in an open dialog, grow it to what its layout asks for (within the
    screen): the window kept its size and squashed its fields below their own height (the
    passphrase mismatch clipped every field of "New signing identity" under a real X server)."""
    from PySide6.QtWidgets import QDialog

    layout = window.layout()
    if layout is None or not isinstance(window, QDialog):  # (a page of the main window: no)
        return
    layout.activate()
    wanted = window.sizeHint()
    if window.hasHeightForWidth():
        wanted.setHeight(max(wanted.height(), window.heightForWidth(window.width())))
    if wanted.height() > window.height():
        resize_within_screen(window, window.width(), wanted.height())


WidgetT = TypeVar("WidgetT", bound=QWidget)


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area that is no Tab stop: a dialog's body that scrolls
    when the screen is too small for it (1024×600 at 200 % text) instead of squashing its rows."""
    area = no_tab_stop(QScrollArea())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def ask_text(parent: QWidget, title: str, label: str, typed: str = "") -> tuple[str, bool]:
    """QInputDialog.getMultiLineText, but reachable by keyboard and named for screen readers:
    Qt's text box there kept Tab as a character (OK and Cancel could not be reached) and had no
    name (its label is not its buddy). `label` is outside text: its QLabel interprets markup, so
    it is escaped; `typed`: the text to start with (one whose save failed)."""
    from PySide6.QtWidgets import QInputDialog, QPlainTextEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(escape_rich(label))
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(typed)
    dialog.sizeHint()  # builds the dialog's widgets
    field = dialog.findChild(QPlainTextEdit)
    if field is not None:
        field.setTabChangesFocus(True)
        field.setAccessibleName(label)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text, accepted


def no_tab_stop(area: WidgetT) -> WidgetT:
    """A scroll area is a container, not a control: no silent, unnamed Tab stop (screen readers
    found one on every page). Focusing a control inside still scrolls it into view."""
    from PySide6.QtCore import Qt

    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


INTERFACE_TEXT = "interfaceText"


def interface_text(widget: WidgetT) -> WidgetT:
    """A widget inside questionnaire content (which carries the content's locale, for screen
    readers) whose own words are the interface's ("Required", "A number from 0 to 10."): it keeps
    the interface's locale (`follow_interface_locale` sets it again after a language change)."""
    widget.setProperty(INTERFACE_TEXT, True)
    return widget


def follow_interface_locale(root: QWidget) -> None:
    from PySide6.QtCore import QLocale

    for widget in root.findChildren(QWidget):
        if widget.property(INTERFACE_TEXT):
            widget.setLocale(QLocale())  # the default follows the interface language (gui.i18n)


# Where a status message goes (WCAG 4.1.3). On Windows and macOS Qt turns an announcement event
# into the platform's own (UIA notification: NVDA, Narrator; NSAccessibility on macOS). Over
# AT-SPI (Linux, the BSDs) Qt sends `object:announcement`, which Orca before 46 never listens to
# (Orca 43: no listener in scripts/default.py); what every Orca speaks, without moving the focus,
# is an object with the notification role becoming showing (default.py onShowingChanged). Each
# platform gets one of the two, never both, so no screen reader says a message twice.
ANNOUNCE_BY_NOTICE = sys.platform not in ("win32", "darwin")


class Notice(QWidget):
    """A window's spoken status line for AT-SPI (see `announce`): a notification object
    (`gui.a11y`) named with the last message, shown again for each one. It draws nothing and
    takes no input or focus; it stays showing, so the last message can be read again."""

    OBJECT_NAME = "a11y-notice"

    def __init__(self, parent: QWidget) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName(self.OBJECT_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, 1, 1)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Nothing: the notice is for screen readers only (no style sheet paints it either)."""

    def say(self, message: str) -> None:
        self.hide()  # "showing" goes off and on again, so the same message twice is spoken twice
        self.setAccessibleName(message)  # Qt sends the name change: no reader keeps a stale one
        self.show()

    @classmethod
    def of(cls, widget: QWidget) -> Notice:
        window = widget.window()
        found = window.findChild(Notice, cls.OBJECT_NAME)
        return found if isinstance(found, Notice) else cls(window)


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers speak a status change (WCAG 4.1.3) without moving the focus: the one
    way every part of the app does it (see ANNOUNCE_BY_NOTICE)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not message or not QAccessible.isActive():
        return
    if ANNOUNCE_BY_NOTICE:
        Notice.of(widget).say(message)
    else:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def link_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """A flat button that reads like a link (for secondary actions)."""
    from PySide6.QtCore import Qt

    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(True)  # Enter presses it when it has the focus (enter_presses_buttons)
    return button


def enter_presses_buttons(root: QWidget) -> None:
    """Enter on a focused button presses it, as Space does. Qt does this in dialogs only: in the
    main window Enter on a focused "Export signed PDF…" or "Open" did nothing (keyboard-only run
    under X). A page's default button (Next, Continue) is left alone: outside a dialog an
    auto-default button stops being the default when it loses the focus."""
    for button in root.findChildren(QPushButton):
        if not button.isDefault():
            button.setAutoDefault(True)


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def standard_button_texts() -> dict[int, str]:
    """Our own words for Qt's standard buttons: Qt ships no Malay translation of its own."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox.StandardButton
    return {buttons.Ok.value: translate("Buttons", "OK"),
            buttons.Cancel.value: translate("Buttons", "Cancel"),
            buttons.Save.value: translate("Buttons", "Save"),
            buttons.Close.value: translate("Buttons", "Close"),
            buttons.Yes.value: translate("Buttons", "Yes"),
            buttons.No.value: translate("Buttons", "No")}


def escape_rich(text: str) -> str:
    """Outside text escaped into our own rich text, for the places that have no plain-text switch
    (tooltips, item tooltips, QInputDialog and QMessageBox informative labels): Qt renders those as
    rich text whenever the text looks like HTML."""
    from PySide6.QtGui import Qt

    return Qt.convertFromPlainText(text) if text else ""


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton, parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text and informative text are plain text (see `plain_label`)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def set_informative_text(box: QMessageBox, text: str) -> None:
    """QMessageBox.setTextFormat does not reach the informative label (AutoText): escape."""
    box.setInformativeText(escape_rich(text))


def translate_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    texts = standard_button_texts()
    for button in box.buttons():
        standard = box.standardButton(button)
        if standard.value in texts and not button.property("custom_text"):
            button.setText(texts[standard.value])


def add_form_row(form: QFormLayout, widget: QWidget) -> QLabel:
    """A row whose label is set later (by `_retranslate`) and is the widget's buddy, so that
    mnemonics and screen readers connect the two."""
    label = plain_label()
    label.setBuddy(widget)
    form.addRow(label, widget)
    return label


def set_row_label(form: QFormLayout, row: int, text: str) -> None:
    """Set the label of a form row (labels are re-set on every language change)."""
    from PySide6.QtWidgets import QFormLayout

    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    if isinstance(label, QLabel):
        label.setText(text)


def language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange
