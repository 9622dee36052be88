"""More commands for atspi_app.py: open any dialog the app can open, Tab through it, close it;
the agency inbox window; a live language switch. Used by test_atspi_dialogs.py,
test_atspi_inbox.py and test_atspi_language.py.

    dialog NAME [ARG]  open the dialog NAME as a person would reach it (OPENERS); answered once a
                       new dialog is showing and active: `ready dialog {"title": …, "kind": …}`.
                       Dialogs that block (QInputDialog, exec()) are opened from the event loop,
                       so the app goes on answering commands while they are open.
    cycle              Tab through the active dialog or window until the focus is back where it
                       began: `ready cycle {"seen": [...], "closed": …, "trapped": …,
                       "default": …, "default_reached": …}`
    close              close every dialog that is open (the newest first)
    language CODE      pick the language in Settings, as a person does (switches live)
    locales            the QLocale of the window and of the walk-through's section
"""

from __future__ import annotations

import contextlib
import errno
import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from aisafe_desktop.gui.main_window import MainWindow
    from tests.gui.atspi_app import Driver

NOT_MINE = object()  # run_more's answer for a command atspi_app.py handles itself
WAIT_MS = 120_000
MAX_TABS = 80  # a bound on one Tab cycle (a dialog has a few dozen stops at most)


def name_of(widget: QWidget | None) -> str:
    if widget is None:
        return ""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def label(widget: QWidget | None) -> str:
    if widget is None:
        return "none"
    return f"{type(widget).__name__}:{name_of(widget) or widget.objectName()}"


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def moved_from(widget: QWidget) -> Callable[[], bool]:
    return lambda: QApplication.focusWidget() is not widget


