"""The organisation profile form, used on first launch and from Home → Edit organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.design import Space, set_margins
from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    add_form_row,
    announce,
    escape_rich,
    grow_to_fit,
    resize_within_screen,
    set_row_label,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.services.dto import OrganisationProfile

ASEAN_COUNTRIES = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")
translate = QCoreApplication.translate
SIZES = ("micro", "small", "medium", "large", "public")
# The profile's fields in form order (the names services.workspace_profile reports problems by).
FIELDS = ("name", "registration_number", "country", "sector", "size", "contact_name",
          "contact_email")


def country_names() -> dict[str, str]:
    return {"BN": translate("Countries", "Brunei Darussalam"), "KH": translate("Countries", "Cambodia"),
            "ID": translate("Countries", "Indonesia"), "LA": translate("Countries", "Lao PDR"),
            "MY": translate("Countries", "Malaysia"), "MM": translate("Countries", "Myanmar"),
            "PH": translate("Countries", "Philippines"), "SG": translate("Countries", "Singapore"),
            "TH": translate("Countries", "Thailand"), "TL": translate("Countries", "Timor-Leste"),
            "VN": translate("Countries", "Viet Nam")}


class ProfileForm(Retranslating, QWidget):
    """Signals:
        changed(): any field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.registration = QLineEdit()
        self.country = QComboBox()
        self.sector = QLineEdit()
        self.size_choice = QComboBox()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.country.addItem("", "")
        for code in ASEAN_COUNTRIES:
            self.country.addItem(code, code)
        self.size_choice.addItem("", "")
        for code in SIZES:
            self.size_choice.addItem(code, code)
        self._form = QFormLayout(self)
        set_margins(self._form, Space.NONE)  # lines up with the heading above it
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows: list[QLineEdit | QComboBox] = [
            self.name, self.registration, self.country, self.sector, self.size_choice,
            self.contact_name, self.contact_email]
        # One note per field, right under it, filled while the person types (in their language).
        self.notes: dict[str, QLabel] = {}
        for widget, field in zip(self._rows, FIELDS, strict=True):
            add_form_row(self._form, widget)
            note = wrapped()
            note.setObjectName(f"problem-{field}")
            note.hide()
            self._form.addRow(note)
            self.notes[field] = note
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.changed)
                widget.textEdited.connect(lambda _text, f=field: self.check(only=f))
            else:
                widget.activated.connect(self.changed)
        self._retranslate()

    def check(self, only: str | None = None) -> bool:
        """Show the problem of each field next to it (only `only` while typing there); True when
        the whole profile can be saved."""
        from aisafe_desktop.services.workspace_profile import profile_problems

        problems = profile_problems(self.profile())
        for field, note in self.notes.items():
            if only is not None and field != only:
                continue
            problem = problems.get(field)
            widget = self._rows[FIELDS.index(field)]
            if problem is None:
                note.hide()
                widget.setAccessibleDescription(self._hints[FIELDS.index(field)])
                continue
            text = "⚠ " + localise(problem, sentence=True)
            if note.text() != text or note.isHidden():
                note.setText(text)
                note.show()
                grow_to_fit(self.window())
                announce(note, text)
            widget.setAccessibleDescription(text)
        return not problems

    def first_problem(self) -> QWidget | None:
        for field, note in self.notes.items():
            if note.isVisible():
                return self._rows[FIELDS.index(field)]
        return None

    def _size_names(self) -> dict[str, str]:
        return {"micro": self.tr("1 to 9 people"), "small": self.tr("10 to 49 people"),
                "medium": self.tr("50 to 249 people"), "large": self.tr("250 people or more"),
                "public": self.tr("Government agency or public body")}

    def _retranslate(self) -> None:
        labels = [self.tr("Organisation name"), self.tr("Registration number"),
                  self.tr("Country"), self.tr("Sector"), self.tr("Size"),
                  self.tr("Contact person"), self.tr("Contact email")]
        hints = [self.tr("As it should appear on your reports."),
                 self.tr("For example your SSM, ACRA or DBD number. Optional."),
                 self.tr("Where the organisation is based."),
                 self.tr("For example retail, health, finance or education."),
                 self.tr("How many people work for the organisation."),
                 self.tr("Who answers questions about the assessments. Optional."),
                 self.tr("An email address for that person. Optional.")]
        self._hints = hints
        for row, (widget, label, hint) in enumerate(zip(self._rows, labels, hints, strict=True)):
            set_row_label(self._form, 2 * row, label)  # each field has its note row below
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(hint)
            widget.setToolTip(escape_rich(hint))
        countries, sizes = country_names(), self._size_names()
        self.country.setItemText(0, self.tr("Choose a country"))
        for i, code in enumerate(ASEAN_COUNTRIES, start=1):
            self.country.setItemText(i, countries[code])
        self.size_choice.setItemText(0, self.tr("Choose a size"))
        for i, code in enumerate(SIZES, start=1):
            self.size_choice.setItemText(i, sizes[code])
        self.sector.setPlaceholderText(self.tr("e.g. retail"))
        self.contact_email.setPlaceholderText(self.tr("name@example.com"))

    def set_profile(self, profile: OrganisationProfile | None) -> None:
        if profile is None:
            return
        self.name.setText(profile.name or "")
        self.registration.setText(profile.registration_number or "")
        self.country.setCurrentIndex(max(0, self.country.findData(profile.country or "")))
        self.sector.setText(profile.sector or "")
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(profile.size or "")))
        self.contact_name.setText(profile.contact_name or "")
        self.contact_email.setText(profile.contact_email or "")

    def profile(self) -> OrganisationProfile:
        from aisafe_desktop.services.dto import OrganisationProfile

        return OrganisationProfile(
            name=self.name.text().strip(), registration_number=self.registration.text().strip(),
            country=str(self.country.currentData() or ""), sector=self.sector.text().strip(),
            size=str(self.size_choice.currentData() or ""), contact_name=self.contact_name.text().strip(),
            contact_email=self.contact_email.text().strip())

    def is_empty(self) -> bool:
        return not self.name.text().strip()


class ProfileDialog(Retranslating, QDialog):
    def __init__(self, profile: OrganisationProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ProfileForm(self)
        self.form.set_profile(profile)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self._retranslate()
        resize_within_screen(self, 560, self.sizeHint().height())

    def _save(self) -> None:
        """Never close with invalid input: the problems stay next to their fields."""
        if self.form.check():
            self.accept()
            return
        first = self.form.first_problem()
        if first is not None:
            first.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your organisation"))
        translate_buttons(self.buttons)
