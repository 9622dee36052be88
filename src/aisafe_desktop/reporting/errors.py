"""Typed errors of the reporting layer. Messages say what is wrong and how to fix it."""

from __future__ import annotations

from aisafe_desktop.core.errors import AisafeError


class ReportingError(AisafeError):
    """Base class: anything the reporting layer reports to a user."""


class ReportError(ReportingError):
    """The report could not be rendered (missing font, bad input data)."""


class IdentityError(ReportingError):
    """A signing identity could not be created, read or written."""


class WrongPassphraseError(IdentityError):
    """The passphrase does not open the PKCS#12 file."""


class UnsupportedIdentityError(IdentityError):
    """The PKCS#12 file opens but cannot be used (no key, no certificate, unsupported algorithm)."""


class SigningError(ReportingError):
    """Signing the PDF failed."""


class PdfAError(ReportingError):
    """Attaching the answers or making the file PDF/A-3b failed."""


class ExtractError(ReportingError):
    """The answers document could not be taken out of a PDF (not signed, no attachment, damaged)."""


class CertificateAuthorityError(ReportingError):
    """An agency CA action failed: a bad request, an unknown serial, an unreadable CA file."""