class More:
    """The state the commands share: the dialogs made for them and the file a file dialog gets."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.window: MainWindow = driver.window
        self.bot: QtBot = driver.bot
        self.folder = driver.window.ctx.paths.data_dir.parent / "made"
        self.folder.mkdir(exist_ok=True)
        self.file_answer: Path | None = None  # what the next file dialog is given
        self.made: dict[str, Any] = {}  # reports, verifications … made once
        self.target: QWidget = driver.window  # the window dialogs are opened over
        # Qt's own file dialog, a widget the commands can answer (no desktop portal here)
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)

    # -- commands ------------------------------------------------------------------------------
    def run(self, words: list[str]) -> object:
        command = words[0]
        if command == "dialog":
            self.open(words[1], words[2:])
            return None  # answered later, by the poll
        if command == "cycle":
            return json.dumps(self.cycle(), ensure_ascii=False)
        if command == "prepare":  # what comes before the dialog (another page, say)
            if words[1] in PREPARE:
                PREPARE[words[1]](self)
            self.activate(self.target)
            self.bot.wait(300)
            return label(QApplication.focusWidget())
        if command == "close":
            return str(self.close())
        if command == "target":  # the window dialogs are opened over: main | inbox
            self.target = self.window if words[1] == "main" else self.window.inbox_window
            self.activate(self.target)
            return label(self.target)
        if command in COMMANDS:
            return COMMANDS[command](self, words[1:])
        return NOT_MINE

    def activate(self, widget: QWidget) -> None:
        if not widget.isActiveWindow():
            widget.raise_()
            widget.activateWindow()
            self.bot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)

    def open(self, name: str, args: list[str]) -> None:
        before = {id(d) for d in open_dialogs()}
        self.activate(self.target)
        opener = OPENERS[name]
        if not WANTED:
            WANTED.update(_wanted())
        wanted = WANTED.get(name, QDialog)
        self.file_answer = None

        def start() -> None:
            try:
                opener(self, args)
            except Exception as error:  # the test fails with it
                traceback.print_exc()
                print(f"failed dialog {error!r}", flush=True)
                poll.stop()

        state: dict[str, Any] = {"dialog": None, "ticks": 0, "settled": 0}
        poll = QTimer()
        poll.setInterval(50)

        def tick() -> None:
            state["ticks"] += 1
            if state["ticks"] * 50 > WAIT_MS:
                poll.stop()
                print(f"failed dialog no new {wanted.__name__} showed", flush=True)
                return
            files = [d for d in open_dialogs() if isinstance(d, QFileDialog)
                     and id(d) not in before]
            if files and self.file_answer is not None and wanted is not QFileDialog:
                chosen = files[0]  # Qt's own file dialog: type the file's path, then Open
                field = chosen.findChild(QLineEdit, "fileNameEdit")
                if field is not None:
                    field.setText(str(self.file_answer))
                    chosen.accept()
                return
            found = state["dialog"]
            if found is None:
                new = [d for d in open_dialogs() if id(d) not in before and isinstance(d, wanted)
                       and not (isinstance(d, QFileDialog) and wanted is not QFileDialog)]
                if not new:
                    return
                found = state["dialog"] = new[-1]
            if not found.isActiveWindow():
                found.raise_()
                found.activateWindow()
                return
            state["settled"] += 1
            if state["settled"] < 6:  # a few quiet ticks: its first focus event has gone out
                return
            poll.stop()
            detail = {"title": found.windowTitle(), "kind": type(found).__name__,
                      "focus": label(QApplication.focusWidget())}
            print(f"ready dialog {json.dumps(detail, ensure_ascii=False)}", flush=True)

        poll.timeout.connect(tick)
        self.made["poll"] = poll
        poll.start()
        QTimer.singleShot(0, start)

    def cycle(self) -> dict[str, object]:
        top = QApplication.activeModalWidget() or QApplication.activeWindow()
        if top is None:
            return {"error": "no active window"}
        first = QApplication.focusWidget()
        if first is None:
            return {"error": f"nothing has the focus in {label(top)}"}
        defaults = [b for b in top.findChildren(QPushButton)
                    if b.isDefault() and b.isVisible() and b.isEnabled()]
        seen: list[QWidget] = []
        closed, trapped = False, ""
        focus = first
        for _ in range(MAX_TABS):
            # Tab first moves through a date's day, month and year (QDateTimeEdit), then on
            for _section in range(4 if isinstance(focus, QAbstractSpinBox) else 1):
                self.bot.keyClick(focus, Qt.Key.Key_Tab)
                with contextlib.suppress(WaitTimeout):  # the key may come late (atspi_app.settle)
                    self.bot.waitUntil(moved_from(focus), timeout=3000)
                if QApplication.focusWidget() is not focus:
                    break
            now = QApplication.focusWidget()
            if now is first:
                closed = True
                break
            if now is focus or now is None:
                trapped = label(now)
                break
            if now in seen:  # a loop that does not come back to the start
                trapped = f"a loop back to {label(now)}"
                break
            seen.append(now)
            focus = now
        stops = [first, *seen]
        return {"title": top.windowTitle(), "seen": [label(w) for w in stops], "closed": closed,
                "trapped": trapped, "default": label(defaults[0]) if defaults else "",
                "default_reached": bool(defaults) and defaults[0] in stops,
                "outside": [label(w) for w in stops if w.window() is not top],
                "unnamed": [f"{type(w).__name__}:{w.objectName()}" for w in stops
                            if not name_of(w).strip()]}

    def close(self) -> int:
        """Close every open dialog, the newest (the modal one) first."""
        count = 0
        for _ in range(20):
            dialogs = open_dialogs()
            if not dialogs:
                break
            modal = QApplication.activeModalWidget()
            dialog = modal if isinstance(modal, QDialog) else dialogs[-1]
            dialog.reject()
            count += 1
            self.bot.wait(100)
        self.bot.waitUntil(lambda: not open_dialogs(), timeout=WAIT_MS)
        return count


# -- what is needed first ----------------------------------------------------------------------
def assessment(more: More) -> int:
    """An assessment of the sample questionnaire with one answer (so it has a history)."""
    if "assessment" not in more.made:
        ws = more.window.ctx.ws
        from tests.gui.sample_questionnaire import SAMPLE_ID

        aid = ws.create_assessment(SAMPLE_ID, title="Loan helper")
        ws.record_answer(aid, "system-name", "Loan helper")
        more.made["assessment"] = aid
    return int(more.made["assessment"])


def walk_open(more: More) -> None:
    aid = assessment(more)
    walk = more.window.walkthrough
    if walk.state is None or walk.state.id != aid:
        more.window.open_assessment(aid)
        more.bot.waitUntil(lambda: walk.state is not None and walk.state.id == aid,
                           timeout=WAIT_MS)
        more.bot.waitUntil(lambda: not more.window.ctx.tasks.busy, timeout=WAIT_MS)


def verifications(more: More) -> dict[str, Any]:
    if "verdicts" not in more.made:
        from aisafe_desktop.services import pdf_reports
        from aisafe_desktop.services.verification import verify_files
        from tests.cli.trust_support import ANSWERS, signed_sample_report

        out, identity, ref = signed_sample_report(more.folder, ANSWERS)
        data = bytearray(out.read_bytes())
        data[len(data) // 3] ^= 0x01
        changed = more.folder / "changed.pdf"
        changed.write_bytes(bytes(data))
        lookup = pdf_reports.catalogue_lookup(None, [ref])
        trusted = pdf_reports.load_trust([identity.info.fingerprint.lower()])
        nobody = pdf_reports.load_trust([])
        more.made["identity_file"] = identity
        more.made["verdicts"] = {"trusted": verify_files([out], trusted, lookup)[0],
                                 "untrusted": verify_files([out], nobody, lookup)[0],
                                 "invalid": verify_files([changed], trusted, lookup)[0]}
    return dict(more.made["verdicts"])


def an_identity(more: More) -> Path:
    """An identity in the app's data folder (the export dialog then lists it)."""
    if "identity" not in more.made:
        from aisafe_desktop.services.identities import create_identity
        from tests.cli.trust_support import PASSPHRASE

        stored = create_identity(None, name="Nurul Aisyah", organisation="Kedai Runcit Harmoni",
                                 country="MY", passphrase=PASSPHRASE,
                                 data_dir=more.window.ctx.paths.data_dir)
        more.made["identity"] = stored.path
    return Path(more.made["identity"])


