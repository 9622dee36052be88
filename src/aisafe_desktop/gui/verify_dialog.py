"""The verdict on a signed PDF report (TRUSTED, UNTRUSTED or INVALID, from
services.verification), in plain words, with the signer, each check and its details, and the
"Trust this signer…" action for an intact report from a signer not in the trusted list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.design import Space, TextRole, set_margins, set_text_role
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.theme import scheme_colours, scheme_styled
from aisafe_desktop.gui.verify_reason_texts import reason_text
from aisafe_desktop.gui.widgets import (
    Heading,
    no_tab_stop,
    plain_label,
    quiet,
    resize_within_screen,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.reporting.verify import Check
    from aisafe_desktop.services.verification import Verification

translate = QCoreApplication.translate


def check_names() -> dict[str, str]:
    """Our words for the checks the verifier names (its own names are English identifiers)."""
    return {"readable": translate("Checks", "The file can be read"),
            "one signature": translate("Checks", "It carries exactly one signature"),
            "signature intact": translate("Checks", "The signature is intact"),
            "whole file signed": translate("Checks", "The signature covers the whole file"),
            "no later changes": translate("Checks", "Nothing was changed after signing"),
            "answers attached": translate("Checks", "The answers are attached"),
            "trusted signer": translate("Checks", "The signer is on your trusted list"),
            "answers document": translate("Checks", "The attached answers are readable"),
            "questionnaire found": translate("Checks", "The questionnaire is installed here"),
            "questionnaire identical": translate("Checks", "It is the same questionnaire text"),
            "result consistent": translate("Checks", "Re-scoring gives the stated result"),
            "answers follow the questionnaire": translate("Checks", "The answers follow the "
                                                          "questionnaire's rules"),
            "pages match the answers": translate("Checks", "The pages state the same result as "
                                                 "the signed answers")}


def mark(passed: bool | None) -> str:
    return "✓" if passed else ("✗" if passed is False else "–")


# The banner of each verdict: the design tokens' status colour (of the colour scheme in effect;
# the text on it is black or white, whichever reads better, 6.5:1 or more), and icon.
BANNERS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "trusted": ("success", QStyle.StandardPixmap.SP_DialogApplyButton),
    "untrusted": ("warning", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "invalid": ("danger", QStyle.StandardPixmap.SP_MessageBoxCritical),
}


def banner_colour(kind: str) -> str:
    return str(getattr(scheme_colours(), BANNERS[kind][0]))


def banner_kind(verification: Verification) -> str:
    from aisafe_desktop.services.verification import Verdict

    return {Verdict.TRUSTED: "trusted", Verdict.UNTRUSTED: "untrusted"}.get(
        verification.verdict, "invalid")


def failed_first(checks: Sequence[Check]) -> list[Check]:
    """Failed checks first, then those not made, then those passed (each in the verifier's
    order): what went wrong is read first."""
    rank = {False: 0, None: 1, True: 2}
    return sorted(checks, key=lambda c: rank[c.passed])


def breakable(text: str, run: int = 16) -> str:
    """Long unbroken runs (hashes, fingerprints, file names) get a zero-width break opportunity
    (every 8 pairs of a fingerprint, else every `run` characters), so the text wraps instead of
    making the dialog scroll sideways."""
    def split(word: str) -> str:
        if len(word) <= run + 8:
            return word
        if word.count(":") >= 8:  # AB:CD:…: break between groups of eight pairs
            pairs = word.split(":")
            return ":\u200b".join(":".join(pairs[i : i + 8]) for i in range(0, len(pairs), 8))
        return "\u200b".join(word[i : i + run] for i in range(0, len(word), run))

    return "\n".join(" ".join(split(w) for w in line.split(" ")) for line in text.split("\n"))


class Banner(QFrame):
    """The verdict as a coloured band with an icon: green trusted, amber untrusted, red
    invalid. The colour is never the only sign: the icon and the words say it too."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        pixmap = BANNERS[kind][1]
        token = BANNERS[kind][0]
        self.setObjectName("verdict-banner")
        self.setProperty("verdict", kind)
        scheme_styled(self, f"QFrame#verdict-banner {{{{ background: {{{token}}}; "
                            f"border-radius: 6px; }}}} QFrame#verdict-banner QLabel "
                            f"{{{{ color: {{on_{token}}}; }}}}")
        self.icon = plain_label()
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.icon.setAccessibleName(kind)
        self.heading = Heading(level=2)
        self.heading.setObjectName("verdict")
        self.summary = wrapped()
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.summary)
        row = QHBoxLayout(self)
        set_margins(row, Space.M)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


