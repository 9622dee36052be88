"""Words for the three verdicts, the signer block, and the "Trust this signer…" confirmation.

The fingerprint is shown in groups so that two people can read it to each other over the
phone; the person must call the signer on a number they already know, never one in the report.
All text from the file (names, organisations, reasons) is shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from aisafe_desktop.gui.locale_text import stamp_text

if TYPE_CHECKING:
    from aisafe_desktop.services.verification import Verification

translate = QCoreApplication.translate


def can_trust(verification: Verification) -> bool:
    """Only an intact report from an unknown signer can be trusted from the verify view."""
    from aisafe_desktop.services.verification import Verdict

    return (verification.verdict is Verdict.UNTRUSTED
            and verification.signer_certificate is not None)  # fmt: skip


def spoken_fingerprint(fingerprint: str) -> str:
    """AB:CD:… in four lines of eight pairs: easy to read out and compare."""
    pairs = fingerprint.split(":")
    return "\n".join(" ".join(pairs[i : i + 8]) for i in range(0, len(pairs), 8))


def verdict_texts(v: Verification) -> tuple[str, str] | None:
    """(verdict heading, summary) for TRUSTED, UNTRUSTED and rejected-but-intact files; None for
    a changed or damaged file (the dialog's own words)."""
    from aisafe_desktop.services.verification import Verdict

    name = v.path.name
    if v.verdict is Verdict.TRUSTED:
        return (translate("Trust", "Trusted: signed by someone you trust, and unchanged"),
                translate("Trust", "{file} was signed by a signer in your trusted list and has "
                          "not been changed since. The answers inside give the result it "
                          "states.").format(file=name))  # fmt: skip
    if v.verdict is Verdict.UNTRUSTED:
        return (translate("Trust", "UNTRUSTED: unchanged, but the signer is not in your "
                          "trusted list"),
                translate("Trust", "{file} has not been changed since it was signed. But anyone "
                          "can make a key with any name on it: before you rely on it, compare "
                          "the fingerprint below with the signer by phone.").format(file=name))
    if v.intact:  # intact, but the certificate is revoked, expired or may not sign
        return (translate("Trust", "Do not rely on this report"),
                translate("Trust", "{file} is unchanged, but its signer's certificate is not "
                          "acceptable: {reason}.").format(file=name, reason=problem_text(v)))
    return None


def problem_text(v: Verification) -> str:
    """The reason a certificate is rejected, in the interface language."""
    from aisafe_desktop.reporting.trust_chain import TrustProblem

    texts = {
        TrustProblem.REVOKED: translate("Trust", "it has been revoked"),
        TrustProblem.NOT_VALID_AT_SIGNING_TIME: translate(
            "Trust", "it was not valid at the claimed signing time"),
        TrustProblem.KEY_USAGE: translate("Trust", "it may not be used to sign documents"),
        TrustProblem.CHAIN_REJECTED: translate("Trust", "its certificate chain was rejected"),
    }
    return texts.get(v.trust_problem, v.trust_reason) if v.trust_problem else v.trust_reason


def signer_lines(v: Verification) -> str:
    info = v.signer
    if info is None:
        return ""
    when = stamp_text(v.claimed_signing_time) if v.claimed_signing_time else "?"
    status = (translate("Trust", "In your trusted list") if v.trusted
              else translate("Trust", "Not in your trusted list"))  # fmt: skip
    return translate(
        "Trust", "Signer: {signer}\nOrganisation: {organisation} ({country})\n"
        "Fingerprint (SHA-256): {fingerprint}\nClaimed signing time: {when} (the signer's own "
        "clock)\n{status}",
    ).format(signer=info.signer, organisation=info.organisation, country=info.country,
             fingerprint=info.fingerprint, when=when, status=status)  # fmt: skip


def confirm_trust(parent: QWidget, v: Verification) -> bool:
    """Ask the person to compare the fingerprint with the signer; True if they confirm."""
    info = v.signer
    if info is None:
        return False
    box = QMessageBox(parent)
    box.setObjectName("confirm_trust")
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(translate("Trust", "Trust this signer?"))
    box.setText(translate(
        "Trust", "Call {signer} ({organisation}) on a phone number you already know — not one "
        "from this report — and ask them to read out their fingerprint. Trust them only if it "
        "is exactly:\n\n{fingerprint}",
    ).format(signer=info.signer, organisation=info.organisation,
             fingerprint=spoken_fingerprint(info.fingerprint)))  # fmt: skip
    box.setInformativeText(translate(
        "Trust", "Every report this key signs will then be shown as trusted. You can remove it "
        "in Settings → Trusted signers and agencies."))  # fmt: skip
    yes = box.addButton(translate("Trust", "They match: trust this signer"),
                        QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
