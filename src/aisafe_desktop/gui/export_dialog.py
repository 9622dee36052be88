"""Export a signed PDF report: identity (or create / import one here), passphrase, language, where
to save; progress while it is made; at the end the file, the fingerprint and "Open folder"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import LANGUAGE_NAMES
from aisafe_desktop.gui.identity_dialogs import (
    ask_create,
    ask_import,
    identity_text,
    make_passphrase_field,
)
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.settings_page import open_folder
from aisafe_desktop.gui.widgets import (
    add_form_row,
    announce,
    grow_to_fit,
    resize_within_screen,
    set_row_label,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import AssessmentState
    from aisafe_desktop.services.pdf_reports import ExportResult
    from aisafe_desktop.services.workspace import Workspace


class _Progress(QObject):
    """Lives on the UI thread; the worker emits, the bar moves (a queued connection)."""

    moved = Signal(str, float)


def safe_file_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(cleaned.split())[:80] or "assessment"


class ExportDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, state: AssessmentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.state = ctx, state
        self.exported: ExportResult | None = None
        self.identity = QComboBox()
        # An identity reads "name · organisation · fingerprint": sized to its text, the list made
        # the dialog 1,711 px wide at 200 % text. It takes the row's width and elides instead.
        self.identity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.identity.setMinimumContentsLength(16)
        self.create_button, self.import_button = QPushButton(), QPushButton()
        self.create_button.clicked.connect(self._create_identity)
        self.import_button.clicked.connect(lambda: ask_import(ctx, self, self._identity_added))
        self.passphrase = make_passphrase_field()
        self.language = QComboBox()
        for code in state.questionnaire.languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language)))
        from aisafe_desktop.gui.file_dialogs import start_folder

        self.target = QLineEdit(str(start_folder(ctx.ui_state)
                                    / f"{safe_file_name(state.title)}.pdf"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_target)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = wrapped()
        # what the person should know about the file just made (characters no font could draw,
        # PDF/A lost with an ECDSA key): plain text, in the interface language
        self.notes = wrapped()
        self.notes.setObjectName("export_notes")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.hide()
        self.export_button, self.close_button, self.folder_button = (QPushButton(), QPushButton(),
                                                                     QPushButton())
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.folder_button.clicked.connect(lambda: open_folder(Path(self.target.text()).parent))
        self.folder_button.hide()
        self._layout()
        self._warm_up()
        self.fill_identities()
        self._retranslate()
        resize_within_screen(self, 640, self.sizeHint().height())

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        identity_row, target_row = QWidget(), QWidget()
        row = QHBoxLayout(identity_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.identity, self.create_button, self.import_button):
            row.addWidget(widget, 1 if widget is self.identity else 0)
        row2 = QHBoxLayout(target_row)
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.target, 1)
        row2.addWidget(self.browse)
        self.labels: list[QLabel] = [add_form_row(self.form, w) for w in (
            identity_row, self.passphrase, self.language, target_row)]
        for label, buddy in zip(self.labels, (self.identity, self.passphrase, self.language,
                                              self.target), strict=True):
            label.setBuddy(buddy)
        self.intro = wrapped()
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

    def _warm_up(self) -> None:
        """The first export's one-time work (PDF library imports, fonts) while the person picks
        an identity and types the passphrase; a failure here only means a slower export."""
        from aisafe_desktop.services.pdf_reports import warm_up

        self.ctx.tasks.run(warm_up, lambda _none: None, lambda _error: None)

    def fill_identities(self, select: Path | None = None) -> None:
        from aisafe_desktop.services.identities import list_identities

        self.identity.clear()
        for stored in list_identities(self.ctx.paths.data_dir):
            self.identity.addItem(identity_text(stored), stored)
            if select is not None and stored.path == select:
                self.identity.setCurrentIndex(self.identity.count() - 1)
        self.export_button.setEnabled(self.identity.count() > 0)
        self._identity_note()

    def _identity_note(self) -> None:
        """'No signing identity yet' only while there is none (it stayed after one was made)."""
        note = self.tr("You have no signing identity yet: choose New… to create one.")
        if not self.identity.count():
            self.status.setText(note)
        elif self.status.text() == note:
            self.status.setText("")

    def _identity_added(self, stored: Any) -> None:
        self.fill_identities(select=stored.path)

    def _create_identity(self) -> None:
        self.create_dialog = ask_create(self.ctx, self, self._identity_added)

    def _choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"),
                                              self.target.text(), self.tr("PDF files (*.pdf)"))
        if name:
            self.target.setText(name if name.lower().endswith(".pdf") else name + ".pdf")
            from aisafe_desktop.gui.file_dialogs import remember

            remember(self.ctx.ui_state, Path(name))

    # -- exporting ----------------------------------------------------------------------------
    def start_export(self) -> None:
        stored = self.identity.currentData()
        if stored is None or not self.passphrase.text():
            self.status.setText(self.tr("Choose an identity and type its passphrase."))
            announce(self.status, self.status.text())
            return
        work = self._work(stored.path, self.passphrase.text(), Path(self.target.text()),
                          str(self.language.currentData()))
        self.passphrase.clear()
        for widget in (self.export_button, self.identity, self.passphrase, self.target):
            widget.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Making the report…"))
        op(self.ctx, work).success(self._done).failure(self._failed).run()

    def _work(self, identity_path: Path, passphrase: str, out: Path, language: str) -> Any:
        from aisafe_desktop.services.assessment_reports import export_stored_assessment
        from aisafe_desktop.services.identities import open_identity

        state, relay = self.state, _Progress(self)
        relay.moved.connect(lambda _step, done: self.progress.setValue(round(done * 100)))

        def work(ws: Workspace) -> ExportResult:
            identity = open_identity(identity_path, passphrase)
            return export_stored_assessment(ws, state.id, identity, out, language=language,
                                            progress=relay.moved.emit)

        return work

    def _done(self, result: Any) -> None:
        self.exported = result
        self.progress.setValue(100)
        # Done: the form (all of it disabled now) and the bar give their room to what was made;
        # with them, the done dialog did not fit 600 px at 200 % text and squashed every row.
        self.progress.hide()
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, False)
        from aisafe_desktop.gui.verify_dialog import breakable

        # the path and the fingerprint break where they must: unbroken, they made the dialog
        # 1,287 px wide at 200 % text, its Close button off a 1024-pixel screen
        self.status.setText(self.tr(
            "The signed report was saved as {file}.\nSigner's fingerprint (SHA-256), for the "
            "agency: {fingerprint}").format(file=breakable(str(result.path)),
                                            fingerprint=breakable(result.fingerprint)))
        self.status.setAccessibleDescription(self.status.text().replace("\u200b", ""))
        self._show_notes()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button.show()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()  # first: a screen reader cuts what it says at a focus move
        grow_to_fit(self)
        announce(self.status, "\n".join(filter(None, (self.status.accessibleDescription(),
                                                     self.notes.text()))))

    def _show_notes(self) -> None:
        """The export's notes, one paragraph each, in the interface language."""
        from aisafe_desktop.gui.error_texts import localise

        notes = self.exported.notes if self.exported is not None else ()
        if not notes:
            self.notes.hide()
            return
        lines = [self.tr("Please note:")] + [f"• {localise(self._named(note), sentence=True)}."
                                             for note in notes]
        self.notes.setText("\n".join(lines))
        self.notes.setAccessibleDescription(self.notes.text())
        self.notes.show()

    def _named(self, note: Message) -> Message:
        """A note about an answer names the question by its text, not its id."""
        qid = note.params.get("question")
        question = self.state.questionnaire.question_index().get(str(qid)) if qid else None
        if question is None:
            return note
        # in the interface language when the questionnaire has it (the person reads this dialog)
        ui = self.ctx.language
        language = ui if ui in self.state.questionnaire.languages else self.state.language
        text = question.text.get(language)
        return Message.restored(note.template, {**note.params, "question": text})

    def _failed(self, error: BaseException) -> None:
        for widget in (self.export_button, self.identity, self.passphrase, self.target):
            widget.setEnabled(True)
        self.progress.hide()
        self.status.setText("")
        from aisafe_desktop.reporting.errors import WrongPassphraseError

        if isinstance(error, WrongPassphraseError):
            self.status.setText(self.tr("That passphrase does not open this identity. Type it "
                                        "again."))
            self.passphrase.setAccessibleDescription(self.status.text())
            self.passphrase.setFocus()
            if not self.passphrase.hasFocus():  # else said with the field (its description)
                announce(self.status, self.status.text())
            return
        self.ctx.errors.present(error)

    # -- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a signed PDF"))
        self.intro.setText(self.tr(
            "The report is signed with your identity, so the agency can check who sent it and "
            "that it was not changed. Your answers travel inside the PDF."))
        texts = [(self.tr("Signing identity"), self.tr("Whose signature the report carries")),
                 (self.tr("Passphrase"), self.tr("The passphrase of the chosen identity")),
                 (self.tr("Report language"), self.tr("The language the report is written in")),
                 (self.tr("Save as"), self.tr("Where the PDF file is saved"))]
        for row, (label, _hint) in enumerate(texts):
            set_row_label(self.form, row, label)
        for widget, (label, hint) in zip((self.identity, self.passphrase, self.language,
                                          self.target), texts, strict=True):
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(hint)
        self.create_button.setText(self.tr("New…"))
        self.create_button.setAccessibleDescription(self.tr("Create a new signing identity"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setAccessibleDescription(self.tr("Import a .p12 or .pfx file"))
        self.browse.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Close") if self.exported else self.tr("Cancel"))
        self.folder_button.setText(self.tr("Open folder"))
        self._identity_note()
        if self.exported is not None:
            self._show_notes()
