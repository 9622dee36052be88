"""The three verdicts on a received file, shared by `aisafe verify`, the GUI and the agency inbox.

TRUSTED (exit 0): intact, and its signer chains to something the reader trusts. UNTRUSTED
(exit 3): intact, but nothing the reader trusts vouches for the signer; never called valid.
INVALID (exit 1): changed, damaged, inconsistent, or signed with a certificate that is revoked,
expired at the claimed signing time, or not allowed to sign documents.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"
    INVALID = "invalid"

    @property
    def exit_code(self) -> int:
        return {Verdict.TRUSTED: 0, Verdict.UNTRUSTED: 3, Verdict.INVALID: 1}[self]

    @property
    def word(self) -> str:
        """The one word a person or a script sees: TRUSTED, UNTRUSTED or INVALID."""
        return self.value.upper()