# -- the openers: what a person does to open each dialog ---------------------------------------
def _settings(more: More) -> Any:
    more.window.show_settings()
    return more.window.settings


def _walk(more: More) -> None:
    walk_open(more)


def _upgraded(more: More) -> None:
    window = more.window
    window.open_assessment(1)
    more.bot.waitUntil(window.walkthrough.upgrade_banner.isVisible, timeout=WAIT_MS)


def _results(more: More) -> None:
    """The walk-through of a new assessment to its results (atspi_app's own commands)."""
    if more.window.results.assessment_id is None:
        more.window.new_dialog = None  # type: ignore[assignment]  # the "new" check's is gone
        more.driver.run(["walk"])
        more.driver.run(["results"])
    more.window.stack.setCurrentWidget(more.window.results)


PREPARE: dict[str, Callable[[More], None]] = {
    "change-log": _results,
    "identity-create": _settings, "identity-import": _settings, "ca-create": _settings,
    "ca-passphrase": _settings, "trust-remove": _settings, "restore": _settings,
    "history": _walk, "upgrade": _upgraded,
}


def _export(more: More, args: list[str]) -> None:
    if args and args[0] == "identity":
        an_identity(more)
    more.window.export_pdf(assessment(more))


def _verify(more: More, args: list[str]) -> None:
    more.window.reports._verified(verifications(more)[args[0]])


def _answers(more: More, _args: list[str]) -> None:
    _verify(more, ["trusted"])
    reports = more.window.reports
    more.bot.waitUntil(lambda: reports.verify_dialog is not None
                       and reports.verify_dialog.isVisible(), timeout=WAIT_MS)
    reports.verify_dialog.answers_button.click()  # type: ignore[union-attr]


def _trust(more: More, _args: list[str]) -> None:
    _verify(more, ["untrusted"])
    reports = more.window.reports
    more.bot.waitUntil(lambda: reports.verify_dialog is not None
                       and reports.verify_dialog.isVisible(), timeout=WAIT_MS)
    reports.verify_dialog.trust_button.click()  # type: ignore[union-attr]  # confirm_trust: exec()


def _identity_import(more: More, _args: list[str]) -> None:
    more.file_answer = an_identity(more)
    settings = _settings(more)
    settings.identities.import_button.click()  # a file dialog (answered), then the passphrase


def _ca_create(more: More, _args: list[str]) -> None:
    _settings(more).certificates.ask_create_ca()  # exec()


def _ca_passphrase(more: More, _args: list[str]) -> None:
    more.file_answer = an_identity(more)
    _settings(more).certificates.ask_request()  # a file dialog (answered), then the passphrase


def _trust_remove(more: More, _args: list[str]) -> None:
    trust = _settings(more).trust
    if trust.list.count() == 0:
        from cryptography.hazmat.primitives.serialization import Encoding

        verifications(more)
        pem = more.folder / "signer.crt"
        pem.write_bytes(more.made["identity_file"].certificate.public_bytes(Encoding.PEM))
        trust.add_file(pem)
        more.bot.waitUntil(lambda: trust.list.count() > 0, timeout=WAIT_MS)
    trust.list.setCurrentRow(0)
    trust.remove_button.click()  # exec()


