"""Error templates of the trust store, the verifier's verdicts and the agency CA, for the GUI
catalogue (gui/error_texts.py adds them to TEMPLATES; lupdate collects them for the .ts files)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# QT_TRANSLATE_NOOP returns its text; the stubs say `object`
TRUST_TEMPLATES: tuple[str, ...] = tuple(map(str, (
    QT_TRANSLATE_NOOP("Errors", "--days must be between 1 and {most}, not {days}"),
    QT_TRANSLATE_NOOP("Errors", "cannot create the certificate authority: {problems}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the CA ledger {path}: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read your trusted list in {path}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "cannot write the CA ledger {path}: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "the CA ledger {path} is damaged ({detail}); restore it from your backup"),
    QT_TRANSLATE_NOOP("Errors", "the CA ledger {path} is too large"),
    QT_TRANSLATE_NOOP("Errors", "the certificate in {source} is not valid today (valid {start} to {end})"),
    QT_TRANSLATE_NOOP("Errors", "the certificate in {source} may not sign documents (key usage)"),
    QT_TRANSLATE_NOOP("Errors", "the ledger {path} belongs to another CA ({other})"),
    QT_TRANSLATE_NOOP("Errors", "the note is longer than {most} characters"),
    QT_TRANSLATE_NOOP("Errors", "this CA's ledger has no certificate with serial {serial}"),
    QT_TRANSLATE_NOOP("Errors", "this identity is not a certificate authority file"),
    QT_TRANSLATE_NOOP("Errors", "{file} is INVALID: {reason}"),
    QT_TRANSLATE_NOOP("Errors",
                      "{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers"),
    QT_TRANSLATE_NOOP("Errors", "{fingerprint} is already trusted as a CA"),
    QT_TRANSLATE_NOOP("Errors", "{fingerprint} is not in your trusted list"),
    QT_TRANSLATE_NOOP("Errors", "{path} is a signing identity, not a certificate authority file"),
    QT_TRANSLATE_NOOP("Errors", "{path} is too large to be a certificate or CRL"),
    QT_TRANSLATE_NOOP("Errors", "{path} is too large to be a request or a certificate"),
    QT_TRANSLATE_NOOP("Errors",
                      "{serial} is not a serial number (hexadecimal, as the identity's details show it)"),
    QT_TRANSLATE_NOOP("Errors", "{source} gives no name in its subject"),
    QT_TRANSLATE_NOOP("Errors", "{source} gives no organisation in its subject"),
    QT_TRANSLATE_NOOP("Errors", "{source} holds no readable X.509 certificate (PEM or DER)"),
    QT_TRANSLATE_NOOP("Errors", "{source} is damaged: its signature does not match its key"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not a certificate for the key in {identity}"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not a certificate request (PKCS#10, PEM or DER)"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not a certificate revocation list (CRL, PEM or DER)"),
    QT_TRANSLATE_NOOP("Errors", "{source} is not for an RSA or EC key"),
    QT_TRANSLATE_NOOP("Errors", "{source} is older than the CRL already kept for {ca}"),
    QT_TRANSLATE_NOOP("Errors",
                      "{source} was not signed by a CA in your trusted list; add the CA's certificate first"),
    QT_TRANSLATE_NOOP("Errors", "{text} is not a SHA-256 fingerprint (64 hexadecimal digits)"),
    QT_TRANSLATE_NOOP("Errors", "{value} is neither a SHA-256 fingerprint nor a certificate or CRL file"),
)))