def answers_readable(verification: Verification) -> bool:
    """The report's answers can be opened: its signature is intact (they are exactly what the
    signer signed) and they are readable. A report invalid for another reason (its questionnaire
    is not installed here, a result that does not add up, a revoked signer) still shows them,
    under the verdict; a changed or damaged file does not."""
    report = verification.report
    return report.signature.intact and report.document is not None


class VerifyDialog(Retranslating, QDialog):
    """`on_trust(verification)` is called when the person confirmed "Trust this signer…";
    `on_answers(verification)` when they asked to read the report's answers."""

    def __init__(self, verification: Verification, parent: QWidget | None = None,
                 on_trust: Callable[[Verification], None] | None = None,
                 on_answers: Callable[[Verification], None] | None = None) -> None:
        super().__init__(parent)
        self.verification = verification
        self._on_trust = on_trust
        # Everything but the Close button scrolls: with 14 checks at 200 % text the dialog was
        # taller than a 768-pixel screen and Close was off-screen.
        outer = QVBoxLayout(self)
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.scroller = no_tab_stop(QScrollArea())
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.banner = Banner(banner_kind(verification))
        self.verdict, self.summary = self.banner.heading, self.banner.summary
        self.signer = quiet(wrapped())
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details: list[QLabel] = []
        self.checks = failed_first(verification.report.all_checks)
        self.checks_heading = Heading(level=3)
        for widget in (self.banner, self.signer):
            self.layout_.addWidget(widget)
        from aisafe_desktop.gui.trust_dialogs import can_trust

        self.trust_button = QPushButton()
        self.trust_button.setVisible(on_trust is not None and can_trust(verification))
        self.trust_button.clicked.connect(self._confirm_trust)
        self.answers_button = QPushButton()
        self.answers_button.setVisible(on_answers is not None and answers_readable(verification))
        if on_answers is not None:
            self.answers_button.clicked.connect(lambda: on_answers(self.verification))
        for button in (self.answers_button, self.trust_button):  # one under the other: side by
            self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # side they did not fit
        self.layout_.addWidget(self.checks_heading)
        for check in self.checks:
            label = wrapped()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if check.passed is False:  # marked by its words and icon, and in bold
                set_text_role(label, TextRole.STRONG)
            self.details.append(label)
            self.layout_.addWidget(label)
        self.layout_.addStretch(1)
        self.scroller.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.scroller, 1)
        outer.addWidget(self.buttons)
        self._retranslate()
        width = max(640, min(content.sizeHint().width() + 40, 900))
        resize_within_screen(self, width, content.sizeHint().height()
                             + self.buttons.sizeHint().height() + 40)

    def _confirm_trust(self) -> None:
        from aisafe_desktop.gui.trust_dialogs import confirm_trust

        if self._on_trust is not None and confirm_trust(self, self.verification):
            self.trust_button.setEnabled(False)
            self._on_trust(self.verification)

    def _retranslate(self) -> None:
        from aisafe_desktop.gui.trust_dialogs import verdict_texts

        v = self.verification
        self.setWindowTitle(self.tr("Verify a signed report"))
        self.trust_button.setText(self.tr("Trust this signer…"))
        self.answers_button.setText(self.tr("Show the answers…"))
        texts = verdict_texts(v)
        if texts is not None:
            self.verdict.setText(texts[0])
            self.summary.setText(breakable(texts[1]))
        else:
            self.verdict.setText(self.tr("Do not rely on this report"))
            self.summary.setText(self.tr("{file} failed at least one check below. It may have "
                                         "been changed after signing, or it is not an AISafe "
                                         "report.").format(file=breakable(v.path.name)))
        self.signer.setText(breakable(self._signer_text(v)))
        names = check_names()
        failures = sum(1 for c in self.checks if c.passed is False)
        self.checks_heading.setText(
            self.tr("Checks: %n failed", "", failures) if failures else self.tr("Checks: none failed"))
        states = {False: self.tr("Failed"), None: self.tr("Not checked"), True: self.tr("Passed")}
        for label, check in zip(self.details, self.checks, strict=True):
            # a failure reason is a template: shown in the person's language
            detail = reason_text(check.reason, check.params) if check.reason else check.detail
            label.setText(breakable(f"{mark(check.passed)} {states[check.passed]} — "
                                    f"{names.get(check.name, check.name)}: {detail}"))
        translate_buttons(self.buttons)

    def _signer_text(self, v: Any) -> str:
        from aisafe_desktop.gui.trust_dialogs import signer_lines

        return signer_lines(v)