def _history(more: More, _args: list[str]) -> None:
    walk_open(more)
    from tests.gui.driver import shown_page

    shown_page(more.window.walkthrough).cards["system-name"].history_button.click()


def _upgrade(more: More, _args: list[str]) -> None:
    more.window.walkthrough.upgrade_banner.button.click()  # (prepare: the assessment is open)


def _receipt(more: More, _args: list[str]) -> None:
    """An agency's signed receipt about a report exported here, dropped on Home (as in
    test_inbox_window's loop): the receipt dialog."""
    import hashlib

    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.services import identities, pdf_reports
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.services.inbox_receipt import make_receipt
    from aisafe_desktop.services.inbox_verify import VerifierSettings
    from aisafe_desktop.storage.inbox_db import open_inbox
    from aisafe_desktop.storage.inbox_models import ReviewStatus
    from tests.services.inbox_support import EXAMPLES, PASSPHRASE

    folder, ws = more.folder, more.window.ctx.ws
    document = parse_answers_document(
        (EXAMPLES / "ai-system-risk-triage--jakarta-fintech-credit-scoring.json").read_bytes())
    assessment = ws.import_answers(document)
    state = ws.open_assessment(assessment)
    me = identities.create_identity(folder / "budi.p12", name="Budi", organisation="PT Pinjam",
                                    country="ID", passphrase=PASSPHRASE)
    report = folder / "report.pdf"
    made = pdf_reports.export_report(
        pdf_reports.QuestionnaireRef(state.questionnaire, state.questionnaire_sha256),
        ws.export_answers(assessment), identities.open_identity(me.path, PASSPHRASE), report)
    ws.record_export(assessment, report, hashlib.sha256(report.read_bytes()).hexdigest(),
                     made.fingerprint)
    inbox = Inbox(open_inbox(f"sqlite:///{folder / 'agency.sqlite'}"), "Officer Tan")
    sid = inbox.receive([report], VerifierSettings(str(folder / "agency-data"))).added[0]
    inbox.review(sid, ReviewStatus.RETURNED, comment="Add the appeal route.",
                 question_comments={"area": "Also used for insurance?"})
    agency = identities.create_identity(folder / "agency.p12", name="Nurul",
                                        organisation="Agensi AI", country="MY",
                                        passphrase=PASSPHRASE)
    receipt = folder / "receipt.pdf"
    make_receipt(inbox, sid, identities.open_identity(agency.path, PASSPHRASE), receipt)
    more.window.reports.verify(receipt)  # what dropping a PDF on Home does


def _disk_full(more: More, _args: list[str]) -> None:
    more.window.ctx.errors.environment_error(
        OSError(errno.ENOSPC, "No space left on device", str(more.folder / "answers.sqlite")))


def _bug(more: More, _args: list[str]) -> None:
    try:
        raise RuntimeError("a bug, on purpose")
    except RuntimeError as error:
        more.window.ctx.errors.unexpected(error, error.__traceback__)


def _unsaved(more: More, _args: list[str]) -> None:
    from aisafe_desktop.gui.close_guard import ask_unsaved

    ask_unsaved(more.window, 2, "disk I/O error", lambda: None, lambda: None)


def _restore(more: More, _args: list[str]) -> None:
    settings = _settings(more)
    settings.make_backup()
    more.bot.waitUntil(lambda: settings.backups.count() > 0, timeout=WAIT_MS)
    settings.backups.setCurrentRow(0)
    settings.restore.click()


# -- the inbox ----------------------------------------------------------------------------------
def inbox(more: More, args: list[str]) -> str:
    """Open the inbox window and receive the reports in the folder ARG; dialogs then open over
    it (`target inbox`)."""
    window = more.window
    window.open_inbox()
    found = window.inbox_window
    more.bot.waitUntil(lambda: found.settled, timeout=WAIT_MS)
    found.receive([Path(args[0])])
    more.bot.waitUntil(lambda: not found.progress.isVisible() and found.settled
                       and found.model.rowCount() > 0, timeout=WAIT_MS)
    found.resize(1366, 740)
    more.target = found
    more.activate(found)
    found.table.setFocus()
    more.bot.wait(300)
    return json.dumps({"title": found.windowTitle(), "rows": found.model.rowCount()},
                      ensure_ascii=False)


def _report(more: More, _args: list[str]) -> None:
    more.window.inbox_window.open_report(0)


def _report_then(more: More, then: Callable[[Any], None]) -> None:
    from aisafe_desktop.gui.inbox_report import ReportDialog

    _report(more, [])
    more.bot.waitUntil(lambda: any(isinstance(d, ReportDialog) and d.view is not None
                                   for d in open_dialogs()), timeout=WAIT_MS)
    then(next(d for d in open_dialogs() if isinstance(d, ReportDialog)))


def _comment(more: More, _args: list[str]) -> None:
    def comment(report: Any) -> None:
        report._comment_on("purpose", "What is the AI system for?")  # QInputDialog: blocks

    _report_then(more, comment)


def _receipt_make(more: More, _args: list[str]) -> None:
    _report_then(more, lambda report: report.receipt_button.click())


def _password(more: More, _args: list[str]) -> None:
    from aisafe_desktop.gui.inbox_settings import ask_password

    ask_password(more.window.inbox_window, "postgresql://officer@db.example/inbox")


OPENERS: dict[str, Callable[[More, list[str]], None]] = {
    "report": _report,
    "dashboard": lambda more, _a: more.window.inbox_window.open_dashboard(),
    "inbox-settings": lambda more, _a: more.window.inbox_window.choose_database(),
    "comment": _comment,
    "receipt-make": _receipt_make,
    "password": _password,
    "new": lambda more, _a: more.window.new_assessment(),
    "profile": lambda more, _a: more.window.home.edit_profile(),
    "shortcuts": lambda more, _a: more.window.show_shortcuts(),
    "export": _export,
    "verify": _verify,
    "answers": _answers,
    "trust": _trust,
    "identity-create": lambda more, _a: _settings(more).identities.create_button.click(),
    "identity-import": _identity_import,
    "ca-create": _ca_create,
    "ca-passphrase": _ca_passphrase,
    "trust-remove": _trust_remove,
    "history": _history,
    "change-log": lambda more, _a: more.window.results.log_button.click(),
    "upgrade": _upgrade,
    "receipt": _receipt,
    "disk-full": _disk_full,
    "bug": _bug,
    "unsaved": _unsaved,
    "restore": _restore,
}
def _wanted() -> dict[str, type[QDialog]]:
    """The dialog each opener waits for, where it opens another one first."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from aisafe_desktop.gui.inbox_receipt_dialog import ReceiptDialog
    from aisafe_desktop.gui.report_answers import ReportAnswersDialog

    return {"answers": ReportAnswersDialog, "trust": QMessageBox, "comment": QInputDialog,
            "receipt-make": ReceiptDialog,
            "identity-import": QInputDialog, "ca-passphrase": QInputDialog,
            "trust-remove": QMessageBox, "restore": QMessageBox}


WANTED: dict[str, type[QDialog]] = {}
# -- a live language switch ---------------------------------------------------------------------
def language(more: More, args: list[str]) -> str:
    """Pick the language in Settings as a click on the box does (the page stays open)."""
    window = more.window
    window.show_settings()
    box = window.settings.language
    index = box.findData(args[0])
    assert index >= 0, args[0]
    box.setCurrentIndex(index)
    box.activated.emit(index)
    more.bot.waitUntil(lambda: window.ctx.language == args[0], timeout=WAIT_MS)
    more.bot.wait(500)  # the retranslation has reached every page
    return window.windowTitle()


def reopen(more: More, _args: list[str]) -> str:
    """Back to the open assessment, as Home's Open does."""
    window = more.window
    state = window.walkthrough.state
    assert state is not None, "no assessment was open"
    window.open_assessment(state.id)
    more.bot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough
                       and not window.ctx.tasks.busy, timeout=WAIT_MS)
    more.bot.wait(500)
    return label(QApplication.focusWidget())


COMMANDS: dict[str, Callable[[More, list[str]], str]] = {
    "inbox": inbox, "language": language, "reopen": reopen}


_more: list[More] = []


def run_more(driver: Driver, words: list[str]) -> object:
    """The command's answer; None when it is answered later; NOT_MINE for atspi_app's own."""
    if not _more:
        _more.append(More(driver))
    return _more[0].run(words)
